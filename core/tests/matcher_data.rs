//! The matcher's content: the shipped catalogue and rules are valid, sourced and in plain Dutch
//! and English; invalid data is refused loudly.

use serde_json::{json, Value};
use std::collections::HashSet;
use std::path::Path;
use werkkeuze_core::matcher::catalogus::{self, seed_bron, Catalogus, VERPLICHTE_IDS};
use werkkeuze_core::matcher::regels::{self, Regels, Soort};
use werkkeuze_core::matcher::{catalogus as shipped, vragen, Tekst};

fn catalogus_ok() -> Catalogus {
    Catalogus::parse(catalogus::DATA)
        .unwrap_or_else(|e| panic!("data/matcher/catalogus.toml is invalid:\n{}", e.join("\n")))
}

fn regels_ok(c: &Catalogus) -> Regels {
    Regels::parse(regels::DATA, c)
        .unwrap_or_else(|e| panic!("data/matcher/regels.toml is invalid:\n{}", e.join("\n")))
}

#[test]
fn the_shipped_catalogue_is_valid_and_complete() {
    let c = catalogus_ok();
    assert!(c.opties.len() >= 14, "only {} options", c.opties.len());
    for id in VERPLICHTE_IDS {
        assert!(c.optie(id).is_some(), "missing {id}");
    }
    assert_eq!(shipped().opties.len(), c.opties.len());
    // The way back per benefit is there for the benefits that have one in an official source.
    for u in ["wajong", "ww", "wia", "bijstand"] {
        assert!(c.terugval(u).is_some(), "no way back for {u}");
    }
}

#[test]
fn every_option_has_sources_and_every_number_its_source_and_group() {
    let c = catalogus_ok();
    for o in &c.opties {
        assert!(!o.bronnen.is_empty(), "{}: no sources", o.id);
        for cijfer in &o.cijfers {
            assert!(
                catalogus::is_bron(&cijfer.bron),
                "{}: {}",
                o.id,
                cijfer.bron
            );
            assert!(cijfer.groep.is_compleet(), "{}: number without group", o.id);
            assert!(cijfer.tekst.is_compleet(), "{}: number without text", o.id);
        }
    }
    // The key numbers of the issue are in, with the seed lines they come from.
    let ips = c.optie("ips").unwrap();
    assert!(ips
        .cijfers
        .iter()
        .any(|x| x.tekst.nl.contains("44%") && x.bron.starts_with("000_3e358a3822bcc572.txt:17")));
    let sharp = c.optie("sharp").unwrap();
    assert!(sharp
        .cijfers
        .iter()
        .any(|x| x.tekst.nl.contains("60%") && x.bron.contains("3549-3553")));
}

/// Every seed line cited in the catalogue and the rules exists (when the seeds are present,
/// i.e. in the project's workspace; a clean clone of this repository alone skips this).
#[test]
fn cited_seed_lines_exist() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
    if !seeds.is_dir() {
        eprintln!("skipped: {} not found", seeds.display());
        return;
    }
    let c = catalogus_ok();
    let r = regels_ok(&c);
    let mut bronnen: Vec<String> = Vec::new();
    for o in &c.opties {
        bronnen.extend(o.bronnen.iter().cloned());
        bronnen.extend(o.cijfers.iter().map(|x| x.bron.clone()));
    }
    bronnen.extend(r.regels.iter().filter_map(|x| x.bron.clone()));
    let mut checked = 0;
    for bron in bronnen.iter().filter(|b| !b.starts_with("https://")) {
        let (file, ranges) = seed_bron(bron).unwrap_or_else(|| panic!("bad seed source {bron}"));
        let text = std::fs::read_to_string(seeds.join(file))
            .unwrap_or_else(|_| panic!("{bron}: no such seed file"));
        let lines = text.lines().count();
        for (a, b) in ranges {
            assert!(b <= lines, "{bron}: the file has only {lines} lines");
            let cited: String = text.lines().skip(a - 1).take(b - a + 1).collect();
            assert!(
                !cited.trim().is_empty(),
                "{bron}: the cited lines are empty"
            );
        }
        checked += 1;
    }
    assert!(checked > 50, "only {checked} seed citations checked");
}

#[test]
fn the_shipped_rules_are_valid_and_cover_every_option() {
    let c = catalogus_ok();
    let r = regels_ok(&c);
    for o in &c.opties {
        assert!(
            r.voor(&o.id)
                .any(|x| x.soort == Soort::Past && x.gewicht > 0),
            "{}: no rule can make it fit",
            o.id
        );
    }
    // Predictors explain, never exclude: weight 0, with a source.
    for x in r.regels.iter().filter(|x| x.voorspeller) {
        assert_eq!(x.gewicht, 0, "{}", x.id);
        assert!(x.bron.is_some(), "{}", x.id);
    }
    assert!(r.regels.iter().filter(|x| x.voorspeller).count() >= 4);
    assert_eq!(regels::regels().regels.len(), r.regels.len());
}

/// All user-facing Dutch: "u", never "je/jij/jouw"; short sentences (B1); English differs.
#[test]
fn the_dutch_is_plain_and_polite() {
    let c = catalogus_ok();
    let r = regels_ok(&c);
    let mut teksten: Vec<(String, Tekst)> = Vec::new();
    for o in &c.opties {
        for (veld, t) in [
            ("naam", &o.naam),
            ("kort", &o.kort),
            ("wat_gebeurt", &o.wat_gebeurt),
            ("voor_wie", &o.voor_wie),
            ("duur", &o.duur),
            ("doel", &o.doel),
            ("aanbieder", &o.aanbieder),
            ("aanvragen", &o.aanvragen),
            ("openheid", &o.openheid),
            ("misgaan", &o.misgaan),
            ("uitkering", &o.uitkering),
            ("let_op", &o.let_op),
            ("bewijs_uitleg", &o.bewijs_uitleg),
        ] {
            teksten.push((format!("{}.{veld}", o.id), t.clone()));
        }
        for b in &o.betaling {
            teksten.push((format!("{}.betaling", o.id), b.tekst.clone()));
        }
    }
    for x in &r.regels {
        teksten.push((format!("regel {}", x.id), x.tekst.clone()));
    }
    for v in vragen() {
        teksten.push((format!("vraag {}", v.id), v.vraag.tekst()));
        teksten.push((format!("vraag {} uitleg", v.id), v.uitleg.tekst()));
    }
    for (waar, t) in &teksten {
        assert!(t.is_compleet(), "{waar}: missing language");
        let nl = format!(" {} ", t.nl.to_lowercase());
        for woord in [" je ", " jij ", " jouw ", " jou "] {
            assert!(
                !nl.contains(woord),
                "{waar}: use 'u', not '{}'",
                woord.trim()
            );
        }
        for zin in t.nl.split(['.', '?', '!', ':']) {
            let woorden = zin.split_whitespace().count();
            assert!(
                woorden <= 28,
                "{waar}: a sentence of {woorden} words is too long for B1: {zin}"
            );
        }
    }
    // Who pays is always a question to ask, never a promise.
    for o in &c.opties {
        for b in &o.betaling {
            assert!(
                b.tekst.nl.to_lowercase().contains("vraag"),
                "{}: {}",
                o.id,
                b.tekst.nl
            );
            assert!(!b.tekst.nl.contains("krijgt u vergoed"), "{}", o.id);
        }
    }
}

#[test]
fn the_workplace_options_are_the_ones_the_sources_name() {
    let c = catalogus_ok();
    // 002_ad756265b72af36a.txt:2325-2471: IPS, BW-IVB, SHARP involve the workplace; IRB, W-CGT,
    // Return@work, AIDEE, Bewegen Werkt are individual.
    for id in [
        "ips",
        "bw-ivb",
        "sharp",
        "jobcoaching",
        "harrie",
        "werkplekaanpassing",
    ] {
        assert!(c.optie(id).unwrap().werkplek, "{id}");
    }
    for id in ["irb", "w-cgt", "return-at-work", "aidee", "bewegen-werkt"] {
        assert!(!c.optie(id).unwrap().werkplek, "{id}");
    }
}

// --- Invalid data is refused, with a message that says what is wrong ---------------------------

fn shipped_json() -> Value {
    serde_json::from_str(catalogus::DATA).unwrap()
}

fn refuses(mutate: impl FnOnce(&mut Value), expect: &str) {
    let mut v = shipped_json();
    mutate(&mut v);
    match Catalogus::parse(&v.to_string()) {
        Ok(_) => panic!("bad catalogue accepted (expected '{expect}')"),
        Err(e) => assert!(
            e.iter().any(|m| m.contains(expect)),
            "expected '{expect}' in {e:?}"
        ),
    }
}

#[test]
fn a_bad_catalogue_is_refused() {
    refuses(
        |v| {
            let first = v["optie"][0].clone();
            v["optie"].as_array_mut().unwrap().push(first);
        },
        "twee keer",
    );
    refuses(|v| v["optie"][1]["bronnen"] = json!([]), "geen bronnen");
    refuses(
        |v| v["optie"][0]["bronnen"] = json!(["ergens op internet"]),
        "geen seed-regel",
    );
    refuses(
        |v| v["optie"][0]["cijfer"][0]["groep"] = json!(""),
        "welke groep",
    );
    refuses(
        |v| v["optie"][0]["cijfer"][0]["bron"] = json!("000_3e358a3822bcc572.txt:0"),
        "geen geldige bron",
    );
    refuses(|v| v["optie"][0]["kort_en"] = json!(""), "kort mist");
    refuses(
        |v| v["optie"][0]["betaling"][0]["nl"] = json!("De zorgverzekering betaalt het."),
        "vraag ernaar",
    );
    refuses(
        |v| {
            v["optie"]
                .as_array_mut()
                .unwrap()
                .retain(|o| o["id"] != "sharp")
        },
        "mist optie 'sharp'",
    );
    refuses(
        |v| v["optie"][0]["betaling"][1]["uitkering"] = json!(["aow"]),
        "onbekende uitkering",
    );
    // Unknown fields are typos: refused too.
    let mut v = shipped_json();
    v["optie"][0]["kosten"] = json!("gratis");
    assert!(Catalogus::parse(&v.to_string()).is_err());
}

fn refuses_rule(mutate: impl FnOnce(&mut Value), expect: &str) {
    let c = catalogus_ok();
    let mut v: Value = serde_json::from_str(regels::DATA).unwrap();
    mutate(&mut v);
    match Regels::parse(&v.to_string(), &c) {
        Ok(_) => panic!("bad rules accepted (expected '{expect}')"),
        Err(e) => assert!(
            e.iter().any(|m| m.contains(expect)),
            "expected '{expect}' in {e:?}"
        ),
    }
}

#[test]
fn bad_rules_are_refused() {
    let predictor = |v: &Value| {
        v["regel"]
            .as_array()
            .unwrap()
            .iter()
            .position(|r| r["voorspeller"] == json!(true))
            .unwrap()
    };
    refuses_rule(
        |v| {
            let i = predictor(v);
            v["regel"][i]["gewicht"] = json!(10);
        },
        "voorspeller verklaart alleen",
    );
    refuses_rule(
        |v| {
            let i = predictor(v);
            v["regel"][i]["bron"] = Value::Null;
        },
        "heeft een bron nodig",
    );
    refuses_rule(
        |v| v["regel"][0]["optie"] = json!("toverstaf"),
        "onbekende optie",
    );
    refuses_rule(
        |v| v["regel"][0]["als"] = json!({"doel": ["rijk_worden"]}),
        "onbekend antwoord",
    );
    refuses_rule(
        |v| v["regel"][0]["als"] = json!({"leeftijd": ["jong"]}),
        "onbekende vraag",
    );
    refuses_rule(|v| v["regel"][0]["als"] = json!({}), "geen voorwaarde");
    refuses_rule(
        |v| {
            let first = v["regel"][0].clone();
            v["regel"].as_array_mut().unwrap().push(first);
        },
        "twee keer",
    );
    // A negative weight cannot even be read: no rule can push an option down.
    let c = catalogus_ok();
    let mut v: Value = serde_json::from_str(regels::DATA).unwrap();
    v["regel"][0]["gewicht"] = json!(-10);
    assert!(Regels::parse(&v.to_string(), &c).is_err());
}

#[test]
fn the_ids_are_unique_and_stable() {
    let c = catalogus_ok();
    let ids: HashSet<&str> = c.opties.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids.len(), c.opties.len());
    for id in [
        "ips",
        "jobcoaching",
        "oad-pra",
        "wgb",
        "w-cgt",
        "return-at-work",
        "sharp",
    ] {
        assert!(ids.contains(id), "{id}");
    }
}
