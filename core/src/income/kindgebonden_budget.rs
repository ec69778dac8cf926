//! Kindgebonden budget (Wet op het kindgebonden budget, art. 2): an amount per child, more for
//! children of 12 and older, plus the alleenstaande-ouderkop; reduced by 7,60% of the
//! toetsingsinkomen above the drempel (higher with a toeslagpartner).

use super::parameters::Lees;
use super::reken::{Invoer, Maand};
use super::toeslag::{awir, toetsingsinkomen_tekst, Toeslag};
use super::uitleg::{pct, Uitleg};
use crate::money::Cents;
use crate::{tekst, Taal};

/// The maximum per year for these children (ages 0 to 17; others do not count).
pub fn maximum(w: &Lees, kinderen: &[i64], partner: bool) -> Cents {
    let mut totaal = Cents::ZERO;
    let mut aantal = 0;
    for &k in kinderen.iter().filter(|&&k| (0..18).contains(&k)) {
        aantal += 1;
        totaal += w.kgb_per_kind();
        if k >= w.kgb_leeftijd_extra_2() {
            totaal += w.kgb_extra_16_17();
        } else if k >= w.kgb_leeftijd_extra_1() {
            totaal += w.kgb_extra_12_15();
        }
    }
    if aantal > 0 && !partner {
        totaal += w.kgb_alo_kop();
    }
    totaal
}

/// Kindgebonden budget for a (joint) toetsingsinkomen per year.
pub fn kindgebonden_budget(
    w: &Lees,
    kinderen: &[i64],
    partner: bool,
    toetsingsinkomen: Cents,
) -> Toeslag {
    let max = maximum(w, kinderen, partner);
    if max == Cents::ZERO {
        return Toeslag::default();
    }
    let drempel = if partner {
        w.kgb_drempel_partner()
    } else {
        w.kgb_drempel_alleen()
    };
    let afbouw = (toetsingsinkomen - drempel)
        .max_zero()
        .times_ppm(w.kgb_afbouw().0);
    awir(w, max - afbouw)
}

/// The kindgebonden budget line.
pub fn uitleg(w: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    let ti = toetsingsinkomen_tekst(inv, m);
    let kop = match (inv.partner, taal) {
        (true, _) => "",
        (false, Taal::Nl) => " Als alleenstaande ouder krijgt u er de alleenstaande-ouderkop bij.",
        (false, Taal::En) => {
            " As a single parent you also get the single-parent supplement (alleenstaande-ouderkop)."
        }
    };
    let afbouw = pct(w.kgb_afbouw(), taal);
    let drempel = if inv.partner {
        w.kgb_drempel_partner()
    } else {
        w.kgb_drempel_alleen()
    };
    let ouder = inv.kinderen.iter().any(|&k| k >= w.kgb_leeftijd_extra_1());
    let extra = if ouder {
        tekst!(
            taal,
            ", meer voor kinderen van {} jaar en ouder",
            ", more for children aged {} and older",
            w.kgb_leeftijd_extra_1()
        )
    } else {
        String::new()
    };
    let af = if m.toetsingsinkomen_jaar > drempel {
        tekst!(
            taal,
            " Boven {drempel} per jaar gaat er {afbouw} van het inkomen daarboven af; u heeft {ti}.",
            " Above {drempel} per year, {afbouw} of the income above it is deducted; you have {ti}."
        )
    } else {
        tekst!(
            taal,
            " Met {ti} blijft u onder {drempel} per jaar, dus u krijgt het volle bedrag.",
            " With {ti} you stay below {drempel} per year, so you get the full amount."
        )
    };
    Uitleg {
        naam: tekst!(
            taal,
            "Kindgebonden budget",
            "Child-related budget (kindgebonden budget)"
        ),
        kort: tekst!(
            taal,
            "Boven een inkomensgrens wordt het kindgebonden budget lager: {afbouw} van het inkomen daarboven gaat eraf.",
            "Above an income limit the child-related budget becomes lower: {afbouw} of the income above it is deducted."
        ),
        tekst: tekst!(
            taal,
            "Een bedrag per kind ({} per jaar){extra}.{kop}{af} Per jaar {}, per maand {}.",
            "An amount per child ({} per year){extra}.{kop}{af} {} per year, {} per month.",
            w.kgb_per_kind(),
            m.kindgebonden_budget.per_jaar,
            m.kindgebonden_budget.per_maand
        ),
        regels: vec!["kindgebonden_budget", "awir_minimum"],
        voorlopig: false,
    }
}
