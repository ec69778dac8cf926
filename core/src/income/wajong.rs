//! Wajong after the Wet vereenvoudiging Wajong (2021): 70% of the minimum wage (75% without
//! arbeidsvermogen); earnings are offset at 70% (75%), so "you keep 30 cents of every euro". With
//! loondispensatie the compensatiefactor applies:
//! uitkering = 0,7 × WML − 0,7 × [(LW − 0,3) / (0,7 × LW)] × inkomen.
//! Amounts gross per month.

use super::parameters::{Ppm, Waarden};
use crate::money::Cents;

/// The Wajong grondslag per month: the minimum wage for the person's age (youth percentages
/// below 21).
pub fn grondslag(w: &Waarden, leeftijd: i64) -> Cents {
    match leeftijd {
        ..=17 => Cents::ZERO,
        18 => w.wml_maand.times_ppm(w.wml_jeugd_18.0),
        19 => w.wml_maand.times_ppm(w.wml_jeugd_19.0),
        20 => w.wml_maand.times_ppm(w.wml_jeugd_20.0),
        _ => w.wml_maand,
    }
}

/// The percentage for the uitkering and the offsetting.
pub fn percentage(w: &Waarden, arbeidsvermogen: bool) -> Ppm {
    if arbeidsvermogen {
        w.wajong_pct_met
    } else {
        w.wajong_pct_zonder
    }
}

/// The gross Wajong per month. `basis`: the uitkering without work (from the letter, or
/// percentage × grondslag); `loonwaarde` in ppm (800_000 = 0,8) when working with loondispensatie.
pub fn wajong(
    w: &Waarden,
    basis: Cents,
    arbeidsvermogen: bool,
    loonwaarde: Option<i64>,
    inkomen: Cents,
) -> Cents {
    let pct = percentage(w, arbeidsvermogen);
    let verrekening = match loonwaarde {
        Some(lw) if arbeidsvermogen && lw > 0 && lw < 1_000_000 => {
            // 0,7 × (LW − 0,3) / (0,7 × LW) × inkomen = (LW − 0,3) / LW × inkomen
            let teller = (lw - w.wajong_compensatie_aftrek.0).max(0);
            inkomen.max_zero().times_fraction(teller, lw)
        }
        _ => inkomen.max_zero().times_ppm(pct.0),
    };
    (basis - verrekening).max_zero()
}
