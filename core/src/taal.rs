//! The two languages of every user-facing text: Dutch (B1, "u") first, English second.

use serde::{Deserialize, Serialize};

/// A language of the screen (and of the command-line output).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Taal {
    #[default]
    Nl,
    En,
}

impl Taal {
    pub const ALLE: [Taal; 2] = [Taal::Nl, Taal::En];

    /// `nl` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Taal::Nl => "nl",
            Taal::En => "en",
        }
    }

    /// From `nl` or `en`.
    pub fn uit_code(code: &str) -> Option<Taal> {
        match code {
            "nl" => Some(Taal::Nl),
            "en" => Some(Taal::En),
            _ => None,
        }
    }
}

/// A text with a Dutch and an English version, of which only the one asked for is formatted:
/// `tekst!(taal, "U werkt {uren} uur.", "You work {uren} hours.")`. Extra arguments after the two
/// strings are shared (each string must use all of them).
#[macro_export]
macro_rules! tekst {
    ($taal:expr, $nl:literal, $en:literal $(, $arg:expr)* $(,)?) => {
        match $taal {
            $crate::Taal::Nl => format!($nl $(, $arg)*),
            $crate::Taal::En => format!($en $(, $arg)*),
        }
    };
}
