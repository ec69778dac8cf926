//! The data files, embedded at build time. `data/**/*.toml` are converted to JSON by `build.rs`,
//! so the app reads them with serde_json and carries no TOML parser.

/// The JSON text of a data file, by its path under `data/` without extension:
/// `embedded!("begrippen")` is `data/begrippen.toml` as JSON.
#[macro_export]
macro_rules! embedded {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $path, ".json"))
    };
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
