//! WIA (Wet werk en inkomen naar arbeidsvermogen, text of 1-1-2026): WGA for partial incapacity
//! and IVA for full and permanent incapacity. Amounts gross per month, each including its holiday
//! pay: "De vakantiebijslag bedraagt 8/108 van de uitkering" (art. 68 lid 1), paid in May.
//!
//! - WGA loongerelateerd (art. 61 lid 1): 0,75 (first 2 months) or 0,7 × (A − B × C/D).
//! - Loonaanvulling, earning at least the RVC or 80% or more unable to work (lid 2): the same
//!   0,7 × (A − B × C/D).
//! - Loonaanvulling, earning 50% to 100% of the restverdiencapaciteit (RVC) (lid 4): 0,7 × (E −
//!   F × G/H), but never below G × H (lid 5), capped at 0,7 × (A − B × C/D).
//! - Earning less than 50% of the RVC: vervolguitkering G × H (art. 62): the class percentage of
//!   the WIA minimumloon (with holiday pay, art. 12 lid 1 b) or of the maandloon if lower.
//! - IVA: 75% of the maandloon minus 0,7 × A × B/C (art. 51 and 52).
//!
//! C/D is the capped dagloon divided by the dagloon without the maximum ([`Maandloon`]).

use super::parameters::{Lees, Ppm};
use super::reken::{minimumloon_maand, Invoer, Maand, UitkeringStand};
use super::scenario::Uitkering;
use super::uitleg::{inkomsten_tekst, maanden, pct, vakantiegeld_in_uitkering, Uitleg};
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

/// The maandloon as the UWV benefits use it: capped at the maximumdagloon × 21,75 (WW art. 1b,
/// WIA art. 13), with the factor C/D of the law (the capped dagloon divided by the dagloon without
/// the maximum) by which earnings are scaled (WW art. 47, WIA art. 52 and 61, ZW art. 31).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Maandloon {
    pub gemaximeerd: Cents,
    pub volledig: Cents,
}

impl Maandloon {
    pub fn van(w: &Lees, maandloon: Cents) -> Maandloon {
        let max = w
            .uwv_maximumdagloon()
            .times_fraction(w.uwv_dagen_per_maand().0, 10_000);
        Maandloon {
            gemaximeerd: maandloon.min(max),
            volledig: maandloon,
        }
    }

    /// `bedrag` × C/D: earnings (or the RVC) scaled to the capped maandloon.
    pub fn geschaald(&self, bedrag: Cents) -> Cents {
        if self.volledig <= self.gemaximeerd || self.volledig <= Cents::ZERO {
            bedrag
        } else {
            bedrag.times_fraction(self.gemaximeerd.0, self.volledig.0)
        }
    }
}

/// The maandloon capped at the maximumdagloon × 21,75.
pub fn gemaximeerd_maandloon(w: &Lees, maandloon: Cents) -> Cents {
    Maandloon::van(w, maandloon).gemaximeerd
}

/// The WIA minimumloon per month (art. 12 lid 1 b): the minimum wage for the age "vermeerderd
/// met de daarover berekende vakantietoeslag".
pub fn minimumloon(w: &Lees, leeftijd: i64) -> Cents {
    let m = minimumloon_maand(w, leeftijd);
    m + m.times_ppm(w.vakantiegeld_loon().0)
}

/// Degree of incapacity in ppm: (maandloon − RVC) / maandloon.
pub fn ao_ppm(maandloon: Cents, rvc: Cents) -> i64 {
    if maandloon <= Cents::ZERO {
        return 0;
    }
    let verlies = (maandloon - rvc).max_zero();
    ((verlies.0 as i128 * 1_000_000) / maandloon.0 as i128).clamp(0, 1_000_000) as i64
}

/// The uitkeringspercentage G by AO class (art. 61 lid 6); `None` below 35%. From 80% the
/// loonaanvulling percentage.
pub fn vervolg_percentage(w: &Lees, ao: i64) -> Option<Ppm> {
    klasse(w, ao).map(|(_, _, g)| g)
}

/// The class of art. 61 lid 6 for a degree of incapacity `ao` (ppm): its lower and upper limit
/// and its uitkeringspercentage G; `None` below the first class.
pub fn klasse(w: &Lees, ao: i64) -> Option<(Ppm, Ppm, Ppm)> {
    // Only the limits up to the class and its own percentage are read.
    let (k35, k45) = (w.wga_klasse_35(), w.wga_klasse_45());
    if ao < k35.0 {
        return None;
    }
    if ao < k45.0 {
        return Some((k35, k45, w.wga_vervolg_35_45()));
    }
    let k55 = w.wga_klasse_55();
    if ao < k55.0 {
        return Some((k45, k55, w.wga_vervolg_45_55()));
    }
    let k65 = w.wga_klasse_65();
    if ao < k65.0 {
        return Some((k55, k65, w.wga_vervolg_55_65()));
    }
    let volledig = w.wga_volledig();
    if ao < volledig.0 {
        return Some((k65, volledig, w.wga_vervolg_65_80()));
    }
    Some((volledig, Ppm(1_000_000), w.wga_pct_daarna()))
}

/// G × H (art. 62 lid 1, and the floor of art. 61 lid 5): the class percentage of the WIA
/// minimumloon, or of the maandloon when that is lower.
pub fn vervolgbedrag(w: &Lees, leeftijd: i64, maandloon: Cents, rvc: Cents) -> Cents {
    let g = vervolg_percentage(w, ao_ppm(maandloon, rvc)).unwrap_or(Ppm(0));
    minimumloon(w, leeftijd).min(maandloon).times_ppm(g.0)
}

/// The WGA benefit per month, including its holiday pay (art. 68). `inkomen` is the income as UWV
/// counts it (with the holiday pay built up); `loongerelateerd`: `Some(percentage)` in the LGU.
pub fn wga(
    w: &Lees,
    leeftijd: i64,
    maandloon: Cents,
    rvc: Cents,
    inkomen: Cents,
    loongerelateerd: Option<Ppm>,
) -> (WgaSoort, Cents) {
    let ml = Maandloon::van(w, maandloon);
    let inkomen = inkomen.max_zero();
    // 0,7 × (A − B × C/D): art. 61 lid 1 b and lid 2, and the cap of lid 5.
    let op_inkomen = |pct: Ppm| {
        (ml.gemaximeerd - ml.geschaald(inkomen))
            .max_zero()
            .times_ppm(pct.0)
    };
    if let Some(pct) = loongerelateerd {
        return (WgaSoort::Loongerelateerd, op_inkomen(pct));
    }
    let daarna = w.wga_pct_daarna();
    // Lid 2: no inkomenseis (80% or more), or earning at least the RVC.
    if ao_ppm(maandloon, rvc) >= w.wga_volledig().0 || inkomen >= rvc {
        return (WgaSoort::Loonaanvulling, op_inkomen(daarna));
    }
    let vervolg = vervolgbedrag(w, leeftijd, maandloon, rvc);
    if inkomen >= rvc.times_ppm(w.wga_rvc_grens().0) {
        // Lid 4: 0,7 × (E − F × G/H), at least G × H but at most 0,7 × (A − B × C/D) (lid 5).
        let lid4 = (ml.gemaximeerd - ml.geschaald(rvc))
            .max_zero()
            .times_ppm(daarna.0);
        (
            WgaSoort::Loonaanvulling,
            lid4.max(vervolg.min(op_inkomen(daarna))),
        )
    } else {
        (WgaSoort::Vervolg, vervolg)
    }
}

/// IVA (art. 51 and 52): 75% of the capped maandloon minus 0,7 × inkomen × C/D, including its
/// holiday pay (art. 68).
pub fn iva(w: &Lees, maandloon: Cents, inkomen: Cents) -> Cents {
    let ml = Maandloon::van(w, maandloon);
    (ml.gemaximeerd.times_ppm(w.iva_pct().0)
        - ml.geschaald(inkomen.max_zero())
            .times_ppm(w.iva_verrekening().0))
    .max_zero()
}

/// The WGA line: which of the three WGA benefits applies this month, and why.
pub fn uitleg(w: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    let (Uitkering::Wga { rvc, maandloon, .. }, UitkeringStand::Wga(soort)) =
        (&inv.uitkering, m.uitkering)
    else {
        return Uitleg::leeg(taal);
    };
    let ao = ao_ppm(*maandloon, *rvc);
    let volledig = ao >= w.wga_volledig().0;
    let grens_pct = pct(w.wga_rvc_grens(), taal);
    let grens = rvc.times_ppm(w.wga_rvc_grens().0);
    let daarna = pct(w.wga_pct_daarna(), taal);
    let ml = Maandloon::van(w, *maandloon);
    let inkomen = m.uitkering_inkomsten;
    let rvc_uitleg = tekst!(
        taal,
        "uw restverdiencapaciteit (wat u volgens UWV nog kunt verdienen: {rvc})",
        "your remaining earning capacity (what UWV says you can still earn: {rvc})"
    );
    let (naam, tekst) = match soort {
        WgaSoort::Loongerelateerd => (
            tekst!(taal, "WGA loongerelateerd (netto)", "Wage-related WGA benefit (net)"),
            tekst!(
                taal,
                "U krijgt de loongerelateerde WGA-uitkering, de eerste periode van de WGA: {} (de eerste {}) of {daarna} van het verschil tussen uw maandloon en wat u nu verdient.",
                "You get the wage-related WGA benefit, the first period of the WGA: {} (in the first {}) or {daarna} of the difference between your monthly wage and what you earn now.",
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
        WgaSoort::Loonaanvulling if inkomen >= *rvc => (
            tekst!(taal, "WGA-loonaanvulling (netto)", "WGA wage supplement (net)"),
            tekst!(
                taal,
                "U verdient minstens {rvc_uitleg}, dus krijgt u de loonaanvulling: {daarna} van het verschil tussen uw maandloon en wat u verdient.",
                "You earn at least {rvc_uitleg}, so you get the wage supplement: {daarna} of the difference between your monthly wage and what you earn."
            ),
        ),
        WgaSoort::Loonaanvulling => {
            // Art. 61 lid 4, with the floor and the cap of lid 5.
            let p = w.wga_pct_daarna().0;
            let lid4 = (ml.gemaximeerd - ml.geschaald(*rvc)).max_zero().times_ppm(p);
            let vervolg = vervolgbedrag(w, inv.leeftijd, *maandloon, *rvc);
            let cap = (ml.gemaximeerd - ml.geschaald(inkomen)).max_zero().times_ppm(p);
            let mut t = tekst!(
                taal,
                "U verdient minstens {grens_pct} van {rvc_uitleg}, dus krijgt u de loonaanvulling: {daarna} van het verschil tussen uw maandloon en uw restverdiencapaciteit. Dat is {lid4}.",
                "You earn at least {grens_pct} of {rvc_uitleg}, so you get the wage supplement: {daarna} of the difference between your monthly wage and your remaining earning capacity. That is {lid4}."
            );
            if lid4 < vervolg {
                t.push_str(&if vervolg <= cap {
                    tekst!(
                        taal,
                        " Dat is minder dan de vervolguitkering ({vervolg}), en de loonaanvulling is nooit lager dan de vervolguitkering: u krijgt {vervolg}.",
                        " That is less than the follow-up benefit ({vervolg}), and the wage supplement is never lower than the follow-up benefit: you get {vervolg}."
                    )
                } else {
                    tekst!(
                        taal,
                        " Dat is minder dan de vervolguitkering ({vervolg}). De loonaanvulling is dan nooit lager dan de vervolguitkering, maar ook nooit hoger dan {daarna} van het verschil tussen uw maandloon en wat u verdient ({cap}). U krijgt {cap}.",
                        " That is less than the follow-up benefit ({vervolg}). The wage supplement is then never lower than the follow-up benefit, but also never higher than {daarna} of the difference between your monthly wage and what you earn ({cap}). You get {cap}."
                    )
                });
            }
            (
                tekst!(taal, "WGA-loonaanvulling (netto)", "WGA wage supplement (net)"),
                t,
            )
        }
        WgaSoort::Vervolg => {
            let (laag, hoog, g) = klasse(w, ao).unwrap_or((Ppm(0), Ppm(0), Ppm(0)));
            let minimum = minimumloon(w, inv.leeftijd);
            let van = if *maandloon < minimum {
                tekst!(
                    taal,
                    "van uw maandloon ({maandloon}), omdat dat lager is dan het minimumloon met vakantiegeld",
                    "of your monthly wage ({maandloon}), because that is lower than the minimum wage with holiday pay"
                )
            } else {
                tekst!(
                    taal,
                    "van het minimumloon met vakantiegeld ({minimum})",
                    "of the minimum wage with holiday pay ({minimum})"
                )
            };
            (
                tekst!(taal, "WGA-vervolguitkering (netto)", "WGA follow-up benefit (net)"),
                tekst!(
                    taal,
                    "U verdient minder dan {grens_pct} van {rvc_uitleg}: dat is minder dan {grens}. Dan krijgt u de vervolguitkering: {} {van}. Dat percentage hoort bij uw mate van arbeidsongeschiktheid: {} tot {}.",
                    "You earn less than {grens_pct} of {rvc_uitleg}: that is less than {grens}. Then you get the follow-up benefit: {} {van}. That percentage goes with how far you are unable to work: {} to {}.",
                    pct(g, taal),
                    pct(laag, taal),
                    pct(hoog, taal)
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
            "{tekst}{} Bruto {} per maand. {} Netto {}.",
            "{tekst}{} Gross {} per month. {} Net {}.",
            inkomsten_tekst(w, m, Some(*maandloon), taal),
            m.uitkering_bruto,
            vakantiegeld_in_uitkering(w, m.uitkering_bruto, taal),
            m.uitkering_netto
        ),
        regels: vec!["wga", "uwv_inkomsten", "loonheffing", "heffingskortingen"],
        voorlopig: false,
    }
}

/// The IVA line.
pub fn uitleg_iva(w: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    let Uitkering::Iva { maandloon } = &inv.uitkering else {
        return Uitleg::leeg(taal);
    };
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
            "De IVA-uitkering is {p} van uw maandloon; van wat u verdient gaat {v} eraf.{} Bruto {} per maand. {} Netto {}.",
            "The IVA benefit is {p} of your monthly wage; {v} of what you earn is deducted from it.{} Gross {} per month. {} Net {}.",
            inkomsten_tekst(w, m, Some(*maandloon), taal),
            m.uitkering_bruto,
            vakantiegeld_in_uitkering(w, m.uitkering_bruto, taal),
            m.uitkering_netto
        ),
        regels: vec!["iva", "uwv_inkomsten", "loonheffing", "heffingskortingen"],
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
