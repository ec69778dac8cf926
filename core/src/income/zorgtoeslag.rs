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
    let tekst = if m.zorgtoeslag.per_maand > Cents::ZERO {
        tekst!(
            taal,
            "Zorgtoeslag is de standaardpremie min de normpremie die u zelf kunt betalen. Met {ti} is dat {} per jaar; Dienst Toeslagen betaalt {} per maand.",
            "The healthcare allowance is the standard premium minus the part of the premium you are expected to pay yourself. With {ti} that is {} per year; Dienst Toeslagen pays {} per month.",
            m.zorgtoeslag.per_jaar,
            m.zorgtoeslag.per_maand
        )
    } else {
        tekst!(
            taal,
            "Met {ti} (of uw vermogen) is er geen zorgtoeslag: de normpremie is even hoog als de standaardpremie, of het bedrag is lager dan {} per jaar.",
            "With {ti} (or your savings) there is no healthcare allowance: the part you are expected to pay yourself is as high as the standard premium, or the amount is less than {} per year.",
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
