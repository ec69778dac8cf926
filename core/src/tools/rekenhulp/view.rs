//! What the Rekenhulp's screen shows that comes from the rules, already worded in Dutch or
//! English: the lines of the breakdown (named by [`crate::income::uitleg::lijn_naam`], as
//! in the month view), the differences as shown, and the situations side by side (the
//! comparison on the screen and the summary in "Mijn plan"). The screen's own labels (field labels, buttons) stay in the shell.

use super::{Berekening, Formulier, RekenhulpState, Soort};
use crate::income::regelen::{self, StapSoort};
use crate::income::uitleg::{lijn_naam, waarom};
use crate::income::{datum_tekst, maand_tekst, verschil_getoond, Bron, Lijn, Uitkomst};
use crate::money::{format_whole_euros, Cents};
use crate::Taal;

/// The engine's line ids, in the order of the breakdown.
pub const LIJNEN: [&str; 8] = [
    "nettoloon",
    "uitkering",
    "partner",
    "zorgtoeslag",
    "huurtoeslag",
    "kindgebonden_budget",
    "kinderbijslag",
    "gemeentelijk",
];

/// A difference as shown, "+€ 285" or "-€ 40": the difference of the two totals as shown (each
/// rounded to whole euros first), so it always adds up on the screen.
pub fn verschil_tekst(zonder: Cents, met: Cents) -> String {
    let c = verschil_getoond(zonder, met);
    if c.0 > 0 {
        format!("+{}", format_whole_euros(c))
    } else {
        format_whole_euros(c)
    }
}

/// A period's difference with when it applies ("tot en met mei 2027").
#[derive(Debug, Clone, PartialEq)]
pub struct Verschil {
    pub tekst: String,
    /// Empty for a period without an end.
    pub wanneer: String,
}

/// The totals of a situation that could be computed.
#[derive(Debug, Clone, PartialEq)]
pub struct Totalen {
    pub zonder_werk: String,
    pub met_werk: String,
    /// The difference of the first period (that of the totals).
    pub eerste: Verschil,
    /// Every later period with its own difference and start.
    pub later: Vec<Verschil>,
}

/// One situation in a comparison: what was assumed and what it gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Kolom {
    pub soort: Soort,
    /// Hours per week, "20,5".
    pub uren: String,
    /// The hourly wage typed; `None`: the minimum wage.
    pub uurloon: Option<Cents>,
    /// Kale huur per month, "€ 650".
    pub huur: String,
    /// `None`: the situation cannot be computed (the screen says it is not complete).
    pub totalen: Option<Totalen>,
}

impl Kolom {
    fn van(f: &Formulier, u: Option<&Uitkomst>) -> Kolom {
        let verschil = |p: &crate::income::Periode| Verschil {
            tekst: verschil_tekst(p.zonder_werk, p.met_werk),
            wanneer: p.wanneer_kort.clone(),
        };
        Kolom {
            soort: f.soort,
            uren: super::uren_tekst(f.uren),
            uurloon: f.eigen_uurloon.then_some(Cents(f.uurloon)),
            huur: format_whole_euros(Cents(f.huur)),
            totalen: u.and_then(|u| {
                Some(Totalen {
                    zonder_werk: format_whole_euros(u.zonder_werk.totaal),
                    met_werk: format_whole_euros(u.met_werk.totaal),
                    eerste: verschil(u.perioden.first()?),
                    later: u.perioden.iter().skip(1).map(verschil).collect(),
                })
            }),
        }
    }
}

/// The situations side by side, in the order entered.
pub fn kolommen(s: &RekenhulpState, b: &Berekening) -> Vec<Kolom> {
    s.scenarios
        .iter()
        .zip(&b.uitkomsten)
        .map(|(f, u)| Kolom::van(f, u.as_ref().ok().map(|u| &**u)))
        .collect()
}

/// Whether any situation changes after its first period (then a row "later" is shown).
pub fn heeft_later(kolommen: &[Kolom]) -> bool {
    kolommen
        .iter()
        .any(|k| k.totalen.as_ref().is_some_and(|t| !t.later.is_empty()))
}

fn lijn<'a>(lijnen: &'a [Lijn], id: &str) -> Option<&'a Lijn> {
    lijnen.iter().find(|r| r.id == id)
}

/// One line of the breakdown, with and without work.
#[derive(Debug, Clone, PartialEq)]
pub struct Uitsplitsingsregel {
    /// The engine's id (`nettoloon`, `huurtoeslag`, …), for the screen's element ids.
    pub id: &'static str,
    pub naam: &'static str,
    /// Whole euros, or "niet geschat" for a line the engine could not estimate (the huurtoeslag
    /// without the income of the people the person lives with).
    pub zonder_werk: String,
    pub met_werk: String,
    /// The difference as shown, "–" when a side is not estimated.
    pub verschil: String,
    /// A value of the line is provisional (marked with "*").
    pub voorlopig: bool,
}

/// The lines of the breakdown in their order: those with an amount with or without work.
pub fn uitsplitsing(u: &Uitkomst, taal: Taal) -> Vec<Uitsplitsingsregel> {
    let niet_geschat = tekst_niet_geschat(taal);
    LIJNEN
        .iter()
        .filter_map(|&id| {
            let z = lijn(&u.zonder_werk.lijnen, id);
            let m = lijn(&u.met_werk.lijnen, id);
            if z.is_none() && m.is_none() {
                return None;
            }
            let bedrag = |r: Option<&Lijn>| match r {
                Some(r) if r.niet_geschat => niet_geschat.to_string(),
                r => format_whole_euros(r.map(|r| r.bedrag).unwrap_or_default()),
            };
            let geschat = !z.is_some_and(|r| r.niet_geschat) && !m.is_some_and(|r| r.niet_geschat);
            let (za, ma) = (
                z.map(|r| r.bedrag).unwrap_or_default(),
                m.map(|r| r.bedrag).unwrap_or_default(),
            );
            Some(Uitsplitsingsregel {
                id,
                naam: lijn_naam(id, taal),
                zonder_werk: bedrag(z),
                met_werk: bedrag(m),
                verschil: if geschat {
                    verschil_tekst(za, ma)
                } else {
                    "–".to_string()
                },
                voorlopig: z.is_some_and(|r| r.voorlopig) || m.is_some_and(|r| r.voorlopig),
            })
        })
        .collect()
}

fn tekst_niet_geschat(taal: Taal) -> &'static str {
    match taal {
        Taal::Nl => "niet geschat",
        Taal::En => "not estimated",
    }
}

/// A source of a line's rules, with the names of those rules ("Vrijlating; Bijstandsnorm").
#[derive(Debug, Clone, PartialEq)]
pub struct UitlegBron {
    pub regels: String,
    pub bron: Bron,
}

/// The "waarom?" of one line: the rule in a sentence, the calculation (each sentence once: what
/// holds with and without work, then what differs), the sources and the provisional values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Uitleg {
    pub kort: String,
    pub beide: Vec<String>,
    pub zonder_werk: Vec<String>,
    pub met_werk: Vec<String>,
    /// Each source once, with the rules that come from it.
    pub bronnen: Vec<UitlegBron>,
    /// "label: value" of each provisional parameter the line uses.
    pub voorlopig: Vec<String>,
}

/// The explanation of line `id` (made when the person opens it, not on every keystroke).
pub fn uitleg(u: &Uitkomst, id: &str, taal: Taal) -> Uitleg {
    let z = lijn(&u.zonder_werk.lijnen, id);
    let m = lijn(&u.met_werk.lijnen, id);
    // Rule ids and parameter ids of the line, with and without work together.
    let mut regel_ids: Vec<&str> = Vec::new();
    let mut param_ids: Vec<&str> = Vec::new();
    for r in [z, m].into_iter().flatten() {
        regel_ids.extend(r.regels.iter().map(|c| c.as_ref()));
        param_ids.extend(r.parameters.iter().map(|c| c.as_ref()));
    }
    regel_ids.sort_unstable();
    regel_ids.dedup();
    param_ids.sort_unstable();
    param_ids.dedup();
    let mut per_bron: Vec<(&Bron, Vec<&str>)> = Vec::new();
    for r in regel_ids
        .iter()
        .filter_map(|id| u.regels.iter().find(|r| r.id == *id))
    {
        match per_bron.iter_mut().find(|(b, _)| **b == r.bron) {
            Some((_, namen)) => namen.push(r.naam_in(taal)),
            None => per_bron.push((&r.bron, vec![r.naam_in(taal)])),
        }
    }
    let w = waarom(z.map(|r| r.uitleg.as_str()), m.map(|r| r.uitleg.as_str()));
    Uitleg {
        kort: m.or(z).map(|r| r.kort.clone()).unwrap_or_default(),
        beide: w.beide,
        zonder_werk: w.zonder,
        met_werk: w.met,
        bronnen: per_bron
            .into_iter()
            .map(|(b, namen)| UitlegBron {
                regels: namen.join("; "),
                bron: b.clone(),
            })
            .collect(),
        voorlopig: u
            .bronnen
            .iter()
            .filter(|b| b.voorlopig && param_ids.contains(&b.id.as_str()))
            .map(|b| format!("{}: {}", b.label_in(taal), b.waarde_in(taal)))
            .collect(),
    }
}

/// One month of the first twelve.
#[derive(Debug, Clone, PartialEq)]
pub struct Tijdlijnregel {
    /// "juli 2026".
    pub maand: String,
    pub zonder_werk: String,
    pub met_werk: String,
    pub verschil: String,
    /// What changes from this month, in sentences.
    pub gebeurtenissen: Vec<String>,
}

/// The first twelve months.
pub fn tijdlijn(u: &Uitkomst, taal: Taal) -> Vec<Tijdlijnregel> {
    u.tijdlijn
        .iter()
        .map(|m| Tijdlijnregel {
            maand: maand_tekst(&m.periode, taal),
            zonder_werk: format_whole_euros(m.zonder_werk),
            met_werk: format_whole_euros(m.met_werk),
            verschil: verschil_tekst(m.zonder_werk, m.met_werk),
            gebeurtenissen: m.gebeurtenissen.clone(),
        })
        .collect()
}

/// One thing to arrange (or support worth asking about), worded in the language asked.
#[derive(Debug, Clone, PartialEq)]
pub struct Stap {
    pub titel: &'static str,
    pub wie: &'static str,
    pub tekst: &'static str,
    /// Support to ask about, not something to arrange.
    pub steun: bool,
    pub bron_titel: &'static str,
    /// The source's address, or (`None`) its law article in [`Stap::artikel`].
    pub bron_url: Option<&'static str>,
    pub artikel: &'static str,
    /// The date the step was checked, "1 december" and its year.
    pub gecontroleerd: String,
}

/// What to arrange with whom for a benefit, and the support worth asking about; with the steps
/// for a benefit that stops when `stopt`.
pub fn stappen(soort: Soort, stopt: bool, taal: Taal) -> Vec<Stap> {
    regelen::voor_uitkomst(soort.code(), stopt)
        .map(|s| {
            let (titel, tekst, wie) = match taal {
                Taal::Nl => (&s.titel, &s.tekst, &s.wie),
                Taal::En => (&s.titel_en, &s.tekst_en, &s.wie_en),
            };
            let url = s.bron.starts_with("http");
            Stap {
                titel,
                wie,
                tekst,
                steun: s.soort == StapSoort::Steun,
                bron_titel: &s.bron_titel,
                bron_url: url.then_some(s.bron.as_str()),
                artikel: if url { "" } else { &s.bron },
                gecontroleerd: datum_tekst(&s.gecontroleerd, taal),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::income::uitleg::lijn_naam;
    use crate::Taal;

    #[test]
    fn a_difference_is_the_difference_of_the_totals_as_shown() {
        // € 1.942,50 shows as € 1.943 and € 2.227,49 as € 2.227: the difference shown is € 284,
        // not the € 284,99 of the cents rounded.
        assert_eq!(verschil_tekst(Cents(194_250), Cents(222_749)), "+€ 284");
        assert_eq!(verschil_tekst(Cents(100_000), Cents(100_000)), "€ 0");
    }

    #[test]
    fn every_line_has_a_name_in_both_languages() {
        for id in LIJNEN {
            assert_ne!(lijn_naam(id, Taal::Nl), id);
            assert_ne!(lijn_naam(id, Taal::En), id);
        }
    }
}
