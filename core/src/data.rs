//! The data files. `data/**/*.toml` are converted to JSON by `build.rs`, so the app reads them
//! with serde_json and carries no TOML parser.
//!
//! Natively (the command-line tools, the tests) every file is embedded: the `ingebed` feature,
//! on by default. The web app turns it off to keep its first download small: a tool's files then
//! arrive as one bundle (`dist/data/<bundle>.json`, written by the `werkkeuze-data` tool) when the
//! person opens that tool, and [`crate::bundel::laad`] checks and takes them in. This module
//! depends on nothing else in the crate: the tools' parsers read through it, and the loader that
//! knows every tool's parser ([`crate::bundel`]) stands above them. The glossary is always embedded,
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

/// Takes in files of a bundle that [`crate::bundel::laad`] checked; files already there are kept.
pub(crate) fn neem_op(bestanden: BTreeMap<String, String>) -> Result<(), String> {
    let mut geladen = geladen().lock().map_err(|_| "vergrendeld".to_string())?;
    for (f, json) in bestanden {
        geladen
            .entry(f)
            .or_insert_with(|| Box::leak(json.into_boxed_str()));
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
