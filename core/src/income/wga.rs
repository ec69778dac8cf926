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

use super::parameters::{Lees, Ppm};
use super::reken::{Invoer, Maand, UitkeringStand};
use super::scenario::Uitkering;
use super::uitleg::{maanden, pct, Uitleg};
use crate::money::Cents;
use crate::{tekst, Taal};
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
pub fn gemaximeerd_maandloon(w: &Lees, maandloon: Cents) -> Cents {
    let max = w
        .uwv_maximumdagloon()
        .times_fraction(w.uwv_dagen_per_maand().0, 10_000);
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
pub fn vervolg_percentage(w: &Lees, ao: i64) -> Option<Ppm> {
    match ao {
        ..350_000 => None,
        350_000..450_000 => Some(w.wga_vervolg_35_45()),
        450_000..550_000 => Some(w.wga_vervolg_45_55()),
        550_000..650_000 => Some(w.wga_vervolg_55_65()),
        _ if ao < w.wga_volledig().0 => Some(w.wga_vervolg_65_80()),
        _ => Some(w.wga_pct_daarna()),
    }
}

/// The WGA benefit. `loongerelateerd`: `Some(percentage)` while in the LGU.
pub fn wga(
    w: &Lees,
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
    if ao_ppm(maandloon, rvc) >= w.wga_volledig().0 {
        return (
            WgaSoort::Loonaanvulling,
            (ml - inkomen).max_zero().times_ppm(w.wga_pct_daarna().0),
        );
    }
    let grens = rvc.times_ppm(w.wga_rvc_grens().0);
    if inkomen >= grens {
        let basis = if inkomen < rvc { rvc } else { inkomen };
        (
            WgaSoort::Loonaanvulling,
            (ml - basis).max_zero().times_ppm(w.wga_pct_daarna().0),
        )
    } else {
        let pct = vervolg_percentage(w, ao_ppm(maandloon, rvc)).unwrap_or(Ppm(0));
        (WgaSoort::Vervolg, w.wml_maand().min(ml).times_ppm(pct.0))
    }
}

/// IVA: 75% of the (capped) maandloon minus 70% of the inkomen.
pub fn iva(w: &Lees, maandloon: Cents, inkomen: Cents) -> Cents {
    let ml = gemaximeerd_maandloon(w, maandloon);
    (ml.times_ppm(w.iva_pct().0) - inkomen.max_zero().times_ppm(w.iva_verrekening().0)).max_zero()
}

/// The WGA line: which of the three WGA benefits applies this month, and why.
pub fn uitleg(w: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    let (Uitkering::Wga { rvc, maandloon, .. }, UitkeringStand::Wga(soort)) =
        (&inv.uitkering, m.uitkering)
    else {
        return Uitleg::leeg(taal);
    };
    let volledig = ao_ppm(*maandloon, *rvc) >= w.wga_volledig().0;
    let grens_pct = pct(w.wga_rvc_grens(), taal);
    let grens = rvc.times_ppm(w.wga_rvc_grens().0);
    let daarna = pct(w.wga_pct_daarna(), taal);
    let (naam, tekst) = match soort {
        WgaSoort::Loongerelateerd => (
            tekst!(taal, "WGA loongerelateerd (netto)", "Wage-related WGA benefit (net)"),
            tekst!(
                taal,
                "U krijgt de loongerelateerde WGA-uitkering: {} (de eerste {}) of {daarna} van het verschil tussen uw maandloon en wat u nu verdient.",
                "You get the wage-related WGA benefit: {} (in the first {}) or {daarna} of the difference between your monthly wage and what you earn now.",
                pct(w.wga_pct_eerste(), taal),
                maanden(w.wga_eerste_maanden(), taal)
            ),
        ),
        WgaSoort::Loonaanvulling if volledig => (
            tekst!(taal, "WGA-loonaanvulling (netto)", "WGA wage supplement (net)"),
            tekst!(
                taal,
                "U bent volledig (maar niet duurzaam) arbeidsongeschikt, dus krijgt u altijd de loonaanvulling: {daarna} van het verschil tussen uw maandloon en wat u nu verdient.",
                "You are fully (but not permanently) unable to work, so you always get the wage supplement: {daarna} of the difference between your monthly wage and what you earn now."
            ),
        ),
        WgaSoort::Loonaanvulling => (
            tekst!(taal, "WGA-loonaanvulling (netto)", "WGA wage supplement (net)"),
            tekst!(
                taal,
                "U verdient minstens {grens_pct} van uw restverdiencapaciteit ({grens}), dus krijgt u de loonaanvulling: {daarna} van het verschil tussen uw maandloon en uw restverdiencapaciteit (of uw loon, als dat hoger is).",
                "You earn at least {grens_pct} of your remaining earning capacity ({grens}), so you get the wage supplement: {daarna} of the difference between your monthly wage and your remaining earning capacity (or your wage, if that is higher)."
            ),
        ),
        WgaSoort::Vervolg => {
            let klasse = vervolg_percentage(w, ao_ppm(*maandloon, *rvc)).unwrap_or(Ppm(0));
            (
                tekst!(taal, "WGA-vervolguitkering (netto)", "WGA follow-up benefit (net)"),
                tekst!(
                    taal,
                    "U verdient minder dan {grens_pct} van uw restverdiencapaciteit ({grens}), dus krijgt u de lagere vervolguitkering: {} van het minimumloon ({}), of van uw maandloon als dat lager is. Het percentage hangt af van hoeveel procent u arbeidsongeschikt bent. Verdient u {grens} of meer, dan krijgt u de hogere loonaanvulling.",
                    "You earn less than {grens_pct} of your remaining earning capacity ({grens}), so you get the lower follow-up benefit: {} of the minimum wage ({}), or of your monthly wage if that is lower. The percentage depends on how far you are unable to work. If you earn {grens} or more, you get the higher wage supplement.",
                    pct(klasse, taal),
                    w.wml_maand()
                ),
            )
        }
    };
    Uitleg {
        naam,
        kort: tekst!(
            taal,
            "De WGA vult uw loon aan; verdient u na de loongerelateerde periode minder dan {grens_pct} van uw restverdiencapaciteit, dan krijgt u de lagere vervolguitkering.",
            "The WGA tops up your wage; if after the wage-related period you earn less than {grens_pct} of your remaining earning capacity, you get the lower follow-up benefit."
        ),
        tekst: tekst!(
            taal,
            "{tekst} Bruto {} per maand plus {} vakantiegeld; netto {}.",
            "{tekst} Gross {} per month plus {} holiday pay; net {}.",
            m.uitkering_bruto,
            pct(w.vakantiegeld_uwv(), taal),
            m.uitkering_netto
        ),
        regels: vec!["wga", "loonheffing", "heffingskortingen"],
        voorlopig: false,
    }
}

/// The IVA line.
pub fn uitleg_iva(w: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    let (p, v) = (pct(w.iva_pct(), taal), pct(w.iva_verrekening(), taal));
    Uitleg {
        naam: tekst!(taal, "IVA (netto)", "IVA (net)"),
        kort: tekst!(
            taal,
            "UWV trekt {v} van wat u verdient af van de IVA-uitkering.",
            "UWV deducts {v} of what you earn from the IVA benefit."
        ),
        tekst: tekst!(
            taal,
            "De IVA-uitkering is {p} van uw maandloon; van wat u verdient gaat {v} eraf. Bruto {} per maand plus {} vakantiegeld; netto {}.",
            "The IVA benefit is {p} of your monthly wage; {v} of what you earn is deducted from it. Gross {} per month plus {} holiday pay; net {}.",
            m.uitkering_bruto,
            pct(w.vakantiegeld_uwv(), taal),
            m.uitkering_netto
        ),
        regels: vec!["iva", "loonheffing", "heffingskortingen"],
        voorlopig: false,
    }
}

/// What changes in the timeline when the WGA benefit changes.
pub fn gebeurtenis(naar: WgaSoort, taal: Taal) -> String {
    match naar {
        WgaSoort::Loonaanvulling => tekst!(
            taal,
            "De loongerelateerde WGA stopt; u krijgt nu de loonaanvulling.",
            "The wage-related WGA benefit ends; you now get the wage supplement."
        ),
        WgaSoort::Vervolg => tekst!(
            taal,
            "De loongerelateerde WGA stopt; u krijgt nu de lagere vervolguitkering.",
            "The wage-related WGA benefit ends; you now get the lower follow-up benefit."
        ),
        WgaSoort::Loongerelateerd => tekst!(
            taal,
            "De loongerelateerde WGA begint.",
            "The wage-related WGA benefit starts."
        ),
    }
}
