//! Ziektewet: 70% of (maandloon − inkomsten), the inkomsten spread evenly over the benefit days
//! (Ziektewet art. 29). Amounts gross per month. The 2026 details of the offsetting were taken
//! from a secondary source; see data/income/2026.toml.

use super::parameters::Lees;
use super::reken::{Invoer, Maand};
use super::uitleg::{pct, Uitleg};
use super::wga::gemaximeerd_maandloon;
use crate::money::Cents;
use crate::tekst;

/// The Ziektewet benefit per month.
pub fn ziektewet(w: &Lees, maandloon: Cents, inkomen: Cents) -> Cents {
    let ml = gemaximeerd_maandloon(w, maandloon);
    (ml - inkomen.max_zero()).max_zero().times_ppm(w.zw_pct().0)
}

/// The Ziektewet line.
pub fn uitleg(w: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    let p = pct(w.zw_pct(), taal);
    Uitleg {
        naam: tekst!(taal, "Ziektewet (netto)", "Ziektewet (net)"),
        kort: tekst!(
            taal,
            "UWV betaalt {p} van het verschil tussen uw maandloon en wat u nu verdient.",
            "UWV pays {p} of the difference between your monthly wage and what you earn now."
        ),
        tekst: tekst!(
            taal,
            "De Ziektewet-uitkering is {p} van het verschil tussen uw maandloon en wat u verdient. Bruto {} per maand plus {} vakantiegeld; netto {}.",
            "The Ziektewet benefit is {p} of the difference between your monthly wage and what you earn. Gross {} per month plus {} holiday pay; net {}.",
            m.uitkering_bruto,
            pct(w.vakantiegeld_uwv(), taal),
            m.uitkering_netto
        ),
        regels: vec!["ziektewet", "loonheffing", "heffingskortingen"],
        voorlopig: false,
    }
}
