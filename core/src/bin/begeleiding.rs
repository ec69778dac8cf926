//! `begeleiding FILE.json` — "Welke begeleiding past bij mij?" on the command line.
//!
//! Reads a person's answers (JSON; `-` reads stdin; schema in `docs/begeleiding.md`) and prints
//! the whole catalogue ranked, fitting options first:
//! `{"opties": [{"id": "ips", "passend": true, "redenen": ["…"]}, …]}`.
//!
//! Exit status: 0 on success; 2 for bad answers or a bad command line, with one short Dutch line
//! on stderr that names the field (a bad value is quoted at most 40 characters long); 1 if the
//! shipped content itself is invalid (tests forbid this).

use std::io::{Read, Write};
use std::process::ExitCode;
use werkkeuze_core::matcher::catalogus::{Catalogus, DATA};
use werkkeuze_core::matcher::{rangschik, Antwoorden, Taal};
use werkkeuze_core::opdrachtregel::{een_regel, kort};

const GEBRUIK: &str =
    "Gebruik: begeleiding [--en] ANTWOORDEN.json   (gebruik - om van stdin te lezen)";

fn fout(code: u8, melding: &str) -> ExitCode {
    let _ = writeln!(
        std::io::stderr(),
        "{}",
        een_regel(&format!("begeleiding: {melding}"))
    );
    ExitCode::from(code)
}

fn lees(pad: &str) -> Result<String, String> {
    let mut tekst = String::new();
    if pad == "-" {
        std::io::stdin()
            .read_to_string(&mut tekst)
            .map_err(|e| format!("kan de antwoorden niet van stdin lezen ({e})."))?;
    } else {
        tekst = std::fs::read_to_string(pad)
            .map_err(|e| format!("kan het bestand '{}' niet lezen ({e}).", kort(pad)))?;
    }
    Ok(tekst)
}

fn main() -> ExitCode {
    let mut taal = Taal::Nl;
    let mut pad = None;
    // args_os: `std::env::args` would panic on an argument that is not valid Unicode.
    for arg in std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
    {
        match arg.as_str() {
            "--en" => taal = Taal::En,
            "-h" | "--help" => {
                let _ = writeln!(std::io::stdout(), "{GEBRUIK}");
                return ExitCode::SUCCESS;
            }
            a if a.starts_with("--") => {
                return fout(2, &format!("onbekende optie '{}'. {GEBRUIK}", kort(a)))
            }
            _ if pad.is_some() => return fout(2, &format!("geef één bestand. {GEBRUIK}")),
            _ => pad = Some(arg),
        }
    }
    let Some(pad) = pad else {
        return fout(2, GEBRUIK);
    };
    if let Err(fouten) = Catalogus::parse(DATA) {
        return fout(
            1,
            &format!("de catalogus is ongeldig: {}", fouten.join("; ")),
        );
    }
    let tekst = match lees(&pad) {
        Ok(t) => t,
        Err(e) => return fout(2, &e),
    };
    let antwoorden = match Antwoorden::uit_json(&tekst) {
        Ok(a) => a,
        Err(e) => return fout(2, &e.melding),
    };
    let uitslag = rangschik(&antwoorden).cli(taal);
    let json = match serde_json::to_string_pretty(&uitslag) {
        Ok(j) => j,
        Err(e) => return fout(1, &format!("kan de uitslag niet schrijven ({e})")),
    };
    let mut out = std::io::stdout().lock();
    if writeln!(out, "{json}").is_err() {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
