//! Loonheffing / inkomstenbelasting below AOW age: the tariff in three schijven (tax and premies
//! volksverzekeringen together), minus the heffingskortingen, never below zero. Modelled per year;
//! the monthly amount is the year divided by 12 (as Nibud does), not the monthly payroll table.

use super::heffingskortingen::{
    algemene_heffingskorting, arbeidskorting, inkomensafhankelijke_combinatiekorting,
    jonggehandicaptenkorting,
};
use super::parameters::Waarden;
use crate::money::Cents;
use serde::{Deserialize, Serialize};

/// Tax on one year's income, with each korting as actually used (a korting cannot make the tax
/// negative).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Belasting {
    #[serde(with = "super::scenario::euro")]
    pub belastbaar: Cents,
    #[serde(with = "super::scenario::euro")]
    pub heffing_voor_kortingen: Cents,
    #[serde(with = "super::scenario::euro")]
    pub algemene_heffingskorting: Cents,
    #[serde(with = "super::scenario::euro")]
    pub arbeidskorting: Cents,
    #[serde(with = "super::scenario::euro")]
    pub combinatiekorting: Cents,
    #[serde(with = "super::scenario::euro")]
    pub jonggehandicaptenkorting: Cents,
    #[serde(with = "super::scenario::euro")]
    pub te_betalen: Cents,
    #[serde(with = "super::scenario::euro")]
    pub netto: Cents,
}

/// The heffing before kortingen on `inkomen` per year.
pub fn heffing(w: &Waarden, inkomen: Cents) -> Cents {
    let x = inkomen.max_zero();
    let s1 = x.min(w.ib_schijf1_grens);
    let s2 = (x.min(w.ib_schijf2_grens) - w.ib_schijf1_grens).max_zero();
    let s3 = (x - w.ib_schijf2_grens).max_zero();
    s1.times_ppm(w.ib_schijf1_tarief.0)
        + s2.times_ppm(w.ib_schijf2_tarief.0)
        + s3.times_ppm(w.ib_schijf3_tarief.0)
}

/// Tax on a year's `belastbaar` income of which `arbeidsinkomen` is from work.
pub fn belasting(
    w: &Waarden,
    belastbaar: Cents,
    arbeidsinkomen: Cents,
    combinatiekorting: bool,
    jonggehandicapt: bool,
) -> Belasting {
    let h = heffing(w, belastbaar);
    let mut rest = h;
    let mut neem = |k: Cents| {
        let k = k.min(rest).max_zero();
        rest -= k;
        k
    };
    let ahk = neem(algemene_heffingskorting(w, belastbaar));
    let ak = neem(arbeidskorting(w, arbeidsinkomen));
    let iack = if combinatiekorting {
        neem(inkomensafhankelijke_combinatiekorting(w, arbeidsinkomen))
    } else {
        Cents::ZERO
    };
    let jgk = if jonggehandicapt {
        neem(jonggehandicaptenkorting(w))
    } else {
        Cents::ZERO
    };
    Belasting {
        belastbaar,
        heffing_voor_kortingen: h,
        algemene_heffingskorting: ahk,
        arbeidskorting: ak,
        combinatiekorting: iack,
        jonggehandicaptenkorting: jgk,
        te_betalen: rest,
        netto: belastbaar - rest,
    }
}
