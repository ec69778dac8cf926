//! WW (Werkloosheidswet, text of 1-1-2026): 75% of the maandloon in the first 2 months, then 70%
//! (art. 47); with work the percentage of (maandloon − inkomsten × C/D); the right ends when the
//! inkomsten × C/D exceed 87,5% of the maandloon (art. 20 lid 1 c). Amounts gross per month,
//! including the holiday pay that UWV pays in May (art. 33 lid 3: 8/108 of the benefit).

use super::parameters::{Lees, Ppm};
use super::reken::{Invoer, Maand, UitkeringStand};
use super::scenario::Uitkering;
use super::uitleg::{maanden, pct, vakantiegeld_in_uitkering, Uitleg};
use super::wga::Maandloon;
use crate::money::Cents;
use crate::{tekst, Taal};

/// The percentage in WW month `maand` (1 = first month of WW).
pub fn percentage(w: &Lees, maand: i64) -> Ppm {
    if maand <= w.wga_eerste_maanden() {
        w.wga_pct_eerste()
    } else {
        w.wga_pct_daarna()
    }
}

/// The WW benefit per month (art. 47 lid 1: 0,75 or 0,7 × (A − B × C/D), including its holiday
/// pay, art. 33 lid 3) and whether the right ended because the income × C/D is more than 87,5% of
/// the maandloon (art. 20 lid 1 c).
pub fn ww(w: &Lees, maandloon: Cents, inkomen: Cents, pct: Ppm) -> (Cents, bool) {
    let ml = Maandloon::van(w, maandloon);
    let b = ml.geschaald(inkomen.max_zero());
    if b > ml.gemaximeerd.times_ppm(w.ww_eindgrens().0) {
        return (Cents::ZERO, true);
    }
    ((ml.gemaximeerd - b).max_zero().times_ppm(pct.0), false)
}

/// The WW line.
pub fn uitleg(w: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    let (
        Uitkering::Ww { maandloon, .. },
        UitkeringStand::Ww {
            pct: nu,
            beeindigd,
            afgelopen,
        },
    ) = (&inv.uitkering, m.uitkering)
    else {
        return Uitleg::leeg(taal);
    };
    let (eerste, daarna) = (pct(w.wga_pct_eerste(), taal), pct(w.wga_pct_daarna(), taal));
    let eind = pct(w.ww_eindgrens(), taal);
    let ml = Maandloon::van(w, *maandloon);
    let tekst = if afgelopen {
        tekst!(
            taal,
            "Uw WW-periode is voorbij in deze maand. Misschien heeft u daarna recht op bijstand; die is hier niet berekend.",
            "Your WW period ends in this month. After that you may be entitled to bijstand; that is not calculated here."
        )
    } else if beeindigd {
        tekst!(
            taal,
            "U verdient meer dan {eind} van uw WW-maandloon: dan stopt de WW.",
            "You earn more than {eind} of your WW monthly wage, so the WW stops."
        )
    } else {
        let mut t = tekst!(
            taal,
            "De WW is {} van het verschil tussen uw WW-maandloon ({}) en wat u verdient ({eerste} in de eerste {}, daarna {daarna}).",
            "The WW is {} of the difference between your WW monthly wage ({}) and what you earn ({eerste} in the first {}, then {daarna}).",
            pct(nu, taal),
            ml.gemaximeerd,
            maanden(w.wga_eerste_maanden(), taal)
        );
        if ml.volledig > ml.gemaximeerd && m.bruto_loon > Cents::ZERO {
            t.push_str(&tekst!(
                taal,
                " Uw maandloon ({}) is hoger dan het maximum; daarom telt UWV uw inkomsten naar verhouding minder mee.",
                " Your monthly wage ({}) is above the maximum; so UWV counts your earnings proportionally less.",
                ml.volledig
            ));
        }
        if let Some((gewoon, vg_maand)) = m.uitkering_ww_maanden {
            t.push_str(&tekst!(
                taal,
                " In een gewone maand is dat {gewoon} bruto: het vakantiegeld dat u bij uw werk opbouwt telt dan niet mee. In de maand dat uw werkgever het vakantiegeld betaalt (vaak mei of juni), telt het wel als inkomen: dan is uw WW {vg_maand}. Over het jaar verdeeld, net als het vakantiegeld zelf, is dat {} per maand.",
                " In an ordinary month that is {gewoon} gross: the holiday pay you build up at work does not count then. In the month your employer pays the holiday pay (often May or June), it does count as income: then your WW is {vg_maand}. Spread over the year, like the holiday pay itself, that is {} per month.",
                m.uitkering_bruto
            ));
        } else {
            t.push_str(&tekst!(
                taal,
                " Bruto {} per maand.",
                " Gross {} per month.",
                m.uitkering_bruto
            ));
        }
        t.push(' ');
        t.push_str(&vakantiegeld_in_uitkering(w, m.uitkering_bruto, taal));
        t
    };
    Uitleg {
        naam: tekst!(taal, "WW (netto)", "WW (net)"),
        kort: tekst!(
            taal,
            "UWV trekt uw loon af van het maandloon en betaalt {eerste} of {daarna} van de rest; boven {eind} stopt de WW.",
            "UWV deducts your wage from the monthly wage and pays {eerste} or {daarna} of the rest; above {eind} the WW stops."
        ),
        tekst: tekst!(
            taal,
            "{tekst} Netto {}.",
            "{tekst} Net {}.",
            m.uitkering_netto
        ),
        regels: vec!["ww", "uwv_inkomsten", "loonheffing", "heffingskortingen"],
        voorlopig: false,
    }
}

/// What changes in the timeline when the WW percentage changes or the WW period ends.
pub fn gebeurtenis(van: Ppm, naar: Ppm, afgelopen: bool, taal: Taal) -> String {
    if afgelopen {
        tekst!(taal, "Uw WW-periode is voorbij.", "Your WW period is over.")
    } else {
        tekst!(
            taal,
            "De WW gaat van {} naar {}.",
            "The WW goes from {} to {}.",
            pct(van, taal),
            pct(naar, taal)
        )
    }
}
