//! The glossary ("begrippenlijst"): every term the tools use, explained in plain Dutch (B1) and
//! English, each with the source of the concept. Loaded from `data/begrippen.toml`.

use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Begrip {
    pub id: String,
    pub term: String,
    pub term_en: String,
    pub uitleg: String,
    pub uitleg_en: String,
    /// A law on wetten.overheid.nl, an official page, or `seed-file:line`.
    pub bron: String,
    /// For a seed source: the words of the cited lines that carry the explanation (a test looks
    /// for them there).
    #[serde(default)]
    pub citaat: Option<String>,
}

impl Begrip {
    /// The seed citation in `bron` (`NNN_<hex>.txt:<lines>`), if the source is a seed document.
    pub fn seed_verwijzing(&self) -> Option<&str> {
        crate::citaat::seed_verwijzing_in(&self.bron)
    }
}

#[derive(Debug, Deserialize)]
struct File {
    begrip: Vec<Begrip>,
}

const DATA: &str = crate::embedded!("begrippen");

/// Parses (JSON, as embedded) and checks a glossary: unique ids, nothing empty, every term with a
/// source.
pub fn parse(json: &str) -> Result<Vec<Begrip>, String> {
    let file: File = crate::data::lees(json).map_err(|e| format!("begrippen: {e}"))?;
    check(file)
}

fn check(file: File) -> Result<Vec<Begrip>, String> {
    let mut seen = HashSet::new();
    for b in &file.begrip {
        if !seen.insert(b.id.as_str()) {
            return Err(format!("begrip '{}' staat er twee keer in", b.id));
        }
        for (field, value) in [
            ("term", &b.term),
            ("term_en", &b.term_en),
            ("uitleg", &b.uitleg),
            ("uitleg_en", &b.uitleg_en),
            ("bron", &b.bron),
        ] {
            if value.trim().is_empty() {
                return Err(format!("begrip '{}' heeft geen {field}", b.id));
            }
        }
        if let Some(v) = b.seed_verwijzing() {
            if crate::citaat::lees_seed_verwijzing(v).is_none() {
                return Err(format!("begrip '{}': '{v}' is geen seed-verwijzing", b.id));
            }
            if b.citaat.as_deref().is_none_or(|c| c.trim().is_empty()) {
                return Err(format!("begrip '{}': seed-bron zonder citaat", b.id));
            }
        }
    }
    Ok(file.begrip)
}

/// The glossary, sorted by Dutch term. Parsed once.
pub fn begrippen() -> &'static [Begrip] {
    static CELL: OnceLock<Vec<Begrip>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut list = parse(DATA).unwrap_or_default();
        list.sort_by_key(|b| b.term.to_lowercase());
        list
    })
}

/// One term by id.
pub fn begrip(id: &str) -> Option<&'static Begrip> {
    begrippen().iter().find(|b| b.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_glossary_is_valid_and_sourced() {
        let list = parse(DATA).expect("data/begrippen.toml is valid");
        assert!(list.len() >= 25, "only {} terms", list.len());
        for b in &list {
            let cites_law_or_page = b.bron.contains("https://");
            let cites_seed = b.bron.contains(".txt:");
            assert!(
                cites_law_or_page || cites_seed,
                "{}: source is not a URL or seed line",
                b.id
            );
            assert_ne!(b.uitleg, b.uitleg_en, "{}: English is still Dutch", b.id);
        }
        assert_eq!(begrippen().len(), list.len());
        assert!(begrip("wga").is_some());
    }

    #[test]
    fn every_term_a_matcher_question_explains_is_in_the_glossary() {
        let vragen = crate::matcher::vragen();
        let ids: Vec<_> = vragen.iter().flat_map(|v| v.begrippen.iter()).collect();
        assert!(
            ids.contains(&&"wajong"),
            "the benefit question explains its words"
        );
        for id in ids {
            assert!(begrip(id).is_some(), "{id} is not in data/begrippen.toml");
        }
    }

    #[test]
    fn a_term_without_source_or_a_duplicate_is_refused() {
        let no_source = r#"
            [[begrip]]
            id = "x"
            term = "X"
            term_en = "X"
            uitleg = "Uitleg."
            uitleg_en = "Explanation."
            bron = ""
        "#;
        let from_toml = |t: &str| check(toml::from_str(t).unwrap());
        assert!(from_toml(no_source).unwrap_err().contains("bron"));
        let sourced = no_source.replace("bron = \"\"", "bron = \"a\"");
        assert!(from_toml(&format!("{sourced}{sourced}"))
            .unwrap_err()
            .contains("twee keer"));
    }
}
