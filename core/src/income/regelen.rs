//! "Wat moet ik regelen?": the concrete steps after starting work (with whom) and the support
//! worth asking about, each with a source and the date it was checked. Content lives in
//! `data/income/regelen.toml` (Dutch and English); the rekenhulp shows the entries that fit the
//! person's benefit.

use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Kind of entry: a step to take, or support to ask about (never a promise).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StapSoort {
    Regelen,
    Steun,
}

/// One step or kind of support.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stap {
    pub id: String,
    pub soort: StapSoort,
    /// Benefit kinds it applies to (`bijstand`, `wajong`, …) or `alle`.
    pub bij: Vec<String>,
    pub wie: String,
    pub wie_en: String,
    pub titel: String,
    pub titel_en: String,
    pub tekst: String,
    pub tekst_en: String,
    pub bron_titel: String,
    /// A URL or a law article.
    pub bron: String,
    /// `YYYY-MM-DD`.
    pub gecontroleerd: String,
    /// Support that only works when the employer knows something: what, with its source. The
    /// screen shows it with a link to the disclosure aid ("Vertellen of verzwijgen?").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub werkgever: Option<Werkgever>,
}

/// What the employer knows or must know for a kind of support (issue 18, item 7).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Werkgever {
    pub tekst: String,
    pub tekst_en: String,
    pub bron_titel: String,
    /// A URL.
    pub bron: String,
}

impl Stap {
    /// Applies to a person with this benefit kind (`bijstand`, `geen`, …).
    pub fn geldt_voor(&self, soort: &str) -> bool {
        self.bij.iter().any(|b| b == "alle" || b == soort)
    }
}

#[derive(Deserialize)]
struct File {
    stap: Vec<Stap>,
}

const SOORTEN: &[&str] = &[
    "alle",
    "geen",
    "bijstand",
    "wajong",
    "wga",
    "iva",
    "ww",
    "ziektewet",
    "bijstand-stopt",
];

/// Parses and checks the steps: unique ids, nothing empty, a known benefit kind, a source that is
/// a URL or a law article, and a checked date.
pub fn parse(json: &str) -> Result<Vec<Stap>, String> {
    let file: File = crate::data::lees(json).map_err(|e| format!("regelen: {e}"))?;
    let mut seen = HashSet::new();
    for s in &file.stap {
        if !seen.insert(s.id.as_str()) {
            return Err(format!("stap '{}' staat er twee keer in", s.id));
        }
        for (veld, waarde) in [
            ("wie", &s.wie),
            ("wie_en", &s.wie_en),
            ("titel", &s.titel),
            ("titel_en", &s.titel_en),
            ("tekst", &s.tekst),
            ("tekst_en", &s.tekst_en),
            ("bron_titel", &s.bron_titel),
            ("bron", &s.bron),
        ] {
            if waarde.trim().is_empty() {
                return Err(format!("stap '{}' heeft geen {veld}", s.id));
            }
        }
        if s.bij.is_empty() || s.bij.iter().any(|b| !SOORTEN.contains(&b.as_str())) {
            return Err(format!("stap '{}': onbekende of lege 'bij'", s.id));
        }
        let is_url = s.bron.starts_with("https://") || s.bron.starts_with("http://");
        let is_artikel = s.bron.to_lowercase().contains("artikel");
        if !is_url && !is_artikel {
            return Err(format!("stap '{}': bron is geen URL of wetsartikel", s.id));
        }
        if let Some(w) = &s.werkgever {
            if [&w.tekst, &w.tekst_en, &w.bron_titel]
                .iter()
                .any(|t| t.trim().is_empty())
                || !(w.bron.starts_with("https://") || w.bron.starts_with("http://"))
            {
                return Err(format!(
                    "stap '{}': 'werkgever' heeft een lege tekst of geen URL als bron",
                    s.id
                ));
            }
        }
        let d = s.gecontroleerd.as_bytes();
        let datum_ok = d.len() == 10
            && d[4] == b'-'
            && d[7] == b'-'
            && d.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !datum_ok {
            return Err(format!(
                "stap '{}': gecontroleerd is geen datum JJJJ-MM-DD",
                s.id
            ));
        }
    }
    Ok(file.stap)
}

/// Every step, parsed once. None while the app has not loaded the rekenhulp's data.
pub fn stappen() -> &'static [Stap] {
    static CELL: OnceLock<Vec<Stap>> = OnceLock::new();
    match crate::data::bestand("income/regelen") {
        Some(json) => CELL.get_or_init(|| parse(json).unwrap_or_default()),
        None => &[],
    }
}

/// The steps for a benefit kind and what the result says, in file order: a step for
/// `"{kind}-stopt"` only when the benefit stops with this work ([`super::Uitkomst::uitkering_stopt`]).
pub fn voor_uitkomst(soort: &str, stopt: bool) -> impl Iterator<Item = &'static Stap> + '_ {
    stappen().iter().filter(move |s| {
        s.geldt_voor(soort)
            || (stopt
                && s.bij
                    .iter()
                    .any(|b| b.strip_suffix("-stopt") == Some(soort)))
    })
}

/// The steps for a benefit kind, in file order.
pub fn voor(soort: &str) -> impl Iterator<Item = &'static Stap> + '_ {
    stappen().iter().filter(move |s| s.geldt_voor(soort))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_has_a_source_a_date_and_both_languages() {
        let list =
            parse(crate::embedded!("income/regelen")).expect("data/income/regelen.toml is valid");
        assert!(list.len() >= 8, "only {} steps", list.len());
        for s in &list {
            assert!(
                s.bron.starts_with("https://")
                    || s.bron.starts_with("http://")
                    || s.bron_titel.contains("artikel"),
                "{}",
                s.id
            );
            assert!(s.gecontroleerd.starts_with("20"), "{}", s.id);
            assert_ne!(s.titel, s.titel_en, "{}: English title is Dutch", s.id);
            assert_ne!(s.tekst, s.tekst_en, "{}: English text is Dutch", s.id);
        }
    }

    #[test]
    fn support_is_asked_about_never_promised() {
        for s in stappen().iter().filter(|s| s.soort == StapSoort::Steun) {
            let t = s.tekst.to_lowercase();
            assert!(
                t.contains("vraag"),
                "{}: support must say whom to ask",
                s.id
            );
            for belofte in ["u krijgt zeker", "gegarandeerd", "altijd recht"] {
                assert!(!t.contains(belofte), "{}: promises '{belofte}'", s.id);
            }
        }
    }

    #[test]
    fn every_benefit_gets_the_toeslagen_steps_and_its_own() {
        for soort in [
            "bijstand",
            "wajong",
            "wga",
            "iva",
            "ww",
            "ziektewet",
            "geen",
        ] {
            let ids: Vec<&str> = voor(soort).map(|s| s.id.as_str()).collect();
            assert!(ids.contains(&"toeslagen-inkomen"), "{soort}");
        }
        assert!(voor("bijstand").any(|s| s.id == "gemeente-inkomsten"));
        assert!(voor("wga").any(|s| s.id == "no-riskpolis"));
        assert!(!voor("bijstand").any(|s| s.wie == "UWV"));
    }

    /// Item 7 of issue 18: the support that needs the employer to know something says so, with
    /// a source; the rest does not.
    #[test]
    fn support_that_needs_the_employer_to_know_says_so() {
        let met: Vec<&str> = stappen()
            .iter()
            .filter(|s| s.werkgever.is_some())
            .map(|s| s.id.as_str())
            .collect();
        for id in [
            "loonkostensubsidie",
            "no-riskpolis",
            "doelgroepregister",
            "jobcoach",
        ] {
            assert!(met.contains(&id), "{id}: {met:?}");
        }
        for s in stappen().iter().filter(|s| s.werkgever.is_some()) {
            assert_eq!(s.soort, StapSoort::Steun, "{}", s.id);
            let w = s.werkgever.as_ref().unwrap();
            assert!(w.tekst.to_lowercase().contains("werkgever"), "{}", s.id);
            assert_ne!(w.tekst, w.tekst_en, "{}", s.id);
        }
    }

    #[test]
    fn a_step_without_source_is_refused() {
        let json = r#"{"stap":[{"id":"x","soort":"regelen","bij":["alle"],"wie":"a","wie_en":"b","titel":"c","titel_en":"d","tekst":"e","tekst_en":"f","bron_titel":"g","bron":"","gecontroleerd":"2026-12-01"}]}"#;
        assert!(parse(json).unwrap_err().contains("bron"));
        let json = json.replace(r#""bron":"""#, r#""bron":"zomaar""#);
        assert!(parse(&json).unwrap_err().contains("URL"));
    }
}
