//! The session codec: how a person's answers leave the app only in their own hands.
//!
//! - A **file** is human-readable JSON in an envelope with a format name and a version.
//! - A **link** carries the same JSON, compressed (DEFLATE) and base64url-encoded, after the `#`
//!   of the address, so it never reaches a server.
//! - Older versions are migrated step by step; a newer, foreign, damaged or too large input gives
//!   a [`SessionError`] with a Dutch message, and the caller keeps the session it had.
//!
//! The codec is generic over the content type, so every tool's state can travel in it; decoding
//! never panics on any input (fuzzed with proptest).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// The name in every file, so a file of another program is recognised as such.
pub const FORMAT: &str = "werkkeuze-sessie";
/// The version this build writes. Raise it with a migration in [`MIGRATIONS`].
/// Version 2 (December 2026) adds what the Rekenhulp computed with (`gerekend`), so a file opened
/// after the amounts changed can say what changed; an older app meeting it says "nieuwere versie"
/// instead of "beschadigd".
pub const VERSION: u32 = 2;
/// The largest file we read: far above any real session, far below what could hang a phone.
pub const MAX_FILE_BYTES: usize = 512 * 1024;
/// The longest link payload we read (characters after the prefix).
pub const MAX_LINK_CHARS: usize = 64 * 1024;
/// Link payloads start with this, so a future format can be told apart.
pub const LINK_PREFIX: &str = "s1.";

/// A migration turns the content of version `n` into version `n + 1`.
type Migration = fn(Value) -> Result<Value, SessionError>;

/// `MIGRATIONS[i]` migrates version `i + 1` to `i + 2`.
const MIGRATIONS: &[Migration] = &[van_1_naar_2];

/// Version 1 has the same content without `gerekend`: nothing to change (the session then says
/// that it cannot tell which amounts were used).
fn van_1_naar_2(inhoud: Value) -> Result<Value, SessionError> {
    Ok(inhoud)
}

#[derive(Debug, Serialize, Deserialize)]
struct Envelope {
    formaat: String,
    versie: u32,
    inhoud: Value,
}

/// Why a file or link could not be opened. `Display` gives a calm Dutch sentence that also says
/// that nothing was lost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionError {
    TooLarge,
    NotJson,
    Foreign,
    TooNew { versie: u32 },
    Damaged { detail: String },
    LinkDamaged,
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let msg = match self {
            SessionError::TooLarge => {
                "Dit bestand is te groot voor een Werkkeuze-sessie. Kies het bestand dat u bij Werkkeuze heeft opgeslagen.".to_string()
            }
            SessionError::NotJson => {
                "Dit bestand kunnen we niet lezen. Het is geen Werkkeuze-sessie, of het is beschadigd.".to_string()
            }
            SessionError::Foreign => {
                "Dit bestand is niet van Werkkeuze. Kies het bestand dat u bij Werkkeuze heeft opgeslagen.".to_string()
            }
            SessionError::TooNew { versie } => format!(
                "Dit bestand komt uit een nieuwere versie van Werkkeuze (versie {versie}). Laad de pagina opnieuw om de nieuwste versie te krijgen."
            ),
            SessionError::Damaged { detail } => format!(
                "Dit bestand is beschadigd of onvolledig ({detail})."
            ),
            SessionError::LinkDamaged => {
                "Deze link is niet compleet of beschadigd. Vraag om de link opnieuw, of kopieer hem helemaal.".to_string()
            }
        };
        write!(f, "{msg} Wat u al had ingevuld, is niet veranderd.")
    }
}

impl std::error::Error for SessionError {}

/// The file text: pretty JSON with format name and version.
pub fn to_file<T: Serialize>(content: &T) -> String {
    let env = Envelope {
        formaat: FORMAT.to_string(),
        versie: VERSION,
        inhoud: serde_json::to_value(content).unwrap_or(Value::Null),
    };
    serde_json::to_string_pretty(&env).unwrap_or_default()
}

/// Reads a file's text, migrating older versions.
pub fn from_file<T: DeserializeOwned>(text: &str) -> Result<T, SessionError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(SessionError::TooLarge);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| SessionError::NotJson)?;
    from_value(value)
}

fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, SessionError> {
    let obj = value.as_object().ok_or(SessionError::Foreign)?;
    if obj.get("formaat").and_then(Value::as_str) != Some(FORMAT) {
        return Err(SessionError::Foreign);
    }
    let env: Envelope = serde_json::from_value(value).map_err(|e| SessionError::Damaged {
        detail: short(&e.to_string()),
    })?;
    if env.versie == 0 {
        return Err(SessionError::Damaged {
            detail: "versie 0 bestaat niet".into(),
        });
    }
    if env.versie > VERSION {
        return Err(SessionError::TooNew { versie: env.versie });
    }
    let mut inhoud = env.inhoud;
    for migrate in &MIGRATIONS[(env.versie - 1) as usize..] {
        inhoud = migrate(inhoud)?;
    }
    serde_json::from_value(inhoud).map_err(|e| SessionError::Damaged {
        detail: short(&e.to_string()),
    })
}

fn short(s: &str) -> String {
    s.chars().take(120).collect()
}

/// The link payload (to put after `#…?s=`): compact JSON, DEFLATE, base64url, with a prefix.
pub fn to_link<T: Serialize>(content: &T) -> String {
    let env = Envelope {
        formaat: FORMAT.to_string(),
        versie: VERSION,
        inhoud: serde_json::to_value(content).unwrap_or(Value::Null),
    };
    let json = serde_json::to_vec(&env).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 9);
    format!("{LINK_PREFIX}{}", base64url::encode(&packed))
}

/// Reads a link payload, with the same checks as a file.
pub fn from_link<T: DeserializeOwned>(payload: &str) -> Result<T, SessionError> {
    let body = payload
        .trim()
        .strip_prefix(LINK_PREFIX)
        .ok_or(SessionError::LinkDamaged)?;
    if body.len() > MAX_LINK_CHARS {
        return Err(SessionError::TooLarge);
    }
    let packed = base64url::decode(body).ok_or(SessionError::LinkDamaged)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_FILE_BYTES)
        .map_err(|_| SessionError::LinkDamaged)?;
    let value: Value = serde_json::from_slice(&json).map_err(|_| SessionError::LinkDamaged)?;
    from_value(value)
}

/// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5).
pub mod base64url {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    pub fn encode(data: &[u8]) -> String {
        let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
        for chunk in data.chunks(3) {
            let b = [
                chunk[0],
                *chunk.get(1).unwrap_or(&0),
                *chunk.get(2).unwrap_or(&0),
            ];
            let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
            let chars = chunk.len() + 1;
            for i in 0..chars {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            }
        }
        out
    }

    fn value(c: u8) -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        } as u32)
    }

    /// `None` on any character outside the alphabet or an impossible length.
    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let bytes = text.trim_end_matches('=').as_bytes();
        if bytes.len() % 4 == 1 {
            return None;
        }
        let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
        for chunk in bytes.chunks(4) {
            let mut n = 0u32;
            for (i, c) in chunk.iter().enumerate() {
                n |= value(*c)? << (18 - 6 * i);
            }
            let full = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
            out.extend_from_slice(&full[..chunk.len() - 1]);
        }
        Some(out)
    }
}

/// A QR code as an SVG document (black modules on white, with the quiet zone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qr {
    pub svg: String,
    /// Modules across, the quiet zone included: the page draws each at least a few pixels wide,
    /// so a phone's camera can read the code from another screen.
    pub modules: usize,
}

/// A QR code of `text`, or `None` when the text is too long for a QR code.
pub fn qr_svg(text: &str) -> Option<Qr> {
    use qrcode::render::svg;
    use qrcode::{EcLevel, QrCode};
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
    let modules = code.width() + 8;
    // At least 256 pixels, and at least 4 per module: the size the page shows it at (it only
    // shrinks to fit a narrower screen).
    let size = u32::try_from(modules * 4).unwrap_or(u32::MAX).max(256);
    Some(Qr {
        modules,
        svg: code
            .render::<svg::Color<'_>>()
            .min_dimensions(size, size)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .quiet_zone(true)
            .build(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct Sample {
        uren: u32,
        naam: String,
        keuzes: Vec<String>,
    }

    fn sample() -> Sample {
        Sample {
            uren: 20,
            naam: "Proef € ä 😀".into(),
            keuzes: vec!["ips".into(), "jobcoaching".into()],
        }
    }

    #[test]
    fn file_round_trip_is_exact_and_readable() {
        let text = to_file(&sample());
        assert!(text.contains("\"formaat\": \"werkkeuze-sessie\""));
        assert!(text.contains("\"versie\": 2"));
        assert_eq!(from_file::<Sample>(&text), Ok(sample()));
    }

    #[test]
    fn link_round_trip_is_exact_and_url_safe() {
        let link = to_link(&sample());
        assert!(link.starts_with(LINK_PREFIX));
        assert!(link[LINK_PREFIX.len()..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(from_link::<Sample>(&link), Ok(sample()));
    }

    #[test]
    fn bad_inputs_give_the_right_message() {
        assert_eq!(from_file::<Sample>("niet json"), Err(SessionError::NotJson));
        assert_eq!(
            from_file::<Sample>(r#"{"name": "other app"}"#),
            Err(SessionError::Foreign)
        );
        assert_eq!(from_file::<Sample>("[1,2]"), Err(SessionError::Foreign));
        assert_eq!(
            from_file::<Sample>(r#"{"formaat": "werkkeuze-sessie", "versie": 99, "inhoud": {}}"#),
            Err(SessionError::TooNew { versie: 99 })
        );
        assert!(matches!(
            from_file::<Sample>(
                r#"{"formaat": "werkkeuze-sessie", "versie": 1, "inhoud": {"uren": "veel"}}"#
            ),
            Err(SessionError::Damaged { .. })
        ));
        assert!(matches!(
            from_file::<Sample>(r#"{"formaat": "werkkeuze-sessie", "versie": 0, "inhoud": {}}"#),
            Err(SessionError::Damaged { .. })
        ));
        let huge = format!("\"{}\"", "a".repeat(MAX_FILE_BYTES + 1));
        assert_eq!(from_file::<Sample>(&huge), Err(SessionError::TooLarge));
        assert_eq!(
            from_link::<Sample>("s1.@@@"),
            Err(SessionError::LinkDamaged)
        );
        assert_eq!(
            from_link::<Sample>("zonder-prefix"),
            Err(SessionError::LinkDamaged)
        );
        let truncated = to_link(&sample());
        assert_eq!(
            from_link::<Sample>(&truncated[..truncated.len() / 2]),
            Err(SessionError::LinkDamaged)
        );
        for e in [SessionError::NotJson, SessionError::LinkDamaged] {
            assert!(e
                .to_string()
                .ends_with("Wat u al had ingevuld, is niet veranderd."));
        }
    }

    #[test]
    fn a_compressed_bomb_in_a_link_is_refused() {
        let bomb = vec![b' '; MAX_FILE_BYTES * 4];
        let packed = miniz_oxide::deflate::compress_to_vec(&bomb, 9);
        let link = format!("{LINK_PREFIX}{}", base64url::encode(&packed));
        assert!(link.len() < MAX_LINK_CHARS);
        assert_eq!(from_link::<Sample>(&link), Err(SessionError::LinkDamaged));
    }

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        for (raw, enc) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url::encode(raw.as_bytes()), enc);
            assert_eq!(base64url::decode(enc).as_deref(), Some(raw.as_bytes()));
        }
        assert_eq!(base64url::encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url::decode("a"), None);
        assert_eq!(base64url::decode("a+b/"), None);
    }

    #[test]
    fn qr_code_of_a_link_is_an_svg() {
        let svg = qr_svg(&format!(
            "http://127.0.0.1:8080/#/sessie?s={}",
            to_link(&sample())
        ))
        .unwrap();
        assert!(svg.svg.starts_with("<?xml") || svg.svg.starts_with("<svg"));
        assert!(svg.svg.contains("#000000"));
        // Version 1 is 21 modules; with the quiet zone of 4 on each side, 29.
        assert_eq!(qr_svg("x").unwrap().modules, 29);
        assert!(svg.modules > 29 && (svg.modules - 29).is_multiple_of(4));
        // Drawn at 4 pixels a module or more, and at least 256 pixels wide.
        let width: usize = svg
            .svg
            .split("width=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            width >= svg.modules * 4 && width >= 256,
            "{width} px for {} modules",
            svg.modules
        );
        assert_eq!(qr_svg(&"x".repeat(10_000)), None);
    }

    proptest! {
        #[test]
        fn decoding_arbitrary_text_never_panics(s in ".{0,400}") {
            let _ = from_file::<Sample>(&s);
            let _ = from_link::<Sample>(&s);
            let _ = from_link::<Sample>(&format!("{LINK_PREFIX}{s}"));
        }

        #[test]
        fn decoding_arbitrary_bytes_in_a_link_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = from_link::<Sample>(&format!("{LINK_PREFIX}{}", base64url::encode(&bytes)));
            let packed = miniz_oxide::deflate::compress_to_vec(&bytes, 1);
            let _ = from_link::<Sample>(&format!("{LINK_PREFIX}{}", base64url::encode(&packed)));
        }

        #[test]
        fn any_sample_round_trips(uren in any::<u32>(), naam in ".{0,40}", keuzes in proptest::collection::vec(".{0,10}", 0..5)) {
            let s = Sample { uren, naam, keuzes };
            prop_assert_eq!(from_file::<Sample>(&to_file(&s)), Ok(s.clone()));
            prop_assert_eq!(from_link::<Sample>(&to_link(&s)), Ok(s));
        }
    }
}
