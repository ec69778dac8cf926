//! Citations that carry their quote (issue 15): every seed citation of the disclosure aid and of
//! the glossary names the words that support the claim, and those words stand in the cited lines
//! of the seed document. A web source that we read carries its quote and the date read.
//!
//! The seed documents live beside the repository (`../shared/seeds`, as in CI). Without them this
//! test fails rather than passing unchecked.

use std::path::PathBuf;
use werkkeuze_core::citaat::controleer_seed_citaat;
use werkkeuze_core::disclosure::{content, SourceKind};
use werkkeuze_core::glossary;

fn seeds() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
    assert!(
        dir.is_dir(),
        "{} not found: the seed documents must sit beside the repository (../shared/seeds)",
        dir.display()
    );
    dir
}

#[test]
fn every_seed_quote_of_the_disclosure_aid_stands_in_its_cited_lines() {
    let dir = seeds();
    let mut checked = 0;
    let mut problems = Vec::new();
    for s in content()
        .unwrap()
        .sources
        .iter()
        .filter(|s| s.kind == SourceKind::Seed)
    {
        let verwijzing = s.citation.as_deref().unwrap_or_default();
        let citaat = s.citaat.as_deref().unwrap_or_default();
        match controleer_seed_citaat(&dir, verwijzing, citaat) {
            Ok(()) => checked += 1,
            Err(e) => problems.push(format!("bron '{}': {e}", s.id)),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked >= 25, "only {checked} seed quotes checked");
}

#[test]
fn every_seed_quote_of_the_glossary_stands_in_its_cited_lines() {
    let dir = seeds();
    let mut checked = 0;
    let mut problems = Vec::new();
    for b in glossary::begrippen() {
        if let Some(v) = b.seed_verwijzing() {
            let citaat = b.citaat.as_deref().unwrap_or_default();
            match controleer_seed_citaat(&dir, v, citaat) {
                Ok(()) => checked += 1,
                Err(e) => problems.push(format!("begrip '{}': {e}", b.id)),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked >= 3, "only {checked} glossary seed quotes checked");
}

/// The check is not a formality: a quote that is not in the cited lines, or that sits just
/// outside them, fails.
#[test]
fn a_quote_outside_the_cited_lines_fails() {
    let dir = seeds();
    let harrie = content()
        .unwrap()
        .source("seed-harrie")
        .expect("seed-harrie");
    let v = harrie.citation.as_deref().unwrap();
    assert!(controleer_seed_citaat(&dir, v, harrie.citaat.as_deref().unwrap()).is_ok());
    assert!(controleer_seed_citaat(&dir, v, "Harrie is altijd beschikbaar").is_err());
    // The quote of another source, at this source's lines.
    let sharp = content()
        .unwrap()
        .source("seed-sharp")
        .unwrap()
        .citaat
        .clone()
        .unwrap();
    assert!(controleer_seed_citaat(&dir, v, &sharp).is_err());
    // One line too few: the quote's last words fall outside.
    assert!(controleer_seed_citaat(
        &dir,
        "001_c330f0dc3297d9c7.txt:1421-1428",
        harrie.citaat.as_deref().unwrap()
    )
    .is_err());
}

/// A page we read carries the words we read and where; a page we did not read says so, and a
/// claim resting only on such pages is marked in the app (`rests_on_unverified`).
#[test]
fn web_sources_carry_their_quote_and_the_date_read_or_say_they_were_not_read() {
    let c = content().unwrap();
    for s in &c.sources {
        if s.kind == SourceKind::Seed {
            continue;
        }
        assert_eq!(s.checked.len(), 10, "{}: date read", s.id);
        if s.verified {
            assert!(
                s.citaat.as_deref().is_some_and(|q| q.len() >= 20),
                "{}: read, but no quote",
                s.id
            );
            assert!(
                s.url.is_some() || s.via.is_some(),
                "{}: read, but where?",
                s.id
            );
        } else {
            assert!(
                s.note.as_deref().is_some_and(|n| !n.trim().is_empty()),
                "{}: not read, and no note saying why",
                s.id
            );
        }
    }
    assert!(
        c.sources
            .iter()
            .all(|s| s.kind != SourceKind::Reference || !s.verified),
        "a fact from anchors.md was not read in its source"
    );
}
