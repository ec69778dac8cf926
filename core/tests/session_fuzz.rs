//! The session decoder, fuzzed: mutated files and links of a real disclosure session, and
//! arbitrary JSON envelopes, must give `Ok` or a `SessionError`, never a panic.
//!
//! CI runs proptest's default number of cases. For the deep run (issue 7 asks for a million):
//! `PROPTEST_CASES=1000000 cargo test --release -p werkkeuze-core --test session_fuzz`.

use proptest::prelude::*;
use werkkeuze_core::disclosure::{self, Answers, Weight};
use werkkeuze_core::session;

fn real_session() -> Answers {
    let c = disclosure::content().unwrap();
    let mut a = Answers::new();
    a.situation = Some("ziek".into());
    a.mark("voor-aanpassingen", Weight::Important);
    a.choose(c, "niets");
    a.script.set_part("wat_ik_kan", "Ik werk nauwkeurig € ä");
    a.sure_before.set("s", Some(true));
    a.step = 5;
    a
}

/// One edit: 0 = replace the byte at `pos`, 1 = insert, 2 = delete, 3 = cut off from `pos`.
fn mutate(mut bytes: Vec<u8>, edits: &[(u8, usize, u8)]) -> Vec<u8> {
    for &(op, pos, b) in edits {
        if bytes.is_empty() {
            bytes.push(b);
            continue;
        }
        let at = pos % bytes.len();
        match op % 4 {
            0 => bytes[at] = b,
            1 => bytes.insert(at, b),
            2 => {
                bytes.remove(at);
            }
            _ => bytes.truncate(at),
        }
    }
    bytes
}

fn edits() -> impl Strategy<Value = Vec<(u8, usize, u8)>> {
    proptest::collection::vec((any::<u8>(), any::<usize>(), any::<u8>()), 1..6)
}

proptest! {
    #[test]
    fn a_mutated_file_never_panics(e in edits()) {
        let file = session::to_file(&real_session()).into_bytes();
        let text = String::from_utf8_lossy(&mutate(file, &e)).into_owned();
        let _ = session::from_file::<Answers>(&text);
    }

    #[test]
    fn a_mutated_link_never_panics(e in edits()) {
        let link = session::to_link(&real_session()).into_bytes();
        let text = String::from_utf8_lossy(&mutate(link, &e)).into_owned();
        let _ = session::from_link::<Answers>(&text);
    }

    #[test]
    fn a_mutated_compressed_body_never_panics(e in edits()) {
        // Mutate the DEFLATE bytes themselves (not their base64), then wrap them correctly.
        let json = serde_json::to_vec(&serde_json::json!({
            "formaat": session::FORMAT, "versie": session::VERSION,
            "inhoud": serde_json::to_value(real_session()).unwrap(),
        })).unwrap();
        let packed = miniz_oxide::deflate::compress_to_vec(&json, 9);
        let body = session::base64url::encode(&mutate(packed, &e));
        let _ = session::from_link::<Answers>(&format!("{}{body}", session::LINK_PREFIX));
    }

    #[test]
    fn any_envelope_never_panics(versie in any::<i64>(), inhoud in "[ -~]{0,200}") {
        let text = format!(r#"{{"formaat": "werkkeuze-sessie", "versie": {versie}, "inhoud": {inhoud}}}"#);
        let _ = session::from_file::<Answers>(&text);
    }
}

#[test]
fn the_real_session_round_trips_through_file_and_link() {
    let a = real_session();
    assert_eq!(
        session::from_file::<Answers>(&session::to_file(&a)),
        Ok(a.clone())
    );
    assert_eq!(session::from_link::<Answers>(&session::to_link(&a)), Ok(a));
}
