//! Session files and links as earlier versions of the app wrote them (core/tests/data/sessies)
//! still open, as the same answers, and a file from a newer version gives the clear message.

// Amounts in cents are written as euros_cents (`650_00` is € 650,00).
#![allow(clippy::inconsistent_digit_grouping)]

use werkkeuze_core::session::SessionError;
use werkkeuze_core::tools::rekenhulp::Soort;
use werkkeuze_core::tools::{Sessie, ToolId};
use werkkeuze_core::Taal;

const V1_FILE: &str = include_str!("data/sessies/v1-f67fd3b-drie-tools.json");
const V1_LINK: &str = include_str!("data/sessies/v1-f67fd3b-drie-tools.link");

fn inhoud(file: &str) -> serde_json::Value {
    serde_json::from_str::<serde_json::Value>(file).unwrap()["inhoud"].clone()
}

#[test]
fn a_version_1_file_opens_as_the_answers_it_holds() {
    let s = Sessie::from_file(V1_FILE).expect("a version 1 file opens");
    assert_eq!(
        s.filled_tools(),
        vec![ToolId::Vertellen, ToolId::Rekenhulp, ToolId::Begeleiding]
    );
    assert_eq!(s.vertellen.step, 6);
    let r = &s.rekenhulp.scenarios;
    assert_eq!(r.len(), 2);
    assert_eq!(
        (r[0].soort, r[0].uren, r[0].huur),
        (Soort::Bijstand, 240, 650_00)
    );
    assert_eq!((r[0].leeftijd, r[0].start.as_str()), (34, "2026-09"));
    assert_eq!((r[1].soort, r[1].uren), (Soort::Wajong, 160));
    assert_eq!(s.begeleiding.vergelijk, ["ips", "jobcoaching"]);
    assert_eq!(s.gerekend, None, "version 1 did not record the amounts");
    // The same JSON: every field of every tool came through as the old app wrote it.
    assert_eq!(serde_json::to_value(&s).unwrap(), inhoud(V1_FILE));
}

#[test]
fn a_version_1_link_opens_as_the_same_session_as_the_file() {
    let link = V1_LINK.trim();
    let payload = link.rsplit("/openen/").next().unwrap();
    assert_eq!(
        Sessie::from_link(payload).unwrap(),
        Sessie::from_file(V1_FILE).unwrap()
    );
}

#[test]
fn a_version_1_session_says_it_cannot_tell_which_amounts_were_used() {
    let s = Sessie::from_file(V1_FILE).unwrap();
    let nl = s.veranderingen(Taal::Nl).unwrap().tekst;
    assert!(nl.contains("eerdere versie van Werkkeuze"), "{nl}");
    assert!(nl.contains("opnieuw na"), "{nl}");
    let en = s.veranderingen(Taal::En).unwrap().tekst;
    assert!(en.contains("earlier version of Werkkeuze"), "{en}");
}

#[test]
fn saved_again_it_is_version_2_with_what_the_rekenhulp_computed() {
    let s = Sessie::from_file(V1_FILE).unwrap();
    let again = s.met_gerekend().to_file();
    assert!(again.contains("\"versie\": 2"), "{again}");
    let opened = Sessie::from_file(&again).unwrap();
    let gerekend = opened.gerekend.clone().expect("the amounts are recorded");
    assert_eq!(gerekend.situaties.len(), 2);
    for g in &gerekend.situaties {
        assert!(
            g.bedragen_van.as_deref().is_some_and(|d| d.len() == 10),
            "{g:?}"
        );
        assert!(g.met_werk_cent.is_some_and(|c| c > 0), "{g:?}");
    }
    assert_eq!(
        opened.veranderingen(Taal::Nl),
        None,
        "nothing changed since"
    );
    // The tools' answers are the same as in the old file.
    let mut zonder = serde_json::to_value(&opened).unwrap();
    zonder.as_object_mut().unwrap().remove("gerekend");
    assert_eq!(zonder, inhoud(V1_FILE));
}

#[test]
fn a_file_of_a_newer_version_gives_the_clear_message() {
    let newer = V1_FILE.replacen("\"versie\": 1", "\"versie\": 3", 1);
    let e = Sessie::from_file(&newer).unwrap_err();
    assert_eq!(e, SessionError::TooNew { versie: 3 });
    let msg = e.to_string();
    assert!(
        msg.contains("nieuwere versie van Werkkeuze (versie 3)"),
        "{msg}"
    );
    assert!(
        msg.ends_with("Wat u al had ingevuld, is niet veranderd."),
        "{msg}"
    );
}
