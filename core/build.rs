//! Turns every TOML file under `data/` into compact JSON in OUT_DIR at build time.
//!
//! The data files stay TOML, with comments and sources that a policy expert can read; the app
//! then only needs serde_json to read them, instead of shipping a TOML parser to every phone
//! (that parser alone added about 80 KB gzip to the WebAssembly). Use [`crate::data::embedded!`].

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("data");
    println!("cargo:rerun-if-changed={}", data.display());
    convert_dir(&data, &out);
}

fn convert_dir(from: &Path, to: &Path) {
    let Ok(entries) = fs::read_dir(from) else {
        return;
    };
    fs::create_dir_all(to).expect("create OUT_DIR/data");
    for entry in entries.flatten() {
        let path = entry.path();
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            convert_dir(&path, &to.join(entry.file_name()));
        } else if path.extension().is_some_and(|e| e == "toml") {
            let text = fs::read_to_string(&path).expect("read data file");
            let value: toml::Value = toml::from_str(&text)
                .unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", path.display()));
            let json = serde_json::to_string(&value).expect("TOML to JSON");
            fs::write(
                to.join(path.with_extension("json").file_name().unwrap()),
                json,
            )
            .expect("write JSON");
        }
    }
}
