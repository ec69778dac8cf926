//! What the Rekenhulp's screen shows that comes from the rules, already worded in Dutch or
//! English: the lines of the breakdown (named by [`crate::income::uitleg::regel_naam`], as
//! in the month view), the differences as shown, and the situations side by side (the
//! comparison on the screen and the summary in "Mijn plan"). The screen's own labels (field labels, buttons) stay in the shell.

use super::{Berekening, Formulier, RekenhulpState, Soort};
use crate::income::{verschil_getoond, Uitkomst};
use crate::money::{format_whole_euros, Cents};

/// The engine's line ids, in the order of the breakdown.
pub const REGELS: [&str; 8] = [
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::income::uitleg::regel_naam;
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
        for id in REGELS {
            assert_ne!(regel_naam(id, Taal::Nl), id);
            assert_ne!(regel_naam(id, Taal::En), id);
        }
    }
}
