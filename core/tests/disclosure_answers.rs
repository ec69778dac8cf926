//! The person's answers: choosing, own reasons, cleaning after a data change, and saving in the
//! session codec.

use werkkeuze_core::disclosure::{content, Answers, Side, Weight};
use werkkeuze_core::session;

#[test]
fn single_choice_groups_replace_and_multiple_choice_groups_toggle() {
    let c = content().unwrap();
    let mut a = Answers::new();
    assert!(a.choose(c, "niets"));
    assert!(a.choose(c, "alles"));
    assert_eq!(a.chosen("hoeveel"), ["alles"]);

    assert!(a.choose(c, "aan_collegas"));
    assert!(a.choose(c, "aan_hr"));
    assert_eq!(a.chosen("aan_wie"), ["aan_collegas", "aan_hr"]);
    assert!(a.choose(c, "aan_collegas"));
    assert_eq!(a.chosen("aan_wie"), ["aan_hr"]);
    assert!(a.choose(c, "aan_hr"));
    assert!(a.chosen("aan_wie").is_empty());
    assert!(!a.choices.contains_key("aan_wie"));

    assert!(!a.choose(c, "bestaat-niet"));
    a.unchoose("alles");
    assert!(a.choices.is_empty());
}

#[test]
fn own_reasons_get_fresh_ids_and_can_be_marked_and_removed() {
    let mut a = Answers::new();
    assert_eq!(a.add_own_reason("   ", Side::For, Weight::Important), None);
    let one = a
        .add_own_reason("Ik wil eerlijk zijn", Side::For, Weight::Somewhat)
        .unwrap();
    let two = a
        .add_own_reason("Ik wil rust", Side::Against, Weight::Important)
        .unwrap();
    assert_eq!((one.as_str(), two.as_str()), ("eigen-1", "eigen-2"));
    a.mark(&one, Weight::Important);
    assert_eq!(a.weight_of(&one), Some(Weight::Important));
    assert!(
        !a.marks.contains_key(&one),
        "own reasons keep their weight themselves"
    );
    a.remove_own_reason(&one);
    let three = a
        .add_own_reason("Nog iets", Side::For, Weight::Somewhat)
        .unwrap();
    assert_eq!(three, "eigen-3");
}

#[test]
fn clean_drops_what_the_content_does_not_know() {
    let c = content().unwrap();
    let mut a = Answers::new();
    a.situation = Some("ziekteverzuim".into());
    a.audience = Some("buurman".into());
    a.mark("voor-aanpassingen", Weight::Important);
    a.mark("oude-reden", Weight::Somewhat);
    a.choices.insert(
        "wanneer".into(),
        vec!["in_brief".into(), "later_terug".into()],
    );
    a.choices
        .insert("hoeveel".into(), vec!["deel".into(), "alles".into()]);
    a.choices.insert("oude-groep".into(), vec!["niets".into()]);
    let id = a
        .add_own_reason("Eigen", Side::For, Weight::Somewhat)
        .unwrap();
    a.own_reasons[0].options_for = vec!["deel".into(), "weg".into()];
    a.script.parts.insert("oud-deel".into(), "tekst".into());
    a.script.set_part("wat_ik_kan", "Ik kan veel");

    let dropped = a.clean(c);
    assert_eq!(a.situation.as_deref(), Some("ziekteverzuim"));
    assert_eq!(a.audience, None);
    assert_eq!(a.marks.len(), 1);
    // "in brief" does not apply on sick leave; a single-choice group keeps one choice.
    assert_eq!(a.chosen("wanneer"), ["later_terug"]);
    assert_eq!(a.chosen("hoeveel"), ["deel"]);
    assert!(!a.choices.contains_key("oude-groep"));
    assert_eq!(a.own_reasons[0].id, id);
    assert_eq!(a.own_reasons[0].options_for, ["deel"]);
    assert_eq!(a.script.parts.len(), 1);
    assert_eq!(dropped, 1 + 1 + 1 + 1 + 1 + 1 + 1);
    assert_eq!(a.clean(c), 0, "cleaning twice changes nothing");
}

#[test]
fn answers_survive_the_session_file_and_link() {
    let c = content().unwrap();
    let mut a = Answers::new();
    a.step = 6;
    a.situation = Some("terugkeer".into());
    a.audience = Some("bedrijfsarts".into());
    a.sure_before.set("s", Some(false));
    a.sure_before.set("e", Some(true));
    a.mark("voor-sharp", Weight::Important);
    a.mark("tegen-label", Weight::NotForMe);
    a.add_own_reason("Ik wil het zelf vertellen", Side::For, Weight::Somewhat);
    a.choose(c, "met_bedrijfsarts");
    a.script.salutation = "Beste Joost,".into();
    a.script
        .set_part("wat_mij_helpt", "Rustig opbouwen helpt mij");

    let file = session::to_file(&a);
    assert!(
        file.contains("\"belangrijk\""),
        "weights are saved by their Dutch id"
    );
    assert!(file.contains("\"niet_voor_mij\""));
    let back: Answers = session::from_file(&file).unwrap();
    assert_eq!(back, a);
    let link = session::to_link(&a);
    let back: Answers = session::from_link(&link).unwrap();
    assert_eq!(back, a);
}

#[test]
fn a_partial_or_empty_saved_object_loads_with_defaults() {
    let a: Answers = serde_json::from_str(r#"{"situation":"solliciteren"}"#).unwrap();
    assert_eq!(a.situation(), Some("solliciteren"));
    assert!(a.marks.is_empty());
    let empty: Answers = serde_json::from_str("{}").unwrap();
    assert_eq!(empty, Answers::default());
}

#[test]
fn the_content_itself_serialises_for_the_ui() {
    let json = serde_json::to_string(content().unwrap()).unwrap();
    let back: werkkeuze_core::disclosure::Content = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, content().unwrap());
}

/// The summary and the plan list the choices under short first-person labels ("Aan wie: Mijn
/// leidinggevende"), not under the questions of step 6 ("Aan wie vertelt u het?").
#[test]
fn the_summary_lists_choices_under_short_labels() {
    let c = content().unwrap();
    let mut a = Answers::new();
    assert!(a.choose(c, "aan_hr"));
    assert!(a.choose(c, "alles"));
    let s = werkkeuze_core::disclosure::summary(c, &a);
    let labels: Vec<(&str, &str)> = s
        .choices
        .iter()
        .map(|ch| (ch.group_title.nl.as_str(), ch.group_title.en.as_str()))
        .collect();
    assert_eq!(
        labels,
        [("Hoeveel:", "How much:"), ("Aan wie:", "To whom:")]
    );
    for g in &c.groups {
        assert!(
            g.label.nl.ends_with(':') && !g.label.nl.contains('?'),
            "{}",
            g.id
        );
        assert!(
            g.label.en.ends_with(':') && !g.label.en.contains('?'),
            "{}",
            g.id
        );
    }
}
