//! Huurtoeslag under the law in force from 1 January 2026 (Wet op de huurtoeslag, as changed by
//! the Wet vereenvoudiging huurtoeslag). Only the kale huur counts, up to the maximale huurgrens
//! (art. 13: the lower one only when everyone in the home is under 21 and no child lives there).
//! Of the rent above the basishuur, 100% is paid up to the kwaliteitskortingsgrens, 65% up to the
//! aftoppingsgrens and 40% above it (art. 21 lid 1; Besluit op de huurtoeslag art. 7). That amount
//! is then lowered by Y x (afbouwpercentage / 12), Y being the rekeninkomen above the
//! inkomensijkpunt (art. 21 lid 2, text of 1-1-2026). The rekeninkomen is the joint
//! toetsingsinkomen of the tenant, the partner and the other residents (art. 1, art. 7).
//!
//! The minimum basishuur and the ijkpunten were seen only in a transcription of Dienst Toeslagen's
//! figures; they are provisional (see data/income/2026.toml and docs/rekenhulp.md).

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
    /// Everyone in the home is 18 to 20 and no child lives there (the lower huurgrens, art. 13).
    pub jonger_dan_21: bool,
    /// The rekeninkomen: the joint yearly toetsingsinkomen of everyone who counts.
    pub inkomen: Cents,
    /// Joint assets; `None`: below the limit.
    pub vermogen: Option<Cents>,
    /// Whether there is a toeslagpartner (doubles the asset limit).
    pub partner: bool,
}

/// The basishuur (the part of the rent you always pay yourself) per month.
pub fn basishuur(w: &Lees, h: &Huishouden) -> Cents {
    if h.personen <= 1 {
        w.ht_basishuur_een()
    } else {
        w.ht_basishuur_meer()
    }
}

/// The reduction for income (art. 21 lid 2) per month: the afbouwpercentage of the rekeninkomen
/// above the inkomensijkpunt, divided by 12.
pub fn afbouw(w: &Lees, h: &Huishouden) -> Cents {
    let (ijkpunt, pct) = if h.personen <= 1 {
        (w.ht_ijkpunt_een(), w.ht_afbouw_een())
    } else {
        (w.ht_ijkpunt_meer(), w.ht_afbouw_meer())
    };
    (h.inkomen - ijkpunt)
        .max_zero()
        .times_ppm(pct.0)
        .times_fraction(1, 12)
}

/// The amount per month before the reduction for income (art. 21 lid 1).
pub fn vergoeding(w: &Lees, h: &Huishouden) -> Cents {
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
    let basis = basishuur(w, h);
    let deel1 = (huur.min(kkg) - basis).max_zero();
    let deel2 = (huur.min(aftop) - kkg.max(basis))
        .max_zero()
        .times_ppm(w.ht_pct_midden().0);
    let deel3 = (huur - aftop.max(basis))
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
    let maand = (vergoeding(w, h) - afbouw(w, h)).max_zero();
    awir(w, Cents(maand.0.saturating_mul(12)))
}

/// The huurtoeslag line.
pub fn uitleg(w: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    let naam = tekst!(taal, "Huurtoeslag", "Rent allowance (huurtoeslag)");
    let kort = tekst!(
        taal,
        "De huurtoeslag betaalt een deel van uw huur; boven een inkomensgrens gaat er een deel van uw inkomen af.",
        "The rent allowance pays part of your rent; above an income limit, part of your income is deducted."
    );
    let regels = vec!["huurtoeslag", "awir_minimum"];
    if !m.huurtoeslag_geschat {
        return Uitleg {
            naam,
            kort,
            tekst: tekst!(
                taal,
                "Huurtoeslag kunnen we niet schatten. Het inkomen van de mensen met wie u samenwoont (uw {} kostendeler(s)) telt mee voor de huurtoeslag, en dat inkomen weten we niet. Vul het in; dan rekenen we het uit. Zonder dat inkomen kan een schatting honderden euro's te hoog zijn.",
                "We cannot estimate the rent allowance. The income of the people you live with (your {} cost sharer(s)) counts for the rent allowance, and we do not know that income. Enter it; then we calculate it. Without that income an estimate may be hundreds of euros too high.",
                inv.kostendelers
            ),
            regels,
            voorlopig: false,
        };
    }
    let Some(h) = inv.huurtoeslag_huishouden(w, m.toetsingsinkomen_jaar) else {
        return Uitleg::leeg(taal);
    };
    let rekeninkomen = if inv.kostendelers > 0 {
        tekst!(
            taal,
            "uw rekeninkomen ({} per jaar: {} en het inkomen van uw medebewoners)",
            "your household income for the rent allowance ({} per year: {} and the income of the people you live with)",
            h.inkomen,
            toetsingsinkomen_tekst(inv, m)
        )
    } else {
        toetsingsinkomen_tekst(inv, m)
    };
    let huur = h.kale_huur;
    let jong = if h.jonger_dan_21 {
        tekst!(
            taal,
            " Iedereen in uw huis is jonger dan {} en er woont geen kind: dan telt uw huur tot {}.",
            " Everyone in your home is younger than {} and no child lives there: then your rent counts up to {}.",
            w.ht_leeftijd_jong(),
            w.ht_huurgrens_jong()
        )
    } else {
        String::new()
    };
    let v = vergoeding(w, &h);
    let a = afbouw(w, &h);
    let ijkpunt = if h.personen <= 1 {
        w.ht_ijkpunt_een()
    } else {
        w.ht_ijkpunt_meer()
    };
    let af = if a > Cents::ZERO {
        tekst!(
            taal,
            " Omdat {rekeninkomen} boven het inkomensijkpunt ({ijkpunt}) ligt, gaat er {} van het verschil af, gedeeld door 12: {a} per maand.",
            " Because {rekeninkomen} is above the income reference point ({ijkpunt}), {} of the difference is deducted, divided by 12: {a} per month.",
            pct(if h.personen <= 1 { w.ht_afbouw_een() } else { w.ht_afbouw_meer() }, taal)
        )
    } else {
        tekst!(
            taal,
            " Met {rekeninkomen} blijft u onder het inkomensijkpunt ({ijkpunt}), dus er gaat niets af.",
            " With {rekeninkomen} you stay below the income reference point ({ijkpunt}), so nothing is deducted."
        )
    };
    let slot = if m.huurtoeslag.per_maand > Cents::ZERO {
        tekst!(
            taal,
            " U krijgt {} per maand.",
            " You get {} per month.",
            m.huurtoeslag.per_maand
        )
    } else {
        tekst!(
            taal,
            " Dan blijft er geen huurtoeslag over (of minder dan {} per jaar, of uw vermogen is te hoog).",
            " Then no rent allowance is left (or less than {} per year, or your savings are too high).",
            w.awir_minimum()
        )
    };
    Uitleg {
        naam,
        kort,
        tekst: tekst!(
            taal,
            "De huurtoeslag betaalt een deel van uw kale huur ({huur}) boven de basishuur ({}): alles tot de kwaliteitskortingsgrens, daarna {} en boven de aftoppingsgrens {}. Dat is {v} per maand.{jong}{af}{slot}",
            "The rent allowance pays part of your basic rent ({huur}) above the base rent ({}): all of it up to the quality discount limit (kwaliteitskortingsgrens), then {}, and {} above the capping limit (aftoppingsgrens). That is {v} per month.{jong}{af}{slot}",
            basishuur(w, &h),
            pct(w.ht_pct_midden(), taal),
            pct(w.ht_pct_boven(), taal)
        ),
        regels,
        voorlopig: false,
    }
}
