//! The profile cases in `data/matcher/profielen.toml`: answers → expected top options and
//! expected reasons, each traced to the person's own answers.

use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use werkkeuze_core::matcher::regels::{regels, ALGEMEEN};
use werkkeuze_core::matcher::{
    catalogus, rangschik, Antwoorden, Doel, Drempel, Ggz, Klachten, Situatie, Taal, Uitslag,
    Voorkeur,
};

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
    #[serde(default)]
    lager: BTreeMap<String, Vec<String>>,
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
    for (id, hoger) in &p.lager {
        for h in hoger {
            if rang(&u, h) >= rang(&u, id) {
                return Err(format!("{h} should rank above {id}; {}", ctx()));
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

// --- Issue 16, point 11: the matcher repeats no sentence and adds no reason outside its rules ---

/// The sentences of a text, normalised (lower case, single spaces), without the final stop.
fn zinnen(t: &str) -> Vec<String> {
    let mut uit = Vec::new();
    let mut zin = String::new();
    let mut tekens = t.chars().peekable();
    while let Some(c) = tekens.next() {
        zin.push(c);
        if matches!(c, '.' | '?' | '!') && tekens.peek().is_none_or(|n| n.is_whitespace()) {
            uit.push(std::mem::take(&mut zin));
        }
    }
    uit.push(zin);
    uit.into_iter()
        .map(|z| {
            z.to_lowercase()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .trim_end_matches(['.', '?', '!'])
                .to_string()
        })
        .filter(|z| !z.is_empty())
        .collect()
}

/// Words that say nothing about the content.
const STOPWOORDEN: &[&str] = &[
    "voor", "niet", "ook", "zijn", "heeft", "hebt", "wordt", "kunt", "kan", "door", "over", "naar",
    "maar", "dan", "als", "met", "wat", "wie", "het", "een", "van", "die", "dat", "deze", "bij",
    "your", "with", "that", "this", "have", "from", "what", "them", "they", "their", "also",
    "does", "will", "want", "about", "then", "when", "more", "into", "there", "were", "which",
];

/// The content words of a sentence (four letters or more, not a stop word), for spotting the
/// same sentence said twice in other words.
fn woorden(zin: &str) -> HashSet<String> {
    zin.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && !STOPWOORDEN.contains(w))
        .map(str::to_string)
        .collect()
}

fn lijkt_op(a: &str, b: &str) -> bool {
    lijken_op(&woorden(a), &woorden(b))
}

fn lijken_op(x: &HashSet<String>, y: &HashSet<String>) -> bool {
    let klein = x.len().min(y.len());
    klein >= 4 && x.intersection(y).count() * 10 >= klein * 7
}

/// Every text the result shows for these answers, by where it is shown: the whole page (the short
/// line, reasons and notes of every option, and the general notes), and per option its card and
/// its card plus its fold-out detail.
type PerOptie = Vec<(String, Vec<String>, Vec<String>)>;

fn teksten(u: &Uitslag, taal: Taal) -> (Vec<(String, String)>, PerOptie) {
    let mut pagina = Vec::new();
    let mut per_optie = Vec::new();
    for o in &u.opties {
        let optie = catalogus().optie(&o.id).unwrap();
        let mut kaart = vec![o.kort.get(taal).to_string()];
        kaart.extend(
            o.redenen
                .iter()
                .chain(&o.let_op)
                .map(|r| r.tekst.get(taal).to_string()),
        );
        for t in &kaart {
            pagina.push((o.id.clone(), t.clone()));
        }
        let mut alles = kaart.clone();
        alles.extend(
            [
                &optie.wat_gebeurt,
                &optie.voor_wie,
                &optie.duur,
                &optie.doel,
                &optie.aanbieder,
                &optie.aanvragen,
                &optie.bewijs_uitleg,
                &optie.openheid,
                &optie.misgaan,
                &optie.uitkering,
            ]
            .iter()
            .map(|t| t.get(taal).to_string()),
        );
        per_optie.push((o.id.clone(), kaart, alles));
    }
    pagina.extend(
        u.algemeen
            .iter()
            .map(|r| ("algemeen".to_string(), r.tekst.get(taal).to_string())),
    );
    (pagina, per_optie)
}

fn controleer_herhaling(naam: &str, u: &Uitslag, taal: Taal) -> Vec<String> {
    let mut fouten = Vec::new();
    let (pagina, per_optie) = teksten(u, taal);
    // The whole page: no sentence twice.
    let mut gezien: HashMap<String, &str> = HashMap::new();
    for (waar, t) in &pagina {
        for z in zinnen(t) {
            if let Some(eerder) = gezien.insert(z.clone(), waar) {
                fouten.push(format!("{naam}: «{z}» staat bij {eerder} en bij {waar}"));
            }
        }
    }
    // One option: no sentence twice in its card and its fold-out detail; and on the card, which
    // is read as one short list, not even in other words.
    for (id, kaart, alles) in &per_optie {
        let kaart: Vec<(String, HashSet<String>)> = kaart
            .iter()
            .flat_map(|t| zinnen(t))
            .map(|z| {
                let w = woorden(&z);
                (z, w)
            })
            .collect();
        for (i, (a, wa)) in kaart.iter().enumerate() {
            for (b, wb) in &kaart[i + 1..] {
                if lijken_op(wa, wb) {
                    fouten.push(format!(
                        "{naam}: {id} zegt op de kaart twee keer: «{a}» / «{b}»"
                    ));
                }
            }
        }
        let mut gezien = HashSet::new();
        for z in alles.iter().flat_map(|t| zinnen(t)) {
            if !gezien.insert(z.clone()) {
                fouten.push(format!("{naam}: {id} zegt twee keer: «{z}»"));
            }
        }
    }
    fouten
}

/// Every reason and note is a rule that holds for these answers (or the option's own note from
/// the catalogue), with the rule's own text; and no sentence is repeated.
fn controleer_uitslag(naam: &str, a: &Antwoorden) -> Vec<String> {
    let alle = regels();
    let u = rangschik(a);
    let mut fouten = Vec::new();
    for o in &u.opties {
        for r in o.redenen.iter().chain(&o.let_op) {
            if r.regel == format!("{}-algemeen", o.id) {
                if Some(&r.tekst) != catalogus().optie(&o.id).map(|x| &x.let_op) {
                    fouten.push(format!(
                        "{naam}: {}: the option's note is not its own",
                        o.id
                    ));
                }
                continue;
            }
            match alle.regels.iter().find(|x| x.id == r.regel) {
                Some(x) if x.optie == o.id && x.treft(a).is_some() && x.tekst == r.tekst => {}
                _ => fouten.push(format!(
                    "{naam}: {}: '{}' is not a rule of this option that holds",
                    o.id, r.regel
                )),
            }
        }
    }
    for r in &u.algemeen {
        let regel = alle.regels.iter().find(|x| x.id == r.regel);
        if !regel.is_some_and(|x| x.optie == ALGEMEEN && x.treft(a).is_some()) {
            fouten.push(format!(
                "{naam}: general note '{}' is not a rule that holds",
                r.regel
            ));
        }
    }
    for taal in [Taal::Nl, Taal::En] {
        fouten.extend(controleer_herhaling(naam, &u, taal));
    }
    fouten
}

#[test]
fn the_result_repeats_no_sentence_and_adds_no_reason_outside_its_rules() {
    let mut fouten = Vec::new();
    for p in profielen() {
        fouten.extend(controleer_uitslag(&p.naam, &antwoorden(&p)));
    }
    // Beyond the profiles: every goal, situation, GGZ answer and kind of complaints, with no
    // barriers and preferences and with all of them.
    let mut n = 0;
    for doel in Doel::ALLE {
        for situatie in Situatie::ALLE {
            for ggz in Ggz::ALLE {
                for klachten in Klachten::ALLE {
                    for alles in [false, true] {
                        let a = Antwoorden {
                            doel: Some(*doel),
                            situatie: Some(*situatie),
                            ggz: Some(*ggz),
                            klachten: Some(*klachten),
                            drempels: if alles {
                                Drempel::ALLE.to_vec()
                            } else {
                                Vec::new()
                            },
                            voorkeuren: if alles {
                                Voorkeur::ALLE.to_vec()
                            } else {
                                Vec::new()
                            },
                            ..Antwoorden::default()
                        };
                        fouten.extend(controleer_uitslag(&format!("{a:?}"), &a));
                        n += 1;
                    }
                }
            }
        }
    }
    assert_eq!(n, 6 * 5 * 3 * 4 * 2);
    fouten.sort();
    fouten.dedup();
    assert!(
        fouten.is_empty(),
        "{} problems, e.g.:\n{}",
        fouten.len(),
        fouten
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_repetition_check_can_fail() {
    assert!(lijkt_op(
        "in het stappenplan staat ook wat u doet bij terugval of tegenslag",
        "in w-cgt staat in uw plan ook wat u doet bij tegenslag of terugval"
    ));
    assert!(!lijkt_op(
        "u maakt een stappenplan om geleidelijk terug te gaan naar uw werk",
        "de bedrijfsarts heeft een beroepsgeheim"
    ));
    assert_eq!(
        zinnen("Eén zin. Nog één? Ja! 30 van de 100."),
        vec!["eén zin", "nog één", "ja", "30 van de 100"]
    );
}
