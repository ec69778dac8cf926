//! The rights section is tailored to the situation.

use std::collections::HashSet;
use werkkeuze_core::disclosure::content;

fn rights(situation: &str) -> HashSet<&'static str> {
    content()
        .unwrap()
        .rights_for(situation)
        .into_iter()
        .map(|r| r.id.as_str())
        .collect()
}

#[test]
fn applying_and_sick_leave_show_different_rights() {
    let applying = rights("solliciteren");
    let sick = rights("ziekteverzuim");
    assert_ne!(applying, sick);

    // Applying: no health questions, and the one exception.
    for id in [
        "geen-gezondheidsvragen",
        "mededelingsplicht",
        "aanstellingskeuring",
    ] {
        assert!(applying.contains(id), "{id}");
        assert!(!sick.contains(id), "{id}");
    }
    // Sick leave: what you need not tell, what the bedrijfsarts passes on, and the duties of
    // the Wet verbetering poortwachter with the rights that come with them.
    for id in [
        "ziekmelding",
        "bedrijfsarts-beroepsgeheim",
        "poortwachter-plichten",
        "second-opinion",
    ] {
        assert!(sick.contains(id), "{id}");
        assert!(!applying.contains(id), "{id}");
    }
    // Both: adjustments, and that asking for them means telling something.
    for id in ["doeltreffende-aanpassingen", "vragen-is-vertellen"] {
        assert!(applying.contains(id) && sick.contains(id), "{id}");
    }
}

#[test]
fn every_situation_has_the_adjustment_rights() {
    for s in &content().unwrap().situations {
        let r = rights(&s.id);
        assert!(r.contains("doeltreffende-aanpassingen"), "{}", s.id);
        assert!(r.contains("vragen-is-vertellen"), "{}", s.id);
        assert!(r.len() >= 4, "{}: {r:?}", s.id);
    }
}

#[test]
fn the_rights_say_what_the_issue_asks() {
    let c = content().unwrap();
    let text = |id: &str| {
        let r = c.right(id).unwrap();
        format!(
            "{} {} {}",
            r.title.nl,
            r.text.nl,
            r.caveat.as_ref().map(|t| t.nl.as_str()).unwrap_or("")
        )
    };
    assert!(text("geen-gezondheidsvragen").contains("niet vragen naar uw gezondheid"));
    assert!(text("mededelingsplicht").contains("één uitzondering"));
    assert!(text("ziekmelding").contains("hoeft u niet te vertellen wat u heeft"));
    assert!(text("bedrijfsarts-beroepsgeheim").contains("beroepsgeheim"));
    assert!(text("bedrijfsarts-beroepsgeheim").contains("wat u nu wel en niet kunt"));
    assert!(text("doeltreffende-aanpassingen").contains("doeltreffende aanpassingen"));
    assert!(text("doeltreffende-aanpassingen").contains("WGBH/CZ"));
    assert!(text("doeltreffende-aanpassingen").contains("psychische"));
    assert!(text("vragen-is-vertellen").contains("moet u wel iets vertellen"));
    let wgbh = c.source("wgbh-cz").unwrap();
    assert!(wgbh
        .url
        .as_deref()
        .unwrap()
        .starts_with("https://wetten.overheid.nl/"));
}
