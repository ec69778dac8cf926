//! The command line `begeleiding FILE.json`: ranked JSON on success; exit 2 and one Dutch line
//! naming the field on bad answers; never a panic.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};
use werkkeuze_core::matcher::{catalogus, Antwoorden};

const BIN: &str = env!("CARGO_BIN_EXE_begeleiding");

fn met_stdin(args: &[&str], invoer: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start begeleiding");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(invoer.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn bestand(naam: &str, inhoud: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("werkkeuze-begeleiding-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pad = dir.join(naam);
    std::fs::write(&pad, inhoud).unwrap();
    pad
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Exit 2, one line, Dutch, naming the field, no panic.
fn slecht(o: &Output, veld: &str) {
    assert_eq!(o.status.code(), Some(2), "stderr: {}", stderr(o));
    let err = stderr(o);
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "more than one line: {err}"
    );
    assert!(err.contains(veld), "'{veld}' not named: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(o.stdout.is_empty());
}

#[test]
fn a_file_gives_the_whole_catalogue_ranked_with_reasons() {
    let pad = bestand(
        "epa.json",
        r#"{"doel": "betaald_werk", "ggz": "ja", "klachten": "lang_zwaar", "uitkering": "wia"}"#,
    );
    let o = Command::new(BIN).arg(&pad).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let opties = v["opties"].as_array().unwrap();
    assert_eq!(opties.len(), catalogus().opties.len());
    assert_eq!(opties[0]["id"], "ips");
    assert_eq!(opties[0]["passend"], true);
    let reden = opties[0]["redenen"][0].as_str().unwrap();
    assert!(
        reden.contains("U koos:") && reden.contains("Betaald werk vinden"),
        "{reden}"
    );
    // Only these four keys per option, as documented.
    for o in opties {
        let keys: Vec<&str> = o.as_object().unwrap().keys().map(|k| k.as_str()).collect();
        assert_eq!(keys, ["bronnen", "id", "passend", "redenen"]);
    }
    // The sources of the reasons: readable, with the citation kept for maintainers.
    let bronnen = opties[0]["bronnen"].as_array().unwrap();
    assert!(!bronnen.is_empty(), "IPS's reasons without sources");
    for b in bronnen {
        let (leesbaar, verwijzing) = (
            b["bron"].as_str().unwrap(),
            b["verwijzing"].as_str().unwrap(),
        );
        if verwijzing.starts_with("https://") {
            assert_eq!(leesbaar, verwijzing);
        } else {
            assert!(verwijzing.contains(".txt:"), "{verwijzing}");
            assert!(
                !leesbaar.contains(".txt") && leesbaar.contains(" ("),
                "{leesbaar}"
            );
        }
    }
    assert!(
        bronnen.iter().any(|b| b["bron"]
            .as_str()
            .unwrap()
            .starts_with("Re-integratie bij psychische aandoeningen (Panteia")),
        "{bronnen:?}"
    );
    // Fitting options first.
    let passend: Vec<bool> = opties.iter().map(|o| o["passend"] == true).collect();
    let eerste_niet = passend.iter().position(|p| !p).unwrap_or(passend.len());
    assert!(passend[eerste_niet..].iter().all(|p| !p));
}

#[test]
fn a_dash_reads_stdin_and_en_gives_english() {
    let o = met_stdin(
        &["-"],
        r#"{"doel": "baan_houden", "situatie": "werkt_na_verzuim"}"#,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["opties"][0]["id"], "sharp");

    let o = met_stdin(
        &["--en", "-"],
        r#"{"doel": "baan_houden", "situatie": "werkt_na_verzuim"}"#,
    );
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["opties"][0]["redenen"][0]
        .as_str()
        .unwrap()
        .contains("You chose"));
}

#[test]
fn empty_answers_are_fine() {
    // A byte-order mark (as some Windows editors write) is ignored.
    let o = met_stdin(&["-"], "\u{feff}{}");
    assert!(o.status.success());
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        v["opties"].as_array().unwrap().len(),
        catalogus().opties.len()
    );
}

#[test]
fn bad_answers_exit_2_with_one_dutch_line_naming_the_field() {
    slecht(&met_stdin(&["-"], r#"{"doel": "rijk_worden"}"#), "doel");
    slecht(&met_stdin(&["-"], r#"{"doel": "rijk_worden"}"#), "Kies uit");
    slecht(&met_stdin(&["-"], r#"{"ggz": true}"#), "ggz");
    slecht(
        &met_stdin(&["-"], r#"{"drempels": "geldzorgen"}"#),
        "drempels",
    );
    slecht(
        &met_stdin(&["-"], r#"{"drempels": ["geldzorgen", "heimwee"]}"#),
        "heimwee",
    );
    slecht(
        &met_stdin(&["-"], r#"{"leeftijd": 23}"#),
        "Onbekende vraag 'leeftijd'",
    );
    slecht(&met_stdin(&["-"], r#"{"doel": "#), "geen geldige JSON");
    slecht(&met_stdin(&["-"], r#"["betaald_werk"]"#), "JSON-object");
    slecht(&met_stdin(&["-"], ""), "geen geldige JSON");
}

#[test]
fn a_bad_command_line_exits_2() {
    let o = Command::new(BIN).output().unwrap();
    slecht(&o, "Gebruik");
    let o = Command::new(BIN)
        .arg("/bestaat/niet.json")
        .output()
        .unwrap();
    slecht(&o, "/bestaat/niet.json");
    let o = Command::new(BIN)
        .args(["--snel", "x.json"])
        .output()
        .unwrap();
    slecht(&o, "--snel");
    let o = Command::new(BIN)
        .args(["a.json", "b.json"])
        .output()
        .unwrap();
    slecht(&o, "één bestand");
}

/// Every answers example in docs/begeleiding.md (```json antwoorden) is valid and runs.
#[test]
fn the_documented_examples_run() {
    let doc = include_str!("../../docs/begeleiding.md");
    let mut n = 0;
    let mut rest = doc;
    while let Some(start) = rest.find("```json antwoorden\n") {
        let blok = &rest[start + "```json antwoorden\n".len()..];
        let eind = blok.find("```").expect("closed code block");
        let voorbeeld = &blok[..eind];
        Antwoorden::uit_json(voorbeeld).unwrap_or_else(|e| panic!("{e}\n{voorbeeld}"));
        let o = met_stdin(&["-"], voorbeeld);
        assert!(o.status.success(), "{}", stderr(&o));
        n += 1;
        rest = &blok[eind..];
    }
    assert!(n >= 3, "only {n} examples in docs/begeleiding.md");
}
