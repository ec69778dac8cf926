//! The Option Grid: two or three options, rows = the questions people ask.

use werkkeuze_core::matcher::grid::RIJEN;
use werkkeuze_core::matcher::{catalogus, option_grid, Antwoorden, Taal};

#[test]
fn three_options_side_by_side_with_the_questions_people_ask() {
    let g = option_grid(&["ips", "oad-pra", "wgb"], None).unwrap();
    assert_eq!(g.kolommen.len(), 3);
    assert_eq!(g.rijen.len(), RIJEN.len());
    let vragen: Vec<&str> = g.rijen.iter().map(|r| r.vraag.get(Taal::Nl)).collect();
    for v in [
        "Wat gebeurt er?",
        "Hoe lang duurt het en hoe vaak?",
        "Hoeveel kans op (betaald) werk? Uit welk onderzoek?",
        "Wie betaalt?",
        "Moet ik het mijn werkgever vertellen?",
        "Kan ik terug naar mijn uitkering als het niet lukt?",
    ] {
        assert!(vragen.contains(&v), "row '{v}' missing");
    }
    for rij in &g.rijen {
        assert_eq!(rij.cellen.len(), 3, "{}", rij.id);
        for cel in &rij.cellen {
            assert!(!cel.tekst.is_empty(), "{}", rij.id);
            for t in &cel.tekst {
                assert!(t.is_compleet(), "{}: {t:?}", rij.id);
            }
        }
    }
    // The chance of paid work always names the study it comes from.
    let kans = g.rijen.iter().find(|r| r.id == "kans_werk").unwrap();
    assert!(kans.cellen[0].tekst[0].nl.contains("44 van de 100"));
    assert!(kans.cellen[0].tekst[0].nl.contains("Scion"));
    assert!(kans.cellen[0]
        .bronnen
        .iter()
        .any(|b| b.bron.starts_with("000_3e358a3822bcc572.txt")));
    assert!(kans.cellen[1].tekst[0].nl.contains("30 van de 100"));
    assert!(kans.cellen[2].tekst[0].nl.contains("28 van de 100"));
    // The comparison warns that the studies are not head-to-head.
    assert!(g.voetnoten[0].nl.contains("voorzichtig"));
    // Printable as JSON for the UI.
    let json = serde_json::to_string(&g).unwrap();
    assert!(json.contains("\"kolommen\""));
}

#[test]
fn two_options_work_and_other_counts_are_refused() {
    assert!(option_grid(&["w-cgt", "return-at-work"], None).is_ok());
    assert!(option_grid(&["ips"], None)
        .unwrap_err()
        .contains("twee of drie"));
    assert!(option_grid(&["ips", "sharp", "irb", "wgb"], None).is_err());
    assert!(option_grid(&[], None).is_err());
    assert!(option_grid(&["ips", "ips"], None)
        .unwrap_err()
        .contains("twee keer"));
    assert!(option_grid(&["ips", "toverstaf"], None)
        .unwrap_err()
        .contains("toverstaf"));
}

#[test]
fn every_pair_of_the_catalogue_can_be_compared() {
    let ids: Vec<&str> = catalogus().opties.iter().map(|o| o.id.as_str()).collect();
    for a in &ids {
        for b in &ids {
            if a != b {
                let g = option_grid(&[a, b], None).unwrap();
                assert_eq!(g.kolommen[0].id, *a);
            }
        }
    }
}

#[test]
fn with_answers_who_pays_and_the_way_back_follow_the_persons_benefit() {
    let a = Antwoorden::uit_json(r#"{"uitkering": "wajong", "doel": "betaald_werk"}"#).unwrap();
    let g = option_grid(&["ips", "proefplaatsing"], Some(&a)).unwrap();
    let terug = g.rijen.iter().find(|r| r.id == "uitkering").unwrap();
    assert!(terug.cellen[0]
        .tekst
        .iter()
        .any(|t| t.nl.contains("Wajong")));
    assert!(terug.cellen[0]
        .bronnen
        .iter()
        .any(|b| b.bron.contains("uwv.nl")));
    let betaalt = g.rijen.iter().find(|r| r.id == "wie_betaalt").unwrap();
    assert!(betaalt.cellen[0].tekst.iter().any(|t| t.nl.contains("UWV")));
    assert!(betaalt.cellen[1]
        .tekst
        .iter()
        .all(|t| !t.nl.contains("bijstand?")));
    // Without answers, the way back per benefit is printed as footnotes instead.
    let g = option_grid(&["ips", "proefplaatsing"], None).unwrap();
    assert!(g.voetnoten.iter().any(|t| t.nl.starts_with("Wajong")));
}

#[test]
fn the_employer_row_links_workplace_options_to_the_disclosure_aid() {
    let g = option_grid(&["sharp", "irb"], None).unwrap();
    let rij = g.rijen.iter().find(|r| r.id == "werkgever").unwrap();
    assert!(rij.cellen[0]
        .tekst
        .iter()
        .any(|t| t.nl.contains("Vertellen of verzwijgen")));
    assert!(rij.cellen[1]
        .tekst
        .iter()
        .all(|t| !t.nl.contains("Vertellen of verzwijgen")));
}

#[test]
fn the_grid_says_when_its_content_was_checked_in_both_languages() {
    let g = option_grid(&["ips", "jobcoaching"], None).unwrap();
    assert!(g.stand.get(Taal::Nl).contains("nagekeken"));
    assert!(g.stand.get(Taal::En).contains("checked"));
    assert_eq!(g.stand, catalogus().stand);
}

/// The row about work shows an evidence badge only for a rating about work: the IRB's "strong
/// evidence" is about its own goals (housing, work, learning), not about work, so that row says
/// so instead; IPS's rating is about paid work and shows.
#[test]
fn the_work_row_shows_a_rating_only_when_it_is_about_work() {
    let g = option_grid(&["ips", "irb"], None).unwrap();
    let kans = g.rijen.iter().find(|r| r.id == "kans_werk").unwrap();
    let ips: Vec<&str> = kans.cellen[0].tekst.iter().map(|t| t.nl.as_str()).collect();
    let irb: Vec<&str> = kans.cellen[1].tekst.iter().map(|t| t.nl.as_str()).collect();
    assert!(
        ips.iter()
            .any(|t| t.starts_with("Bewijs: Sterke aanwijzingen")),
        "{ips:?}"
    );
    assert!(irb.iter().all(|t| !t.starts_with("Bewijs:")), "{irb:?}");
    // The verdict is named first, then the caveat (never a denial of a verdict not shown).
    let oordeel = irb
        .iter()
        .find(|t| t.contains("niet over de kans op werk"))
        .unwrap_or_else(|| panic!("{irb:?}"));
    assert!(
        oordeel.starts_with("Oordeel van deskundigen: ‘sterke aanwijzingen dat het werkt’."),
        "{oordeel}"
    );
    // Its number about work (paid and unpaid together) is there, with its group.
    assert!(
        irb.iter().any(|t| t.contains("betaald en onbetaald")),
        "{irb:?}"
    );
    // Over every pair of the catalogue: an effect rating in the work row rests on work numbers.
    let ids: Vec<&str> = catalogus().opties.iter().map(|o| o.id.as_str()).collect();
    for w in ids.windows(2) {
        let g = option_grid(w, None).unwrap();
        let kans = g.rijen.iter().find(|r| r.id == "kans_werk").unwrap();
        for (cel, id) in kans.cellen.iter().zip(w) {
            let o = catalogus().optie(id).unwrap();
            let badge = cel.tekst.iter().any(|t| t.nl.starts_with("Bewijs:"));
            if badge && o.bewijs.zegt_effect() {
                assert!(o.bewijs_werk && o.kans_op_werk().next().is_some(), "{id}");
            }
        }
    }
}

/// Begeleid werken has no numbers of its own: its cell says so first, and IPS's average only
/// comes after as a comparison, so side by side it does not read as the same success rate.
#[test]
fn supported_work_says_it_has_no_figures_of_its_own_before_the_comparison() {
    let g = option_grid(&["ips", "bw-ivb"], None).unwrap();
    let kans = g.rijen.iter().find(|r| r.id == "kans_werk").unwrap();
    let bw = &kans.cellen[1].tekst;
    assert!(bw[0].nl.starts_with("Geen eigen cijfers"), "{:?}", bw[0].nl);
    assert!(
        bw[0].en.starts_with("No figures of its own"),
        "{:?}",
        bw[0].en
    );
    let eerst = |t: &str, a: &str, b: &str| t.find(a).unwrap() < t.find(b).unwrap();
    assert!(eerst(&bw[0].nl, "Geen eigen cijfers", "40 van de 100"));
    assert!(eerst(&bw[0].nl, "Ter vergelijking", "40 van de 100"));
    // IPS's own cell still leads with its numbers.
    assert!(!kans.cellen[0].tekst[0].nl.starts_with("Geen eigen cijfers"));
}
