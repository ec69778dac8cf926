//! Huurtoeslag under the new law from 1 January 2026 (Wet op de huurtoeslag, gewijzigd by the Wet
//! vereenvoudiging huurtoeslag): only the kale huur counts, up to the huurgrens. The basishuur
//! (the part you pay yourself) is the minimum basishuur plus a fixed percentage of the yearly
//! income above the inkomensijkpunt, divided by 12 (the linear "eigen bijdrage"). Of the rent
//! above the basishuur, 100% is reimbursed up to the kwaliteitskortingsgrens, 65% up to the
//! aftoppingsgrens and 40% above it (art. 21; when the basishuur lies above a limit, the next
//! percentage applies from the basishuur, art. 21 lid 2). Under 21 only the first part.
//!
//! Several 2026 values, and the linear basishuur itself, are provisional (see
//! data/income/2026.toml and docs/rekenhulp.md); results say so.

use super::parameters::Lees;
use super::reken::{Invoer, Maand};
use super::toeslag::{awir, toetsingsinkomen_tekst, Toeslag};
use super::uitleg::{pct, Uitleg};
use crate::money::Cents;
use crate::tekst;

/// The household for huurtoeslag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Huishouden {
    /// Kale huur per month.
    pub kale_huur: Cents,
    /// Number of residents (1 or more).
    pub personen: u32,
    /// All residents are 18 to 20 years old (the lower huurgrens).
    pub jonger_dan_21: bool,
    /// Joint yearly income of the residents who count.
    pub inkomen: Cents,
    /// Joint assets; `None`: below the limit.
    pub vermogen: Option<Cents>,
    /// Whether there is a toeslagpartner (doubles the asset limit).
    pub partner: bool,
}

/// The basishuur (eigen bijdrage) per month: the minimum plus the percentage of the yearly income
/// above the inkomensijkpunt, divided by 12.
pub fn basishuur(w: &Lees, h: &Huishouden) -> Cents {
    let (minimum, ijkpunt, pct) = if h.personen <= 1 {
        (w.ht_basishuur_een(), w.ht_ijkpunt_een(), w.ht_afbouw_een())
    } else {
        (
            w.ht_basishuur_meer(),
            w.ht_ijkpunt_meer(),
            w.ht_afbouw_meer(),
        )
    };
    minimum
        + (h.inkomen - ijkpunt)
            .max_zero()
            .times_ppm(pct.0)
            .times_fraction(1, 12)
}

/// Huurtoeslag per month (before the Awir rules), for a given basishuur.
pub fn vergoeding(w: &Lees, h: &Huishouden, basishuur: Cents) -> Cents {
    let grens = if h.jonger_dan_21 {
        w.ht_huurgrens_jong()
    } else {
        w.ht_huurgrens()
    };
    let huur = h.kale_huur.min(grens);
    let aftop = if h.personen <= 2 {
        w.ht_aftoppingsgrens_laag()
    } else {
        w.ht_aftoppingsgrens_hoog()
    };
    let kkg = w.ht_kwaliteitskortingsgrens();
    let deel1 = (huur.min(kkg) - basishuur).max_zero();
    if h.jonger_dan_21 {
        return deel1;
    }
    let deel2 = (huur.min(aftop) - kkg.max(basishuur))
        .max_zero()
        .times_ppm(w.ht_pct_midden().0);
    let deel3 = (huur - aftop.max(basishuur))
        .max_zero()
        .times_ppm(w.ht_pct_boven().0);
    deel1 + deel2 + deel3
}

/// Huurtoeslag per month and per year.
pub fn huurtoeslag(w: &Lees, h: &Huishouden) -> Toeslag {
    let grens = if h.partner {
        w.ht_vermogensgrens() + w.ht_vermogensgrens()
    } else {
        w.ht_vermogensgrens()
    };
    if h.personen == 0 || h.vermogen.is_some_and(|v| v > grens) {
        return Toeslag::default();
    }
    let maand = vergoeding(w, h, basishuur(w, h));
    awir(w, Cents(maand.0.saturating_mul(12)))
}

/// The huurtoeslag line.
pub fn uitleg(w: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    let naam = tekst!(taal, "Huurtoeslag", "Rent allowance (huurtoeslag)");
    let kort = tekst!(
        taal,
        "Hoe hoger uw jaarinkomen, hoe meer huur u zelf betaalt en hoe lager de huurtoeslag.",
        "The higher your yearly income, the more rent you pay yourself and the lower the rent allowance."
    );
    let Some(h) = inv.huurtoeslag_huishouden(m.toetsingsinkomen_jaar) else {
        return Uitleg::leeg(taal);
    };
    let ti = toetsingsinkomen_tekst(inv, m);
    let huur = h.kale_huur;
    let b = basishuur(w, &h);
    let tekst = if m.huurtoeslag.per_maand > Cents::ZERO {
        tekst!(
            taal,
            "U betaalt zelf de basishuur: {b} per maand (die stijgt met een vast percentage van {ti} boven het inkomensijkpunt). Van uw kale huur ({huur}) daarboven vergoedt de huurtoeslag alles tot de kwaliteitskortingsgrens, daarna {} en boven de aftoppingsgrens {}. U krijgt {} per maand.",
            "You pay a minimum part of the rent yourself (the basishuur): {b} per month. It rises by a fixed percentage of {ti} above a set income level. Of your basic rent ({huur}) above that, the rent allowance pays all of it up to the quality discount limit (kwaliteitskortingsgrens), then {}, and {} above the capping limit (aftoppingsgrens). You get {} per month.",
            pct(w.ht_pct_midden(), taal),
            pct(w.ht_pct_boven(), taal),
            m.huurtoeslag.per_maand
        )
    } else {
        tekst!(
            taal,
            "Met {ti} is uw basishuur {b} per maand; bij een kale huur van {huur} is er dan geen huurtoeslag (of minder dan {} per jaar).",
            "With {ti}, the part of the rent you pay yourself (the basishuur) is {b} per month; with a basic rent of {huur} there is then no rent allowance (or less than {} per year).",
            w.awir_minimum()
        )
    };
    Uitleg {
        naam,
        kort,
        tekst,
        regels: vec!["huurtoeslag", "awir_minimum"],
        voorlopig: false,
    }
}
