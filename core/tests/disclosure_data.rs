//! The disclosure content: the shipped data is valid, and bad data is rejected.

use serde_json::{json, Value};
use std::collections::HashSet;
use werkkeuze_core::disclosure::{content, Content, RawFiles, Side, SourceKind, SHIPPED};
use werkkeuze_core::Tekst;

fn value(json: &str) -> Value {
    serde_json::from_str(json).expect("embedded JSON")
}

/// The shipped files with one file replaced by a mutated copy.
fn parse_with(file: &str, mutate: impl FnOnce(&mut Value)) -> Result<Content, Vec<String>> {
    let mut v = value(match file {
        "hulp" => SHIPPED.hulp,
        "bronnen" => SHIPPED.bronnen,
        "redenen" => SHIPPED.redenen,
        "rechten" => SHIPPED.rechten,
        "mogelijkheden" => SHIPPED.mogelijkheden,
        "bericht" => SHIPPED.bericht,
        "verhalen" => SHIPPED.verhalen,
        other => panic!("no file {other}"),
    });
    mutate(&mut v);
    let text = v.to_string();
    let mut files: RawFiles<'_> = SHIPPED;
    match file {
        "hulp" => files.hulp = &text,
        "bronnen" => files.bronnen = &text,
        "redenen" => files.redenen = &text,
        "rechten" => files.rechten = &text,
        "mogelijkheden" => files.mogelijkheden = &text,
        "bericht" => files.bericht = &text,
        _ => files.verhalen = &text,
    }
    Content::parse(files).map_err(|e| e.0)
}

fn rejects(file: &str, expect: &str, mutate: impl FnOnce(&mut Value)) {
    match parse_with(file, mutate) {
        Ok(_) => panic!("bad {file} data was accepted (expected '{expect}')"),
        Err(problems) => assert!(
            problems.iter().any(|p| p.contains(expect)),
            "expected a problem containing '{expect}', got {problems:?}"
        ),
    }
}

#[test]
fn the_shipped_content_is_valid() {
    if let Err(e) = Content::parse(SHIPPED) {
        panic!("{e}");
    }
    let c = content().unwrap();
    assert_eq!(c.situations.len(), 5);
    assert_eq!(c.audiences.len(), 5);
    assert_eq!(c.sure.items.len(), 4);
    assert_eq!(c.meta.production_date, "2026-12-04");
}

#[test]
fn there_are_at_least_twelve_reasons_on_each_side_each_with_a_source() {
    let c = content().unwrap();
    for side in [Side::For, Side::Against] {
        let reasons: Vec<_> = c.reasons_on(side).collect();
        assert!(reasons.len() >= 12, "{side:?}: {}", reasons.len());
        for r in reasons {
            assert!(!r.sources.is_empty(), "{}", r.id);
            assert!(r.sources.iter().all(|s| c.source(s).is_some()), "{}", r.id);
        }
    }
}

#[test]
fn every_claim_names_an_existing_source() {
    let c = content().unwrap();
    let mut lists: Vec<(&str, &Vec<String>)> = vec![
        ("meta.developed", &c.meta.developed_sources),
        ("meta.evidence", &c.meta.evidence_sources),
        ("sure", &c.sure.sources),
        ("script", &c.script.sources),
    ];
    lists.extend(c.reasons.iter().map(|r| (r.id.as_str(), &r.sources)));
    lists.extend(c.rights.iter().map(|r| (r.id.as_str(), &r.sources)));
    lists.extend(c.next_steps.iter().map(|n| (n.id.as_str(), &n.sources)));
    lists.extend(c.stories.iter().map(|s| (s.id.as_str(), &s.sources)));
    for o in &c.options {
        for p in o.pros.iter().chain(&o.cons) {
            lists.push((o.id.as_str(), &p.sources));
        }
    }
    for (at, ids) in lists {
        assert!(!ids.is_empty(), "{at} has no source");
        for id in ids {
            assert!(c.source(id).is_some(), "{at}: unknown source {id}");
        }
    }
}

#[test]
fn every_right_is_dated_and_rests_on_law_or_an_official_page_with_an_address() {
    let c = content().unwrap();
    for r in &c.rights {
        assert_eq!(r.checked.len(), 10, "{}", r.id);
        let official: Vec<_> = c
            .sources_of(&r.sources)
            .filter(|s| matches!(s.kind, SourceKind::Law | SourceKind::Official))
            .collect();
        assert!(!official.is_empty(), "{}", r.id);
        assert!(
            official.iter().any(|s| s.url.is_some()),
            "{}: no official source with an address",
            r.id
        );
    }
}

#[test]
fn every_option_links_to_reasons_and_every_reason_to_an_option() {
    let c = content().unwrap();
    let reason_ids: HashSet<&str> = c.reasons.iter().map(|r| r.id.as_str()).collect();
    let mut linked = HashSet::new();
    for o in &c.options {
        assert!(!o.pros.is_empty() && !o.cons.is_empty(), "{}", o.id);
        for p in o.pros.iter().chain(&o.cons) {
            for r in &p.reasons {
                assert!(reason_ids.contains(r.as_str()), "{}: {r}", o.id);
                linked.insert(r.as_str());
            }
        }
    }
    assert_eq!(linked, reason_ids);
}

#[test]
fn the_options_cover_the_issue() {
    let c = content().unwrap();
    let ids = |g: &str| -> Vec<&str> {
        c.options_for(g, None)
            .iter()
            .map(|o| o.id.as_str())
            .collect()
    };
    assert_eq!(
        ids("hoeveel"),
        ["niets", "wat_ik_nodig_heb", "deel", "alles"]
    );
    for id in [
        "in_brief",
        "in_gesprek",
        "na_aanbod",
        "eerste_weken",
        "bij_problemen",
    ] {
        assert!(ids("wanneer").contains(&id), "{id}");
    }
    for id in [
        "persoonlijk",
        "eerst_email",
        "met_jobcoach",
        "met_bedrijfsarts",
    ] {
        assert!(ids("hoe").contains(&id), "{id}");
    }
    let audiences: Vec<&str> = c
        .options_for("aan_wie", None)
        .iter()
        .filter_map(|o| o.audience.as_deref())
        .collect();
    assert_eq!(
        audiences,
        [
            "leidinggevende",
            "hr",
            "collegas",
            "bedrijfsarts",
            "jobcoach"
        ]
    );
}

#[test]
fn stories_are_composites_and_not_all_tell() {
    let c = content().unwrap();
    assert!(c.stories.len() >= 4);
    assert!(c.stories.iter().all(|s| s.composite));
    assert!(c
        .stories
        .iter()
        .any(|s| s.choice.nl.to_lowercase().contains("niets")));
    assert!(c.statements.composite.nl.contains("samengesteld"));
}

#[test]
fn the_ipdas_metadata_is_complete() {
    let m = &content().unwrap().meta;
    assert!(m.funding.nl.contains("geen financier"));
    assert!(m.interests.nl.contains("geen belang"));
    assert!(m.update_policy.nl.contains("elk jaar"));
    assert!(!m.evidence_sources.is_empty());
}

// The seed citations and their quotes: tests/disclosure_citaten.rs.

/// Every Dutch and English text of the content, with where it is.
fn texts(c: &Content) -> Vec<(String, Tekst)> {
    fn walk(v: &Value, at: String, out: &mut Vec<(String, Tekst)>) {
        match v {
            Value::Object(map) => {
                if let (Some(Value::String(nl)), Some(Value::String(en))) =
                    (map.get("nl"), map.get("en"))
                {
                    out.push((
                        at.clone(),
                        Tekst {
                            nl: nl.clone(),
                            en: en.clone(),
                        },
                    ));
                }
                for (k, v) in map {
                    walk(v, format!("{at}.{k}"), out);
                }
            }
            Value::Array(list) => {
                for (i, v) in list.iter().enumerate() {
                    walk(v, format!("{at}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(c).unwrap(), String::new(), &mut out);
    out
}

/// Plain language: short Dutch sentences, the reader addressed as "u", no promises.
#[test]
fn dutch_texts_are_plain_and_address_the_reader_as_u() {
    let c = content().unwrap();
    let all = texts(c);
    assert!(all.len() > 300, "only {} texts", all.len());
    let mut words = 0usize;
    let mut sentences = 0usize;
    for (at, t) in &all {
        assert_ne!(t.nl.trim(), t.en.trim(), "{at}: English left in Dutch");
        let lower = format!(" {} ", t.nl.to_lowercase());
        for informal in [" je ", " jij ", " jouw ", " jullie "] {
            assert!(
                !lower.contains(informal),
                "{at}: '{}' in {:?}",
                informal.trim(),
                t.nl
            );
        }
        for promise in ["garantie", "gegarandeerd", "zeker weten", "altijd succes"] {
            assert!(!lower.contains(promise), "{at}: promise '{promise}'");
        }
        for s in t.nl.split(['.', '?', '!']).filter(|s| !s.trim().is_empty()) {
            let n = s.split_whitespace().count();
            assert!(n <= 20, "{at}: sentence of {n} words: {s:?}");
            words += n;
            sentences += 1;
        }
    }
    let average = words as f64 / sentences as f64;
    assert!(
        average <= 12.0,
        "average sentence length {average:.1} words"
    );
}

#[test]
fn the_aid_never_gives_a_verdict() {
    let st = &content().unwrap().statements;
    assert!(st.choice_is_yours.nl.contains("keuze is aan u"));
    assert!(st
        .not_telling_ok
        .nl
        .contains("Niet vertellen is ook een goede keuze"));
    assert!(st.no_verdict.nl.contains("geen advies"));
}

#[test]
fn glossary_links_exist() {
    let c = content().unwrap();
    let ids = c
        .audiences
        .iter()
        .filter_map(|a| a.glossary.as_deref())
        .chain(c.rights.iter().filter_map(|r| r.glossary.as_deref()))
        .chain(c.next_steps.iter().filter_map(|n| n.glossary.as_deref()));
    for id in ids {
        assert!(werkkeuze_core::glossary::begrip(id).is_some(), "{id}");
    }
}

// ---------------------------------------------------------------- bad data fails

#[test]
fn rejects_an_unknown_reason_link() {
    rejects(
        "mogelijkheden",
        "onbekende reden 'voor-bestaat-niet'",
        |v| {
            v["option"][0]["pro"][0]["reasons"] = json!(["voor-bestaat-niet"]);
        },
    );
}

#[test]
fn rejects_a_duplicate_reason_id() {
    rejects("redenen", "staat er twee keer in", |v| {
        let first = v["reason"][0].clone();
        v["reason"].as_array_mut().unwrap().push(first);
    });
}

#[test]
fn rejects_a_claim_without_a_source() {
    rejects("redenen", "geen bron", |v| {
        v["reason"][0]["sources"] = json!([]);
    });
    rejects("mogelijkheden", "geen bron", |v| {
        v["option"][2]["con"][0]["sources"] = json!([]);
    });
}

#[test]
fn rejects_an_unknown_source() {
    rejects("rechten", "onbekende bron 'nergens'", |v| {
        v["right"][0]["sources"] = json!(["nergens"]);
    });
}

#[test]
fn rejects_a_right_without_law_or_official_source() {
    rejects("rechten", "geen wet of officiële bron", |v| {
        v["right"][0]["sources"] = json!(["seed-dilemma"]);
    });
}

#[test]
fn rejects_a_right_for_an_unknown_situation() {
    rejects("rechten", "onbekende situatie 'op_vakantie'", |v| {
        v["right"][0]["situations"] = json!(["op_vakantie"]);
    });
}

#[test]
fn rejects_too_few_reasons() {
    rejects("redenen", "minstens 12", |v| {
        let list = v["reason"].as_array_mut().unwrap();
        list.retain(|r| r["side"] == "voor");
        list.truncate(11);
    });
}

#[test]
fn rejects_a_reason_on_both_sides_of_one_option() {
    rejects("mogelijkheden", "bij voordeel én nadeel", |v| {
        let con = v["option"][0]["con"][0]["reasons"][0].clone();
        v["option"][0]["pro"][0]["reasons"]
            .as_array_mut()
            .unwrap()
            .push(con);
    });
}

#[test]
fn rejects_a_story_that_is_not_a_composite() {
    rejects("verhalen", "samengesteld", |v| {
        v["story"][0]["composite"] = json!(false);
    });
}

#[test]
fn rejects_a_bad_seed_citation() {
    rejects("bronnen", "bestand.txt:regel-regel", |v| {
        let list = v["source"].as_array_mut().unwrap();
        let seed = list.iter_mut().find(|s| s["kind"] == "seed").unwrap();
        seed["citation"] = json!("001_c330f0dc3297d9c7.txt:1319-1312");
    });
}

#[test]
fn rejects_a_missing_translation() {
    rejects("hulp", "tekst zonder Nederlands of Engels", |v| {
        v["situation"][0]["label"]["en"] = json!("  ");
    });
}

#[test]
fn rejects_an_option_for_an_unknown_audience() {
    rejects("mogelijkheden", "onbekende doelgroep", |v| {
        let list = v["option"].as_array_mut().unwrap();
        let o = list.iter_mut().find(|o| o["group"] == "aan_wie").unwrap();
        o["audience"] = json!("buurman");
    });
}

#[test]
fn rejects_a_wrong_sure_test() {
    rejects("hulp", "sure: vragen", |v| {
        v["sure"]["item"].as_array_mut().unwrap().pop();
    });
}

#[test]
fn rejects_a_file_that_is_not_the_right_shape() {
    let mut files = SHIPPED;
    files.redenen = r#"{"reden": []}"#;
    let err = Content::parse(files).unwrap_err();
    assert!(err.to_string().contains("redenen.toml"), "{err}");
}

#[test]
fn rejects_a_seed_source_without_its_quote() {
    rejects("bronnen", "seed-bron zonder citaat", |v| {
        let list = v["source"].as_array_mut().unwrap();
        let seed = list.iter_mut().find(|s| s["kind"] == "seed").unwrap();
        seed.as_object_mut().unwrap().remove("citaat");
    });
}

#[test]
fn rejects_a_read_page_without_its_quote_or_an_unread_one_without_a_note() {
    rejects("bronnen", "nagelezen bron zonder citaat", |v| {
        let list = v["source"].as_array_mut().unwrap();
        let page = list
            .iter_mut()
            .find(|s| s["verified"] == true && s["kind"] == "official")
            .unwrap();
        page.as_object_mut().unwrap().remove("citaat");
    });
    rejects("bronnen", "niet nagelezen bron zonder toelichting", |v| {
        let list = v["source"].as_array_mut().unwrap();
        let page = list.iter_mut().find(|s| s["verified"] == false).unwrap();
        page.as_object_mut().unwrap().remove("note");
    });
    rejects("bronnen", "een referentie is niet zelf nagelezen", |v| {
        let list = v["source"].as_array_mut().unwrap();
        let r = list.iter_mut().find(|s| s["kind"] == "reference").unwrap();
        r["verified"] = json!(true);
    });
}

#[test]
fn rejects_silence_on_sick_leave_without_the_duties() {
    rejects(
        "mogelijkheden",
        "zwijgen bij ziekteverzuim zonder de plichten",
        |v| {
            let list = v["option"].as_array_mut().unwrap();
            let niets = list.iter_mut().find(|o| o["id"] == "niets").unwrap();
            niets["let_op"] = json!([]);
        },
    );
    rejects(
        "mogelijkheden",
        "zwijgen bij ziekteverzuim zonder de plichten",
        |v| {
            let list = v["option"].as_array_mut().unwrap();
            let later = list
                .iter_mut()
                .find(|o| o["id"] == "bij_problemen")
                .unwrap();
            later.as_object_mut().unwrap().remove("situations");
        },
    );
}

#[test]
fn rejects_a_right_resting_only_on_unread_sources() {
    rejects("rechten", "rust alleen op niet-nagelezen bronnen", |v| {
        v["right"][0]["sources"] = json!(["uavg-art30", "hr-1981-mededelingsplicht"]);
    });
}

#[test]
fn rejects_a_sentence_for_a_hard_moment_without_a_situation() {
    rejects("bericht", "zin 'gezondheidsvraag': geen situatie", |v| {
        v["script"]["zin"][0]["situations"] = json!([]);
    });
}
