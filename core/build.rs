//! Turns every TOML file under `data/` into compact JSON in OUT_DIR at build time.
//!
//! The data files stay TOML, with comments and sources that a policy expert can read; the app
//! then only needs serde_json to read them, instead of shipping a TOML parser to every phone
//! (that parser alone added about 80 KB gzip to the WebAssembly). Use [`crate::data::bestand`].

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("data");
    println!("cargo:rerun-if-changed={}", data.display());
    let mut hash = Fnv(0xcbf2_9ce4_8422_2325);
    convert_dir(&data, &out, &mut hash);
    // The version of the data: the app asks for its bundles with it (`data::VERSIE`).
    fs::write(out.join("../data-versie.txt"), format!("{:016x}", hash.0)).expect("write version");
}

/// FNV-1a over the JSON of every file, in a fixed order.
struct Fnv(u64);

impl Fnv {
    fn add(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

fn convert_dir(from: &Path, to: &Path, hash: &mut Fnv) {
    let Ok(entries) = fs::read_dir(from) else {
        return;
    };
    fs::create_dir_all(to).expect("create OUT_DIR/data");
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            convert_dir(&path, &to.join(entry.file_name()), hash);
        } else if path.extension().is_some_and(|e| e == "toml") {
            let text = fs::read_to_string(&path).expect("read data file");
            let value: toml::Value = toml::from_str(&text)
                .unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", path.display()));
            let json = serde_json::to_string(&value).expect("TOML to JSON");
            hash.add(path.file_name().unwrap().as_encoded_bytes());
            hash.add(json.as_bytes());
            fs::write(
                to.join(path.with_extension("json").file_name().unwrap()),
                json,
            )
            .expect("write JSON");
        }
    }
}
