//! Zorgtoeslag (Wet op de zorgtoeslag, art. 2): the standaardpremie (twice with a toeslagpartner)
//! minus the normpremie, which is a percentage of the drempelinkomen plus 13,730% of the
//! toetsingsinkomen above it.

use super::parameters::Lees;
use super::reken::{Invoer, Maand};
use super::toeslag::{awir, toetsingsinkomen_tekst, Toeslag};
use super::uitleg::Uitleg;
use crate::money::Cents;
use crate::tekst;

/// The normpremie per year.
pub fn normpremie(w: &Lees, toetsingsinkomen: Cents, partner: bool) -> Cents {
    let pct = if partner {
        w.zt_pct_partner()
    } else {
        w.zt_pct_alleen()
    };
    w.zt_drempelinkomen().times_ppm(pct.0)
        + (toetsingsinkomen - w.zt_drempelinkomen())
            .max_zero()
            .times_ppm(w.zt_pct_boven().0)
}

/// Zorgtoeslag for a (joint) toetsingsinkomen per year. `vermogen` above the limit gives none.
pub fn zorgtoeslag(
    w: &Lees,
    toetsingsinkomen: Cents,
    partner: bool,
    vermogen: Option<Cents>,
) -> Toeslag {
    let grens = if partner {
        w.zt_vermogensgrens_partner()
    } else {
        w.zt_vermogensgrens_alleen()
    };
    if vermogen.is_some_and(|v| v > grens) {
        return Toeslag::default();
    }
    let premie = if partner {
        w.zt_standaardpremie() + w.zt_standaardpremie()
    } else {
        w.zt_standaardpremie()
    };
    awir(w, premie - normpremie(w, toetsingsinkomen, partner))
}

/// The zorgtoeslag line.
pub fn uitleg(w: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    let ti = toetsingsinkomen_tekst(inv, m);
    let premie = if inv.partner {
        w.zt_standaardpremie() + w.zt_standaardpremie()
    } else {
        w.zt_standaardpremie()
    };
    let zelf = normpremie(w, m.toetsingsinkomen_jaar, inv.partner);
    // One sentence, the sum after its parts: the "Waarom?" shows sentences that hold with and
    // without work first, so a sum on its own would come before what it adds up.
    let tekst = if m.zorgtoeslag.per_maand > Cents::ZERO {
        tekst!(
            taal,
            "Zorgtoeslag is het verschil tussen wat een zorgverzekering gemiddeld kost ({premie} per jaar) en wat u met {ti} zelf kunt betalen ({zelf} per jaar): {premie} − {zelf} is afgerond {} per jaar, en Dienst Toeslagen betaalt {} per maand.",
            "The healthcare allowance is the difference between what health insurance costs on average ({premie} per year) and what you can pay yourself with {ti} ({zelf} per year): {premie} − {zelf} is {} per year rounded, and Dienst Toeslagen pays {} per month.",
            m.zorgtoeslag.per_jaar,
            m.zorgtoeslag.per_maand
        )
    } else {
        tekst!(
            taal,
            "Met {ti} (of uw spaargeld) is er geen zorgtoeslag: wat u zelf kunt betalen ({zelf}) is even hoog als wat een zorgverzekering gemiddeld kost ({premie}), of het verschil is minder dan {} per jaar.",
            "With {ti} (or your savings) there is no healthcare allowance: what you can pay yourself ({zelf}) is as high as what health insurance costs on average ({premie}), or the difference is less than {} per year.",
            w.awir_minimum()
        )
    };
    Uitleg {
        naam: tekst!(taal, "Zorgtoeslag", "Healthcare allowance (zorgtoeslag)"),
        kort: tekst!(
            taal,
            "Hoe hoger uw jaarinkomen, hoe lager de zorgtoeslag.",
            "The higher your yearly income, the lower the healthcare allowance."
        ),
        tekst,
        regels: vec!["zorgtoeslag", "awir_minimum"],
        voorlopig: false,
    }
}
