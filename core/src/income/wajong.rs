//! Wajong after the Wet vereenvoudiging Wajong (2021): 70% of the minimum wage (75% without
//! arbeidsvermogen); earnings are offset at 70% (75%), so "you keep 30 cents of every euro". With
//! loondispensatie the compensatiefactor applies:
//! uitkering = 0,7 × WML − 0,7 × [(LW − 0,3) / (0,7 × LW)] × inkomen.
//! Amounts gross per month.

use super::parameters::{Lees, Ppm};
use super::reken::{Invoer, Maand};
use super::scenario::Uitkering;
use super::uitleg::{pct, Uitleg};
use crate::money::Cents;
use crate::tekst;

/// The Wajong grondslag per month: the minimum wage for the person's age (youth percentages
/// below 21).
pub fn grondslag(w: &Lees, leeftijd: i64) -> Cents {
    match leeftijd {
        ..=17 => Cents::ZERO,
        18 => w.wml_maand().times_ppm(w.wml_jeugd_18().0),
        19 => w.wml_maand().times_ppm(w.wml_jeugd_19().0),
        20 => w.wml_maand().times_ppm(w.wml_jeugd_20().0),
        _ => w.wml_maand(),
    }
}

/// The percentage for the uitkering and the offsetting.
pub fn percentage(w: &Lees, arbeidsvermogen: bool) -> Ppm {
    if arbeidsvermogen {
        w.wajong_pct_met()
    } else {
        w.wajong_pct_zonder()
    }
}

/// The gross Wajong per month. `basis`: the uitkering without work (from the letter, or
/// percentage × grondslag); `loonwaarde` in ppm (800_000 = 0,8) when working with loondispensatie.
pub fn wajong(
    w: &Lees,
    basis: Cents,
    arbeidsvermogen: bool,
    loonwaarde: Option<i64>,
    inkomen: Cents,
) -> Cents {
    let pct = percentage(w, arbeidsvermogen);
    let verrekening = match loonwaarde {
        Some(lw) if arbeidsvermogen && lw > 0 && lw < 1_000_000 => {
            // 0,7 × (LW − 0,3) / (0,7 × LW) × inkomen = (LW − 0,3) / LW × inkomen
            let teller = (lw - w.wajong_compensatie_aftrek().0).max(0);
            inkomen.max_zero().times_fraction(teller, lw)
        }
        _ => inkomen.max_zero().times_ppm(pct.0),
    };
    (basis - verrekening).max_zero()
}

/// The Wajong line.
pub fn uitleg(w: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    let Uitkering::Wajong {
        arbeidsvermogen,
        bedrag_per_maand,
        ..
    } = &inv.uitkering
    else {
        return Uitleg::leeg(taal);
    };
    let p = percentage(w, *arbeidsvermogen);
    let pt = pct(p, taal);
    let basis = if bedrag_per_maand.is_some() {
        tekst!(
            taal,
            "Uw Wajong zonder werk komt uit uw beschikking.",
            "Your Wajong without work comes from your decision letter."
        )
    } else {
        tekst!(
            taal,
            "Uw Wajong zonder werk is {pt} van het minimumloon.",
            "Your Wajong without work is {pt} of the minimum wage."
        )
    };
    let werk = if m.bruto_loon > Cents::ZERO {
        if let Some(lw) = inv.loonwaarde_ppm {
            tekst!(
                taal,
                " U werkt met loondispensatie (loonwaarde {}). UWV verrekent uw loon met een compensatiefactor, zodat u niet minder overhoudt doordat u per uur minder verdient.",
                " You work with a wage exemption (loondispensatie, wage value {}). UWV offsets your wage using a compensation factor, so you are not left with less because you earn less per hour.",
                pct(Ppm(lw), taal)
            )
        } else {
            tekst!(
                taal,
                " UWV trekt {pt} van uw bruto loon af van de uitkering: van elke euro die u verdient houdt u {} cent bruto over.",
                " UWV deducts {pt} of your gross wage from the benefit: of every euro you earn you keep {} cents gross.",
                (1_000_000 - p.0) / 10_000
            )
        }
    } else {
        String::new()
    };
    Uitleg {
        naam: tekst!(taal, "Wajong (netto)", "Wajong (net)"),
        kort: tekst!(
            taal,
            "UWV trekt {pt} van uw loon af van de Wajong, zodat werken altijd iets oplevert.",
            "UWV deducts {pt} of your wage from the Wajong, so working always pays something."
        ),
        tekst: tekst!(
            taal,
            "{basis}{werk} Bruto is de uitkering {} per maand, plus {} vakantiegeld. Netto blijft er {} over; de jonggehandicaptenkorting verlaagt uw belasting. Stopt het werk, dan leeft uw Wajong weer op (terugvalgarantie).",
            "{basis}{werk} The gross benefit is {} per month, plus {} holiday pay. That leaves {} net; the young disabled persons' tax credit (jonggehandicaptenkorting) lowers your tax. If the work stops, your Wajong comes back (the fallback guarantee).",
            m.uitkering_bruto,
            pct(w.vakantiegeld_uwv(), taal),
            m.uitkering_netto
        ),
        regels: vec!["wajong", "loonheffing", "heffingskortingen"],
        voorlopig: false,
    }
}
