//! The profile cases in `data/matcher/profielen.toml`: answers → expected top options and
//! expected reasons, each traced to the person's own answers.

use serde::Deserialize;
use std::collections::BTreeMap;
use werkkeuze_core::matcher::{catalogus, rangschik, Antwoorden, Taal, Uitslag};

const PROFIELEN: &str = include_str!("../../data/matcher/profielen.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Bestand {
    profiel: Vec<Profiel>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Profiel {
    naam: String,
    antwoorden: toml::Value,
    #[serde(default)]
    eerste: Option<String>,
    #[serde(default)]
    top: Vec<String>,
    #[serde(default)]
    binnen: Option<usize>,
    #[serde(default)]
    redenen: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    let_op: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    passend: Vec<String>,
    #[serde(default)]
    niet_passend: Vec<String>,
    #[serde(default)]
    algemeen: Vec<String>,
}

fn profielen() -> Vec<Profiel> {
    toml::from_str::<Bestand>(PROFIELEN)
        .expect("data/matcher/profielen.toml is valid")
        .profiel
}

fn antwoorden(p: &Profiel) -> Antwoorden {
    // Through JSON, exactly as the app and the command line read them.
    let json = serde_json::to_string(&p.antwoorden).unwrap();
    Antwoorden::uit_json(&json).unwrap_or_else(|e| panic!("{}: {e}", p.naam))
}

fn rang(u: &Uitslag, id: &str) -> usize {
    u.opties
        .iter()
        .position(|o| o.id == id)
        .unwrap_or_else(|| panic!("{id} missing from the result"))
}

fn check(p: &Profiel) -> Result<(), String> {
    let a = antwoorden(p);
    let u = rangschik(&a);
    let volgorde: Vec<String> = u
        .opties
        .iter()
        .map(|o| format!("{}{}({})", o.id, if o.passend { "*" } else { "" }, o.score))
        .collect();
    let ctx = || format!("ranking: {}", volgorde.join(" "));
    if u.opties.len() != catalogus().opties.len() {
        return Err("the result does not show the whole catalogue".into());
    }
    if let Some(eerste) = &p.eerste {
        if &u.opties[0].id != eerste {
            return Err(format!("expected {eerste} first; {}", ctx()));
        }
    }
    let binnen = p.binnen.unwrap_or(3).max(p.top.len());
    for id in &p.top {
        let r = rang(&u, id);
        if r >= binnen {
            return Err(format!(
                "{id} is #{} (expected within {binnen}); {}",
                r + 1,
                ctx()
            ));
        }
        if !u.opties[r].passend {
            return Err(format!("{id} is not marked as fitting; {}", ctx()));
        }
    }
    for id in &p.passend {
        if !u.opties[rang(&u, id)].passend {
            return Err(format!("{id} should fit; {}", ctx()));
        }
    }
    for id in &p.niet_passend {
        if u.opties[rang(&u, id)].passend {
            return Err(format!("{id} should not be marked as fitting; {}", ctx()));
        }
    }
    for (id, regels) in &p.redenen {
        let o = &u.opties[rang(&u, id)];
        for regel in regels {
            let Some(r) = o.redenen.iter().find(|r| &r.regel == regel) else {
                let heeft: Vec<&str> = o.redenen.iter().map(|r| r.regel.as_str()).collect();
                return Err(format!("{id}: reason {regel} missing (has {heeft:?})"));
            };
            // Traced to the person's own answers.
            if r.antwoorden.is_empty() {
                return Err(format!("{id}: reason {regel} is not traced to an answer"));
            }
            for s in &r.antwoorden {
                if !a.codes(&s.vraag).contains(&s.antwoord.as_str()) {
                    return Err(format!(
                        "{id}: reason {regel} cites {}={} which was not answered",
                        s.vraag, s.antwoord
                    ));
                }
            }
            let tekst = r.met_antwoorden(Taal::Nl);
            if !tekst.contains("U koos:") {
                return Err(format!(
                    "{id}: reason text does not show the answers: {tekst}"
                ));
            }
        }
    }
    for (id, regels) in &p.let_op {
        let o = &u.opties[rang(&u, id)];
        for regel in regels {
            if !o.let_op.iter().any(|r| &r.regel == regel) {
                let heeft: Vec<&str> = o.let_op.iter().map(|r| r.regel.as_str()).collect();
                return Err(format!("{id}: note {regel} missing (has {heeft:?})"));
            }
        }
    }
    for regel in &p.algemeen {
        if !u.algemeen.iter().any(|r| &r.regel == regel) {
            return Err(format!("general note {regel} missing"));
        }
    }
    Ok(())
}

#[test]
fn every_profile_gets_its_expected_options_and_reasons() {
    let lijst = profielen();
    assert!(lijst.len() >= 12, "only {} profiles", lijst.len());
    let fouten: Vec<String> = lijst
        .iter()
        .filter_map(|p| check(p).err().map(|e| format!("- {}: {e}", p.naam)))
        .collect();
    assert!(fouten.is_empty(), "profiles failed:\n{}", fouten.join("\n"));
}

#[test]
fn every_profile_has_a_top_option_and_a_reason() {
    for p in profielen() {
        assert!(
            p.eerste.is_some() || !p.top.is_empty(),
            "{}: no expected top",
            p.naam
        );
        assert!(
            p.redenen.values().any(|r| !r.is_empty()),
            "{}: no expected reason",
            p.naam
        );
    }
}

#[test]
fn the_issue_profiles_are_there() {
    let namen: Vec<String> = profielen().into_iter().map(|p| p.naam).collect();
    for woord in ["IPS eerst", "burn-out", "SHARP", "OAD/PRA", "Wajong"] {
        assert!(
            namen.iter().any(|n| n.contains(woord)),
            "no profile about {woord}"
        );
    }
}
