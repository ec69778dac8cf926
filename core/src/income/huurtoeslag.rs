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
            "het inkomen van iedereen in huis samen ({} per jaar: {} en het inkomen van de andere volwassenen)",
            "the income of everyone in your home together ({} per year: {} and the income of the other adults)",
            h.inkomen,
            toetsingsinkomen_tekst(inv, m)
        )
    } else {
        toetsingsinkomen_tekst(inv, m)
    };
    let huur = h.kale_huur;
    let grens = if h.jonger_dan_21 {
        w.ht_huurgrens_jong()
    } else {
        w.ht_huurgrens()
    };
    let boven_grens = if huur > grens {
        if h.jonger_dan_21 {
            tekst!(
                taal,
                " Iedereen in uw huis is jonger dan {} en er woont geen kind: dan telt uw huur maar tot {grens}.",
                " Everyone in your home is younger than {} and no child lives there: then your rent only counts up to {grens}.",
                w.ht_leeftijd_jong()
            )
        } else {
            tekst!(
                taal,
                " Uw huur telt tot {grens}; het deel daarboven telt niet mee.",
                " Your rent counts up to {grens}; the part above it does not count."
            )
        }
    } else {
        String::new()
    };
    let telt = huur.min(grens);
    let basis = basishuur(w, &h);
    let kkg = w.ht_kwaliteitskortingsgrens();
    let aftop = if h.personen <= 2 {
        w.ht_aftoppingsgrens_laag()
    } else {
        w.ht_aftoppingsgrens_hoog()
    };
    let (midden, boven) = (pct(w.ht_pct_midden(), taal), pct(w.ht_pct_boven(), taal));
    let v = vergoeding(w, &h);
    // Only the steps of the rent that this rent reaches.
    let delen = if telt <= basis {
        tekst!(
            taal,
            "Het eerste deel van de huur, {basis}, betaalt iedereen zelf. Uw huur is niet hoger, dus daar is geen huurtoeslag voor.",
            "Everyone pays the first part of the rent, {basis}, themselves. Your rent is not higher, so there is no rent allowance for it."
        )
    } else if telt <= kkg {
        tekst!(
            taal,
            "Het eerste deel van de huur, {basis}, betaalt iedereen zelf. Van de rest krijgt u alles: {v} per maand.",
            "Everyone pays the first part of the rent, {basis}, themselves. You get all of the rest: {v} per month."
        )
    } else if telt <= aftop {
        tekst!(
            taal,
            "Het eerste deel van de huur, {basis}, betaalt iedereen zelf. Het deel van {basis} tot {kkg} krijgt u helemaal, van het deel daarboven {midden}: samen {v} per maand.",
            "Everyone pays the first part of the rent, {basis}, themselves. You get all of the part from {basis} to {kkg}, and {midden} of the part above that: together {v} per month."
        )
    } else {
        tekst!(
            taal,
            "Het eerste deel van de huur, {basis}, betaalt iedereen zelf. Het deel van {basis} tot {kkg} krijgt u helemaal, van het deel tot {aftop} {midden} en van het deel daarboven {boven}: samen {v} per maand.",
            "Everyone pays the first part of the rent, {basis}, themselves. You get all of the part from {basis} to {kkg}, {midden} of the part up to {aftop}, and of the part above that {boven}: together {v} per month."
        )
    };
    let a = afbouw(w, &h);
    let ijkpunt = if h.personen <= 1 {
        w.ht_ijkpunt_een()
    } else {
        w.ht_ijkpunt_meer()
    };
    let af = if a > Cents::ZERO {
        tekst!(
            taal,
            " Boven een inkomen van {ijkpunt} per jaar gaat er {} van het inkomen daarboven af, gedeeld over 12 maanden. Met {rekeninkomen} is dat {a} per maand.",
            " Above an income of {ijkpunt} per year, {} of the income above it is deducted, spread over 12 months. With {rekeninkomen} that is {a} per month.",
            pct(if h.personen <= 1 { w.ht_afbouw_een() } else { w.ht_afbouw_meer() }, taal)
        )
    } else {
        tekst!(
            taal,
            " Met {rekeninkomen} blijft u onder {ijkpunt} per jaar; daarom gaat er niets af.",
            " With {rekeninkomen} you stay below {ijkpunt} per year, so nothing is deducted."
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
            " Dan blijft er geen huurtoeslag over (of minder dan {} per jaar, of uw spaargeld is te hoog).",
            " Then no rent allowance is left (or less than {} per year, or your savings are too high).",
            w.awir_minimum()
        )
    };
    // Wet op de huurtoeslag art. 7: the income of every medebewoner counts, also of residents who
    // are not cost sharers (such as an adult child). The form does not ask for them yet.
    let medebewoners = tekst!(
        taal,
        " Woont er nog iemand anders bij u, zoals een volwassen kind? Dan telt diens inkomen ook mee voor de huurtoeslag; dat zit hier niet in.",
        " Does someone else live with you, such as an adult child? Then their income counts for the rent allowance too; that is not included here."
    );
    Uitleg {
        naam,
        kort,
        tekst: tekst!(
            taal,
            "Voor de huurtoeslag telt uw kale huur: {huur}.{boven_grens} {delen}{af}{slot}{medebewoners}",
            "The rent allowance looks at your basic rent: {huur}.{boven_grens} {delen}{af}{slot}{medebewoners}"
        ),
        regels,
        voorlopig: false,
    }
}
