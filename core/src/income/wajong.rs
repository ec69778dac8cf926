//! Wajong after the Wet vereenvoudiging Wajong (2021), text of 1-1-2026: 70% of the minimum wage
//! (75% without arbeidsvermogen), minus 70% (75%) of the income, so "you keep 30 cents of every
//! euro" (art. 2:40 lid 1 b). With loondispensatie (art. 2:20: the employer pays the wage lowered
//! in proportion to the loonwaarde LW) the benefit is (0,7 × G) − (0,7 × compensatiefactor × I),
//! with compensatiefactor (LW − 0,3) / (0,7 × LW) (lid 1 a and lid 2), or (I / LW) − I when that
//! is higher (lid 3). The vakantiebijslag of 8% comes on top (art. 2:53 lid 2). Amounts gross per
//! month; I is the income as UWV counts it (with the holiday pay built up).

use super::parameters::{Lees, Ppm};
use super::reken::{minimumloon_maand, Invoer, Maand};
use super::scenario::Uitkering;
use super::uitleg::{inkomsten_tekst, pct, Uitleg};
use crate::money::Cents;
use crate::tekst;

/// The Wajong grondslag per month (art. 1:1 m): the minimum wage for the person's age, without
/// holiday pay.
pub fn grondslag(w: &Lees, leeftijd: i64) -> Cents {
    minimumloon_maand(w, leeftijd)
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
/// percentage × grondslag, i.e. 0,7 × G); `loonwaarde` in ppm (800_000 = 0,8) when working with
/// loondispensatie; `inkomen`: I, what the employer pays.
pub fn wajong(
    w: &Lees,
    basis: Cents,
    arbeidsvermogen: bool,
    loonwaarde: Option<i64>,
    inkomen: Cents,
) -> Cents {
    let i = inkomen.max_zero();
    match loonwaarde {
        Some(lw) if arbeidsvermogen && lw > 0 && lw < 1_000_000 => {
            // Lid 1 a: 0,7 × G − 0,7 × (LW − 0,3) / (0,7 × LW) × I = basis − (LW − 0,3) / LW × I.
            let teller = (lw - w.wajong_compensatie_aftrek().0).max(0);
            let lid1a = (basis - i.times_fraction(teller, lw)).max_zero();
            // Lid 3: (I / LW) − I, "voor zover dit leidt tot een hoger bedrag".
            let lid3 = (i.times_fraction(1_000_000, lw) - i).max_zero();
            lid1a.max(lid3)
        }
        _ => (basis - i.times_ppm(percentage(w, arbeidsvermogen).0)).max_zero(),
    }
}

/// Which formula of art. 2:40 gives the benefit with loondispensatie: lid 3 ((I / LW) − I).
pub fn lid3_geldt(w: &Lees, basis: Cents, loonwaarde: i64, inkomen: Cents) -> bool {
    let i = inkomen.max_zero();
    if loonwaarde <= 0 || loonwaarde >= 1_000_000 {
        return false;
    }
    let teller = (loonwaarde - w.wajong_compensatie_aftrek().0).max(0);
    let lid1a = (basis - i.times_fraction(teller, loonwaarde)).max_zero();
    (i.times_fraction(1_000_000, loonwaarde) - i).max_zero() > lid1a
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
            "Uw Wajong zonder werk is {pt} van het minimumloon van {}.",
            "Your Wajong without work is {pt} of the minimum wage of {}.",
            grondslag(w, inv.leeftijd)
        )
    };
    let werk = if m.bruto_loon > Cents::ZERO {
        let mut t = if let Some(lw) = inv.loonwaarde_ppm {
            let basisbedrag =
                bedrag_per_maand.unwrap_or_else(|| grondslag(w, inv.leeftijd).times_ppm(p.0));
            let i = m.uitkering_inkomsten;
            // Lid 1 a and 2: (LW − 0,3) / LW of the income is deducted.
            let aftrek = Ppm(
                ((lw - w.wajong_compensatie_aftrek().0).max(0) as i128 * 1_000_000 / lw as i128)
                    as i64,
            );
            let mut t = tekst!(
                taal,
                " U werkt met loondispensatie (loonwaarde {}): uw werkgever betaalt minder loon. Daarom trekt UWV minder van uw loon af: {} (de loonwaarde min {}, gedeeld door de loonwaarde).",
                " You work with a wage exemption (loondispensatie, wage value {}): your employer pays a lower wage. So UWV deducts less of your wage: {} (the wage value minus {}, divided by the wage value).",
                pct(Ppm(lw), taal),
                pct(Ppm((aftrek.0 + 50) / 100 * 100), taal),
                pct(w.wajong_compensatie_aftrek(), taal)
            );
            if lid3_geldt(w, basisbedrag, lw, i) {
                t.push_str(&tekst!(
                    taal,
                    " Maar er is nog een tweede berekening: wat u zonder loondispensatie zou verdienen (uw loon gedeeld door de loonwaarde: {}), min wat u nu verdient. Die is hier hoger, en die krijgt u (artikel 2:40, lid 3).",
                    " But there is a second calculation: what you would earn without the wage exemption (your wage divided by the wage value: {}), minus what you earn now. Here that is higher, and that is what you get (article 2:40(3)).",
                    i.times_fraction(1_000_000, lw)
                ));
            }
            t
        } else {
            tekst!(
                taal,
                " UWV trekt {pt} van uw bruto loon af van de uitkering: van elke euro die u verdient houdt u {} cent bruto over.",
                " UWV deducts {pt} of your gross wage from the benefit: of every euro you earn you keep {} cents gross.",
                (1_000_000 - p.0) / 10_000
            )
        };
        t.push_str(&inkomsten_tekst(w, m, None, taal));
        t
    } else {
        String::new()
    };
    let kort = if inv.loonwaarde_ppm.is_some() {
        tekst!(
            taal,
            "Met loondispensatie trekt UWV minder van uw loon af, zodat u niet minder overhoudt doordat uw werkgever minder betaalt.",
            "With a wage exemption UWV deducts less of your wage, so you are not left with less because your employer pays less."
        )
    } else {
        tekst!(
            taal,
            "UWV trekt {pt} van uw loon af van de Wajong, zodat werken altijd iets oplevert.",
            "UWV deducts {pt} of your wage from the Wajong, so working always pays something."
        )
    };
    Uitleg {
        naam: tekst!(taal, "Wajong (netto)", "Wajong (net)"),
        kort,
        tekst: tekst!(
            taal,
            "{basis}{werk} Bruto is de uitkering {} per maand, plus {} vakantiegeld (in mei). Netto blijft er {} over; de jonggehandicaptenkorting verlaagt uw belasting. Stopt het werk, dan leeft uw Wajong weer op (terugvalgarantie).",
            "{basis}{werk} The gross benefit is {} per month, plus {} holiday pay (in May). That leaves {} net; the young disabled persons' tax credit (jonggehandicaptenkorting) lowers your tax. If the work stops, your Wajong comes back (the fallback guarantee).",
            m.uitkering_bruto,
            pct(w.wajong_vakantiebijslag(), taal),
            m.uitkering_netto
        ),
        regels: vec!["wajong", "uwv_inkomsten", "loonheffing", "heffingskortingen"],
        voorlopig: false,
    }
}
