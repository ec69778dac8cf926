//! Runs the worked examples in `data/income/cases/*.toml` (tests as data, each with its source).

use std::path::Path;
use toml::Value;
use werkkeuze_core::income::{
    bijstand, heffingskortingen, huurtoeslag, kindgebonden_budget, loonheffing, parameters, wajong,
    wga, ww, ziektewet, zorgtoeslag, Lees,
};
use werkkeuze_core::money::{parse_decimal, parse_euros, Cents};

fn bedrag(v: &Value, key: &str) -> Cents {
    let t = v
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("'{key}' ontbreekt of is geen tekst"));
    parse_euros(t).unwrap_or_else(|e| panic!("'{key}' = '{t}': {e}"))
}

fn bedrag_opt(v: &Value, key: &str) -> Option<Cents> {
    v.get(key).map(|_| bedrag(v, key))
}

fn vlag(v: &Value, key: &str) -> bool {
    v.get(key).and_then(Value::as_bool).unwrap_or(false)
}

fn getal(v: &Value, key: &str) -> i64 {
    v.get(key).and_then(Value::as_integer).unwrap_or(0)
}

fn pct(v: &Value, key: &str) -> Option<i64> {
    v.get(key)
        .and_then(Value::as_str)
        .map(|t| parse_decimal(t, 4).expect("percentage"))
}

/// Runs one case; returns the computed values as (key, text) pairs to compare.
fn run(w: &Lees, regel: &str, i: &Value) -> Vec<(&'static str, String)> {
    let e = |c: Cents| format!("{}", c.0);
    match regel {
        "zorgtoeslag" => {
            let t = zorgtoeslag::zorgtoeslag(
                w,
                bedrag(i, "toetsingsinkomen"),
                vlag(i, "partner"),
                bedrag_opt(i, "vermogen"),
            );
            vec![("per_jaar", e(t.per_jaar)), ("per_maand", e(t.per_maand))]
        }
        "huurtoeslag" => {
            let t = huurtoeslag::huurtoeslag(
                w,
                &huurtoeslag::Huishouden {
                    kale_huur: bedrag(i, "huur"),
                    personen: getal(i, "personen") as u32,
                    jonger_dan_21: vlag(i, "jong"),
                    inkomen: bedrag(i, "inkomen"),
                    vermogen: bedrag_opt(i, "vermogen"),
                    partner: vlag(i, "partner"),
                },
            );
            vec![("per_maand", e(t.per_maand)), ("per_jaar", e(t.per_jaar))]
        }
        "kindgebonden_budget" => {
            let kinderen: Vec<i64> = i
                .get("kinderen")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_integer).collect())
                .unwrap_or_default();
            let t = kindgebonden_budget::kindgebonden_budget(
                w,
                &kinderen,
                vlag(i, "partner"),
                bedrag(i, "inkomen"),
            );
            vec![("per_jaar", e(t.per_jaar)), ("per_maand", e(t.per_maand))]
        }
        "heffingskortingen" => vec![
            (
                "algemene_heffingskorting",
                e(heffingskortingen::algemene_heffingskorting(
                    w,
                    bedrag(i, "inkomen"),
                )),
            ),
            (
                "arbeidskorting",
                e(heffingskortingen::arbeidskorting(
                    w,
                    bedrag(i, "arbeidsinkomen"),
                )),
            ),
        ],
        "heffing" => vec![("heffing", e(loonheffing::heffing(w, bedrag(i, "inkomen"))))],
        "wajong" => {
            let met = !vlag(i, "zonder_arbeidsvermogen");
            let basis = wajong::grondslag(w, 25).times_ppm(wajong::percentage(w, met).0);
            let lw = pct(i, "loonwaarde").map(|x| x * 100);
            vec![(
                "uitkering_per_maand",
                e(wajong::wajong(w, basis, met, lw, bedrag(i, "inkomen"))),
            )]
        }
        "wga" => {
            let lgu = pct(i, "loongerelateerd_pct").map(werkkeuze_core::income::parameters::Ppm);
            let (soort, u) = wga::wga(
                w,
                bedrag(i, "maandloon"),
                bedrag(i, "rvc"),
                bedrag(i, "inkomen"),
                lgu,
            );
            vec![
                ("soort", soort.naam().to_string()),
                ("uitkering_per_maand", e(u)),
            ]
        }
        "iva" => vec![(
            "uitkering_per_maand",
            e(wga::iva(w, bedrag(i, "maandloon"), bedrag(i, "inkomen"))),
        )],
        "ww" => {
            let p = werkkeuze_core::income::parameters::Ppm(pct(i, "pct").expect("pct"));
            let (u, beeindigd) = ww::ww(w, bedrag(i, "maandloon"), bedrag(i, "inkomen"), p);
            vec![
                ("uitkering_per_maand", e(u)),
                ("beeindigd", beeindigd.to_string()),
            ]
        }
        "ziektewet" => vec![(
            "uitkering_per_maand",
            e(ziektewet::ziektewet(
                w,
                bedrag(i, "maandloon"),
                bedrag(i, "inkomen"),
            )),
        )],
        "bijstand_norm" => vec![(
            "norm",
            e(bijstand::norm(
                w,
                vlag(i, "partner"),
                getal(i, "kostendelers"),
            )),
        )],
        other => panic!("onbekende regel '{other}' in een testgeval"),
    }
}

fn verwacht_tekst(v: &Value) -> String {
    match v {
        Value::String(t) => match parse_euros(t) {
            Ok(c) => c.0.to_string(),
            Err(_) => t.clone(),
        },
        Value::Boolean(b) => b.to_string(),
        other => format!("{other:?}"),
    }
}

#[test]
fn worked_examples_as_data() {
    let w = parameters(2026)
        .expect("parameters 2026")
        .waarden_op("2026-01-01")
        .expect("waarden");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/income/cases");
    let mut bestanden: Vec<_> = std::fs::read_dir(&dir)
        .expect("data/income/cases")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    bestanden.sort();
    let mut aantal = 0;
    let mut fouten = Vec::new();
    for pad in bestanden {
        let tekst = std::fs::read_to_string(&pad).expect("lezen");
        let doc: Value = toml::from_str(&tekst).unwrap_or_else(|e| panic!("{pad:?}: {e}"));
        for g in doc
            .get("geval")
            .and_then(Value::as_array)
            .expect("[[geval]]")
        {
            let naam = g.get("naam").and_then(Value::as_str).expect("naam");
            let bron = g.get("bron").and_then(Value::as_str).unwrap_or("");
            assert!(!bron.trim().is_empty(), "geval '{naam}' heeft geen bron");
            let soort = g.get("soort").and_then(Value::as_str).unwrap_or("");
            assert!(
                ["officieel", "secundair", "afgeleid"].contains(&soort),
                "geval '{naam}': soort moet officieel, secundair of afgeleid zijn"
            );
            let regel = g.get("regel").and_then(Value::as_str).expect("regel");
            let invoer = g.get("invoer").expect("invoer");
            let verwacht = g
                .get("verwacht")
                .and_then(Value::as_table)
                .expect("verwacht");
            let uit = run(&Lees::new(w), regel, invoer);
            for (k, v) in verwacht {
                let gekregen = uit
                    .iter()
                    .find(|(kk, _)| kk == k)
                    .map(|(_, x)| x.clone())
                    .unwrap_or_else(|| panic!("geval '{naam}': onbekende uitvoer '{k}'"));
                if gekregen != verwacht_tekst(v) {
                    fouten.push(format!(
                        "{naam}: {k} verwacht {} (centen), gekregen {gekregen}",
                        verwacht_tekst(v)
                    ));
                }
            }
            aantal += 1;
        }
    }
    assert!(fouten.is_empty(), "{}", fouten.join("\n"));
    assert!(aantal >= 30, "te weinig gevallen: {aantal}");
}
