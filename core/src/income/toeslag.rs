//! What the toeslagen share (Awir): the rounding of the yearly amount, the minimum, and the
//! monthly amount.

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

/// The Awir rules for a computed yearly amount: it is rounded to whole euros (Awir art. 14:
/// "rekenkundig afgerond op hele euro's"), not paid when that is below the minimum (€ 24), and paid
/// per month as a twelfth rounded down to whole euros (Dienst Toeslagen's practice: with these
/// roundings every row of its 2026 zorgtoeslag table matches, and one still qualifies at the
/// published income limits).
pub fn awir(w: &Lees, per_jaar: Cents) -> Toeslag {
    let per_jaar = per_jaar.max_zero();
    let per_jaar = if w.awir_afronding_jaar() == 1 {
        per_jaar.round_to_euro()
    } else {
        per_jaar
    };
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
            "uw toetsingsinkomen samen met uw partner (het jaarinkomen waarmee de toeslagen rekenen: {ti})",
            "the yearly income of you and your partner for the allowances (toetsingsinkomen: {ti})"
        )
    } else {
        tekst!(
            inv.taal,
            "uw toetsingsinkomen (het jaarinkomen waarmee de toeslagen rekenen: {ti})",
            "your yearly income for the allowances (toetsingsinkomen: {ti})"
        )
    }
}
