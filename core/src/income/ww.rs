//! WW (Werkloosheidswet): 75% of the maandloon in the first 2 months, then 70%; with work the
//! benefit is the percentage of (maandloon − inkomsten), and it ends when the inkomsten exceed
//! 87,5% of the maandloon. Amounts gross per month.

use super::parameters::{Lees, Ppm};
use super::reken::{Invoer, Maand, UitkeringStand};
use super::uitleg::{maanden, pct, Uitleg};
use super::wga::gemaximeerd_maandloon;
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

/// The WW benefit and whether it ended because the inkomsten exceed the 87,5% limit.
pub fn ww(w: &Lees, maandloon: Cents, inkomen: Cents, pct: Ppm) -> (Cents, bool) {
    let ml = gemaximeerd_maandloon(w, maandloon);
    let inkomen = inkomen.max_zero();
    if inkomen > ml.times_ppm(w.ww_eindgrens().0) {
        return (Cents::ZERO, true);
    }
    ((ml - inkomen).max_zero().times_ppm(pct.0), false)
}

/// The WW line.
pub fn uitleg(w: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    let UitkeringStand::Ww {
        pct: nu,
        beeindigd,
        afgelopen,
    } = m.uitkering
    else {
        return Uitleg::leeg(taal);
    };
    let (eerste, daarna) = (pct(w.wga_pct_eerste(), taal), pct(w.wga_pct_daarna(), taal));
    let eind = pct(w.ww_eindgrens(), taal);
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
        tekst!(
            taal,
            "De WW is {} van het verschil tussen uw WW-maandloon en wat u verdient ({eerste} in de eerste {}, daarna {daarna}). Bruto {} per maand plus {} vakantiegeld.",
            "The WW is {} of the difference between your WW monthly wage and what you earn ({eerste} in the first {}, then {daarna}). Gross {} per month plus {} holiday pay.",
            pct(nu, taal),
            maanden(w.wga_eerste_maanden(), taal),
            m.uitkering_bruto,
            pct(w.vakantiegeld_uwv(), taal)
        )
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
        regels: vec!["ww", "loonheffing", "heffingskortingen"],
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
