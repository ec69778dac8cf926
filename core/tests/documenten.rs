//! Sources people can read (issue 16, point 3): every seed citation anywhere in the data has a
//! document with a title, maker and year (`data/documenten.toml`), and what the screen shows for
//! it names no file. The headings and pages that place a citation in its document stand where the
//! data says they stand, and the facts about each document carry the words that show them.
//!
//! The seed documents live beside the repository (`../shared/seeds`, as in CI). Without them this
//! test fails rather than passing unchecked.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use werkkeuze_core::citaat::{
    controleer_seed_citaat, documenten, kop_staat_op, lees_seed_verwijzing, leesbare_bron,
};
use werkkeuze_core::Taal;

fn seeds() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
    assert!(
        dir.is_dir(),
        "{} not found: the seed documents must sit beside the repository (../shared/seeds)",
        dir.display()
    );
    dir
}

fn lees(dir: &Path, bestand: &str) -> String {
    std::fs::read_to_string(dir.join(bestand)).unwrap_or_else(|e| panic!("{bestand}: {e}"))
}

/// Every seed citation written anywhere in `data/` (any file, any field): `NNN_<hex>.txt:<lines>`.
fn alle_seed_citaten() -> BTreeSet<String> {
    fn loop_door(dir: &Path, uit: &mut BTreeSet<String>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                loop_door(&p, uit);
            } else if p.extension().is_some_and(|x| x == "toml") {
                let tekst = std::fs::read_to_string(&p).unwrap();
                for (i, _) in tekst.match_indices(".txt:") {
                    // Back to the start of the file name, forward over the line ranges.
                    let begin = tekst[..i]
                        .char_indices()
                        .rev()
                        .find(|(_, c)| !(c.is_ascii_hexdigit() || *c == '_'))
                        .map_or(0, |(j, c)| j + c.len_utf8());
                    let rest = &tekst[i + 5..];
                    let lengte = rest
                        .find(|c: char| !(c.is_ascii_digit() || c == '-' || c == ','))
                        .unwrap_or(rest.len());
                    // Only a real file name (`NNN_<16 hex>`); the comments also say `NNN_<hex>.txt`.
                    if i - begin == 20 {
                        let v = tekst[begin..i + 5 + lengte].trim_end_matches([',', '-']);
                        uit.insert(v.to_string());
                    }
                }
            }
        }
    }
    let mut uit = BTreeSet::new();
    loop_door(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data"),
        &mut uit,
    );
    uit
}

#[test]
fn every_seed_document_and_every_seed_citation_in_the_data_has_a_readable_reference() {
    let dir = seeds();
    let mut bestanden: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    bestanden.sort();
    let beschreven: Vec<&str> = documenten().iter().map(|d| d.bestand.as_str()).collect();
    assert_eq!(beschreven, bestanden, "a seed document without metadata");

    let citaten = alle_seed_citaten();
    assert!(
        citaten.len() >= 150,
        "only {} citations found",
        citaten.len()
    );
    let mut problemen = Vec::new();
    for v in &citaten {
        if lees_seed_verwijzing(v).is_none() {
            problemen.push(format!("'{v}' is not a seed citation"));
            continue;
        }
        let Some(b) = leesbare_bron(v) else {
            problemen.push(format!("{v}: no readable reference"));
            continue;
        };
        for taal in Taal::ALLE {
            let t = b.tekst(taal);
            let stam = &b.document.bestand[..b.document.bestand.len() - 4];
            if t.contains(".txt") || t.contains(stam) || t.contains("regel") || t.contains("line ")
            {
                problemen.push(format!("{v}: the reference shows the file: {t}"));
            }
        }
        // A document with headings places every citation under one.
        if !b.document.deel.is_empty() && b.plaatsen.is_empty() {
            problemen.push(format!("{v}: no heading above the cited lines"));
        }
    }
    assert!(problemen.is_empty(), "{}", problemen.join("\n"));
}

#[test]
fn every_heading_stands_on_its_line_and_every_page_is_in_the_documents_table_of_contents() {
    let dir = seeds();
    let mut problemen = Vec::new();
    let mut paginas = 0;
    for d in documenten() {
        let tekst = lees(&dir, &d.bestand);
        let regels: Vec<&str> = tekst.lines().collect();
        let eerste_kop = d.deel.first().map_or(0, |k| k.regel);
        for k in &d.deel {
            if !kop_staat_op(&tekst, k.regel, &k.kop) {
                problemen.push(format!(
                    "{}:{}: «{}» is not the heading there ({:?})",
                    d.bestand,
                    k.regel,
                    k.kop,
                    regels.get(k.regel.wrapping_sub(1))
                ));
            }
            if let Some(p) = k.pagina {
                // The table of contents, before the first heading: a line that starts with the
                // heading's number (or first word) and ends with the page.
                let nummer = k
                    .kop
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .trim_end_matches('.');
                let staat_er = regels[..eerste_kop.saturating_sub(1)].iter().any(|r| {
                    let woorden: Vec<&str> = r.split_whitespace().collect();
                    woorden.len() >= 2
                        && woorden[0].trim_end_matches('.') == nummer
                        && woorden[woorden.len() - 1] == p.to_string()
                });
                if staat_er {
                    paginas += 1;
                } else {
                    problemen.push(format!(
                        "{}: «{}» p. {p} is not in the table of contents",
                        d.bestand, k.kop
                    ));
                }
            }
        }
        if let Some(laatste) = d.laatste_pagina {
            let hoogste = d.deel.iter().filter_map(|k| k.pagina).max().unwrap_or(0);
            assert!(laatste >= hoogste, "{}: laatste_pagina", d.bestand);
        }
        // Every heading lies inside the document.
        assert!(
            d.deel.iter().all(|k| k.regel <= regels.len()),
            "{}: a heading past the end",
            d.bestand
        );
    }
    assert!(problemen.is_empty(), "{}", problemen.join("\n"));
    assert!(paginas >= 40, "only {paginas} pages checked");
}

#[test]
fn the_facts_about_each_document_carry_the_words_that_show_them() {
    let dir = seeds();
    let mut problemen = Vec::new();
    for d in documenten() {
        assert!(!d.bewijs.is_empty(), "{}: no evidence", d.bestand);
        for b in &d.bewijs {
            if lees_seed_verwijzing(&b.bron).is_some() {
                if !b.bron.starts_with(&d.bestand) {
                    problemen.push(format!("{}: evidence from another document", d.bestand));
                }
                if let Err(e) = controleer_seed_citaat(&dir, &b.bron, &b.citaat) {
                    problemen.push(format!("{}: {e}", d.bestand));
                }
            } else if !(b.bron.starts_with("https://") || b.bron.starts_with("http://"))
                || b.citaat.trim().len() < 20
                || b.gelezen.as_deref().is_none_or(|g| g.len() != 10)
            {
                problemen.push(format!(
                    "{}: a web page as evidence needs its words and the date read: {}",
                    d.bestand, b.bron
                ));
            }
        }
        // A real title stands in the document or on a page that names it; a described one says so.
        if !d.titel_beschreven {
            let gevonden = d.bewijs.iter().any(|b| {
                werkkeuze_core::citaat::normaliseer(&b.citaat)
                    .contains(&werkkeuze_core::citaat::normaliseer(&d.titel))
            });
            if !gevonden {
                problemen.push(format!(
                    "{}: the title «{}» is in none of the evidence",
                    d.bestand, d.titel
                ));
            }
        } else if !(d.over.contains("onze beschrijving") && d.over_en.contains("our description")) {
            problemen.push(format!(
                "{}: a described title must say so in `over`",
                d.bestand
            ));
        }
    }
    assert!(problemen.is_empty(), "{}", problemen.join("\n"));
}

/// No personal contact details from the seed documents: no e-mail address, no phone number.
#[test]
fn the_documents_file_copies_no_contact_details() {
    let tekst = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data/documenten.toml"),
    )
    .unwrap();
    let e_mail = tekst.split_whitespace().any(|w| {
        w.split_once('@')
            .is_some_and(|(_, domein)| domein.contains('.'))
    });
    assert!(!e_mail, "an e-mail address in data/documenten.toml");
    let cijfers_achter_elkaar = tekst
        .split(|c: char| !(c.is_ascii_digit() || c == '-' || c == ' '))
        .map(|s| s.chars().filter(char::is_ascii_digit).count())
        .max()
        .unwrap_or(0);
    assert!(cijfers_achter_elkaar < 10, "something like a phone number");
}
