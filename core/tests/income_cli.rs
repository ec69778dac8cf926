//! The `rekenhulp` command line: exact interface, JSON on stdout, exit status 2 with one Dutch
//! line naming the field on bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn rekenhulp(args: &[&str], stdin: Option<&str>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rekenhulp"));
    c.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("start rekenhulp");
    if let Some(t) = stdin {
        // The program may exit before reading stdin (bad arguments): ignore a broken pipe.
        let _ = child.stdin.take().expect("stdin").write_all(t.as_bytes());
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("wachten")
}

fn json(o: &Output) -> serde_json::Value {
    assert!(
        o.status.success(),
        "exit {:?}, stderr: {}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
    let mut v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON op stdout");
    // Every rule says which date's amounts it used (review of issue 14, finding 8); the shape of
    // the rule's own numbers is checked without it.
    if let Some(obj) = v.as_object_mut() {
        if obj.contains_key("tijdlijn") || obj.contains_key("punten") {
            return v;
        }
        let b = obj.remove("bedragen").expect("bedragen");
        assert!(
            b["tekst"].as_str().is_some_and(|t| t.contains(" 20")),
            "{b}"
        );
        assert!(b["van"].as_str().is_some(), "{b}");
    }
    v
}

fn fout(o: &Output, veld: &str) {
    assert_eq!(o.status.code(), Some(2), "exit-status 2 verwacht");
    assert!(o.stdout.is_empty(), "niets op stdout bij een fout");
    let e = String::from_utf8_lossy(&o.stderr);
    assert_eq!(e.trim_end().lines().count(), 1, "één regel: {e}");
    assert!(e.contains(veld), "'{veld}' niet genoemd in: {e}");
    assert!(e.starts_with("Fout in "), "Nederlands: {e}");
    assert!(!e.contains("panicked"), "{e}");
}

#[test]
fn zorgtoeslag_official_example() {
    let v = json(&rekenhulp(
        &[
            "regel",
            "zorgtoeslag",
            "--jaar",
            "2026",
            "--toetsingsinkomen",
            "19000",
        ],
        None,
    ));
    assert_eq!(v, serde_json::json!({"per_jaar": 1550, "per_maand": 129}));
    let v = json(&rekenhulp(
        &[
            "regel",
            "zorgtoeslag",
            "--jaar",
            "2026",
            "--toetsingsinkomen",
            "19.000",
            "--partner",
        ],
        None,
    ));
    assert_eq!(v["per_jaar"], serde_json::json!(2963));
}

#[test]
fn a_rule_says_which_dates_amounts_it_used_and_never_silently_an_older_one() {
    let uit = |args: &[&str]| -> serde_json::Value {
        let o = rekenhulp(args, None);
        assert!(o.status.success());
        serde_json::from_slice(&o.stdout).unwrap()
    };
    // 2027: the minimum wage of 1 January 2027 is not known; the Wajong says it uses that of
    // 1 July 2026.
    let v = uit(&["regel", "wajong", "--jaar", "2027", "--inkomen", "0"]);
    assert_eq!(v["bedragen"]["ontbreekt"]["datum"], "2027-01-01", "{v}");
    let t = v["bedragen"]["tekst"].as_str().unwrap();
    assert!(
        t.contains("1 juli 2026") && t.contains("nog niet allemaal bekend"),
        "{t}"
    );
    // The zorgtoeslag of 2027 has its percentages but not the standaardpremie of 2027.
    let v = uit(&[
        "regel",
        "zorgtoeslag",
        "--jaar",
        "2027",
        "--toetsingsinkomen",
        "35000",
    ]);
    assert!(v["bedragen"]["ontbreekt"]["parameters"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("zt.standaardpremie")));
    // March 2026: everything known.
    let v = uit(&[
        "regel",
        "zorgtoeslag",
        "--datum",
        "2026-03-01",
        "--toetsingsinkomen",
        "35000",
    ]);
    assert_eq!(v["bedragen"]["van"], "2026-01-01");
    assert!(v["bedragen"].get("ontbreekt").is_none(), "{v}");
}

#[test]
fn every_rule_has_the_documented_shape() {
    let v = json(&rekenhulp(
        &[
            "regel",
            "huurtoeslag",
            "--jaar",
            "2026",
            "--huur",
            "700",
            "--inkomen",
            "25000",
            "--personen",
            "1",
            "--leeftijd",
            "35",
        ],
        None,
    ));
    assert_eq!(v, serde_json::json!({"per_maand": 391}));
    let v = json(&rekenhulp(
        &[
            "regel",
            "kindgebonden-budget",
            "--jaar",
            "2026",
            "--inkomen",
            "45000",
            "--partner",
            "--kind",
            "8",
            "--kind",
            "10",
        ],
        None,
    ));
    assert_eq!(v, serde_json::json!({"per_jaar": 4715, "per_maand": 392}));
    let v = json(&rekenhulp(
        &[
            "regel",
            "heffingskortingen",
            "--jaar",
            "2026",
            "--inkomen",
            "30000",
            "--arbeidsinkomen",
            "30000",
        ],
        None,
    ));
    assert_eq!(
        v,
        serde_json::json!({"algemene_heffingskorting": 3098.11, "arbeidskorting": 5381.02})
    );
    let v = json(&rekenhulp(
        &["regel", "wajong", "--jaar", "2026", "--inkomen", "1000"],
        None,
    ));
    assert_eq!(v, serde_json::json!({"uitkering_per_maand": 906.08}));
    let v = json(&rekenhulp(
        &[
            "regel",
            "wajong",
            "--jaar",
            "2026",
            "--inkomen",
            "1000",
            "--loonwaarde",
            "0.8",
        ],
        None,
    ));
    assert_eq!(v["uitkering_per_maand"], serde_json::json!(981.08));
    let v = json(&rekenhulp(
        &[
            "regel",
            "wajong",
            "--jaar",
            "2026",
            "--inkomen",
            "400",
            "--zonder-arbeidsvermogen",
        ],
        None,
    ));
    assert_eq!(v["uitkering_per_maand"], serde_json::json!(1420.8));
    let v = json(&rekenhulp(
        &[
            "regel",
            "wga",
            "--jaar",
            "2026",
            "--maandloon",
            "3000",
            "--rvc",
            "1500",
            "--inkomen",
            "800",
        ],
        None,
    ));
    assert_eq!(
        v,
        serde_json::json!({"soort": "loonaanvulling", "uitkering_per_maand": 1050})
    );
    let v = json(&rekenhulp(
        &[
            "regel",
            "wga",
            "--jaar",
            "2026",
            "--maandloon",
            "3000",
            "--rvc",
            "1500",
            "--inkomen",
            "700",
        ],
        None,
    ));
    assert_eq!(v["soort"], "vervolg");
    let v = json(&rekenhulp(
        &[
            "regel",
            "wga",
            "--jaar",
            "2026",
            "--maandloon",
            "3000",
            "--rvc",
            "1500",
            "--inkomen",
            "700",
            "--loongerelateerd",
        ],
        None,
    ));
    assert_eq!(v["soort"], "loongerelateerd");
}

const SCENARIO: &str = r#"{
  "huishouden": {"leeftijd": 34, "kinderen": [4, 9]},
  "woning": {"kale_huur": 720},
  "uitkering": {"soort": "bijstand"},
  "werk": {"uren_per_week": 16}
}"#;

#[test]
fn scenario_and_curve_from_stdin_and_file() {
    let v = json(&rekenhulp(&["scenario", "-"], Some(SCENARIO)));
    for k in [
        "zonder_werk",
        "met_werk",
        "verschil",
        "tijdlijn",
        "bronnen",
        "regels",
        "voorlopig",
        "waarschuwingen",
    ] {
        assert!(v.get(k).is_some(), "veld {k} ontbreekt");
    }
    assert_eq!(v["tijdlijn"].as_array().unwrap().len(), 12);
    assert_eq!(v["voorlopig"], true);
    let lijnen = v["met_werk"]["lijnen"].as_array().unwrap();
    assert!(lijnen
        .iter()
        .all(|r| r["uitleg"].as_str().is_some_and(|t| !t.is_empty())));
    let som: f64 = lijnen.iter().map(|r| r["bedrag"].as_f64().unwrap()).sum();
    assert!((som - v["met_werk"]["totaal"].as_f64().unwrap()).abs() < 0.005);

    let pad = std::env::temp_dir().join(format!("rekenhulp-test-{}.json", std::process::id()));
    std::fs::write(&pad, SCENARIO).unwrap();
    let c = json(&rekenhulp(&["curve", pad.to_str().unwrap()], None));
    let _ = std::fs::remove_file(&pad);
    assert_eq!(c["punten"].as_array().unwrap().len(), 81);
    assert!(c["trajecten"].as_array().is_some());
}

#[test]
fn bad_input_exits_2_with_one_dutch_line_naming_the_field() {
    fout(
        &rekenhulp(&["regel", "zorgtoeslag", "--toetsingsinkomen", "-5"], None),
        "toetsingsinkomen",
    );
    fout(
        &rekenhulp(&["regel", "zorgtoeslag", "--toetsingsinkomen", "abc"], None),
        "toetsingsinkomen",
    );
    fout(
        &rekenhulp(&["regel", "zorgtoeslag"], None),
        "toetsingsinkomen",
    );
    fout(
        &rekenhulp(
            &[
                "regel",
                "zorgtoeslag",
                "--jaar",
                "2025",
                "--toetsingsinkomen",
                "1",
            ],
            None,
        ),
        "jaar",
    );
    fout(
        &rekenhulp(
            &[
                "regel",
                "zorgtoeslag",
                "--toetsingsinkomen",
                "1",
                "--onzin",
                "3",
            ],
            None,
        ),
        "onzin",
    );
    fout(
        &rekenhulp(
            &[
                "regel",
                "huurtoeslag",
                "--huur",
                "99999999",
                "--inkomen",
                "1",
                "--personen",
                "1",
            ],
            None,
        ),
        "huur",
    );
    fout(
        &rekenhulp(
            &[
                "regel",
                "kindgebonden-budget",
                "--inkomen",
                "1",
                "--kind",
                "30",
            ],
            None,
        ),
        "kind",
    );
    fout(
        &rekenhulp(
            &["regel", "wajong", "--inkomen", "1", "--loonwaarde", "2"],
            None,
        ),
        "loonwaarde",
    );
    fout(
        &rekenhulp(
            &[
                "regel",
                "wga",
                "--maandloon",
                "3000",
                "--rvc",
                "2500",
                "--inkomen",
                "1",
            ],
            None,
        ),
        "rvc",
    );
    fout(&rekenhulp(&["regel", "bestaatniet"], None), "regel");
    fout(&rekenhulp(&["toveren"], None), "opdracht");
    fout(&rekenhulp(&[], None), "opdracht");
    fout(
        &rekenhulp(&["scenario", "/bestaat/niet.json"], None),
        "bestand",
    );
    fout(
        &rekenhulp(&["scenario", "-"], Some("{niet json")),
        "scenario",
    );
    fout(
        &rekenhulp(
            &["scenario", "-"],
            Some(r#"{"huishouden":{"leeftijd":30},"werk":{"uren_per_week":-3}}"#),
        ),
        "werk.uren_per_week",
    );
    fout(
        &rekenhulp(
            &["scenario", "-"],
            Some(r#"{"huishouden":{"leeftijd":30},"werk":{"uren_per_week":99}}"#),
        ),
        "werk.uren_per_week",
    );
    fout(
        &rekenhulp(
            &["scenario", "-"],
            Some(r#"{"huishouden":{"leeftijd":30},"werk":{"uurloon":-1}}"#),
        ),
        "werk.uurloon",
    );
    fout(
        &rekenhulp(
            &["scenario", "-"],
            Some(r#"{"huishouden":{"leeftijd":30},"woning":{"kale_huur":"veel"}}"#),
        ),
        "woning.kale_huur",
    );
    fout(
        &rekenhulp(
            &["scenario", "-"],
            Some(r#"{"huishouden":{"leeftijd":67}}"#),
        ),
        "huishouden.leeftijd",
    );
    fout(
        &rekenhulp(
            &["scenario", "-"],
            Some(r#"{"huishouden":{"leeftijd":-4}}"#),
        ),
        "huishouden.leeftijd",
    );
    fout(
        &rekenhulp(
            &["curve", "-"],
            Some(r#"{"huishouden":{"leeftijd":30},"uitkering":{"soort":"toeslagenwet"}}"#),
        ),
        "uitkering",
    );
    fout(
        &rekenhulp(
            &["scenario", "-"],
            Some(r#"{"jaar":2031,"huishouden":{"leeftijd":30}}"#),
        ),
        "jaar",
    );
}

#[test]
fn taal_en_gives_the_texts_and_the_errors_in_english() {
    let nl = json(&rekenhulp(&["scenario", "-"], Some(SCENARIO)));
    let en = json(&rekenhulp(
        &["scenario", "-", "--taal", "en"],
        Some(SCENARIO),
    ));
    assert_eq!(nl["met_werk"]["totaal"], en["met_werk"]["totaal"]);
    assert_eq!(en["met_werk"]["lijnen"][0]["naam"], "Net wage");
    let uitleg = en["met_werk"]["lijnen"][0]["uitleg"].as_str().unwrap();
    assert!(uitleg.starts_with("You work 16 hours per week"), "{uitleg}");
    let c = json(&rekenhulp(&["curve", "--taal", "en", "-"], Some(SCENARIO)));
    assert!(c["notities"][0]["waar"]
        .as_str()
        .unwrap()
        .starts_with("From "));
    assert!(c["trajecten"][0]["uitleg"]
        .as_str()
        .unwrap()
        .starts_with("There "));
    assert_eq!(
        json(&rekenhulp(
            &["scenario", "-", "--taal", "nl"],
            Some(SCENARIO)
        )),
        nl
    );

    let o = rekenhulp(
        &["scenario", "-", "--taal", "en"],
        Some(r#"{"huishouden":{"leeftijd":-4}}"#),
    );
    assert_eq!(o.status.code(), Some(2));
    let e = String::from_utf8_lossy(&o.stderr);
    assert_eq!(
        e.trim_end(),
        "Error in huishouden.leeftijd: the age must be 15 or older"
    );
    fout(
        &rekenhulp(&["scenario", "-", "--taal", "fr"], Some(SCENARIO)),
        "taal",
    );
    fout(
        &rekenhulp(&["scenario", "-", "--taal"], Some(SCENARIO)),
        "taal",
    );
}

#[test]
fn help_is_not_an_error() {
    let o = rekenhulp(&["--help"], None);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("rekenhulp regel zorgtoeslag"));
}

mod willekeurig {
    use super::rekenhulp;
    use proptest::prelude::*;

    fn woord() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("regel".to_string()),
            Just("scenario".to_string()),
            Just("curve".to_string()),
            Just("zorgtoeslag".to_string()),
            Just("huurtoeslag".to_string()),
            Just("kindgebonden-budget".to_string()),
            Just("heffingskortingen".to_string()),
            Just("wajong".to_string()),
            Just("wga".to_string()),
            Just("--jaar".to_string()),
            Just("--partner".to_string()),
            Just("--kind".to_string()),
            Just("--inkomen".to_string()),
            Just("--huur".to_string()),
            Just("--loonwaarde".to_string()),
            Just("--rvc".to_string()),
            Just("--maandloon".to_string()),
            Just("--toetsingsinkomen".to_string()),
            Just("--taal".to_string()),
            Just("en".to_string()),
            Just("-".to_string()),
            "-?[0-9]{0,12}([.,][0-9]{0,5})?",
            "[^\\x00]{0,12}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

        /// Any arguments: exit status 0 or 2, never a panic.
        #[test]
        fn never_panics_on_any_arguments(args in proptest::collection::vec(woord(), 0..8)) {
            let refs: Vec<&str> = args.iter().map(String::as_str).collect();
            let o = rekenhulp(&refs, Some("{}"));
            let code = o.status.code();
            prop_assert!(code == Some(0) || code == Some(2), "exit {:?}", code);
            prop_assert!(!String::from_utf8_lossy(&o.stderr).contains("panicked"));
        }
    }
}
