//! The SURE test: 0–4, one point per "yes", "score 4 = geen twijfel", below 4 suggests support.

use werkkeuze_core::disclosure::{
    change_text, content, sure_change, sure_feedback, Direction, SureAnswers,
};

fn answers(s: Option<bool>, u: Option<bool>, r: Option<bool>, e: Option<bool>) -> SureAnswers {
    SureAnswers {
        sure: s,
        understand: u,
        risk_benefit: r,
        encouragement: e,
    }
}

fn all(yes: [bool; 4]) -> SureAnswers {
    answers(Some(yes[0]), Some(yes[1]), Some(yes[2]), Some(yes[3]))
}

#[test]
fn four_yes_is_score_four_and_no_doubt() {
    let s = all([true; 4]).score();
    assert_eq!(s.score, Some(4));
    assert!(s.no_doubt);
    assert!(!s.suggests_support);
    assert!(s.no_items.is_empty());
}

#[test]
fn every_combination_scores_the_number_of_yes() {
    for bits in 0u8..16 {
        let yes = [bits & 1 != 0, bits & 2 != 0, bits & 4 != 0, bits & 8 != 0];
        let s = all(yes).score();
        let expected = yes.iter().filter(|y| **y).count() as u8;
        assert_eq!(s.score, Some(expected), "{yes:?}");
        assert_eq!(s.no_doubt, expected == 4);
        assert_eq!(s.suggests_support, expected < 4, "{yes:?}");
        assert_eq!(s.no_items.len(), 4 - expected as usize);
    }
}

#[test]
fn three_or_less_suggests_support_and_names_the_no_items() {
    let s = all([true, false, true, false]).score();
    assert_eq!(s.score, Some(2));
    assert!(s.suggests_support);
    assert_eq!(s.no_items, ["u", "e"]);
}

#[test]
fn an_incomplete_test_has_no_score_and_no_judgement() {
    let s = answers(Some(true), None, Some(false), None).score();
    assert_eq!(s.answered, 2);
    assert_eq!(s.yes, 1);
    assert_eq!(s.score, None);
    assert!(!s.no_doubt);
    assert!(!s.suggests_support);
    assert_eq!(SureAnswers::default().score().answered, 0);
}

#[test]
fn answers_can_be_set_by_item_id() {
    let mut a = SureAnswers::default();
    for id in ["s", "u", "r", "e"] {
        assert!(a.set(id, Some(true)));
        assert_eq!(a.get(id), Some(true));
    }
    assert!(!a.set("x", Some(true)));
    assert_eq!(a.score().score, Some(4));
    a.set("r", None);
    assert_eq!(a.score().score, None);
}

#[test]
fn feedback_shows_the_score_line_and_tips() {
    let c = content().unwrap();
    let f = sure_feedback(c, &all([true, true, false, true]));
    let line = f.score_line.unwrap();
    assert_eq!(line.nl, "Uw score: 3 van de 4. Score 4 = geen twijfel.");
    assert_eq!(line.en, "Your score: 3 out of 4. Score 4 = no doubt.");
    assert_eq!(f.message, c.sure.some_doubt);
    assert_eq!(f.tips.len(), 1);
    assert_eq!(f.tips[0], c.sure.items[2].if_no);

    let f = sure_feedback(c, &all([true; 4]));
    assert_eq!(f.message, c.sure.no_doubt);
    assert!(f.tips.is_empty());

    let f = sure_feedback(c, &SureAnswers::default());
    assert_eq!(f.score_line, None);
    assert_eq!(f.message, c.sure.incomplete);
}

#[test]
fn the_change_between_before_and_after_is_shown() {
    let c = content().unwrap();
    let before = all([false, false, true, false]);
    let after = all([true, true, true, false]);
    let change = sure_change(&before, &after);
    assert_eq!(change.before, Some(1));
    assert_eq!(change.after, Some(3));
    assert_eq!(change.delta, Some(2));
    assert_eq!(change.direction, Some(Direction::Better));
    assert_eq!(change_text(c, &change), Some(c.sure.change_better.clone()));

    let worse = sure_change(&after, &before);
    assert_eq!(worse.delta, Some(-2));
    assert_eq!(worse.direction, Some(Direction::Worse));
    assert_eq!(change_text(c, &worse), Some(c.sure.change_worse.clone()));

    let same = sure_change(&after, &after);
    assert_eq!(same.direction, Some(Direction::Same));

    let unknown = sure_change(&SureAnswers::default(), &after);
    assert_eq!(unknown.before, None);
    assert_eq!(unknown.delta, None);
    assert_eq!(change_text(c, &unknown), None);
}
