//! Runs the worked examples in `data/income/cases/*.toml` (tests as data, each with its source).

use std::path::Path;
use toml::Value;
use werkkeuze_core::income::aangiftetijdvak::{self, Maanduren};
use werkkeuze_core::income::kalender::Datum;
use werkkeuze_core::income::{
    bereken, bijstand, heffingskortingen, huurtoeslag, kinderbijslag, kindgebonden_budget,
    lees_scenario, loonheffing, parameters, wajong, wga, ww, ziektewet, zorgtoeslag, Lees,
    Maandbeeld,
};
use werkkeuze_core::income::{kinderopvangtoeslag, terugvordering, uitbetaling, Uren};
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
            let leeftijd = i.get("leeftijd").and_then(Value::as_integer).unwrap_or(30);
            let (soort, u) = wga::wga(
                w,
                leeftijd,
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
        "bijstand_vrijlating" => {
            let (v, soort) = bijstand::vrijlating(
                w,
                bedrag(i, "netto_inkomsten"),
                &bijstand::VrijlatingFeiten {
                    leeftijd: getal(i, "leeftijd"),
                    maand_met_inkomsten: getal(i, "maand_met_inkomsten"),
                    alleenstaande_ouder_kind_onder_12: vlag(i, "alleenstaande_ouder"),
                    medische_urenbeperking: vlag(i, "medische_urenbeperking"),
                    loonkostensubsidie: i.get("loonkostensubsidie").map(|l| {
                        serde_json::from_value(toml_naar_json(l)).expect("loonkostensubsidie")
                    }),
                },
            );
            let soort = serde_json::to_value(soort).expect("soort");
            vec![
                ("vrijlating", e(v)),
                ("soort", soort.as_str().unwrap_or("").to_string()),
            ]
        }
        "kinderbijslag" => {
            let kinderen: Vec<i64> = i
                .get("kinderen")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_integer).collect())
                .unwrap_or_default();
            vec![("per_kwartaal", e(kinderbijslag::per_kwartaal(w, &kinderen)))]
        }
        "bijstand_norm" => vec![(
            "norm",
            e(bijstand::norm(
                w,
                vlag(i, "partner"),
                getal(i, "kostendelers"),
            )),
        )],
        // Money over time (issue 18).
        "kinderopvangtoeslag" => {
            let soort = serde_json::from_value(serde_json::json!(i
                .get("soort")
                .and_then(Value::as_str)
                .unwrap_or("dagopvang")))
            .expect("soort");
            let o = [kinderopvangtoeslag::Opvang {
                soort,
                uren_per_maand: Maanduren(getal(i, "uren") * 100),
                uurprijs: bedrag(i, "uurprijs"),
            }];
            let k = kinderopvangtoeslag::per_maand(w, &o, bedrag(i, "inkomen"), true);
            vec![
                ("toeslag", e(k.toeslag)),
                ("kosten", e(k.kosten)),
                ("eigen_deel", e(k.eigen_deel)),
            ]
        }
        "toeslag_eindafrekening" => {
            let a = terugvordering::eindafrekening(
                w,
                bedrag(i, "voorschotten"),
                bedrag(i, "definitief"),
            );
            vec![
                ("terug", e(a.terug)),
                ("nabetaling", e(a.nabetaling)),
                ("onder_drempel", a.onder_drempel.to_string()),
            ]
        }
        "toeslag_herziening" => {
            let h = terugvordering::herziening(
                w,
                bedrag(i, "al_betaald"),
                bedrag(i, "jaarbedrag"),
                getal(i, "maanden_over"),
            );
            vec![("per_maand", e(h.per_maand)), ("terug_nu", e(h.terug_nu))]
        }
        "betaaldag" => {
            let maand = i.get("maand").and_then(Value::as_str).expect("maand");
            let d = Datum::lees(&format!("{maand}-01")).expect("maand JJJJ-MM");
            let dag = match i.get("betaler").and_then(Value::as_str) {
                Some("toeslagen") => uitbetaling::toeslag(w, d),
                Some("ww") => uitbetaling::ww(w, d),
                Some("wia") => uitbetaling::wia(w, d),
                Some("bijstand") => uitbetaling::bijstand(w, d, Default::default()),
                other => panic!("onbekende betaler {other:?}"),
            };
            vec![("datum", dag.to_string())]
        }
        "aangiftetijdvak" => {
            let begin = Datum::lees(i.get("begin").and_then(Value::as_str).expect("begin"))
                .expect("begin JJJJ-MM-DD");
            let patroon = aangiftetijdvak::Werkpatroon {
                loon_per: aangiftetijdvak::Loonbetaling::VierWeken,
                ..Default::default()
            };
            let uren = Uren::heel(getal(i, "uren_per_week"));
            let m = (getal(i, "maand") - 1) as usize;
            let maanden = patroon.maanden(begin, m + 1, uren, Default::default());
            vec![
                ("uren_uwv", e(Cents(maanden[m].uren_uwv))),
                (
                    "uren_uwv_vorige",
                    e(Cents(maanden[m.saturating_sub(1)].uren_uwv)),
                ),
                ("uren_bijstand", e(Cents(maanden[m].uren_bijstand))),
            ]
        }
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
    let p = parameters(2026).expect("parameters 2026");
    let mut aantal = 0;
    let mut fouten = Vec::new();
    for pad in bestanden() {
        let tekst = std::fs::read_to_string(&pad).expect("lezen");
        let doc: Value = toml::from_str(&tekst).unwrap_or_else(|e| panic!("{pad:?}: {e}"));
        let geen = Vec::new();
        for g in doc.get("geval").and_then(Value::as_array).unwrap_or(&geen) {
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
            // The amounts valid on the case's date (default 1 January 2026).
            let datum = g
                .get("datum")
                .and_then(Value::as_str)
                .unwrap_or("2026-01-01");
            let w = p
                .waarden_op(datum)
                .expect("waarden op de datum van het geval");
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

fn toml_naar_json(v: &Value) -> serde_json::Value {
    serde_json::to_value(v).expect("TOML als JSON")
}

fn bestanden() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/income/cases");
    let mut b: Vec<_> = std::fs::read_dir(&dir)
        .expect("data/income/cases")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    b.sort();
    b
}

/// Whole scenarios: a household with its expected monthly total with (and without) the work, and
/// every line as a step with the source of that step. Each step's amount must be the engine's
/// line, and the steps must add up to the total.
#[test]
fn whole_scenarios_as_data() {
    let p = parameters(2026).expect("parameters 2026");
    let mut fouten = Vec::new();
    let mut per_uitkering: std::collections::BTreeMap<String, usize> = Default::default();
    let mut aantal = 0;
    for pad in bestanden() {
        let doc: Value = toml::from_str(&std::fs::read_to_string(&pad).expect("lezen"))
            .unwrap_or_else(|e| panic!("{pad:?}: {e}"));
        let geen = Vec::new();
        for c in doc
            .get("scenario")
            .and_then(Value::as_array)
            .unwrap_or(&geen)
        {
            let naam = c.get("naam").and_then(Value::as_str).expect("naam");
            assert!(
                c.get("bron")
                    .and_then(Value::as_str)
                    .is_some_and(|b| !b.trim().is_empty()),
                "scenario '{naam}' heeft geen bron"
            );
            let invoer = toml_naar_json(c.get("invoer").expect("invoer"));
            assert!(
                invoer.get("peildatum").is_some(),
                "scenario '{naam}': geef een peildatum (de bedragen hangen ervan af)"
            );
            let soort = invoer["uitkering"]["soort"]
                .as_str()
                .unwrap_or("geen")
                .to_string();
            *per_uitkering.entry(soort).or_default() += 1;
            let s = lees_scenario(&invoer.to_string())
                .unwrap_or_else(|e| panic!("scenario '{naam}': {e}"));
            let u = bereken(&s, p).unwrap_or_else(|e| panic!("scenario '{naam}': {e}"));
            let stappen = c
                .get("stap")
                .and_then(Value::as_array)
                .expect("[[scenario.stap]]");
            for (beeld_naam, beeld) in [("zonder_werk", &u.zonder_werk), ("met_werk", &u.met_werk)]
            {
                let Some(totaal) = c.get(beeld_naam) else {
                    continue;
                };
                let totaal = parse_euros(totaal.as_str().expect("bedrag")).expect("bedrag");
                if beeld.totaal != totaal {
                    fouten.push(format!(
                        "{naam}: {beeld_naam} totaal verwacht {totaal}, gekregen {}",
                        beeld.totaal
                    ));
                }
                let mut som = Cents::ZERO;
                for st in stappen.iter().filter(|st| {
                    st.get("bij").and_then(Value::as_str).unwrap_or("met_werk") == beeld_naam
                }) {
                    let lijn = st.get("lijn").and_then(Value::as_str).expect("lijn");
                    assert!(
                        st.get("bron")
                            .and_then(Value::as_str)
                            .is_some_and(|b| !b.trim().is_empty()),
                        "{naam}: stap {lijn} heeft geen bron"
                    );
                    let verwacht = bedrag(st, "bedrag");
                    som += verwacht;
                    check_lijn(&mut fouten, naam, beeld_naam, beeld, lijn, verwacht, st);
                }
                if som != totaal {
                    fouten.push(format!(
                        "{naam}: de stappen ({som}) tellen niet op tot het totaal {totaal}"
                    ));
                }
                let lijnen: Vec<&str> = beeld.lijnen.iter().map(|r| r.id.as_str()).collect();
                let gedekt = stappen.iter().filter(|st| {
                    st.get("bij").and_then(Value::as_str).unwrap_or("met_werk") == beeld_naam
                });
                if gedekt.count() != lijnen.len() {
                    fouten.push(format!(
                        "{naam}: {beeld_naam} heeft de regels {lijnen:?}; geef voor elke regel een stap"
                    ));
                }
            }
            check_maanden(&mut fouten, naam, c, &u);
            aantal += 1;
        }
    }
    assert!(fouten.is_empty(), "{}", fouten.join("\n"));
    for soort in ["bijstand", "wajong", "wga", "iva", "ww", "ziektewet"] {
        assert!(
            per_uitkering.get(soort).copied().unwrap_or(0) >= 2,
            "minstens twee scenario's met {soort}: {per_uitkering:?}"
        );
    }
    assert!(aantal >= 12, "te weinig scenario's: {aantal}");
}

fn check_lijn(
    fouten: &mut Vec<String>,
    naam: &str,
    beeld_naam: &str,
    beeld: &Maandbeeld,
    lijn: &str,
    verwacht: Cents,
    st: &Value,
) {
    let Some(r) = beeld.lijnen.iter().find(|r| r.id == lijn) else {
        fouten.push(format!("{naam}: {beeld_naam} heeft geen regel {lijn}"));
        return;
    };
    if r.bedrag != verwacht {
        fouten.push(format!(
            "{naam}: {beeld_naam}.{lijn} verwacht {verwacht}, gekregen {}",
            r.bedrag
        ));
    }
    if vlag(st, "niet_geschat") != r.niet_geschat {
        fouten.push(format!(
            "{naam}: {beeld_naam}.{lijn} niet_geschat verwacht {}",
            vlag(st, "niet_geschat")
        ));
    }
    if let Some(bruto) = bedrag_opt(st, "bruto") {
        if lijn != "uitkering" || beeld.uitkering_bruto != bruto {
            fouten.push(format!(
                "{naam}: {beeld_naam} bruto uitkering verwacht {bruto}, gekregen {}",
                beeld.uitkering_bruto
            ));
        }
    }
    for t in st
        .get("uitleg_bevat")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if !r.uitleg.contains(t) {
            fouten.push(format!(
                "{naam}: de uitleg van {lijn} noemt '{t}' niet: {}",
                r.uitleg
            ));
        }
    }
}

/// Later months of a household (`[[scenario.maand]]`): the totals of month `maand` of the
/// timeline (1 = the first month of work) and what its change row says.
fn check_maanden(
    fouten: &mut Vec<String>,
    naam: &str,
    c: &Value,
    u: &werkkeuze_core::income::Uitkomst,
) {
    let geen = Vec::new();
    for m in c.get("maand").and_then(Value::as_array).unwrap_or(&geen) {
        let n = getal(m, "maand");
        assert!(
            m.get("bron")
                .and_then(Value::as_str)
                .is_some_and(|b| !b.trim().is_empty()),
            "{naam}: maand {n} heeft geen bron"
        );
        let Some(t) = usize::try_from(n - 1).ok().and_then(|i| u.tijdlijn.get(i)) else {
            fouten.push(format!("{naam}: de tijdlijn heeft geen maand {n}"));
            continue;
        };
        for (k, gekregen) in [("zonder_werk", t.zonder_werk), ("met_werk", t.met_werk)] {
            if let Some(verwacht) = bedrag_opt(m, k) {
                if verwacht != gekregen {
                    fouten.push(format!(
                        "{naam}: maand {n} {k} verwacht {verwacht}, gekregen {gekregen}"
                    ));
                }
            }
        }
        let samen = t.gebeurtenissen.join(" ");
        for tekst in m
            .get("gebeurtenis_bevat")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !samen.contains(tekst) {
                fouten.push(format!("{naam}: maand {n} noemt '{tekst}' niet: {samen}"));
            }
        }
        if vlag(m, "geen_gebeurtenis") && !samen.is_empty() {
            fouten.push(format!("{naam}: maand {n} hoort niets te melden: {samen}"));
        }
    }
}
