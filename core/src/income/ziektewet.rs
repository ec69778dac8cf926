//! Ziektewet: 70% of (maandloon − inkomsten), the inkomsten spread evenly over the benefit days
//! (Ziektewet art. 29). Amounts gross per month. The 2026 details of the offsetting were taken
//! from a secondary source; see data/income/2026.toml.

use super::parameters::Waarden;
use super::wga::gemaximeerd_maandloon;
use crate::money::Cents;

/// The Ziektewet benefit per month.
pub fn ziektewet(w: &Waarden, maandloon: Cents, inkomen: Cents) -> Cents {
    let ml = gemaximeerd_maandloon(w, maandloon);
    (ml - inkomen.max_zero()).max_zero().times_ppm(w.zw_pct.0)
}
