//! Kinderbijslag (Algemene Kinderbijslagwet): an amount per quarter by the child's age, not
//! dependent on income. Shown per month (a third of the quarter; the SVB pays per quarter).

use super::parameters::Lees;
use super::reken::{Invoer, Maand};
use super::uitleg::Uitleg;
use crate::money::Cents;
use crate::tekst;

/// The amount per quarter for all children aged 0 to 17.
pub fn per_kwartaal(w: &Lees, kinderen: &[i64]) -> Cents {
    kinderen
        .iter()
        .map(|&k| match k {
            0..=5 => w.kinderbijslag_0_5(),
            6..=11 => w.kinderbijslag_6_11(),
            12..=17 => w.kinderbijslag_12_17(),
            _ => Cents::ZERO,
        })
        .sum()
}

/// The amount per month (quarter / 3, to the cent).
pub fn per_maand(w: &Lees, kinderen: &[i64]) -> Cents {
    per_kwartaal(w, kinderen).times_fraction(1, 3)
}

/// The kinderbijslag line.
pub fn uitleg(_: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    Uitleg {
        naam: tekst!(taal, "Kinderbijslag", "Child benefit (kinderbijslag)"),
        kort: tekst!(
            taal,
            "Kinderbijslag hangt niet af van uw inkomen.",
            "Child benefit does not depend on your income."
        ),
        tekst: tekst!(
            taal,
            "De SVB betaalt kinderbijslag per kwartaal, afhankelijk van de leeftijd van uw kinderen, niet van uw inkomen. Hier een derde van het kwartaalbedrag: {} per maand.",
            "The SVB pays child benefit every quarter, depending on the age of your children, not on your income. Shown here is a third of the quarterly amount: {} per month.",
            m.kinderbijslag
        ),
        regels: vec!["kinderbijslag"],
        voorlopig: false,
    }
}
