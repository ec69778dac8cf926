//! Writes the data bundles the web app loads when a person opens a tool:
//! `werkkeuze-data DIR` writes `DIR/<bundle>.json` for every bundle in `werkkeuze_core::data`.
//! Run by `scripts/lib.sh` (`build_dist`) into `dist/data/`.
//! `werkkeuze-data --versie` prints the version the app asks for them with
//! (`data/<bundle>.json?v=VERSIE`), for the service worker's list of files.

use std::path::PathBuf;
use std::process::ExitCode;
use werkkeuze_core::bundel::bundel_tekst;
use werkkeuze_core::data::{BUNDELS, VERSIE};

fn main() -> ExitCode {
    if std::env::args_os().nth(1).is_some_and(|a| a == "--versie") {
        println!("{}", VERSIE.trim());
        return ExitCode::SUCCESS;
    }
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("gebruik: werkkeuze-data MAP");
        return ExitCode::from(2);
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("werkkeuze-data: kan {} niet maken: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    for (naam, _) in BUNDELS {
        let Some(tekst) = bundel_tekst(naam) else {
            eprintln!("werkkeuze-data: bundel {naam} is niet compleet");
            return ExitCode::FAILURE;
        };
        let pad = dir.join(format!("{naam}.json"));
        if let Err(e) = std::fs::write(&pad, tekst) {
            eprintln!("werkkeuze-data: kan {} niet schrijven: {e}", pad.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
