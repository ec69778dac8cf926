//! The option–reason links and the weighing view.

use werkkeuze_core::disclosure::{
    content, group_links, option_links, weighing, Answers, Side, Stance, Weight,
};

fn ids(list: &[werkkeuze_core::disclosure::ReasonLink]) -> Vec<&str> {
    list.iter().map(|l| l.reason_id.as_str()).collect()
}

#[test]
fn without_marks_no_reason_speaks_for_or_against() {
    let c = content().unwrap();
    let a = Answers::new();
    for o in &c.options {
        let l = option_links(c, &a, &o.id).unwrap();
        assert!(
            l.speaks_for.is_empty() && l.speaks_against.is_empty(),
            "{}",
            o.id
        );
        assert_eq!((l.weight_for, l.weight_against), (0, 0));
        assert_eq!(l.pros.len(), o.pros.len());
        assert_eq!(l.cons.len(), o.cons.len());
    }
}

#[test]
fn wanting_adjustments_speaks_against_telling_nothing_and_for_telling_needs() {
    let c = content().unwrap();
    let mut a = Answers::new();
    a.mark("voor-aanpassingen", Weight::Important);

    let niets = option_links(c, &a, "niets").unwrap();
    assert!(niets.speaks_for.is_empty());
    assert_eq!(ids(&niets.speaks_against), ["voor-aanpassingen"]);
    assert_eq!(niets.weight_against, 2);

    let needs = option_links(c, &a, "wat_ik_nodig_heb").unwrap();
    assert_eq!(ids(&needs.speaks_for), ["voor-aanpassingen"]);
    assert!(needs.speaks_against.is_empty());
    assert_eq!(needs.weight_for, 2);
    // The pro that carries the link shows it.
    assert!(needs
        .pros
        .iter()
        .any(|p| p.matches.iter().any(|m| m.reason_id == "voor-aanpassingen")));
}

#[test]
fn a_worry_about_prejudice_speaks_for_telling_nothing() {
    let c = content().unwrap();
    let mut a = Answers::new();
    a.mark("tegen-vooroordelen", Weight::Somewhat);
    let niets = option_links(c, &a, "niets").unwrap();
    assert_eq!(ids(&niets.speaks_for), ["tegen-vooroordelen"]);
    assert_eq!(niets.weight_for, 1);
    let alles = option_links(c, &a, "alles").unwrap();
    assert_eq!(ids(&alles.speaks_against), ["tegen-vooroordelen"]);
    assert_eq!(alles.speaks_against[0].side, Side::Against);
}

#[test]
fn weights_are_two_one_and_zero_and_not_for_me_is_left_out() {
    let c = content().unwrap();
    let mut a = Answers::new();
    a.mark("tegen-privacy", Weight::Important);
    a.mark("tegen-schaamte", Weight::Somewhat);
    a.mark("tegen-vooroordelen", Weight::NotForMe);
    let niets = option_links(c, &a, "niets").unwrap();
    assert_eq!(ids(&niets.speaks_for), ["tegen-privacy", "tegen-schaamte"]);
    assert_eq!(niets.weight_for, 3);
    assert!(niets.pros.iter().all(|p| p
        .matches
        .iter()
        .all(|m| m.reason_id != "tegen-vooroordelen")));
}

#[test]
fn important_reasons_come_first_and_each_reason_counts_once() {
    let c = content().unwrap();
    let mut a = Answers::new();
    // Both appear in more than one con of "niets".
    a.mark("voor-steun", Weight::Somewhat);
    a.mark("voor-aanpassingen", Weight::Important);
    a.mark("voor-eerlijk", Weight::Important);
    let niets = option_links(c, &a, "niets").unwrap();
    assert_eq!(
        ids(&niets.speaks_against),
        ["voor-aanpassingen", "voor-eerlijk", "voor-steun"]
    );
    assert_eq!(niets.weight_against, 5);
}

#[test]
fn links_follow_the_data_for_every_option_and_reason() {
    let c = content().unwrap();
    for r in &c.reasons {
        let mut a = Answers::new();
        a.mark(&r.id, Weight::Important);
        for o in &c.options {
            let l = option_links(c, &a, &o.id).unwrap();
            let in_pros = o.pros.iter().any(|p| p.reasons.contains(&r.id));
            let in_cons = o.cons.iter().any(|p| p.reasons.contains(&r.id));
            assert_eq!(
                ids(&l.speaks_for).contains(&r.id.as_str()),
                in_pros,
                "{} {}",
                o.id,
                r.id
            );
            assert_eq!(
                ids(&l.speaks_against).contains(&r.id.as_str()),
                in_cons,
                "{} {}",
                o.id,
                r.id
            );
        }
    }
}

#[test]
fn own_reasons_link_where_the_person_says() {
    let c = content().unwrap();
    let mut a = Answers::new();
    let id = a
        .add_own_reason(
            "Mijn vorige baas reageerde slecht.",
            Side::Against,
            Weight::Important,
        )
        .unwrap();
    assert_eq!(id, "eigen-1");
    a.link_own_reason(&id, "in_brief", Some(Stance::Against));
    a.link_own_reason(&id, "eerste_weken", Some(Stance::For));

    let brief = option_links(c, &a, "in_brief").unwrap();
    assert_eq!(ids(&brief.speaks_against), ["eigen-1"]);
    assert!(brief.speaks_against[0].own);
    assert_eq!(brief.weight_against, 2);
    let weeks = option_links(c, &a, "eerste_weken").unwrap();
    assert_eq!(ids(&weeks.speaks_for), ["eigen-1"]);

    // Moving the link, and removing it.
    a.link_own_reason(&id, "in_brief", Some(Stance::For));
    assert_eq!(
        ids(&option_links(c, &a, "in_brief").unwrap().speaks_for),
        ["eigen-1"]
    );
    a.link_own_reason(&id, "in_brief", None);
    let brief = option_links(c, &a, "in_brief").unwrap();
    assert!(brief.speaks_for.is_empty() && brief.speaks_against.is_empty());
}

#[test]
fn group_links_show_only_options_for_the_situation() {
    let c = content().unwrap();
    let mut a = Answers::new();
    a.situation = Some("solliciteren".into());
    let when: Vec<String> = group_links(c, &a, "wanneer")
        .into_iter()
        .map(|l| l.option_id)
        .collect();
    assert!(when.contains(&"in_brief".to_string()));
    assert!(!when.contains(&"in_verzuimgesprek".to_string()));
    let whom: Vec<String> = group_links(c, &a, "aan_wie")
        .into_iter()
        .map(|l| l.option_id)
        .collect();
    assert!(!whom.contains(&"aan_bedrijfsarts".to_string()));

    a.situation = Some("ziekteverzuim".into());
    let when: Vec<String> = group_links(c, &a, "wanneer")
        .into_iter()
        .map(|l| l.option_id)
        .collect();
    assert!(!when.contains(&"in_brief".to_string()));
    assert!(when.contains(&"in_verzuimgesprek".to_string()));
}

#[test]
fn chosen_options_are_flagged() {
    let c = content().unwrap();
    let mut a = Answers::new();
    assert!(a.choose(c, "deel"));
    let links = group_links(c, &a, "hoeveel");
    let chosen: Vec<&str> = links
        .iter()
        .filter(|l| l.chosen)
        .map(|l| l.option_id.as_str())
        .collect();
    assert_eq!(chosen, ["deel"]);
}

#[test]
fn the_weighing_lists_what_matters_on_each_side_without_totals() {
    let c = content().unwrap();
    let mut a = Answers::new();
    a.mark("voor-begrip", Weight::Somewhat);
    a.mark("voor-aanpassingen", Weight::Important);
    a.mark("tegen-privacy", Weight::Important);
    a.mark("tegen-label", Weight::NotForMe);
    a.add_own_reason("Ik wil geen gedoe", Side::Against, Weight::Somewhat);
    let w = weighing(c, &a);
    let f: Vec<&str> = w.for_telling.iter().map(|r| r.id.as_str()).collect();
    let g: Vec<&str> = w.against_telling.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(f, ["voor-aanpassingen", "voor-begrip"]);
    assert_eq!(g, ["tegen-privacy", "eigen-1"]);
    assert!(w.against_telling[1].own);
    assert_eq!(w.against_telling[1].text.nl, "Ik wil geen gedoe");
    assert_eq!(w.unmarked, c.reasons.len() - 4);
    assert_eq!(w.side(Side::For).len(), 2);
    // The view serialises without any total or verdict field.
    let json = serde_json::to_value(&w).unwrap();
    let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 3, "{keys:?}");
}

#[test]
fn unknown_options_have_no_links() {
    assert!(option_links(content().unwrap(), &Answers::new(), "bestaat-niet").is_none());
}
