//! What the toeslagen share (Awir): the € 24 minimum and the monthly amount.

use super::parameters::Waarden;
use crate::money::Cents;
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
pub fn awir(w: &Waarden, per_jaar: Cents) -> Toeslag {
    let per_jaar = per_jaar.max_zero();
    if per_jaar < w.awir_minimum {
        return Toeslag::default();
    }
    let maand = Cents(per_jaar.0 / 12);
    let per_maand = if w.awir_afronding_maand == 1 {
        maand.round_down_to_euro()
    } else {
        maand
    };
    Toeslag {
        per_jaar,
        per_maand,
    }
}
