//! Kinderbijslag (Algemene Kinderbijslagwet): an amount per quarter by the child's age, not
//! dependent on income. Shown per month (a third of the quarter; the SVB pays per quarter).

use super::parameters::Waarden;
use crate::money::Cents;

/// The amount per quarter for all children aged 0 to 17.
pub fn per_kwartaal(w: &Waarden, kinderen: &[i64]) -> Cents {
    kinderen
        .iter()
        .map(|&k| match k {
            0..=5 => w.kinderbijslag_0_5,
            6..=11 => w.kinderbijslag_6_11,
            12..=17 => w.kinderbijslag_12_17,
            _ => Cents::ZERO,
        })
        .sum()
}

/// The amount per month (quarter / 3, to the cent).
pub fn per_maand(w: &Waarden, kinderen: &[i64]) -> Cents {
    per_kwartaal(w, kinderen).times_fraction(1, 3)
}
