//! The session decoder, fuzzed on the real session type ([`Sessie`], all three tools): mutated
//! files and links of a full session, and arbitrary JSON envelopes, must give `Ok` or a
//! `SessionError`, never a panic.
//!
//! CI runs proptest's default number of cases. For the deep run (a million cases per property):
//! `PROPTEST_CASES=1000000 cargo test --release -p werkkeuze-core --test session_fuzz`.

use proptest::prelude::*;
use werkkeuze_core::session;
use werkkeuze_core::tools::Sessie;

/// The session file an earlier version of the app wrote with all three tools filled, opened and
/// saved again by this version (so with what the Rekenhulp computed).
fn real_session() -> Sessie {
    let v1 = include_str!("data/sessies/v1-f67fd3b-drie-tools.json");
    let s = Sessie::from_file(v1).expect("the fixture opens");
    assert_eq!(s.filled_tools().len(), 3, "all three tools are filled");
    Sessie::from_file(&s.met_gerekend().to_file()).expect("this version's file opens")
}

thread_local! {
    static FILE: Vec<u8> = real_session().to_file().into_bytes();
    static LINK: Vec<u8> = real_session().to_link().into_bytes();
    static INHOUD: serde_json::Value = serde_json::to_value(real_session()).unwrap();
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
        let text = String::from_utf8_lossy(&mutate(FILE.with(Clone::clone), &e)).into_owned();
        if let Ok(s) = Sessie::from_file(&text) {
            // Whatever opens can be shown: the change notice never panics either.
            let _ = s.veranderingen(werkkeuze_core::Taal::Nl);
        }
    }

    #[test]
    fn a_mutated_link_never_panics(e in edits()) {
        let text = String::from_utf8_lossy(&mutate(LINK.with(Clone::clone), &e)).into_owned();
        let _ = Sessie::from_link(&text);
    }

    #[test]
    fn a_mutated_compressed_body_never_panics(e in edits()) {
        // Mutate the DEFLATE bytes themselves (not their base64), then wrap them correctly.
        let json = serde_json::to_vec(&serde_json::json!({
            "formaat": session::FORMAT, "versie": session::VERSION,
            "inhoud": INHOUD.with(Clone::clone),
        })).unwrap();
        let packed = miniz_oxide::deflate::compress_to_vec(&json, 9);
        let body = session::base64url::encode(&mutate(packed, &e));
        let _ = Sessie::from_link(&format!("{}{body}", session::LINK_PREFIX));
    }

    #[test]
    fn any_envelope_never_panics(versie in any::<i64>(), inhoud in "[ -~]{0,200}") {
        let text = format!(r#"{{"formaat": "werkkeuze-sessie", "versie": {versie}, "inhoud": {inhoud}}}"#);
        let _ = Sessie::from_file(&text);
    }
}

#[test]
fn the_real_session_round_trips_through_file_and_link() {
    let s = real_session();
    assert!(s.gerekend.is_some());
    assert_eq!(Sessie::from_file(&s.to_file()), Ok(s.clone()));
    assert_eq!(Sessie::from_link(&s.to_link()), Ok(s));
}
