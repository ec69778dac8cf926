//! WIA (Wet werk en inkomen naar arbeidsvermogen): WGA for partial incapacity and IVA for full and
//! permanent incapacity. Amounts gross per month.
//!
//! - WGA loongerelateerd: 75% (first 2 months) or 70% of (maandloon − inkomen).
//! - After that, earning at least 50% of the restverdiencapaciteit (RVC): loonaanvulling, 70% of
//!   (maandloon − RVC), or 70% of (maandloon − inkomen) when earning at least the RVC.
//! - Earning less than 50% of the RVC: vervolguitkering, a percentage of the minimum wage (or the
//!   maandloon if lower) by AO class. The step at exactly 50% RVC is a classic armoedeval.
//! - 80% or more unable to work (volledig, niet duurzaam): always the loonaanvulling, equal to
//!   the loongerelateerde uitkering, 70% of (maandloon − inkomen).
//! - IVA: 75% of the maandloon minus 70% of the inkomen.

use super::parameters::{Ppm, Waarden};
use crate::money::Cents;
use serde::{Deserialize, Serialize};

/// Which WGA benefit applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WgaSoort {
    Loongerelateerd,
    Loonaanvulling,
    Vervolg,
}

impl WgaSoort {
    /// The word the CLI prints.
    pub fn naam(self) -> &'static str {
        match self {
            WgaSoort::Loongerelateerd => "loongerelateerd",
            WgaSoort::Loonaanvulling => "loonaanvulling",
            WgaSoort::Vervolg => "vervolg",
        }
    }
}

/// The maandloon capped at the maximumdagloon × 21,75.
pub fn gemaximeerd_maandloon(w: &Waarden, maandloon: Cents) -> Cents {
    let max = w
        .uwv_maximumdagloon
        .times_fraction(w.uwv_dagen_per_maand.0, 10_000);
    maandloon.min(max)
}

/// Degree of incapacity in ppm: (maandloon − RVC) / maandloon.
pub fn ao_ppm(maandloon: Cents, rvc: Cents) -> i64 {
    if maandloon <= Cents::ZERO {
        return 0;
    }
    let verlies = (maandloon - rvc).max_zero();
    ((verlies.0 as i128 * 1_000_000) / maandloon.0 as i128).clamp(0, 1_000_000) as i64
}

/// The vervolguitkering percentage by AO class; `None` below 35%. From 80% there is no
/// vervolguitkering (always loonaanvulling); the loonaanvulling percentage is returned.
pub fn vervolg_percentage(w: &Waarden, ao: i64) -> Option<Ppm> {
    match ao {
        ..350_000 => None,
        350_000..450_000 => Some(w.wga_vervolg_35_45),
        450_000..550_000 => Some(w.wga_vervolg_45_55),
        550_000..650_000 => Some(w.wga_vervolg_55_65),
        _ if ao < w.wga_volledig.0 => Some(w.wga_vervolg_65_80),
        _ => Some(w.wga_pct_daarna),
    }
}

/// The WGA benefit. `loongerelateerd`: `Some(percentage)` while in the LGU.
pub fn wga(
    w: &Waarden,
    maandloon: Cents,
    rvc: Cents,
    inkomen: Cents,
    loongerelateerd: Option<Ppm>,
) -> (WgaSoort, Cents) {
    let ml = gemaximeerd_maandloon(w, maandloon);
    let inkomen = inkomen.max_zero();
    if let Some(pct) = loongerelateerd {
        return (
            WgaSoort::Loongerelateerd,
            (ml - inkomen).max_zero().times_ppm(pct.0),
        );
    }
    if ao_ppm(maandloon, rvc) >= w.wga_volledig.0 {
        return (
            WgaSoort::Loonaanvulling,
            (ml - inkomen).max_zero().times_ppm(w.wga_pct_daarna.0),
        );
    }
    let grens = rvc.times_ppm(w.wga_rvc_grens.0);
    if inkomen >= grens {
        let basis = if inkomen < rvc { rvc } else { inkomen };
        (
            WgaSoort::Loonaanvulling,
            (ml - basis).max_zero().times_ppm(w.wga_pct_daarna.0),
        )
    } else {
        let pct = vervolg_percentage(w, ao_ppm(maandloon, rvc)).unwrap_or(Ppm(0));
        (WgaSoort::Vervolg, w.wml_maand.min(ml).times_ppm(pct.0))
    }
}

/// IVA: 75% of the (capped) maandloon minus 70% of the inkomen.
pub fn iva(w: &Waarden, maandloon: Cents, inkomen: Cents) -> Cents {
    let ml = gemaximeerd_maandloon(w, maandloon);
    (ml.times_ppm(w.iva_pct.0) - inkomen.max_zero().times_ppm(w.iva_verrekening.0)).max_zero()
}
