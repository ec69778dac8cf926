//! The bundles the web app downloads, one per tool ([`BUNDELS`]): what a bundle holds as text
//! ([`bundel_tekst`], written by the `werkkeuze-data` tool) and how a downloaded one is checked
//! and taken in ([`laad`]). It knows every tool's parser, so it stands above the tools; the
//! parsers themselves read their files through [`crate::data`], which knows none of them.

use crate::data::{bestand, BUNDELS};
use std::collections::BTreeMap;

/// The text of bundle `naam` as the app downloads it: a JSON object from each file's name to
/// its JSON text. `None` for an unknown bundle or a file that is not there.
pub fn bundel_tekst(naam: &str) -> Option<String> {
    let (_, bestanden) = BUNDELS.iter().find(|(b, _)| *b == naam)?;
    let mut map = serde_json::Map::new();
    for f in *bestanden {
        map.insert(
            f.to_string(),
            serde_json::Value::String(bestand(f)?.to_string()),
        );
    }
    serde_json::to_string(&map).ok()
}

/// Why a downloaded bundle was refused. The app shows its own message and a way to try again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundelFout(pub String);

/// Takes in a downloaded bundle (see [`bundel_tekst`]). It must hold exactly the bundle's files,
/// and they must read as the tool's content or rules would (the same checks the native tests
/// run); otherwise nothing is taken in, so a tool never starts on half or wrong data. Files
/// already there are kept.
pub fn laad(bundel: &str, tekst: &str) -> Result<(), BundelFout> {
    laad_met(bundel, tekst, controle(bundel))
}

/// How the files of one bundle are checked: read as their tool will.
pub type Controle = fn(&BTreeMap<String, String>) -> Result<(), String>;

/// The check of bundle `naam`.
pub fn controle(naam: &str) -> Option<Controle> {
    Some(match naam {
        "vertellen" => vertellen,
        "rekenhulp" => rekenhulp,
        "begeleiding" => begeleiding,
        _ => return None,
    })
}

/// [`laad`] with the check given: an app built with one tool names only that tool's check, so it
/// carries no other tool's parser (`None`: this app takes no such bundle).
pub fn laad_met(bundel: &str, tekst: &str, controle: Option<Controle>) -> Result<(), BundelFout> {
    let fout = |m: String| BundelFout(format!("gegevens '{bundel}': {m}"));
    let (_, bestanden) = BUNDELS
        .iter()
        .find(|(b, _)| *b == bundel)
        .ok_or_else(|| fout("onbekende bundel".into()))?;
    let controle = controle.ok_or_else(|| fout("onbekende bundel".into()))?;
    let map: BTreeMap<String, String> =
        serde_json::from_str(tekst).map_err(|e| fout(e.to_string()))?;
    if let Some(extra) = map.keys().find(|k| !bestanden.contains(&k.as_str())) {
        return Err(fout(format!("{extra} hoort er niet bij")));
    }
    controle(&map).map_err(fout)?;
    crate::data::neem_op(map).map_err(fout)
}

/// A file of the bundle, or which one is missing.
fn deel<'a>(f: &'a BTreeMap<String, String>, n: &str) -> Result<&'a str, String> {
    f.get(n)
        .map(String::as_str)
        .ok_or_else(|| format!("{n} ontbreekt"))
}

/// The disclosure aid's content.
pub fn vertellen(f: &BTreeMap<String, String>) -> Result<(), String> {
    let files = crate::disclosure::content::RawFiles::from_fn(|n| deel(f, n))?;
    crate::disclosure::content::Content::parse(files).map_err(|e| e.to_string())?;
    Ok(())
}

/// The calculator's parameters and arrangements.
pub fn rekenhulp(f: &BTreeMap<String, String>) -> Result<(), String> {
    crate::income::parameters::Parameters::parse(deel(f, "income/2026")?)?;
    crate::income::regelen::parse(deel(f, "income/regelen")?)?;
    Ok(())
}

/// The matcher's catalogue and rules.
pub fn begeleiding(f: &BTreeMap<String, String>) -> Result<(), String> {
    let catalogus = crate::matcher::catalogus::Catalogus::parse(deel(f, "matcher/catalogus")?)
        .map_err(|e| e.join("; "))?;
    crate::matcher::regels::Regels::parse(deel(f, "matcher/regels")?, &catalogus)
        .map_err(|e| e.join("; "))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{bundel_er, VERSIE};

    #[test]
    fn every_bundle_file_is_shipped_and_every_bundle_round_trips() {
        for (naam, bestanden) in BUNDELS {
            assert!(bundel_er(naam), "{naam}");
            for f in *bestanden {
                assert!(bestand(f).is_some_and(|j| j.starts_with('{')), "{f}");
            }
            let tekst = bundel_tekst(naam).unwrap();
            assert_eq!(laad(naam, &tekst), Ok(()), "{naam}");
        }
        assert!(bestand("begrippen").is_some());
        assert_eq!(bestand("bestaat/niet"), None);
        assert!(!VERSIE.trim().is_empty());
    }

    #[test]
    fn a_damaged_or_foreign_bundle_is_refused_whole() {
        let goed = bundel_tekst("rekenhulp").unwrap();
        assert!(laad("onbekend", &goed).is_err());
        assert!(laad("rekenhulp", "<html>").is_err());
        assert!(laad("rekenhulp", &goed[..goed.len() / 2]).is_err());
        assert!(
            laad("begeleiding", &goed).is_err(),
            "other files than the bundle holds"
        );
        let mut map: BTreeMap<String, String> = serde_json::from_str(&goed).unwrap();
        map.insert("income/2026".into(), "{niet: json".into());
        assert!(laad("rekenhulp", &serde_json::to_string(&map).unwrap()).is_err());
        // Valid JSON, but not the parameters: refused too.
        map.insert("income/2026".into(), r#"{"parameter": []}"#.into());
        assert!(laad("rekenhulp", &serde_json::to_string(&map).unwrap()).is_err());
        map.remove("income/2026");
        assert!(laad("rekenhulp", &serde_json::to_string(&map).unwrap()).is_err());
    }

    #[test]
    fn an_app_without_the_check_of_a_bundle_takes_none_of_it() {
        let goed = bundel_tekst("begeleiding").unwrap();
        assert!(laad_met("begeleiding", &goed, None).is_err());
        // Another bundle's check reads other files, so it refuses them.
        assert!(laad_met("begeleiding", &goed, controle("rekenhulp")).is_err());
        assert_eq!(
            laad_met("begeleiding", &goed, controle("begeleiding")),
            Ok(())
        );
    }

    #[test]
    fn a_disclosure_bundle_whose_content_does_not_check_out_is_refused_with_the_reason() {
        let goed = bundel_tekst("vertellen").unwrap();
        let mut map: BTreeMap<String, String> = serde_json::from_str(&goed).unwrap();
        // Valid JSON, but no reasons: the content's own check refuses it, and says why.
        map.insert("disclosure/redenen".into(), r#"{"reason": []}"#.into());
        let fout = laad("vertellen", &serde_json::to_string(&map).unwrap()).unwrap_err();
        assert!(fout.0.contains("data/disclosure"), "{}", fout.0);
        assert!(fout.0.contains("redenen"), "{}", fout.0);
    }
}
