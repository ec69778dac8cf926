//! What the toeslagen share (Awir): the € 24 minimum and the monthly amount.

use super::parameters::Lees;
use super::reken::{Invoer, Maand};
use crate::money::Cents;
use crate::tekst;
use serde::{Deserialize, Serialize};

/// A toeslag: the amount per year and the amount paid per month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Toeslag {
    #[serde(with = "super::scenario::euro")]
    pub per_jaar: Cents,
    #[serde(with = "super::scenario::euro")]
    pub per_maand: Cents,
}

/// Applies the Awir minimum (less than € 24 a year is not paid) and the monthly rounding (down
/// to whole euros, as in Dienst Toeslagen's example: € 1.550,45 a year is € 129 a month).
pub fn awir(w: &Lees, per_jaar: Cents) -> Toeslag {
    let per_jaar = per_jaar.max_zero();
    if per_jaar < w.awir_minimum() {
        return Toeslag::default();
    }
    let maand = Cents(per_jaar.0 / 12);
    let per_maand = if w.awir_afronding_maand() == 1 {
        maand.round_down_to_euro()
    } else {
        maand
    };
    Toeslag {
        per_jaar,
        per_maand,
    }
}

/// "uw toetsingsinkomen (€ … per jaar)": the income the toeslagen are computed with.
pub fn toetsingsinkomen_tekst(inv: &Invoer, m: &Maand) -> String {
    let ti = m.toetsingsinkomen_jaar;
    if inv.partner {
        tekst!(
            inv.taal,
            "uw toetsingsinkomen samen met uw partner ({ti} per jaar)",
            "the yearly income of you and your partner for the allowances ({ti})"
        )
    } else {
        tekst!(
            inv.taal,
            "uw toetsingsinkomen ({ti} per jaar)",
            "your yearly income for the allowances ({ti})"
        )
    }
}
