//! The matcher's content: the shipped catalogue and rules are valid, sourced and in plain Dutch
//! and English; invalid data is refused loudly.

use serde_json::{json, Value};
use std::collections::HashSet;
use std::path::Path;
use werkkeuze_core::citaat::controleer_seed_citaat;
use werkkeuze_core::matcher::catalogus::{self, Bewijs, Bron, Catalogus, VERPLICHTE_IDS};
use werkkeuze_core::matcher::regels::{self, Regels, Soort};
use werkkeuze_core::matcher::{catalogus as shipped, vragen, Taal, Tekst};

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
                catalogus::is_bron(&cijfer.bron.bron),
                "{}: {}",
                o.id,
                cijfer.bron.bron
            );
            assert!(cijfer.groep.is_compleet(), "{}: number without group", o.id);
            assert!(cijfer.tekst.is_compleet(), "{}: number without text", o.id);
        }
    }
    // The key numbers are in, with the sources they come from.
    let ips = c.optie("ips").unwrap();
    assert!(ips
        .cijfers
        .iter()
        .any(|x| x.tekst.nl.contains("44 van de 100")
            && x.tekst.nl.contains("25 van de 100")
            && x.bron.bron.starts_with("000_3e358a3822bcc572.txt:17")));
    let sharp = c.optie("sharp").unwrap();
    assert!(sharp
        .cijfers
        .iter()
        .any(|x| x.groep.nl.contains("odds ratio") && x.bron.citaat.contains("0.40")));
}

/// Every source in the matcher's data, with where it is used.
fn alle_bronnen() -> Vec<(String, Bron)> {
    let c = catalogus_ok();
    let r = regels_ok(&c);
    let mut uit = Vec::new();
    for o in &c.opties {
        uit.extend(
            o.bronnen
                .iter()
                .map(|b| (format!("optie {}", o.id), b.clone())),
        );
        uit.extend(
            o.cijfers
                .iter()
                .map(|x| (format!("optie {}: cijfer", o.id), x.bron.clone())),
        );
    }
    uit.extend(
        c.terugval
            .iter()
            .map(|t| (format!("terugval {}", t.uitkering), t.bron.clone())),
    );
    uit.extend(
        r.regels
            .iter()
            .filter_map(|x| x.bron.clone().map(|b| (format!("regel {}", x.id), b))),
    );
    uit
}

fn seeds() -> Option<std::path::PathBuf> {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
    seeds.is_dir().then_some(seeds)
}

/// Every `seed-file:line` citation in data/matcher/* carries the words that support its claim,
/// and those words stand in the cited lines (when the seeds are present, i.e. in the project's
/// workspace and in CI; a clone of this repository alone skips the look-up but still requires
/// the quote).
#[test]
fn every_seed_citation_carries_a_quote_that_stands_in_its_lines() {
    let bronnen = alle_bronnen();
    let seed: Vec<&(String, Bron)> = bronnen.iter().filter(|(_, b)| b.is_seed()).collect();
    assert!(seed.len() > 80, "only {} seed citations", seed.len());
    for (waar, b) in &seed {
        assert!(
            b.citaat.split_whitespace().count() >= 2 || b.citaat.contains('%'),
            "{waar}: {} has no quote worth the name: «{}»",
            b.bron,
            b.citaat
        );
    }
    let Some(seeds) = seeds() else {
        eprintln!("skipped the look-up: ../../shared/seeds not found");
        return;
    };
    let fouten: Vec<String> = seed
        .iter()
        .filter_map(|(waar, b)| {
            controleer_seed_citaat(&seeds, &b.bron, &b.citaat)
                .err()
                .map(|e| format!("- {waar}: {e}"))
        })
        .collect();
    assert!(
        fouten.is_empty(),
        "{} seed citations do not carry their quote:\n{}",
        fouten.len(),
        fouten.join("\n")
    );
}

/// A web page carries the words we read on it and the date we read it, or says plainly that
/// nobody here read it (and the screen says so too).
#[test]
fn every_web_source_carries_a_quote_and_the_date_it_was_read_or_is_marked_unverified() {
    let mut gelezen = 0;
    for (waar, b) in alle_bronnen().iter().filter(|(_, b)| !b.is_seed()) {
        assert!(b.bron.starts_with("https://"), "{waar}: {}", b.bron);
        if b.ongeverifieerd {
            assert!(b.citaat.is_empty() && b.gelezen.is_none(), "{waar}");
        } else {
            assert!(
                b.citaat.split_whitespace().count() >= 5,
                "{waar}: {} has no quote",
                b.bron
            );
            let d = b.gelezen.as_deref().unwrap_or("");
            assert!(
                catalogus::is_datum(d),
                "{waar}: {} read when? '{d}'",
                b.bron
            );
            gelezen += 1;
        }
    }
    assert!(gelezen >= 10, "only {gelezen} web sources read");
}

#[test]
fn every_web_page_is_named_by_a_title_and_every_title_is_cited() {
    let c = catalogus_ok();
    let pagina = |u: &str| u.split('#').next().unwrap_or(u).to_string();
    let geciteerd: HashSet<String> = alle_bronnen()
        .iter()
        .filter(|(_, b)| b.bron.starts_with("https://"))
        .map(|(_, b)| b.bron.clone())
        .collect();
    for u in &geciteerd {
        assert!(c.pagina_titel(u).is_some(), "{u} has no title");
    }
    let paginas: HashSet<String> = geciteerd.iter().map(|u| pagina(u)).collect();
    for w in &c.webpaginas {
        assert!(
            paginas.contains(&pagina(&w.url)),
            "webpagina {} is nowhere cited",
            w.url
        );
        // A title is a name a reader can look for, not the address again.
        assert!(
            !w.titel.contains("https://") && !w.titel.contains("www."),
            "{}",
            w.titel
        );
        assert!(w.titel.chars().count() <= 160, "{}", w.titel);
    }
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
        for (veld, t) in o.teksten() {
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
        |v| v["optie"][0]["bronnen"] = json!([{"bron": "ergens op internet", "citaat": "iets"}]),
        "geen seed-regel",
    );
    // A citation without the words that support it, or a web page without the date it was read.
    refuses(
        |v| v["optie"][0]["bronnen"][0]["citaat"] = json!(""),
        "geen citaat",
    );
    // A web page without a title would show its address.
    refuses(
        |v| v["optie"][0]["bronnen"] = json!([{"bron": "https://example.org/x", "citaat": "vijf woorden die iets steunen", "gelezen": "2026-12-04"}]),
        "heeft geen titel",
    );
    refuses(
        |v| v["optie"][0]["cijfer"][0]["citaat"] = json!(""),
        "geen citaat",
    );
    refuses(
        |v| {
            v["optie"][0]["bronnen"] =
                json!([{"bron": "https://www.uwv.nl/x", "citaat": "Zo staat het er."}])
        },
        "gelezen",
    );
    refuses(
        |v| v["optie"][0]["bronnen"] = json!([{"bron": "https://www.uwv.nl/x", "citaat": "Zo staat het er.", "gelezen": "vorige week"}]),
        "gelezen",
    );
    refuses(|v| v["terugval"][0]["gelezen"] = Value::Null, "gelezen");
    // The rating's badge in the row about work needs a number about work.
    refuses(
        |v| {
            let i = v["optie"]
                .as_array()
                .unwrap()
                .iter()
                .position(|o| o["id"] == "irb")
                .unwrap();
            v["optie"][i]["bewijs_werk"] = json!(true);
            v["optie"][i]["cijfer"] = json!([]);
        },
        "bewijs_werk zonder één cijfer over werk",
    );
    refuses(
        |v| v["meta"]["production_date"] = json!("december"),
        "production_date",
    );
    refuses(|v| v["meta"]["funding"]["en"] = json!(""), "meta: funding");
    refuses(
        |v| v["optie"][0]["cijfer"][0]["groep"] = json!(""),
        "welke groep",
    );
    refuses(
        |v| v["optie"][0]["cijfer"][0]["bron"] = json!("000_3e358a3822bcc572.txt:0"),
        "geen seed-regel",
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
        |v| v["regel"][0]["niet"] = json!({"klachten": ["heel_erg"]}),
        "onbekend antwoord",
    );
    // A rule's source carries its quote; a quote needs a source.
    refuses_rule(|v| v["regel"][0]["citaat"] = json!(""), "geen citaat");
    refuses_rule(
        |v| {
            v["regel"][0]["bron"] = Value::Null;
        },
        "citaat zonder bron",
    );
    refuses_rule(
        |v| {
            let i = v["regel"]
                .as_array()
                .unwrap()
                .iter()
                .position(|r| {
                    r["bron"]
                        .as_str()
                        .is_some_and(|b| b.starts_with("https://"))
                })
                .unwrap();
            v["regel"][i]["gelezen"] = Value::Null;
        },
        "gelezen",
    );
    // A note for the whole result does not weigh.
    refuses_rule(
        |v| {
            v["regel"][0]["optie"] = json!("algemeen");
            v["regel"][0]["soort"] = json!("past");
            v["regel"][0]["gewicht"] = json!(10);
        },
        "algemene notitie weegt 0",
    );
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

// --- Honest evidence (issue 15) ----------------------------------------------------------------

/// Every user-facing text of the catalogue and the rules, in both languages, with where it is.
fn alle_teksten() -> Vec<(String, String)> {
    let c = catalogus_ok();
    let r = regels_ok(&c);
    let mut t: Vec<(String, Tekst)> = Vec::new();
    for o in &c.opties {
        for (veld, x) in o.teksten() {
            t.push((format!("{}.{veld}", o.id), x.clone()));
        }
        t.push((format!("{}.bewijs", o.id), o.bewijs.label().tekst()));
        for b in &o.betaling {
            t.push((format!("{}.betaling", o.id), b.tekst.clone()));
        }
        for x in &o.cijfers {
            t.push((format!("{}.cijfer", o.id), x.tekst.clone()));
            t.push((format!("{}.cijfer.groep", o.id), x.groep.clone()));
        }
    }
    for x in &c.terugval {
        t.push((format!("terugval {}", x.uitkering), x.tekst.clone()));
    }
    for x in &r.regels {
        t.push((format!("regel {}", x.id), x.tekst.clone()));
    }
    t.push(("stand".into(), c.stand.clone()));
    for (veld, x) in c.meta.teksten() {
        t.push((format!("meta.{veld}"), x.clone()));
    }
    t.into_iter()
        .flat_map(|(waar, x)| {
            [
                (format!("{waar} (nl)"), x.nl),
                (format!("{waar} (en)"), x.en),
            ]
        })
        .collect()
}

/// No text states the evidence more strongly than the studies allow, or promises a way back.
#[test]
fn no_text_overstates_the_evidence_or_promises_an_outcome() {
    // "Twice as effective" where the Dutch trial on the same card gives 44 vs 25 in 100; an odds
    // ratio read as "60% smaller"; one trial called "proven effective"; "simply Wajong again";
    // "you can always take part" read as guaranteed access.
    let verboden = [
        "twee keer zo",
        "twice as",
        "bewezen effectief",
        "proven effective",
        "bewezen",
        "gewoon weer",
        "simply get",
        "60%",
        "60 %",
        "altijd meedoen",
        "always take part",
        "niemand wordt uitgesloten",
        "gegarandeerd",
        "guaranteed",
        "zeker weten",
        "u krijgt werk",
    ];
    // What "Hoe wij dit maken" and every source line say about the seed documents is read too
    // (review O5: "welke begeleiding bewezen werkt" stood there).
    let documenten = werkkeuze_core::citaat::documenten().iter().flat_map(|d| {
        [
            (format!("document {} (nl)", d.bestand), d.over.clone()),
            (format!("document {} (en)", d.bestand), d.over_en.clone()),
        ]
    });
    assert!(werkkeuze_core::citaat::documenten().len() >= 5);
    for (waar, t) in alle_teksten().into_iter().chain(documenten) {
        let klein = t.to_lowercase();
        for v in verboden {
            assert!(!klein.contains(v), "{waar} says «{v}»: {t}");
        }
    }
}

/// A pooled effect is shown for every intervention it was pooled over, and a number measured in
/// another population or for another approach says so.
#[test]
fn a_pooled_number_is_shown_for_what_it_pooled_and_says_where_it_was_measured() {
    let c = catalogus_ok();
    // The 40% of supported employment was pooled over studies of supported employment, most of
    // them IPS (000_3e358a3822bcc572.txt:1131-1141, 1212-1214): both options show it.
    let gepoold = |id: &str| {
        c.optie(id)
            .unwrap()
            .cijfers
            .iter()
            .find(|x| x.bron.bron.contains("1212-1214"))
            .cloned()
    };
    let ips = gepoold("ips").expect("IPS lacks the pooled supported-employment number");
    let bw = gepoold("bw-ivb").expect("BW-IVB lacks the pooled supported-employment number");
    for x in [&ips, &bw] {
        assert!(x.tekst.nl.contains("40 van de 100"), "{}", x.tekst.nl);
        // Where: mostly the United States, mostly psychosis.
        assert!(x.groep.nl.contains("Verenigde Staten"), "{}", x.groep.nl);
        assert!(x.groep.nl.contains("psychose"), "{}", x.groep.nl);
        assert!(x.groep.nl.contains("IPS"), "{}", x.groep.nl);
    }
    // For BW-IVB this number was measured for another approach and another group: it says so.
    assert!(bw.tekst.nl.contains("niet gemeten bij begeleid werken"));
    // The average time to a job was measured in an overview of studies, not in the Netherlands.
    assert!(c
        .optie("ips")
        .unwrap()
        .let_op
        .nl
        .contains("Een overzicht van onderzoeken"));
    // Every number names its group and, when it is one study, which one.
    for o in &c.opties {
        for x in &o.cijfers {
            if o.bewijs == Bewijs::EenOnderzoek {
                assert!(
                    x.groep.nl.contains("één Nederlands onderzoek"),
                    "{}: {}",
                    o.id,
                    x.groep.nl
                );
            }
        }
    }
}

/// One trial is one trial; a programme's aim is not a result; a rating about something else is
/// not shown as evidence about work.
#[test]
fn one_study_an_aim_and_a_rating_are_called_what_they_are() {
    let c = catalogus_ok();
    assert!(Bewijs::EenOnderzoek.label().nl.starts_with("Eén onderzoek"));
    for id in ["sharp", "return-at-work", "w-cgt"] {
        let o = c.optie(id).unwrap();
        assert_eq!(o.bewijs, Bewijs::EenOnderzoek, "{id}");
        assert!(
            o.bewijs_uitleg.nl.starts_with("Eén Nederlands onderzoek"),
            "{id}"
        );
    }
    // Bewegen Werkt: rising a step on the participation ladder is the programme's aim.
    let bw = c.optie("bewegen-werkt").unwrap();
    assert!(bw.cijfers.iter().all(|x| !x.tekst.nl.contains("trede")));
    assert!(bw.doel.nl.contains("Het programma wil"));
    assert!(bw.bewijs_uitleg.nl.contains("geen gemeten resultaat"));
    // The IRB's strong rating is not about work; it is not a badge in the row about work.
    let irb = c.optie("irb").unwrap();
    assert_eq!(irb.bewijs, Bewijs::Sterk);
    assert!(!irb.bewijs_werk);
    // Every "strong" or "good" rating shown as evidence about work has numbers about work.
    for o in &c.opties {
        if o.bewijs_werk && o.bewijs.zegt_effect() {
            assert!(o.kans_op_werk().next().is_some(), "{}", o.id);
        }
    }
}

/// Waiting lists, the deductible and what basic insurance does not cover are said where they
/// matter: IPS (its first talks are care), W-CGT (treatment, burn-out), WGB (treatment).
#[test]
fn waiting_lists_the_deductible_and_burn_out_cover_are_said_where_they_matter() {
    let c = catalogus_ok();
    let betaling = |id: &str| -> String {
        c.optie(id)
            .unwrap()
            .betaling
            .iter()
            .map(|b| b.tekst.nl.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    for id in ["ips", "w-cgt", "wgb"] {
        assert!(betaling(id).contains("eigen risico"), "{id}");
    }
    let wcgt = betaling("w-cgt");
    assert!(wcgt.contains("burn-out") && wcgt.contains("basisverzekering"));
    assert!(c.optie("w-cgt").unwrap().let_op.nl.contains("wachtlijst"));
    let r = regels_ok(&c);
    for id in ["ips-wachtlijst", "raw-wachtlijst", "bw-wachtlijst"] {
        assert!(r.regels.iter().any(|x| x.id == id), "{id}");
    }
}

/// The no-risk policy, a wage cost subsidy, the target group register or an employer's subsidy
/// answer a fear of financial risk, but using them tells the employer something: wherever the
/// matcher names them, it says so.
#[test]
fn employer_arrangements_say_that_using_them_tells_the_employer_something() {
    let mut gevonden = 0;
    for (waar, t) in alle_teksten().iter().filter(|(w, _)| w.ends_with("(nl)")) {
        let klein = t.to_lowercase();
        if [
            "no-riskpolis",
            "loonkostensubsidie",
            "doelgroepregister",
            "subsidie",
        ]
        .iter()
        .any(|w| klein.contains(w))
        {
            gevonden += 1;
            assert!(
                klein.contains("werkgever") && (klein.contains(" weet") || klein.contains("weten")),
                "{waar} names an employer arrangement without saying the employer then knows: {t}"
            );
        }
    }
    assert!(gevonden >= 3, "only {gevonden} texts name them");
}

/// The matcher says when it was made, how it is kept up to date and who paid, with the same
/// field names as the disclosure aid's `meta`.
#[test]
fn the_matcher_has_a_date_an_update_policy_and_a_funding_statement() {
    let c = catalogus_ok();
    let m = &c.meta;
    assert!(catalogus::is_datum(&m.production_date));
    let datum = catalogus::datum_voluit(&m.production_date, Taal::Nl).unwrap();
    assert!(
        c.stand.nl.contains(&datum),
        "the content date and the production date differ: {} / {datum}",
        c.stand.nl
    );
    let date = catalogus::datum_voluit(&m.production_date, Taal::En).unwrap();
    assert!(c.stand.en.contains(&date), "{} / {date}", c.stand.en);
    assert!(m.update_policy.nl.contains("elk jaar"));
    assert!(m.funding.nl.contains("financier"));
    assert!(m.developed.nl.contains("nog niet getest"));
    // The same JSON keys as the disclosure aid's meta, for the shared page.
    let json = serde_json::to_value(m).unwrap();
    for k in [
        "title",
        "subtitle",
        "production_date",
        "update_policy",
        "funding",
        "interests",
        "privacy",
        "developed",
        "not_advice",
    ] {
        assert!(json.get(k).is_some(), "meta lacks {k}");
    }
}

/// The quote check can fail: a quote from elsewhere in the same document, or a changed word.
#[test]
fn a_quote_from_other_lines_or_with_other_words_is_refused() {
    let Some(seeds) = seeds() else {
        eprintln!("skipped: ../../shared/seeds not found");
        return;
    };
    let ok = controleer_seed_citaat(
        &seeds,
        "000_3e358a3822bcc572.txt:1710-1720",
        "in de vergelijkingsgroep: 44% tegen 25%",
    );
    assert!(ok.is_ok(), "{ok:?}");
    // The handbook's "twee keer zo effectief" is not in the Scion lines.
    assert!(controleer_seed_citaat(
        &seeds,
        "000_3e358a3822bcc572.txt:1710-1720",
        "twee keer zo effectief"
    )
    .is_err());
    assert!(controleer_seed_citaat(
        &seeds,
        "000_3e358a3822bcc572.txt:1710-1720",
        "in de vergelijkingsgroep: 44% tegen 52%"
    )
    .is_err());
}
