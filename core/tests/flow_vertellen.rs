//! "Vertellen of verzwijgen?" as flows: what the person does (actions) → what the screen shows
//! (facts of the view model). The expected words are those of `data/disclosure/*.toml` (and of
//! the law they cite), not copied from the program's output; the rendering itself is covered by
//! `tests/e2e/vertellen.test.mjs`.

use werkkeuze_core::disclosure::{self, Side, Weight};
use werkkeuze_core::tools::vertellen::{view, Action, Slot, State};
use werkkeuze_core::tools::Tool;
use werkkeuze_core::Taal;

fn run(actions: impl IntoIterator<Item = Action>) -> State {
    let mut s = State::default();
    for a in actions {
        s.apply(a);
    }
    s
}

fn c() -> &'static disclosure::Content {
    disclosure::content().expect("the shipped content reads")
}

#[test]
fn someone_applying_who_wants_adjustments_sees_their_reason_choice_and_rights() {
    let s = run([
        Action::ChooseSituation("solliciteren".into()),
        Action::Mark {
            reason: "voor-aanpassingen".into(),
            weight: Weight::Important,
        },
        Action::Choose("wat_ik_nodig_heb".into()),
        Action::GoTo(9),
    ]);
    let f = view::frame(c(), &s, Taal::Nl);
    assert_eq!(f.step_of, "Stap 9 van 9");
    let sum = view::summary(c(), &s, Taal::Nl);
    assert_eq!(sum.situation.as_deref(), Some("Ik solliciteer"));
    assert_eq!(sum.for_telling.len(), 1);
    assert_eq!(
        sum.for_telling[0].text,
        "Ik wil aanpassingen in mijn werk kunnen vragen."
    );
    assert_eq!(sum.for_telling[0].weight_label, "Belangrijk voor mij");
    assert!(sum.against_telling.is_empty());
    assert_eq!(sum.choices.len(), 1);
    assert_eq!(sum.choices[0].title, "Hoeveel:");
    assert_eq!(
        sum.choices[0].options,
        "Alleen wat ik nodig heb, zonder diagnose"
    );
    // The Wet gelijke behandeling op grond van handicap of chronische ziekte and the AVG: no
    // health questions when applying; the sick-leave rights are not for this situation.
    assert!(sum
        .rights
        .iter()
        .any(|r| r == "Geen vragen over uw gezondheid bij het solliciteren"));
    assert!(!sum
        .rights
        .iter()
        .any(|r| r == "Bij een ziekmelding hoeft u niet te zeggen wat u heeft"));
    assert!(sum
        .statements
        .iter()
        .any(|s| s == "Niet vertellen is ook een goede keuze. Het is uw informatie."));
}

#[test]
fn on_sick_leave_telling_nothing_still_shows_the_duties_that_stay() {
    let s = run([
        Action::ChooseSituation("ziekteverzuim".into()),
        Action::ChooseAudience("bedrijfsarts".into()),
        Action::Choose("niets".into()),
    ]);
    let sum = view::summary(c(), &s, Taal::Nl);
    assert_eq!(
        sum.situation.as_deref(),
        Some("Ik werk, maar ben nu ziek gemeld")
    );
    assert_eq!(sum.audience.as_deref(), Some("De bedrijfsarts"));
    // Step 1's person is ticked under "Aan wie:" (the company doctor applies on sick leave).
    let aan_wie: Vec<_> = sum.choices.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(aan_wie, ["Hoeveel:", "Aan wie:"]);
    assert_eq!(sum.choices[1].options, "De bedrijfsarts");
    // The duties of the Wet verbetering poortwachter (BW 7:660a, 7:629): the situation's note
    // and the note of "Niets vertellen" for sick leave, each once.
    assert_eq!(sum.let_op.len(), 2);
    assert!(sum.let_op[0].starts_with("U bent ziek gemeld. Wat u heeft, mag u voor uzelf houden."));
    assert!(sum.let_op[1]
        .starts_with("Bent u ziek gemeld? Uw werkgever hoeft niet te weten wat u heeft."));
    assert!(sum
        .rights
        .iter()
        .any(|r| r == "Ziek: wat u moet doen om uw loon te houden"));

    // Step 6 says the same at the option itself, and which person step 1 ticked.
    let groups = view::options(c(), &s, Taal::Nl);
    let option = |id: &str| {
        groups
            .iter()
            .flat_map(|g| &g.options)
            .find(|o| o.id == id)
            .unwrap()
            .clone()
    };
    assert!(option("niets").chosen);
    assert!(option("niets")
        .notes
        .unwrap()
        .starts_with("Bent u ziek gemeld?"));
    assert!(option("aan_bedrijfsarts").from_step_1);
    assert!(!option("aan_hr").from_step_1);
    // Step 3: the rights for sick leave, each with the date it was checked.
    let rights = view::rights(c(), &s, Taal::Nl);
    let ziek = rights
        .rights
        .iter()
        .find(|r| r.id == "ziekmelding")
        .unwrap();
    assert_eq!(
        ziek.title,
        "Bij een ziekmelding hoeft u niet te zeggen wat u heeft"
    );
    assert!(ziek.checked.ends_with("december 2026"));
    assert!(!rights
        .rights
        .iter()
        .any(|r| r.id == "geen-gezondheidsvragen"));

    let en = view::summary(c(), &s, Taal::En);
    assert_eq!(
        en.situation.as_deref(),
        Some("I have a job, but I am on sick leave now")
    );
    assert_eq!(en.choices[0].options, "Tell nothing");
    assert_eq!(en.choices[1].title, "To whom:");
}

#[test]
fn the_reasons_show_five_a_side_and_open_the_rest_when_one_was_weighed() {
    // redenen.toml has 16 reasons for telling and 14 against.
    let s = State::default();
    let voor = view::reasons(c(), &s, Side::For, Taal::Nl);
    assert_eq!(voor.first.len(), 5);
    assert_eq!(voor.first[0].id, "voor-aanpassingen");
    assert_eq!(voor.more, "Meer redenen tonen (11)");
    assert_eq!(voor.fewer, "Minder redenen tonen");
    assert!(!voor.starts_open);
    let tegen = view::reasons(c(), &s, Side::Against, Taal::En);
    assert_eq!(tegen.more, "Show more reasons (9)");

    // The sixth reason for telling, weighed in an earlier session, opens its side.
    let s = run([Action::Mark {
        reason: "voor-geheim-kost-energie".into(),
        weight: Weight::Somewhat,
    }]);
    assert!(view::reasons(c(), &s, Side::For, Taal::Nl).starts_open);
    assert!(!view::reasons(c(), &s, Side::Against, Taal::Nl).starts_open);
    // Step 5 says how many reasons are still unseen: 30 in all, one weighed.
    let w = disclosure::weighing(c(), &s);
    assert_eq!(
        view::unmarked(&w, Taal::Nl).as_deref(),
        Some("U heeft 29 redenen nog niet bekeken. Dat is niet erg.")
    );

    // An own reason with no words is not added; one with words is, on its side.
    let s = run([
        Action::AddOwnReason {
            text: "  ".into(),
            side: Side::For,
            weight: Weight::Important,
        },
        Action::AddOwnReason {
            text: "Ik wil niet doen alsof".into(),
            side: Side::For,
            weight: Weight::Important,
        },
    ]);
    let sum = view::summary(c(), &s, Taal::Nl);
    assert_eq!(sum.for_telling.len(), 1);
    assert!(sum.for_telling[0].own);
    assert_eq!(sum.for_telling[0].text, "Ik wil niet doen alsof");
}

#[test]
fn skipping_says_skip_and_an_answer_says_next_and_sure_scores_are_worded() {
    let s = State::default();
    let f = view::frame(c(), &s, Taal::Nl);
    assert_eq!(
        (f.step, f.step_of.as_str(), f.answered),
        (1, "Stap 1 van 9", false)
    );
    let s = run([Action::ChooseSituation("terugkeer".into()), Action::GoTo(2)]);
    let f = view::frame(c(), &s, Taal::En);
    assert_eq!(
        (f.step, f.step_of.as_str(), f.answered),
        (2, "Step 2 of 9", false)
    );

    // SURE (Légaré et al.): four yes answers is a score of 4, "geen twijfel".
    let mut actions = Vec::new();
    for after in [false, true] {
        for item in ["s", "u", "r", "e"] {
            actions.push(Action::AnswerSure {
                after,
                item: item.into(),
                answer: item != "r" || after,
            });
        }
    }
    actions.push(Action::GoTo(8));
    let s = run(actions);
    assert!(view::frame(c(), &s, Taal::Nl).answered);
    let sum = view::summary(c(), &s, Taal::Nl);
    assert_eq!(sum.sure, "Aan het begin: 3 van de 4. Nu: 4 van de 4.");
    assert_eq!(
        sum.sure_change.as_deref(),
        Some("U voelt zich nu zekerder dan aan het begin.")
    );
    let fb = disclosure::sure_feedback(c(), &s.sure_after);
    assert_eq!(
        fb.score_line
            .map(|t| t.get(Taal::Nl).to_string())
            .as_deref(),
        Some("Uw score: 4 van de 4. Score 4 = geen twijfel.")
    );
}

#[test]
fn telling_part_of_it_adds_the_health_part_and_the_message_starts_with_the_example_chosen() {
    let s = run([
        Action::ChooseSituation("nieuwe_baan".into()),
        Action::Choose("deel".into()),
        Action::AddExample {
            slot: Slot::Opening,
            sentence: "Ik wil u graag iets vertellen over hoe ik het beste werk.".into(),
        },
        Action::Write {
            slot: Slot::Part("wat_ik_vertel".into()),
            text: "Ik heb soms last van somberheid".into(),
        },
        Action::Write {
            slot: Slot::Signature,
            text: "Sam".into(),
        },
        Action::GoTo(7),
    ]);
    // bericht.toml: "wat_ik_vertel" is in the message only with "deel" or "alles".
    let m = view::message(c(), &s, Taal::Nl);
    let parts: Vec<_> = m.parts.iter().map(|f| f.slot.clone()).collect();
    assert_eq!(parts.len(), 5);
    assert!(parts.contains(&Slot::Part("wat_ik_vertel".into())));
    assert_eq!(m.opening.examples.len(), 2);
    assert!(m.opening.examples[0].added && !m.opening.examples[1].added);
    assert!(view::frame(c(), &s, Taal::Nl).answered);
    let sum = view::summary(c(), &s, Taal::Nl);
    assert!(sum
        .message_text
        .starts_with("Ik wil u graag iets vertellen over hoe ik het beste werk."));
    assert!(sum.message_text.contains("Ik heb soms last van somberheid"));
    assert!(sum.message_text.ends_with("Sam"));
    // Made on the content's production date (hulp.toml: 2026-12-04).
    assert!(sum
        .made
        .starts_with("Gemaakt met Werkkeuze. Inhoud van 4 december 2026."));

    // Choosing "Niets vertellen" instead drops the health part from the message.
    let mut s = s;
    s.apply(Action::Choose("niets".into()));
    let sum = view::summary(c(), &s, Taal::Nl);
    assert!(!sum.message_text.contains("somberheid"));
}
