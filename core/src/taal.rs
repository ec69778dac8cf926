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

/// A user-facing text: Dutch (B1, "u") first, English second. The one bilingual text type of
/// core: content read from data files, and texts made by the tools.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tekst {
    pub nl: String,
    pub en: String,
}

impl Tekst {
    pub fn new(nl: impl Into<String>, en: impl Into<String>) -> Tekst {
        Tekst {
            nl: nl.into(),
            en: en.into(),
        }
    }

    /// The same words in both languages: for what the person wrote themselves.
    pub fn same(text: &str) -> Tekst {
        Tekst::new(text, text)
    }

    pub fn get(&self, taal: Taal) -> &str {
        match taal {
            Taal::Nl => &self.nl,
            Taal::En => &self.en,
        }
    }

    /// Replaces `{key}` by `value` in both languages.
    pub fn fill(&self, key: &str, value: &str) -> Tekst {
        let pattern = format!("{{{key}}}");
        Tekst::new(
            self.nl.replace(&pattern, value),
            self.en.replace(&pattern, value),
        )
    }

    /// Both languages filled in.
    pub fn is_compleet(&self) -> bool {
        !self.nl.trim().is_empty() && !self.en.trim().is_empty()
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

/// Words that mark a text as Dutch and are not English words. Used by tests to find an English
/// entry that still holds Dutch.
const NEDERLANDSE_WOORDEN: &[&str] = &[
    "het", "een", "niet", "uw", "wordt", "voor", "van", "met", "ook", "dat", "bij", "naar", "zijn",
    "kunt", "moet", "mag", "heeft", "geen", "wat", "als", "maar", "wel", "deze", "die", "u", "de",
    "en", "je", "jij", "ik", "wij", "ze", "zij", "hij", "om", "tot", "nog", "dan",
];

/// The Dutch words in an English text, leaving out what stands between brackets or quotes (a
/// Dutch name given on purpose, such as "(College voor de Rechten van de Mens)"). A text with two
/// or more is still (partly) Dutch.
pub fn nederlandse_woorden(engels: &str) -> Vec<String> {
    let mut zonder = String::with_capacity(engels.len());
    let mut diepte = 0usize;
    let mut in_citaat = false;
    for c in engels.chars() {
        match c {
            '(' => diepte += 1,
            ')' => diepte = diepte.saturating_sub(1),
            '‘' | '“' | '"' if diepte == 0 && !in_citaat => in_citaat = true,
            '’' | '”' | '"' if diepte == 0 && in_citaat => in_citaat = false,
            c if diepte == 0 && !in_citaat => zonder.push(c),
            _ => {}
        }
    }
    zonder
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| NEDERLANDSE_WOORDEN.contains(&w.as_str()))
        .collect()
}

/// Whether an English text still holds Dutch (two or more Dutch words outside brackets and
/// quotes).
pub fn lijkt_nederlands(engels: &str) -> bool {
    nederlandse_woorden(engels).len() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_english_text_with_dutch_in_it_is_found() {
        assert!(lijkt_nederlands("U hoeft uw diagnose niet te noemen."));
        assert!(lijkt_nederlands(
            "You do not have to name het diagnose van u."
        ));
        assert!(!lijkt_nederlands(
            "Ask the Netherlands Institute for Human Rights (College voor de Rechten van de Mens)."
        ));
        assert!(!lijkt_nederlands(
            "The law calls this a 'disproportionate burden' (onevenredige belasting)."
        ));
        assert!(!lijkt_nederlands("You can ask for adjustments."));
        assert_eq!(
            nederlandse_woorden("Dit is een test met de"),
            ["een", "met", "de"]
        );
    }
}
