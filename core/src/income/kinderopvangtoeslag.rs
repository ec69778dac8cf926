//! Kinderopvangtoeslag (Wet kinderopvang, text of 1-1-2026, and the Besluit kinderopvangtoeslag
//! 2026) for a working parent.
//!
//! - Who: a parent who works ("tegenwoordige arbeid verricht", art. 1.6 lid 1 a), and with a partner
//!   only when the partner works too or follows a route to work (lid 3). After the work ends the
//!   parent "behoudt gedurende drie kalendermaanden … dezelfde aanspraak" (lid 5).
//! - How much (art. 1.7): per child a percentage (by the yearly income, the draagkracht) of the costs,
//!   with the hourly price capped at a maximum per kind of care and the hours capped per month.
//!   The maxima 2026 and the percentage come from reports of the Besluit kinderopvangtoeslag 2026
//!   (the Staatsblad text was not seen): provisional. Only the highest percentage is modelled, up to
//!   the income where it applies; above it the toeslag is not estimated (the table was not found).
//!   That the second child gets the same highest percentage at these incomes is an inference from
//!   earlier tables, not read in the 2026 table.
//! - It does not count for other income-related benefits (art. 1.11): the bijstand stays the same.
//!
//! What the parent pays themselves — the part above the maximum hourly price and the share the toeslag
//! does not cover — is a cost of working.

use super::aangiftetijdvak::Maanduren;
use super::parameters::{Lees, Ppm};
use super::scenario::{euro, Uren};
use super::uitleg::{maanden, pct, uren_tekst};
use crate::money::Cents;
use crate::{tekst, Taal};
use serde::{Deserialize, Serialize};

/// The kind of care (art. 1.7 lid 1 b 3°).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Opvangsoort {
    /// Dagopvang in a kindercentrum.
    #[default]
    Dagopvang,
    /// Buitenschoolse opvang.
    Bso,
    /// Gastouderopvang.
    Gastouder,
}

/// The care for one child.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Opvang {
    #[serde(default)]
    pub soort: Opvangsoort,
    /// Hours of care per month (as on the contract with the childcare).
    pub uren_per_maand: Maanduren,
    /// The hourly price the childcare asks.
    #[serde(with = "euro")]
    pub uurprijs: Cents,
}

/// One month of childcare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KotMaand {
    /// What the childcare costs this month.
    pub kosten: Cents,
    /// The toeslag for this month (zero without a right).
    pub toeslag: Cents,
    /// What the parent pays themselves.
    pub eigen_deel: Cents,
    /// `false`: the income is above the highest percentage; the toeslag is not estimated.
    pub geschat: bool,
}

/// The maximum hourly price for a kind of care.
pub fn max_uurprijs(w: &Lees, soort: Opvangsoort) -> Cents {
    match soort {
        Opvangsoort::Dagopvang => w.kot_uurprijs_dagopvang(),
        Opvangsoort::Bso => w.kot_uurprijs_bso(),
        Opvangsoort::Gastouder => w.kot_uurprijs_gastouder(),
    }
}

/// The percentage at a yearly toetsingsinkomen, or `None` above the income up to which the
/// highest percentage applies (not estimated).
pub fn percentage(w: &Lees, toetsingsinkomen: Cents) -> Option<Ppm> {
    (toetsingsinkomen <= w.kot_pct_max_tot()).then(|| w.kot_pct_max())
}

/// The childcare of one month: costs, toeslag (with `recht`: the parent works, or is within the
/// months kept after the work ended) and the parent's own part.
pub fn per_maand(w: &Lees, opvang: &[Opvang], toetsingsinkomen: Cents, recht: bool) -> KotMaand {
    let mut uit = KotMaand {
        geschat: true,
        ..KotMaand::default()
    };
    let p = percentage(w, toetsingsinkomen);
    for o in opvang {
        uit.kosten += o.uurprijs.times_fraction(o.uren_per_maand.0, 100);
        if !recht {
            continue;
        }
        let Some(p) = p else {
            uit.geschat = false;
            continue;
        };
        let uren = o.uren_per_maand.0.min(w.kot_uren_max() * 100);
        let prijs = o.uurprijs.min(max_uurprijs(w, o.soort));
        uit.toeslag += prijs.times_fraction(uren, 100).times_ppm(p.0);
    }
    uit.eigen_deel = uit.kosten - uit.toeslag;
    uit
}

/// The name of a kind of care.
pub fn soort_naam(soort: Opvangsoort, taal: Taal) -> &'static str {
    match (soort, taal) {
        (Opvangsoort::Dagopvang, Taal::Nl) => "dagopvang",
        (Opvangsoort::Bso, Taal::Nl) => "buitenschoolse opvang",
        (Opvangsoort::Gastouder, Taal::Nl) => "gastouderopvang",
        (Opvangsoort::Dagopvang, Taal::En) => "day care",
        (Opvangsoort::Bso, Taal::En) => "out-of-school care",
        (Opvangsoort::Gastouder, Taal::En) => "a childminder (gastouderopvang)",
    }
}

/// Why this toeslag: the rule with its numbers from the parameters, and this month's amounts.
pub fn uitleg(
    w: &Lees,
    opvang: &[Opvang],
    km: &KotMaand,
    toetsingsinkomen: Cents,
    taal: Taal,
) -> String {
    let mut t = tekst!(
        taal,
        "Werkt u, dan betaalt Dienst Toeslagen een deel van de kosten van geregistreerde kinderopvang. Met een toetsingsinkomen tot {} per jaar is dat {} van de uurprijs, tot een maximum uurprijs en voor hoogstens {} uur per kind per maand waarin u werkt.",
        "If you work, Dienst Toeslagen pays part of the cost of registered childcare. With a yearly income up to {} that is {} of the hourly price, up to a maximum hourly price and for at most {} hours per child per month in which you work.",
        w.kot_pct_max_tot(),
        pct(w.kot_pct_max(), taal),
        w.kot_uren_max()
    );
    for o in opvang {
        let max = max_uurprijs(w, o.soort);
        let naam = soort_naam(o.soort, taal);
        let mut letters = naam.chars();
        let naam: String = letters
            .next()
            .map(|c| c.to_uppercase().chain(letters).collect())
            .unwrap_or_default();
        t.push_str(&tekst!(
            taal,
            " {}: {} uur per maand tegen {} per uur (het maximum is {}).",
            " {}: {} hours per month at {} per hour (the maximum is {}).",
            naam,
            uren_tekst(Uren(o.uren_per_maand.0)),
            o.uurprijs,
            max
        ));
    }
    if !km.geschat {
        t.push_str(&tekst!(
            taal,
            " Uw toetsingsinkomen ({toetsingsinkomen} per jaar) is hoger dan {}: dan is het percentage lager. Die tabel zit niet in deze rekenhulp; de toeslag is hier niet geschat. Kijk op de proefberekening van Dienst Toeslagen.",
            " Your yearly income ({toetsingsinkomen}) is above {}: then the percentage is lower. That table is not in this calculator; the allowance is not estimated here. Use the trial calculation of Dienst Toeslagen.",
            w.kot_pct_max_tot()
        ));
    } else {
        t.push_str(&tekst!(
            taal,
            " De opvang kost {} per maand; de toeslag is {}; u betaalt zelf {}. Dat deel hoort bij de kosten van uw werk.",
            " The care costs {} per month; the allowance is {}; you pay {} yourself. That part is one of the costs of your work.",
            km.kosten,
            km.toeslag,
            km.eigen_deel
        ));
    }
    t.push_str(&tekst!(
        taal,
        " Stopt uw werk, dan houdt u de toeslag nog {} (Wet kinderopvang art. 1.6 lid 5). De toeslag telt niet mee voor de bijstand.",
        " If your work stops, you keep the allowance for {} more (Wet kinderopvang art. 1.6(5)). The allowance does not count for the bijstand.",
        maanden(w.kot_behoud_maanden(), taal)
    ));
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::income::parameters;

    /// The memo's case: one child, dagopvang 100 hours at € 11,50 (above the maximum € 11,23),
    /// income below the limit: 96% × 100 × € 11,23 = € 1.078,08; costs € 1.150,00; own part € 71,92.
    #[test]
    fn single_parent_with_day_care() {
        let p = parameters(2026).unwrap();
        let w = &Lees::new(p.waarden_op("2026-01-01").unwrap());
        let o = [Opvang {
            soort: Opvangsoort::Dagopvang,
            uren_per_maand: Maanduren(10_000),
            uurprijs: Cents(1150),
        }];
        let km = per_maand(w, &o, Cents::euros(20_000), true);
        assert_eq!(km.kosten, Cents(115_000));
        assert_eq!(km.toeslag, Cents(107_808));
        assert_eq!(km.eigen_deel, Cents(7_192));
        // Without a right: the costs stay, no toeslag.
        let geen = per_maand(w, &o, Cents::euros(20_000), false);
        assert_eq!(
            (geen.toeslag, geen.eigen_deel),
            (Cents::ZERO, Cents(115_000))
        );
        // Above the income limit: not estimated.
        assert!(!per_maand(w, &o, Cents::euros(60_000), true).geschat);
        // More than the maximum hours: capped.
        let veel = [Opvang {
            uren_per_maand: Maanduren(25_000),
            ..o[0]
        }];
        assert_eq!(
            per_maand(w, &veel, Cents::euros(20_000), true).toeslag,
            Cents(1123).times_fraction(23_000, 100).times_ppm(960_000)
        );
    }
}
