//! Money over time (issue 18): the month view as data (`data/income/cases/geld-2026.toml`,
//! `[[verloop]]`), its arithmetic checked against the rules it uses, its texts in both languages
//! and from the parameters only, and the command line `rekenhulp maanden`.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use toml::Value;
use werkkeuze_core::income::verloop::{bereken_verloop_in, lees_verloop, Verloop, Verloopinvoer};
use werkkeuze_core::income::{
    bereken, kindgebonden_budget, lees_scenario, parameters, zorgtoeslag, Lees, Parameters,
};
use werkkeuze_core::money::{parse_decimal, parse_euros, Cents};
use werkkeuze_core::{nederlandse_woorden, Taal};

fn verloop(json: &str) -> Verloop {
    let v = lees_verloop(json).unwrap_or_else(|e| panic!("{json}: {e}"));
    bereken_verloop_in(&v, parameters(2026).unwrap(), Taal::Nl)
        .unwrap_or_else(|e| panic!("{json}: {e}"))
}

/// An amount in Dutch notation, negative with a leading minus ("-166,81").
fn bedrag(v: &Value, key: &str) -> Option<Cents> {
    v.get(key).map(|x| {
        let t = x
            .as_str()
            .unwrap_or_else(|| panic!("'{key}' is geen tekst"));
        let (teken, t) = match t.strip_prefix('-') {
            Some(rest) => (-1, rest),
            None => (1, t),
        };
        Cents(teken * parse_euros(t).unwrap_or_else(|e| panic!("'{key}': {e}")).0)
    })
}

/// Every `[[verloop]]` case: per month the amount of a line that comes in (absent = 0), the
/// balance, whether the month is short, the gross benefit over the month, and a word of an event.
#[test]
fn month_views_as_data() {
    let pad = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/income/cases/geld-2026.toml");
    let doc: Value = toml::from_str(&std::fs::read_to_string(pad).expect("lezen")).expect("TOML");
    let mut fouten = Vec::new();
    let mut aantal = 0;
    for c in doc["verloop"].as_array().expect("[[verloop]]") {
        let naam = c["naam"].as_str().expect("naam");
        assert!(
            c.get("bron")
                .and_then(Value::as_str)
                .is_some_and(|b| !b.trim().is_empty()),
            "{naam}: geen bron"
        );
        let invoer = serde_json::to_string(&c["invoer"]).expect("invoer");
        let u = verloop(&invoer);
        for m in c["maand"].as_array().expect("[[verloop.maand]]") {
            let nr = m["maand"].as_integer().expect("maand") as usize;
            let g = &u.maanden[nr - 1];
            if let Some(id) = m.get("post").and_then(Value::as_str) {
                let gekregen: Cents = g
                    .binnen
                    .iter()
                    .filter(|p| p.id == id)
                    .map(|p| p.bedrag)
                    .sum();
                let verwacht = bedrag(m, "bedrag").expect("bedrag");
                if gekregen != verwacht {
                    fouten.push(format!(
                        "{naam}, maand {nr}: {id} verwacht {verwacht}, gekregen {gekregen}"
                    ));
                }
            }
            if let Some(s) = bedrag(m, "saldo") {
                if g.saldo != s {
                    fouten.push(format!(
                        "{naam}, maand {nr}: saldo verwacht {s}, gekregen {}",
                        g.saldo
                    ));
                }
            }
            if let Some(b) = bedrag(m, "uitkering_bruto") {
                if g.uitkering_bruto != b {
                    fouten.push(format!(
                        "{naam}, maand {nr}: bruto uitkering verwacht {b}, gekregen {}",
                        g.uitkering_bruto
                    ));
                }
            }
            if let Some(t) = m.get("tekort").and_then(Value::as_bool) {
                if g.tekort != t {
                    fouten.push(format!("{naam}, maand {nr}: tekort verwacht {t}"));
                }
            }
            if let Some(t) = m.get("gebeurtenis_bevat").and_then(Value::as_str) {
                if !g.gebeurtenissen.iter().any(|x| x.contains(t)) {
                    fouten.push(format!(
                        "{naam}, maand {nr}: geen gebeurtenis met '{t}': {:?}",
                        g.gebeurtenissen
                    ));
                }
            }
        }
        aantal += 1;
    }
    assert!(fouten.is_empty(), "{}", fouten.join("\n"));
    assert!(aantal >= 4, "te weinig maandgevallen: {aantal}");
}

/// What a month shows adds up: in, out, balance, shortfall; twelve calendar months in order.
#[test]
fn every_month_adds_up() {
    for json in [ALO, OPROEP, WW_VIER_WEKEN, WAJONG] {
        let u = verloop(json);
        assert_eq!(u.maanden.len(), 12);
        for (i, g) in u.maanden.iter().enumerate() {
            assert_eq!(g.maand as usize, i + 1);
            let binnen: Cents = g.binnen.iter().map(|p| p.bedrag).sum();
            let uit: Cents = g.uit.iter().map(|p| p.bedrag).sum();
            assert_eq!((g.totaal_binnen, g.totaal_uit), (binnen, uit));
            assert_eq!(g.saldo, binnen - uit);
            assert_eq!(
                g.tekort,
                g.saldo < -werkkeuze_core::income::verloop::KLEIN_VERSCHIL
            );
            assert!(g.binnen.iter().all(|p| p.bedrag >= Cents::ZERO), "{g:?}");
        }
        let tekorten = u.maanden.iter().filter(|g| g.tekort).count() as u32;
        assert_eq!(u.totaal.tekortmaanden, tekorten);
    }
}

/// Without irregular hours the month view gives the steady month of the main calculation: the
/// benefit over the first month, and the wage.
#[test]
fn a_steady_month_is_the_main_calculation() {
    let p = parameters(2026).unwrap();
    for scenario in [
        r#"{"peildatum":"2026-03-01","huishouden":{"leeftijd":34,"kinderen":[4,9]},"woning":{"kale_huur":720},"uitkering":{"soort":"bijstand"},"werk":{"uren_per_week":16}}"#,
        r#"{"peildatum":"2026-03-01","huishouden":{"leeftijd":45},"woning":{"kale_huur":650},"uitkering":{"soort":"wga","maandloon":3200,"rvc":1600},"werk":{"uren_per_week":12,"uurloon":16}}"#,
    ] {
        let s = lees_scenario(scenario).unwrap();
        let b = bereken(&s, p).unwrap();
        let u = verloop(&format!(r#"{{"scenario":{scenario}}}"#));
        let uitkering = b
            .met_werk
            .lijnen
            .iter()
            .find(|r| r.id == "uitkering")
            .unwrap();
        assert_eq!(u.maanden[0].uitkering_netto, uitkering.bedrag, "{scenario}");
        let loon = b
            .met_werk
            .lijnen
            .iter()
            .find(|r| r.id == "nettoloon")
            .unwrap();
        let post = u.maanden[0].binnen.iter().find(|p| p.id == "loon").unwrap();
        assert_eq!(post.bedrag, loon.bedrag);
        assert_eq!(u.maanden[0].zonder_werk, b.zonder_werk.totaal);
    }
}

/// Paying back: each toeslag is the rule's own amount at the year incomes, and the comparison
/// follows the Awir (threshold € 121 at the end; a revised advance reclaimed without it).
#[test]
fn the_settlement_follows_the_rules() {
    let p = parameters(2026).unwrap();
    let w = &Lees::new(p.waarden_op("2026-04-01").unwrap());
    // A person on WW who starts full time in April: the year income rises, the toeslagen drop.
    let u = verloop(
        r#"{"scenario":{"peildatum":"2026-04-01","huishouden":{"leeftijd":40,"kinderen":[7]},
            "woning":{"kale_huur":800},"uitkering":{"soort":"ww","maandloon":2400},
            "werk":{"uren_per_week":36,"uurloon":19}}}"#,
    );
    let a = &u.afrekening;
    assert!(a.jaarinkomen_echt > a.jaarinkomen_oud, "{a:?}");
    let zt = a.toeslagen.iter().find(|t| t.id == "zorgtoeslag").unwrap();
    let oud = zorgtoeslag::zorgtoeslag(w, a.jaarinkomen_oud, false, None);
    let echt = zorgtoeslag::zorgtoeslag(w, a.jaarinkomen_echt, false, None);
    assert_eq!(zt.per_maand_oud, oud.per_maand);
    assert_eq!(zt.niet_doorgeven.definitief, echt.per_jaar);
    assert_eq!(zt.niet_doorgeven.voorschotten, Cents(oud.per_maand.0 * 12));
    let kgb = a
        .toeslagen
        .iter()
        .find(|t| t.id == "kindgebonden_budget")
        .unwrap();
    assert_eq!(
        kgb.niet_doorgeven.definitief,
        kindgebonden_budget::kindgebonden_budget(w, &[7], false, a.jaarinkomen_echt).per_jaar
    );
    for t in &a.toeslagen {
        let verschil = t.niet_doorgeven.voorschotten - t.niet_doorgeven.definitief;
        let drempel = Cents::euros(121);
        assert_eq!(
            t.niet_doorgeven.terug,
            if verschil > drempel {
                verschil
            } else {
                Cents::ZERO
            },
            "{}",
            t.id
        );
        // Reported in April: four months at the old advance, eight at the new one.
        let al = Cents(t.per_maand_oud.0 * 4);
        let rest = t.niet_doorgeven.definitief - al;
        if rest >= Cents::ZERO {
            assert_eq!(
                t.per_maand_nieuw,
                Cents(rest.0 / 8).round_down_to_euro(),
                "{}",
                t.id
            );
            assert_eq!(t.terug_nu, Cents::ZERO);
        } else {
            assert_eq!(t.terug_nu, -rest, "{}", t.id);
        }
        assert!(t.doorgeven.terug <= t.niet_doorgeven.terug, "{}", t.id);
    }
    assert!(a.terug_niet_doorgeven > a.terug_doorgeven, "{a:?}");
    assert!(a.terug_niet_doorgeven > Cents::ZERO);
    assert!(a.uitleg.contains("terugbetalen"), "{}", a.uitleg);
    // The steps name the law's terms, from the parameters.
    let stappen = a.stappen.join(" ");
    for t in ["4 weken", "€ 121,00", "6 weken", "24 maanden"] {
        assert!(stappen.contains(t), "'{t}' niet in: {stappen}");
    }
    // The months show the new advance from May (reported in the first month).
    let mei = &u.maanden[0];
    let post = mei
        .binnen
        .iter()
        .find(|p| p.id == "zorgtoeslag")
        .expect("zorgtoeslag");
    assert_eq!(post.voor, "2026-05");
    assert_eq!(post.bedrag, zt.per_maand_nieuw);
}

/// Not reporting: the old advance in the months, and more to pay back afterwards.
#[test]
fn not_reporting_keeps_the_old_advance() {
    let json = |keuze: &str| {
        format!(
            r#"{{"scenario":{{"peildatum":"2026-04-01","huishouden":{{"leeftijd":40}},
            "woning":{{"kale_huur":800}},"uitkering":{{"soort":"ww","maandloon":2400}},
            "werk":{{"uren_per_week":36,"uurloon":19}}}},"betaling":{{"toeslagen":"{keuze}"}}}}"#
        )
    };
    let wel = verloop(&json("doorgeven"));
    let niet = verloop(&json("niet_doorgeven"));
    let zt = |u: &Verloop, m: usize| {
        u.maanden[m]
            .binnen
            .iter()
            .find(|p| p.id == "huurtoeslag")
            .map(|p| p.bedrag)
            .unwrap_or_default()
    };
    assert!(zt(&niet, 3) > zt(&wel, 3));
    assert_eq!(zt(&niet, 3), niet.afrekening.toeslagen[1].per_maand_oud);
    assert_eq!(
        wel.afrekening.terug_niet_doorgeven,
        niet.afrekening.terug_niet_doorgeven
    );
}

/// The way back is shown for each benefit, with its source rule; the end of the job names its
/// date, the first payment without wage and the childcare months kept.
#[test]
fn the_way_back_for_each_benefit() {
    let gevallen = [
        ("bijstand", r#"{"soort":"bijstand"}"#, "bijstand_opnieuw"),
        ("ww", r#"{"soort":"ww","maandloon":2400}"#, "ww_herleving"),
        (
            "wga",
            r#"{"soort":"wga","maandloon":3000,"rvc":1200}"#,
            "wga_herleving",
        ),
        (
            "iva",
            r#"{"soort":"iva","maandloon":3000}"#,
            "wia_loopt_door",
        ),
        ("wajong", r#"{"soort":"wajong"}"#, "wajong_terug"),
        (
            "ziektewet",
            r#"{"soort":"ziektewet","maandloon":2400}"#,
            "ziek_na_einde",
        ),
        ("geen", r#"{"soort":"geen"}"#, "geen_uitkering"),
    ];
    for (naam, uitkering, stap) in gevallen {
        let json = format!(
            r#"{{"scenario":{{"peildatum":"2026-03-01","huishouden":{{"leeftijd":30,"kinderen":[3]}},
            "uitkering":{uitkering},"werk":{{"uren_per_week":20}}}},
            "kinderopvang":[{{"uren_per_maand":80,"uurprijs":10}}],"werk":{{"stopt_na_maanden":4}}}}"#
        );
        let u = verloop(&json);
        // The way back informs; it never promises (issue 15: "gewoon weer Wajong" is a promise
        // the law does not make as such), in either language.
        let en = bereken_verloop_in(
            &lees_verloop(&json).unwrap(),
            parameters(2026).unwrap(),
            Taal::En,
        )
        .unwrap();
        for t in u.als_het_niet_lukt.iter().chain(&en.als_het_niet_lukt) {
            let klein = t.tekst.to_lowercase();
            for v in [
                "gewoon weer",
                "simply",
                "gegarandeerd",
                "guaranteed",
                "zeker weten",
                "for sure",
            ] {
                assert!(!klein.contains(v), "{naam}: «{v}» in {}", t.tekst);
            }
        }
        let ids: Vec<&str> = u.als_het_niet_lukt.iter().map(|t| t.id.as_str()).collect();
        assert!(ids.contains(&stap), "{naam}: {ids:?}");
        assert!(ids.contains(&"kinderopvangtoeslag_behoud"), "{naam}");
        for t in &u.als_het_niet_lukt {
            assert!(!t.regels.is_empty(), "{naam}: {} zonder bron", t.id);
            for r in &t.regels {
                assert!(
                    u.regels.iter().any(|g| g.id == *r),
                    "{naam}: regel {r} zonder bron in de uitkomst"
                );
            }
        }
        let eerste = &u.als_het_niet_lukt[0];
        assert!(
            eerste.tekst.contains("30 juni 2026"),
            "{naam}: {}",
            eerste.tekst
        );
        let kot = u
            .als_het_niet_lukt
            .iter()
            .find(|t| t.id == "kinderopvangtoeslag_behoud")
            .unwrap();
        assert!(kot.tekst.contains("september 2026"), "{}", kot.tekst);
    }
    // Under 27 with loonkostensubsidie: the search period does not apply, and the text says so.
    let u = verloop(
        r#"{"scenario":{"peildatum":"2026-03-01","huishouden":{"leeftijd":23},
        "uitkering":{"soort":"bijstand","bedrag_per_maand":1000},"werk":{"uren_per_week":20}},
        "loonkostensubsidie":{},"werk":{"stopt_na_maanden":2}}"#,
    );
    let z = u
        .als_het_niet_lukt
        .iter()
        .find(|t| t.id == "bijstand_zoektermijn")
        .expect("zoektermijn");
    assert!(z.tekst.contains("voor u dus niet"), "{}", z.tekst);
}

/// Every rule named has a source; every provisional value makes the result provisional; every
/// parameter the explanations read is among the sources.
#[test]
fn sources_and_provisional_values() {
    let p = parameters(2026).unwrap();
    let u = verloop(ALO);
    assert!(u.voorlopig, "kinderopvangtoeslag 2026 is voorlopig");
    for r in &u.regels {
        assert!(!r.bron.titel.is_empty());
    }
    let bron_ids: BTreeSet<&str> = u.bronnen.iter().map(|b| b.id.as_str()).collect();
    for t in u.betalers.iter().chain(&u.als_het_niet_lukt) {
        for id in &t.parameters {
            assert!(
                bron_ids.contains(id.as_ref()),
                "{}: {id} niet in bronnen",
                t.id
            );
            let voorlopig = p.is_voorlopig(id, &u.peildatum);
            assert!(!voorlopig || t.voorlopig, "{}: {id} is voorlopig", t.id);
        }
        for r in &t.regels {
            assert!(p.regel_gebruik(r).is_some(), "regel {r}");
        }
    }
    for id in [
        "kot.uurprijs.dagopvang",
        "kot.pct.max",
        "toeslag.betaaldag",
        "bijstand.betaaldag",
        "awir.terugvordering.drempel",
        "kot.behoud.maanden",
    ] {
        assert!(bron_ids.contains(id), "{id}");
    }
}

/// The English month view is English, and has the same amounts.
#[test]
fn english_texts_and_the_same_amounts() {
    let p = parameters(2026).unwrap();
    for json in [ALO, OPROEP, WW_VIER_WEKEN, WAJONG, SCHATTING] {
        let v: Verloopinvoer = lees_verloop(json).unwrap();
        let nl = bereken_verloop_in(&v, p, Taal::Nl).unwrap();
        let en = bereken_verloop_in(&v, p, Taal::En).unwrap();
        assert_eq!(nl.totaal, en.totaal);
        let mut teksten: Vec<String> = Vec::new();
        for g in &en.maanden {
            teksten.extend(g.gebeurtenissen.iter().cloned());
            teksten.extend(g.binnen.iter().chain(&g.uit).map(|p| p.toelichting.clone()));
        }
        for t in en.betalers.iter().chain(&en.als_het_niet_lukt) {
            teksten.push(t.tekst.clone());
            teksten.push(t.titel.clone());
        }
        teksten.extend(en.aannames.iter().cloned());
        teksten.extend(en.afrekening.stappen.iter().cloned());
        teksten.push(en.afrekening.uitleg.clone());
        for t in teksten.iter().filter(|t| !t.is_empty()) {
            let nl_woorden = nederlandse_woorden(t);
            assert!(nl_woorden.len() < 2, "{nl_woorden:?} in: {t}");
        }
        assert_ne!(nl.aannames, en.aannames);
    }
}

/// No panic, and no negative amount coming in, over many inputs (hours, patterns, payers).
#[test]
fn no_panic_on_many_inputs() {
    let p = parameters(2026).unwrap();
    let uitkeringen = [
        r#"{"soort":"bijstand"}"#,
        r#"{"soort":"bijstand","medische_urenbeperking":true,"vrijlating_maanden_gehad":20}"#,
        r#"{"soort":"ww","maandloon":3000,"maanden_resterend":3}"#,
        r#"{"soort":"wga","maandloon":2600,"rvc":1650,"loongerelateerd_maanden_resterend":2}"#,
        r#"{"soort":"wajong","loonwaarde":0.6}"#,
        r#"{"soort":"ziektewet","maandloon":2000}"#,
        r#"{"soort":"geen"}"#,
    ];
    let werk = [
        r#"{}"#,
        r#"{"uren_per_maand":[0,0,0,0,0,0,0,0,0,0,0,0]}"#,
        r#"{"uren_per_maand":[744,0,200]}"#,
        r#"{"bereik":{"van":0,"tot":160}}"#,
        r#"{"loon_per":"vier_weken","uren_per_periode":[0,160,0,80],"periode_eindigt":"2025-12-28"}"#,
        r#"{"loon_per":"vier_weken","stopt_na_maanden":1}"#,
        r#"{"stopt_na_maanden":11}"#,
    ];
    let betaling = [
        r#"{}"#,
        r#"{"bijstand":"schatting","vier_weken_bijstand":"betaaldatum","toeslagen":"niet_doorgeven","uwv_schatting_per_maand":5000}"#,
    ];
    let mut n = 0;
    for (i, u) in uitkeringen.iter().enumerate() {
        for w in werk {
            for b in betaling {
                for peil in ["2026-01-01", "2026-07-01", "2026-12-01", "2027-12-01"] {
                    let json = format!(
                        r#"{{"scenario":{{"peildatum":"{peil}","huishouden":{{"leeftijd":{},"kinderen":[1]}},
                        "woning":{{"kale_huur":900}},"uitkering":{u},"werk":{{"uren_per_week":20}}}},
                        "werk":{w},"betaling":{b},"kinderopvang":[{{"soort":"bso","uren_per_maand":300,"uurprijs":12}}],
                        "werkkosten":{{"eigen_per_maand":80,"vergoeding_per_maand":30}}{}}}"#,
                        25 + i * 5,
                        if i == 0 {
                            r#","loonkostensubsidie":{"meer_uren_niet_mogelijk":"ja"}"#
                        } else {
                            ""
                        }
                    );
                    let v = lees_verloop(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
                    let u = bereken_verloop_in(&v, p, Taal::Nl)
                        .unwrap_or_else(|e| panic!("{json}: {e}"));
                    for g in &u.maanden {
                        assert!(g.binnen.iter().all(|p| p.bedrag >= Cents::ZERO), "{json}");
                    }
                    n += 1;
                }
            }
        }
    }
    assert!(n > 300);
}

/// Bad input names the field, in the language asked for.
#[test]
fn bad_input_names_the_field() {
    let p = parameters(2026).unwrap();
    for (json, veld) in [
        (
            r#"{"scenario":{"huishouden":{"leeftijd":30}},"werk":{"uren_per_maand":[800]}}"#,
            "werk.uren_per_maand[0]",
        ),
        (
            r#"{"scenario":{"huishouden":{"leeftijd":30}},"werk":{"stopt_na_maanden":12}}"#,
            "werk.stopt_na_maanden",
        ),
        (
            r#"{"scenario":{"huishouden":{"leeftijd":30}},"werk":{"uren_per_periode":[10]}}"#,
            "werk.loon_per",
        ),
        (
            r#"{"scenario":{"huishouden":{"leeftijd":30}},"loonkostensubsidie":{}}"#,
            "loonkostensubsidie",
        ),
        (
            r#"{"scenario":{"huishouden":{"leeftijd":30}},"kinderopvang":[{"uren_per_maand":10,"uurprijs":1000}]}"#,
            "kinderopvang[0].uurprijs",
        ),
        (
            r#"{"scenario":{"huishouden":{"leeftijd":30}},"werk":{"bereik":{"van":50,"tot":10}}}"#,
            "werk.bereik",
        ),
        (
            r#"{"scenario":{"huishouden":{"leeftijd":30}},"onbekend":1}"#,
            "onbekend",
        ),
    ] {
        let fout = match lees_verloop(json) {
            Err(e) => e,
            Ok(v) => bereken_verloop_in(&v, p, Taal::En).expect_err(json),
        };
        assert!(fout.veld.starts_with(veld), "{json}: {fout:?}");
    }
}

/// The numbers in the month view's texts come from the parameters: with a fictional year in which
/// every value changed, none of the 2026 figures appears (dates and hours of the input aside).
#[test]
fn a_fictional_year_shows_none_of_the_2026_figures() {
    let json = werkkeuze_core::data::bestand("income/2026").expect("income/2026");
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    let mut verboden = BTreeSet::new();
    for p in v["parameter"].as_array_mut().unwrap() {
        let eenheid = p["eenheid"].as_str().unwrap().to_string();
        for w in p["waarden"].as_array_mut().unwrap() {
            let waarde = w["waarde"].as_str().unwrap().to_string();
            let nieuw = match eenheid.as_str() {
                e if e.starts_with("euro") => {
                    let c = parse_decimal(&waarde, 2).unwrap();
                    verboden.insert(Cents(c).to_string().replace("€ ", ""));
                    Cents(Cents(c).times_fraction(113, 100).0 + 37)
                        .to_string()
                        .replace("€ ", "")
                }
                "procent" => {
                    let x = parse_decimal(&waarde, 4).unwrap();
                    verboden.insert(format!("{}%", pct_nl(x)));
                    pct_nl(x + 11_700)
                }
                // Small counts are also law article numbers and the calendar ("art. 31 lid 3",
                // "4 weken" is both a term and the fictional value of 3): only counts from 10 on,
                // and not 12 (months), are checked here; income_fictief.rs checks the rest.
                "aantal" => {
                    let n: i64 = waarde.parse().unwrap();
                    if n >= 10 && n != 12 {
                        verboden.insert(n.to_string());
                    }
                    (if n >= 1000 { n + 7 } else { n + 1 }).to_string()
                }
                _ => waarde.clone(),
            };
            w["waarde"] = nieuw.into();
            let vanaf = w["vanaf"]
                .as_str()
                .unwrap()
                .replace("2026-", "2031-")
                .replace("2027-", "2032-");
            w["vanaf"] = vanaf.into();
        }
    }
    let fictief = Parameters::parse(&v.to_string()).expect("fictief");
    let mut teksten = Vec::new();
    for json in [ALO, OPROEP, WW_VIER_WEKEN, WAJONG, SCHATTING, LKS] {
        let json = json.replace("2026-", "2031-");
        let inv = lees_verloop(&json).unwrap();
        for taal in [Taal::Nl, Taal::En] {
            let u = bereken_verloop_in(&inv, &fictief, taal).unwrap_or_else(|e| panic!("{e}"));
            for t in u.betalers.iter().chain(&u.als_het_niet_lukt) {
                teksten.push(t.tekst.clone());
            }
            teksten.extend(u.afrekening.stappen.iter().cloned());
            for g in &u.maanden {
                teksten.extend(g.gebeurtenissen.iter().cloned());
            }
        }
    }
    let mut fouten = BTreeSet::new();
    for t in &teksten {
        let t = zonder_datums(t);
        for tok in tokens(&t) {
            if verboden.contains(&tok) {
                fouten.insert(format!("'{tok}' in: {t}"));
            }
        }
    }
    assert!(
        fouten.is_empty(),
        "{}",
        fouten.into_iter().collect::<Vec<_>>().join("\n")
    );
    // And the fictional figures are there.
    let alles = teksten.join(" ");
    for f in ["€ 137,10", "97,17%", "88,67%", "€ 1.130,37", "231"] {
        assert!(alles.contains(f), "{f} niet gevonden");
    }
}

fn pct_nl(ppm: i64) -> String {
    let heel = ppm / 10_000;
    let mut rest = format!("{:04}", ppm % 10_000);
    while rest.ends_with('0') {
        rest.pop();
    }
    if rest.is_empty() {
        heel.to_string()
    } else {
        format!("{heel},{rest}")
    }
}

/// A text without its dates ("20 december 2031", "december 2031", "day 20") and hours.
fn zonder_datums(t: &str) -> String {
    // The month names as the engine writes them, in both languages.
    let maanden: Vec<&str> = [Taal::Nl, Taal::En]
        .into_iter()
        .flat_map(|taal| (1..=12).map(move |m| werkkeuze_core::income::maandnaam(m, taal)))
        .collect();
    let woorden: Vec<&str> = t.split(' ').collect();
    let mut uit: Vec<&str> = Vec::new();
    for (i, w) in woorden.iter().enumerate() {
        let volgend = woorden.get(i + 1).copied().unwrap_or("");
        let vorig = if i > 0 { woorden[i - 1] } else { "" };
        let is_dag = maanden.iter().any(|m| volgend.starts_with(m));
        let is_jaar = maanden.iter().any(|m| vorig.starts_with(m));
        let is_dagnr =
            vorig == "day" || w.ends_with('e') && w[..w.len() - 1].parse::<u32>().is_ok();
        if !(is_dag || is_jaar || is_dagnr) {
            uit.push(w);
        }
    }
    uit.join(" ")
}

/// Every number token of a text ("1.234,56", "26,17%", "7"), also with the decimal point and comma
/// swapped (English writes "26.17%").
fn tokens(t: &str) -> Vec<String> {
    let b: Vec<char> = t.chars().collect();
    let mut uit = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_alphanumeric()) {
            let mut j = i;
            while j < b.len()
                && (b[j].is_ascii_digit()
                    || ((b[j] == '.' || b[j] == ',')
                        && j + 1 < b.len()
                        && b[j + 1].is_ascii_digit()))
            {
                j += 1;
            }
            let mut tok: String = b[i..j].iter().collect();
            if j < b.len() && b[j] == '%' {
                tok.push('%');
            }
            let omgekeerd: String = tok
                .chars()
                .map(|c| match c {
                    '.' => ',',
                    ',' => '.',
                    c => c,
                })
                .collect();
            uit.push(tok);
            uit.push(omgekeerd);
            i = j;
        } else {
            i += 1;
        }
    }
    uit
}

fn rekenhulp(args: &[&str], stdin: &str) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rekenhulp"));
    c.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("start rekenhulp");
    let _ = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes());
    child.wait_with_output().expect("wachten")
}

/// `rekenhulp maanden`: JSON on stdout; bad input exit 2 with one line naming the field.
#[test]
fn the_command_line_gives_the_month_view() {
    let o = rekenhulp(&["maanden", "-"], OPROEP);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["maanden"].as_array().unwrap().len(), 12);
    assert_eq!(v["maanden"][2]["saldo"], serde_json::json!(-166.81));
    assert!(v["afrekening"]["toeslagen"].is_array());
    assert!(v["als_het_niet_lukt"].as_array().unwrap().len() >= 2);
    let o = rekenhulp(&["maanden", "-", "--taal", "en"], OPROEP);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["aannames"][0]
        .as_str()
        .unwrap()
        .starts_with("These are estimates"));
    let o = rekenhulp(
        &["maanden", "-"],
        r#"{"scenario":{"huishouden":{"leeftijd":30}},"werk":{"uren_per_maand":[-3]}}"#,
    );
    assert_eq!(o.status.code(), Some(2));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.starts_with("Fout in werk.uren_per_maand"), "{e}");
    assert_eq!(e.trim_end().lines().count(), 1);
}

const OPROEP: &str = r#"{
  "scenario": {"peildatum": "2026-03-01", "huishouden": {"leeftijd": 30},
    "uitkering": {"soort": "bijstand"}, "werk": {"uren_per_week": 0}},
  "werk": {"uren_per_maand": [0, 30, 12]}
}"#;

const ALO: &str = r#"{
  "scenario": {"peildatum": "2026-03-01", "huishouden": {"leeftijd": 32, "kinderen": [2]},
    "woning": {"kale_huur": 700}, "uitkering": {"soort": "bijstand"}, "werk": {"uren_per_week": 24}},
  "kinderopvang": [{"soort": "dagopvang", "uren_per_maand": 100, "uurprijs": "11,50"}],
  "werkkosten": {"eigen_per_maand": 40, "vergoeding_per_maand": 25},
  "werk": {"stopt_na_maanden": 4}
}"#;

const WW_VIER_WEKEN: &str = r#"{
  "scenario": {"peildatum": "2026-09-01", "huishouden": {"leeftijd": 45}, "woning": {"kale_huur": 700},
    "uitkering": {"soort": "ww", "maandloon": 2000, "maanden_gehad": 3},
    "werk": {"uren_per_week": 16, "uurloon": 15}},
  "werk": {"loon_per": "vier_weken"}
}"#;

const WAJONG: &str = r#"{
  "scenario": {"peildatum": "2026-01-01", "huishouden": {"leeftijd": 25},
    "uitkering": {"soort": "wajong"}, "werk": {"uren_per_week": 11}},
  "werk": {"uren_per_maand": [41, 83, 19, 61, 61, 83]},
  "betaling": {"uwv_schatting_per_maand": 810}
}"#;

const SCHATTING: &str = r#"{
  "scenario": {"peildatum": "2026-03-01", "huishouden": {"leeftijd": 30},
    "uitkering": {"soort": "bijstand"}, "werk": {"uren_per_week": 8}},
  "werk": {"uren_per_maand": [0, 30, 11], "loon_per": "maand"},
  "betaling": {"bijstand": "schatting", "toeslagen": "niet_doorgeven"}
}"#;

const LKS: &str = r#"{
  "scenario": {"peildatum": "2026-02-01", "huishouden": {"leeftijd": 33},
    "uitkering": {"soort": "bijstand", "vrijlating_maanden_gehad": 17}, "werk": {"uren_per_week": 22}},
  "loonkostensubsidie": {},
  "werk": {"stopt_na_maanden": 5}
}"#;
