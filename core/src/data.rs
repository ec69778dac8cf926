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
