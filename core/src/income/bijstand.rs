//! Bijstand (Participatiewet): the norm (art. 21), the kostendelersnorm (art. 22a), the
//! offsetting of net earnings and the vrijlatingen (art. 31 lid 2).
//!
//! Amounts are net per month including the 5% vakantietoeslag. The 2026 norms were not found in
//! an official source: the default is provisional, and the person's own amount from their letter
//! takes precedence.

use super::parameters::Waarden;
use crate::money::Cents;
use serde::{Deserialize, Serialize};

/// The norm for a person of 21 up to AOW age: 70% of the gehuwdennorm when single (also a single
/// parent), the gehuwdennorm for a couple; with kostendelers ((40 + A × 30) / A)% of the
/// gehuwdennorm per person, A being the number of kostendelers including the person (and partner).
pub fn norm(w: &Waarden, partner: bool, kostendelers: i64) -> Cents {
    let g = w.bijstand_norm_gehuwden;
    let kd = kostendelers.clamp(0, 100);
    if kd == 0 {
        return if partner {
            g
        } else {
            g.times_ppm(w.bijstand_pct_alleenstaande.0)
        };
    }
    let a = 1 + i64::from(partner) + kd;
    // per person: (basis + A × per_persoon) / A, as ppm of the gehuwdennorm
    let teller = w.bijstand_kostendeler_basis.0 + a * w.bijstand_kostendeler_per_persoon.0;
    let per_persoon = g.times_fraction(teller, a * 1_000_000);
    if partner {
        per_persoon + per_persoon
    } else {
        per_persoon
    }
}

/// Which vrijlating applies to the earnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Vrijlating {
    Geen,
    /// Art. 31 lid 2 onderdeel n: 25%, at most 6 months, age 27 and older.
    Arbeid,
    /// Art. 31 lid 2 onderdeel r: single parent with a child under 12, 12,5% for 30 months.
    AlleenstaandeOuder,
    /// Medische urenbeperking: 15%, no time limit.
    MedischeUrenbeperking,
}

/// Facts the vrijlating depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VrijlatingFeiten {
    pub leeftijd: i64,
    /// Number of this month among the months with earnings (1 = first), counting months before.
    pub maand_met_inkomsten: i64,
    pub alleenstaande_ouder_kind_onder_12: bool,
    pub medische_urenbeperking: bool,
}

/// The vrijlating for `netto_inkomsten` this month: the largest that applies (they are not added).
pub fn vrijlating(
    w: &Waarden,
    netto_inkomsten: Cents,
    f: &VrijlatingFeiten,
) -> (Cents, Vrijlating) {
    if netto_inkomsten <= Cents::ZERO {
        return (Cents::ZERO, Vrijlating::Geen);
    }
    let m = f.maand_met_inkomsten;
    let mut beste = (Cents::ZERO, Vrijlating::Geen);
    let mut kandidaat = |bedrag: Cents, soort: Vrijlating| {
        if bedrag > beste.0 {
            beste = (bedrag, soort);
        }
    };
    let arbeid_mogelijk = f.leeftijd >= w.bijstand_vrijlating_leeftijd;
    if arbeid_mogelijk && m >= 1 && m <= w.bijstand_vrijlating_maanden {
        kandidaat(
            netto_inkomsten
                .times_ppm(w.bijstand_vrijlating_pct.0)
                .min(w.bijstand_vrijlating_max),
            Vrijlating::Arbeid,
        );
    }
    if f.alleenstaande_ouder_kind_onder_12 {
        let start = if arbeid_mogelijk {
            w.bijstand_vrijlating_maanden + 1
        } else {
            1
        };
        if m >= start && m < start + w.bijstand_alo_maanden {
            kandidaat(
                netto_inkomsten
                    .times_ppm(w.bijstand_alo_pct.0)
                    .min(w.bijstand_alo_max),
                Vrijlating::AlleenstaandeOuder,
            );
        }
    }
    if f.medische_urenbeperking {
        kandidaat(
            netto_inkomsten
                .times_ppm(w.bijstand_medisch_pct.0)
                .min(w.bijstand_medisch_max),
            Vrijlating::MedischeUrenbeperking,
        );
    }
    beste
}

/// Net bijstand per month: the norm minus the net earnings that are not vrijgelaten and minus
/// other net income of the household (the partner's), never below zero.
pub fn bijstand(norm: Cents, netto_loon: Cents, vrijlating: Cents, ander_netto: Cents) -> Cents {
    (norm - (netto_loon - vrijlating).max_zero() - ander_netto).max_zero()
}
