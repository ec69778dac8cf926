//! WW (Werkloosheidswet): 75% of the maandloon in the first 2 months, then 70%; with work the
//! benefit is the percentage of (maandloon − inkomsten), and it ends when the inkomsten exceed
//! 87,5% of the maandloon. Amounts gross per month.

use super::parameters::{Ppm, Waarden};
use super::wga::gemaximeerd_maandloon;
use crate::money::Cents;

/// The percentage in WW month `maand` (1 = first month of WW).
pub fn percentage(w: &Waarden, maand: i64) -> Ppm {
    if maand <= w.wga_eerste_maanden {
        w.wga_pct_eerste
    } else {
        w.wga_pct_daarna
    }
}

/// The WW benefit and whether it ended because the inkomsten exceed the 87,5% limit.
pub fn ww(w: &Waarden, maandloon: Cents, inkomen: Cents, pct: Ppm) -> (Cents, bool) {
    let ml = gemaximeerd_maandloon(w, maandloon);
    let inkomen = inkomen.max_zero();
    if inkomen > ml.times_ppm(w.ww_eindgrens.0) {
        return (Cents::ZERO, true);
    }
    ((ml - inkomen).max_zero().times_ppm(pct.0), false)
}
