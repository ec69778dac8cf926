//! Kindgebonden budget (Wet op het kindgebonden budget, art. 2): an amount per child, more for
//! children of 12 and older, plus the alleenstaande-ouderkop; reduced by 7,60% of the
//! toetsingsinkomen above the drempel (higher with a toeslagpartner).

use super::parameters::Waarden;
use super::toeslag::{awir, Toeslag};
use crate::money::Cents;

/// The maximum per year for these children (ages 0 to 17; others do not count).
pub fn maximum(w: &Waarden, kinderen: &[i64], partner: bool) -> Cents {
    let mut totaal = Cents::ZERO;
    let mut aantal = 0;
    for &k in kinderen.iter().filter(|&&k| (0..18).contains(&k)) {
        aantal += 1;
        totaal += w.kgb_per_kind;
        if (12..=15).contains(&k) {
            totaal += w.kgb_extra_12_15;
        } else if (16..=17).contains(&k) {
            totaal += w.kgb_extra_16_17;
        }
    }
    if aantal > 0 && !partner {
        totaal += w.kgb_alo_kop;
    }
    totaal
}

/// Kindgebonden budget for a (joint) toetsingsinkomen per year.
pub fn kindgebonden_budget(
    w: &Waarden,
    kinderen: &[i64],
    partner: bool,
    toetsingsinkomen: Cents,
) -> Toeslag {
    let max = maximum(w, kinderen, partner);
    if max == Cents::ZERO {
        return Toeslag::default();
    }
    let drempel = if partner {
        w.kgb_drempel_partner
    } else {
        w.kgb_drempel_alleen
    };
    let afbouw = (toetsingsinkomen - drempel)
        .max_zero()
        .times_ppm(w.kgb_afbouw.0);
    awir(w, max - afbouw)
}
