//! Findings of the fresh-eyes review of the Rekenhulp (5 December 2026), with the review's
//! household: single, 40, bijstand, kale huur € 650, work at € 15 per hour, from December 2026.

use werkkeuze_core::income::{bereken_in, lees_scenario, parameters, regelen, Uitkomst};
use werkkeuze_core::Taal;

fn huishouden(uren: &str, taal: Taal) -> Uitkomst {
    let s = lees_scenario(&format!(
        r#"{{"peildatum":"2026-12-01","huishouden":{{"leeftijd":40}},"woning":{{"kale_huur":650}},
        "uitkering":{{"soort":"bijstand"}},"werk":{{"uren_per_week":{uren},"uurloon":15}}}}"#
    ))
    .expect("geldig scenario");
    bereken_in(&s, parameters(2026).unwrap(), taal).expect("uitkomst")
}

/// §4: at 24 hours the bijstand is € 0 from June 2027 (the vrijlating ends and the net wage is
/// above the norm). The answer says that plainly, and not "uw hele nettoloon gaat van de bijstand
/// af", which reads as if some bijstand were left.
#[test]
fn the_answer_says_plainly_when_the_bijstand_stops() {
    let u = huishouden("24", Taal::Nl);
    let later = u.perioden.last().expect("perioden");
    assert_eq!(later.van, "2027-06");
    assert!(
        later.zin.starts_with(
            "Vanaf juni 2027 krijgt u geen bijstand meer: uw nettoloon is hoger dan de bijstandsnorm. U gaat er ongeveer "
        ),
        "{}",
        later.zin
    );
    for p in &u.perioden {
        for w in &p.waarom {
            assert!(!w.contains("hele nettoloon"), "{w}");
        }
    }
    // The first months still have some bijstand: nothing about stopping there.
    assert!(
        !u.perioden[0].zin.contains("geen bijstand"),
        "{}",
        u.perioden[0].zin
    );
    assert_eq!(u.uitkering_stopt.as_deref(), Some("2027-06"));
    // The bijstand line with work is € 0 from then on in the data behind the sentence.
    let en = huishouden("24", Taal::En);
    assert!(
        en.perioden
            .last()
            .unwrap()
            .zin
            .starts_with("From June 2027 you no longer get bijstand: your net wage is higher than"),
        "{}",
        en.perioden.last().unwrap().zin
    );
}

/// §4: with the bijstand gone from the first month, the first sentence says so.
#[test]
fn a_bijstand_that_stops_at_once_is_said_in_the_first_sentence() {
    let u = huishouden("36", Taal::Nl);
    assert!(
        u.perioden[0].zin.starts_with(
            "U krijgt geen bijstand meer: uw nettoloon is hoger dan de bijstandsnorm."
        ),
        "{}",
        u.perioden[0].zin
    );
    assert_eq!(u.uitkering_stopt.as_deref(), Some("2026-12"));
    // Said once: the later periods do not repeat it.
    for p in &u.perioden[1..] {
        assert!(!p.zin.contains("geen bijstand"), "{}", p.zin);
    }
}

/// §4: when the bijstand stops, "Wat moet ik regelen?" has a step for it (ask the gemeente about
/// kwijtschelding and other regelingen), and not when some bijstand is left.
#[test]
fn a_step_to_ask_the_gemeente_when_the_bijstand_stops() {
    let stop = |stopt| {
        regelen::voor_uitkomst("bijstand", stopt)
            .find(|s| s.id == "bijstand-stopt")
            .cloned()
    };
    let s = stop(true).expect("stap voor een bijstand die stopt");
    assert!(s.tekst.contains("kwijtschelding") && s.tekst.contains("Vraag uw gemeente"));
    assert!(stop(false).is_none());
    assert!(regelen::voor_uitkomst("ww", true).all(|s| s.id != "bijstand-stopt"));
    // With 12 hours the bijstand goes on: no stop.
    assert_eq!(huishouden("12", Taal::Nl).uitkering_stopt, None);
}
