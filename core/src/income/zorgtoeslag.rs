//! Zorgtoeslag (Wet op de zorgtoeslag, art. 2): the standaardpremie (twice with a toeslagpartner)
//! minus the normpremie, which is a percentage of the drempelinkomen plus 13,730% of the
//! toetsingsinkomen above it.

use super::parameters::Waarden;
use super::toeslag::{awir, Toeslag};
use crate::money::Cents;

/// The normpremie per year.
pub fn normpremie(w: &Waarden, toetsingsinkomen: Cents, partner: bool) -> Cents {
    let pct = if partner {
        w.zt_pct_partner
    } else {
        w.zt_pct_alleen
    };
    w.zt_drempelinkomen.times_ppm(pct.0)
        + (toetsingsinkomen - w.zt_drempelinkomen)
            .max_zero()
            .times_ppm(w.zt_pct_boven.0)
}

/// Zorgtoeslag for a (joint) toetsingsinkomen per year. `vermogen` above the limit gives none.
pub fn zorgtoeslag(
    w: &Waarden,
    toetsingsinkomen: Cents,
    partner: bool,
    vermogen: Option<Cents>,
) -> Toeslag {
    let grens = if partner {
        w.zt_vermogensgrens_partner
    } else {
        w.zt_vermogensgrens_alleen
    };
    if vermogen.is_some_and(|v| v > grens) {
        return Toeslag::default();
    }
    let premie = if partner {
        w.zt_standaardpremie + w.zt_standaardpremie
    } else {
        w.zt_standaardpremie
    };
    awir(w, premie - normpremie(w, toetsingsinkomen, partner))
}
