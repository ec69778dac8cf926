//! The data files. `data/**/*.toml` are converted to JSON by `build.rs`, so the app reads them
//! with serde_json and carries no TOML parser.
//!
//! Natively (the command-line tools, the tests) every file is embedded: the `ingebed` feature,
//! on by default. The web app turns it off to keep its first download small: a tool's files then
//! arrive as one bundle (`dist/data/<bundle>.json`, written by the `werkkeuze-data` tool) when the
//! person opens that tool, and [`laad`] makes them available. The glossary is always embedded,
//! because every screen explains its terms.
//!
//! The accessors (`catalogus()`, `parameters(2026)`, …) read through [`bestand`]; until a file is
//! there they answer "nothing yet" and remember nothing, so a file that arrives later is used.

use std::collections::BTreeMap;
use std::sync::{Mutex, OnceLock};

/// The JSON text of a data file, by its path under `data/` without extension:
/// `embedded!("begrippen")` is `data/begrippen.toml` as JSON.
#[macro_export]
macro_rules! embedded {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $path, ".json"))
    };
}

/// The bundles the web app loads, each with the data files it holds: one per tool.
pub const BUNDELS: &[(&str, &[&str])] = &[
    (
        "vertellen",
        &[
            "disclosure/hulp",
            "disclosure/bronnen",
            "disclosure/redenen",
            "disclosure/rechten",
            "disclosure/mogelijkheden",
            "disclosure/bericht",
            "disclosure/verhalen",
        ],
    ),
    ("rekenhulp", &["income/2026", "income/regelen"]),
    ("begeleiding", &["matcher/catalogus", "matcher/regels"]),
];

/// A hash of every shipped data file: it changes when any of them changes. The app asks for
/// `data/<bundle>.json?v=VERSIE`, so a browser never mixes a new app with old data.
pub const VERSIE: &str = include_str!(concat!(env!("OUT_DIR"), "/data-versie.txt"));

/// The JSON text of a shipped data file, or `None` while the app has not loaded its bundle.
pub fn bestand(naam: &str) -> Option<&'static str> {
    if naam == "begrippen" {
        return Some(embedded!("begrippen"));
    }
    #[cfg(feature = "ingebed")]
    {
        ingebed(naam)
    }
    #[cfg(not(feature = "ingebed"))]
    {
        geladen().lock().ok()?.get(naam).copied()
    }
}

/// Every data file of the bundles, embedded (native builds).
#[cfg(feature = "ingebed")]
fn ingebed(naam: &str) -> Option<&'static str> {
    Some(match naam {
        "disclosure/hulp" => embedded!("disclosure/hulp"),
        "disclosure/bronnen" => embedded!("disclosure/bronnen"),
        "disclosure/redenen" => embedded!("disclosure/redenen"),
        "disclosure/rechten" => embedded!("disclosure/rechten"),
        "disclosure/mogelijkheden" => embedded!("disclosure/mogelijkheden"),
        "disclosure/bericht" => embedded!("disclosure/bericht"),
        "disclosure/verhalen" => embedded!("disclosure/verhalen"),
        "income/2026" => embedded!("income/2026"),
        "income/regelen" => embedded!("income/regelen"),
        "matcher/catalogus" => embedded!("matcher/catalogus"),
        "matcher/regels" => embedded!("matcher/regels"),
        _ => return None,
    })
}

fn geladen() -> &'static Mutex<BTreeMap<String, &'static str>> {
    static GELADEN: OnceLock<Mutex<BTreeMap<String, &'static str>>> = OnceLock::new();
    GELADEN.get_or_init(Default::default)
}

/// True when every file of the bundle `naam` is there (always, natively).
pub fn bundel_er(naam: &str) -> bool {
    BUNDELS
        .iter()
        .find(|(b, _)| *b == naam)
        .is_some_and(|(_, bestanden)| bestanden.iter().all(|f| bestand(f).is_some()))
}

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
    let fout = |m: String| BundelFout(format!("gegevens '{bundel}': {m}"));
    let (_, bestanden) = BUNDELS
        .iter()
        .find(|(b, _)| *b == bundel)
        .ok_or_else(|| fout("onbekende bundel".into()))?;
    let map: BTreeMap<String, String> =
        serde_json::from_str(tekst).map_err(|e| fout(e.to_string()))?;
    if let Some(extra) = map.keys().find(|k| !bestanden.contains(&k.as_str())) {
        return Err(fout(format!("{extra} hoort er niet bij")));
    }
    controleer(bundel, &map).map_err(fout)?;
    let mut geladen = geladen().lock().map_err(|_| fout("vergrendeld".into()))?;
    for (f, json) in map {
        geladen
            .entry(f)
            .or_insert_with(|| Box::leak(json.into_boxed_str()));
    }
    Ok(())
}

/// Reads the files of a bundle as their tool will.
fn controleer(bundel: &str, f: &BTreeMap<String, String>) -> Result<(), String> {
    let get = |n: &str| {
        f.get(n)
            .map(String::as_str)
            .ok_or_else(|| format!("{n} ontbreekt"))
    };
    match bundel {
        "vertellen" => {
            let files = crate::disclosure::content::RawFiles::from_fn(get)?;
            crate::disclosure::content::Content::parse(files).map_err(|e| e.to_string())?;
        }
        "rekenhulp" => {
            crate::income::parameters::Parameters::parse(get("income/2026")?)?;
            crate::income::regelen::parse(get("income/regelen")?)?;
        }
        "begeleiding" => {
            let catalogus = crate::matcher::catalogus::Catalogus::parse(get("matcher/catalogus")?)
                .map_err(|e| e.join("; "))?;
            crate::matcher::regels::Regels::parse(get("matcher/regels")?, &catalogus)
                .map_err(|e| e.join("; "))?;
        }
        _ => return Err("onbekende bundel".into()),
    }
    Ok(())
}

/// Reads the JSON of a data file into `T`.
///
/// It goes through [`serde_json::Value`] first. In the app that matters for size: every data type
/// then shares the one JSON parser, instead of each type's deserializer carrying its own inlined
/// copy of it. Error messages name the field but not the line; the data files are checked by the
/// native tests, where a line number is one `cargo test` away.
pub fn lees<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, serde_json::Error> {
    serde_json::from_str::<serde_json::Value>(json).and_then(serde_json::from_value)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
