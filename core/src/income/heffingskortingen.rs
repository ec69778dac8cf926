//! Heffingskortingen (Wet IB 2001, hoofdstuk 8): algemene heffingskorting, arbeidskorting,
//! inkomensafhankelijke combinatiekorting and jonggehandicaptenkorting, below AOW age.
//!
//! Amounts per year in cents; rates as in the Belastingdienst rekenvoorschriften 2026. Kortingen
//! are computed to the cent (rounded half away from zero per step).

use super::parameters::Lees;
use crate::money::Cents;

/// Algemene heffingskorting on the total income: the maximum, reduced by the afbouwpercentage of
/// the income above the afbouwgrens, never below zero.
pub fn algemene_heffingskorting(w: &Lees, inkomen: Cents) -> Cents {
    let boven = (inkomen - w.ahk_afbouwgrens()).max_zero();
    (w.ahk_max() - boven.times_ppm(w.ahk_afbouw().0)).max_zero()
}

/// Arbeidskorting on the arbeidsinkomen (wage including holiday pay), with its three build-up
/// segments, the maximum and the phase-out.
pub fn arbeidskorting(w: &Lees, arbeidsinkomen: Cents) -> Cents {
    let ai = arbeidsinkomen.max_zero();
    let k = if ai <= w.ak_grens1() {
        ai.times_ppm(w.ak_pct1().0)
    } else if ai <= w.ak_grens2() {
        w.ak_basis2() + (ai - w.ak_grens1()).times_ppm(w.ak_pct2().0)
    } else if ai <= w.ak_grens3() {
        w.ak_basis3() + (ai - w.ak_grens2()).times_ppm(w.ak_pct3().0)
    } else {
        w.ak_max() - (ai - w.ak_grens3()).times_ppm(w.ak_afbouw().0)
    };
    k.min(w.ak_max()).max_zero()
}

/// Inkomensafhankelijke combinatiekorting: for a working single parent or the lower-earning
/// partner with a child under 12: a percentage of the arbeidsinkomen above the drempel, up to the
/// maximum.
pub fn inkomensafhankelijke_combinatiekorting(w: &Lees, arbeidsinkomen: Cents) -> Cents {
    if arbeidsinkomen <= w.iack_drempel() {
        return Cents::ZERO;
    }
    (arbeidsinkomen - w.iack_drempel())
        .times_ppm(w.iack_pct().0)
        .min(w.iack_max())
}

/// Jonggehandicaptenkorting: a fixed amount for people with a Wajong benefit.
pub fn jonggehandicaptenkorting(w: &Lees) -> Cents {
    w.jgk_bedrag()
}
