//! Script assembly ("Mijn bericht") and the one-page summary ("Mijn afweging").

use werkkeuze_core::disclosure::{
    assemble, content, has_message, summary, Answers, ScriptAnswers, Side, SureAnswers, Weight,
};

#[test]
fn an_empty_script_gives_an_empty_message() {
    let c = content().unwrap();
    let a = Answers::new();
    assert_eq!(assemble(c, &a), "");
    assert!(!has_message(c, &a));
}

#[test]
fn parts_are_joined_in_script_order_as_sentences() {
    let c = content().unwrap();
    let mut s = ScriptAnswers {
        salutation: "Beste Marleen,".into(),
        opening: c.script.opening[0].nl.clone(),
        closing: "  Heeft u vragen? Dan hoor ik dat graag  ".into(),
        signature: "Sam".into(),
        ..ScriptAnswers::default()
    };
    // Written out of order; assembled in the script's order.
    s.set_part("wie_weet_het", "Alleen u en de bedrijfsarts weten dit");
    s.set_part("wat_mij_helpt", "Een rustige werkplek helpt mij.");
    s.set_part("wat_ik_kan", "  Ik werk nauwkeurig  ");
    s.set_part("wat_ik_vraag_als", "   ");
    let a = with_script(s);
    let m = assemble(c, &a);
    assert_eq!(
        m,
        "Beste Marleen,\n\n\
         Ik wil u graag iets vertellen over hoe ik het beste werk.\n\n\
         Ik werk nauwkeurig.\n\n\
         Een rustige werkplek helpt mij.\n\n\
         Alleen u en de bedrijfsarts weten dit.\n\n\
         Heeft u vragen? Dan hoor ik dat graag.\n\n\
         Sam"
    );
    assert!(has_message(c, &a));
    assert_eq!(
        a.script.part("wat_ik_vraag_als"),
        "",
        "blank parts are not kept"
    );
}

#[test]
fn line_breaks_inside_a_part_are_kept_and_blank_lines_dropped() {
    let c = content().unwrap();
    let mut s = ScriptAnswers::default();
    s.set_part(
        "wat_mij_helpt",
        "Vaste werktijden\n\n  Een kort overleg per week!\n",
    );
    assert_eq!(
        assemble(c, &with_script(s)),
        "Vaste werktijden\nEen kort overleg per week!"
    );
}

fn with_script(script: ScriptAnswers) -> Answers {
    Answers {
        script,
        ..Answers::new()
    }
}

#[test]
fn what_one_tells_about_ones_health_is_in_the_message_only_when_one_chose_to_tell_it() {
    let c = content().unwrap();
    let part = c.script_part("wat_ik_vertel").expect("the health part");
    assert_eq!(part.when, ["deel", "alles"]);
    let mut a = Answers::new();
    a.script.set_part("wat_ik_kan", "Ik werk nauwkeurig");
    a.script
        .set_part("wat_ik_vertel", "Ik heb soms last van spanning");
    a.script
        .set_part("wat_mij_helpt", "Een rustige werkplek helpt mij");
    // No choice yet, "niets" or "only what I need": the health part stays out.
    for choice in [None, Some("niets"), Some("wat_ik_nodig_heb")] {
        if let Some(o) = choice {
            a.choose(c, o);
        }
        assert!(!part.applies(&a), "{choice:?}");
        let m = assemble(c, &a);
        assert!(!m.contains("spanning"), "{choice:?}: {m}");
        assert_eq!(m, "Ik werk nauwkeurig.\n\nEen rustige werkplek helpt mij.");
    }
    // "Een deel vertellen": in the message, after what I can do and before what helps me.
    a.choose(c, "deel");
    assert_eq!(
        assemble(c, &a),
        "Ik werk nauwkeurig.\n\nIk heb soms last van spanning.\n\nEen rustige werkplek helpt mij."
    );
    a.choose(c, "alles");
    assert!(assemble(c, &a).contains("spanning"));
    // Only the health part written: a message with "deel", none without.
    let mut b = Answers::new();
    b.script
        .set_part("wat_ik_vertel", "Ik ben onder behandeling");
    assert!(!has_message(c, &b));
    b.choose(c, "deel");
    assert!(has_message(c, &b));
}

#[test]
fn the_examples_are_positive_first_person_sentences() {
    let c = content().unwrap();
    for p in &c.script.parts {
        for e in &p.examples {
            let lower = format!(" {}", e.nl.to_lowercase());
            assert!(
                [" ik ", " mij", " mijn "].iter().any(|w| lower.contains(w)),
                "{}: {:?}",
                p.id,
                e.nl
            );
            for negative in ["niet kan", "kan niet", "probleem", "stoornis"] {
                assert!(!e.nl.contains(negative), "{}: {:?}", p.id, e.nl);
            }
        }
    }
}

/// A full walk for "solliciteren", as the summary shows it.
#[test]
fn the_summary_contains_what_was_chosen() {
    let c = content().unwrap();
    let mut a = Answers::new();
    a.situation = Some("solliciteren".into());
    a.audience = Some("leidinggevende".into());
    a.sure_before = SureAnswers {
        sure: Some(false),
        understand: Some(false),
        risk_benefit: Some(true),
        encouragement: Some(false),
    };
    a.mark("voor-aanpassingen", Weight::Important);
    a.mark("tegen-niet-aangenomen", Weight::Important);
    a.mark("tegen-privacy", Weight::Somewhat);
    a.add_own_reason(
        "Ik wil de baan echt graag",
        Side::Against,
        Weight::Important,
    );
    assert!(a.choose(c, "wat_ik_nodig_heb"));
    assert!(a.choose(c, "aan_leidinggevende"));
    assert!(a.choose(c, "aan_hr"));
    assert!(a.choose(c, "na_aanbod"));
    assert!(a.choose(c, "eerst_email"));
    a.script.set_part("wat_ik_kan", "Ik plan goed vooruit");
    a.script
        .set_part("wat_mij_helpt", "Een vaste werkplek helpt mij");
    a.sure_after = SureAnswers {
        sure: Some(true),
        understand: Some(true),
        risk_benefit: Some(true),
        encouragement: Some(false),
    };

    let s = summary(c, &a);
    assert_eq!(s.situation.as_ref().unwrap().nl, "Ik solliciteer");
    assert_eq!(s.audience.as_ref().unwrap().nl, "Mijn leidinggevende");
    assert_eq!(s.sure_before.score, Some(1));
    assert_eq!(s.sure_after.score, Some(3));
    assert_eq!(s.sure_change.delta, Some(2));
    assert!(s.sure_change_text.is_some());
    let chosen: Vec<(&str, Vec<&str>)> = s
        .choices
        .iter()
        .map(|g| {
            (
                g.group_id.as_str(),
                g.options.iter().map(|(id, _)| id.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        chosen,
        [
            ("hoeveel", vec!["wat_ik_nodig_heb"]),
            ("aan_wie", vec!["aan_leidinggevende", "aan_hr"]),
            ("wanneer", vec!["na_aanbod"]),
            ("hoe", vec!["eerst_email"]),
        ]
    );
    assert!(s.message.contains("Ik plan goed vooruit."));
    assert!(s.message.contains("Een vaste werkplek helpt mij."));
    assert_eq!(s.weighing.for_telling.len(), 1);
    assert_eq!(s.weighing.against_telling.len(), 3);
    assert!(s.rights.iter().any(|r| r.id == "geen-gezondheidsvragen"));
    // Each right carries the date it was read: the first reading, or the legal review after it.
    assert!(s
        .rights
        .iter()
        .all(|r| r.checked == "2026-12-04" || r.checked == "2026-12-05"));
    assert!(s.rights.iter().any(|r| r.checked == "2026-12-05"));
    assert!(s.statements.iter().any(|t| t.nl.contains("Niet vertellen")));
    assert_eq!(s.production_date, "2026-12-04");
    assert!(
        s.let_op.is_empty(),
        "applying, nothing silent chosen: no warning"
    );
    assert!(s
        .next_steps
        .iter()
        .any(|n| n.route.as_deref() == Some("#/begeleiding")));
}

#[test]
fn the_summary_of_an_empty_walk_is_still_complete() {
    let c = content().unwrap();
    let s = summary(c, &Answers::new());
    assert_eq!(s.situation, None);
    assert!(s.choices.is_empty());
    assert!(s.rights.is_empty());
    assert_eq!(s.message, "");
    assert!(s.weighing.is_empty());
    assert_eq!(s.statements.len(), 3);
    assert!(!s.funding.nl.is_empty());
}
