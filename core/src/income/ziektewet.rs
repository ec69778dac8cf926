//! Ziektewet: 70% of the dagloon (art. 29 lid 7); earnings are deducted as p/100 × A × B/C (art.
//! 31 lid 2, text of 1-1-2026). Amounts gross per month; UWV pays the Ziektewet "inclusief
//! vakantiegeld", every month.

use super::parameters::Lees;
use super::reken::{Invoer, Maand};
use super::uitleg::{inkomsten_tekst, pct, Uitleg};
use super::wga::Maandloon;
use crate::money::Cents;
use crate::tekst;

/// The Ziektewet benefit per month: 70% of the capped maandloon, minus p/100 × A × B/C (art. 31
/// lid 2), including holiday pay.
pub fn ziektewet(w: &Lees, maandloon: Cents, inkomen: Cents) -> Cents {
    let ml = Maandloon::van(w, maandloon);
    (ml.gemaximeerd - ml.geschaald(inkomen.max_zero()))
        .max_zero()
        .times_ppm(w.zw_pct().0)
}

/// The Ziektewet line.
pub fn uitleg(w: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    let p = pct(w.zw_pct(), taal);
    let maandloon = match &inv.uitkering {
        super::scenario::Uitkering::Ziektewet { maandloon } => Some(*maandloon),
        _ => None,
    };
    Uitleg {
        naam: tekst!(taal, "Ziektewet (netto)", "Ziektewet (net)"),
        kort: tekst!(
            taal,
            "UWV betaalt {p} van het verschil tussen uw maandloon en wat u nu verdient.",
            "UWV pays {p} of the difference between your monthly wage and what you earn now."
        ),
        tekst: tekst!(
            taal,
            "De Ziektewet-uitkering is {p} van het verschil tussen uw maandloon en wat u verdient.{} Bruto {} per maand, inclusief vakantiegeld: UWV betaalt dat elke maand mee. Netto {}.",
            "The Ziektewet benefit is {p} of the difference between your monthly wage and what you earn.{} Gross {} per month, including holiday pay: UWV pays it every month. Net {}.",
            inkomsten_tekst(w, m, maandloon, taal),
            m.uitkering_bruto,
            m.uitkering_netto
        ),
        regels: vec!["ziektewet", "uwv_inkomsten", "loonheffing", "heffingskortingen"],
        voorlopig: false,
    }
}
