//! Bijstand (Participatiewet): the norm (art. 21), the kostendelersnorm (art. 22a), the
//! offsetting of net earnings and the vrijlatingen (art. 31 lid 2).
//!
//! Amounts are net per month including the vakantietoeslag, from the law text in force on the
//! date (art. 21 as of 1-1-2026 and 1-7-2026). The person's own amount from their letter takes
//! precedence: the municipality may apply a different norm.

use super::loonkostensubsidie::{self, Besluit, Loonkostensubsidie, Venster};
use super::parameters::Lees;
use super::reken::{Invoer, Maand, UitkeringStand};
use super::scenario::Uitkering;
use super::uitleg::{maanden, pct, Uitleg};
use crate::money::Cents;
use crate::{tekst, Taal};
use serde::{Deserialize, Serialize};

/// The norm for a person of 21 up to AOW age (art. 21): the amount for a single person (also a
/// single parent), the gehuwdennorm for a couple; with kostendelers ((40 + A × 30) / A)% of the
/// gehuwdennorm per person (art. 22a), A being the number of kostendelers including the person
/// (and partner).
pub fn norm(w: &Lees, partner: bool, kostendelers: i64) -> Cents {
    let kd = kostendelers.clamp(0, 100);
    // Only the norm that applies is read, so a single person's line does not list the couples'.
    if kd == 0 && !partner {
        return w.bijstand_norm_alleenstaande();
    }
    let g = w.bijstand_norm_gehuwden();
    if kd == 0 {
        return g;
    }
    let a = 1 + i64::from(partner) + kd;
    // per person: (basis + A × per_persoon) / A, as ppm of the gehuwdennorm
    let teller = w.bijstand_kostendeler_basis().0 + a * w.bijstand_kostendeler_per_persoon().0;
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
    /// Art. 31 lid 2 onderdeel n: 25%, at most 6 months, not under 27 (lid 5).
    Arbeid,
    /// Art. 31 lid 2 onderdeel r: single parent with a child under 12, 12,5% for at most 30
    /// consecutive months once the 6 months of onderdeel n are over; not under 27 (lid 5).
    AlleenstaandeOuder,
    /// Art. 31 lid 2 onderdeel y: medische urenbeperking, 15%, no time limit, "tenzij onderdeel n
    /// van toepassing is".
    MedischeUrenbeperking,
    /// Art. 31 lid 2 onderdeel z: work with loonkostensubsidie, the twelve months after n.
    Loonkostensubsidie,
    /// Art. 31 lid 2 onderdeel aa: after those twelve months, when the gemeente finds that more
    /// hours are not possible.
    LoonkostensubsidieVerlengd,
    /// Onderdeel aa may apply, but the gemeente has not decided: not counted, the line says so.
    LoonkostensubsidieBeslissing,
    /// Under 27 the law does not settle when z starts: not counted, the line says so.
    LoonkostensubsidieOnduidelijk,
}

/// Facts the vrijlating depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VrijlatingFeiten {
    pub leeftijd: i64,
    /// Number of this month among the months with earnings (1 = first), counting months before.
    pub maand_met_inkomsten: i64,
    pub alleenstaande_ouder_kind_onder_12: bool,
    pub medische_urenbeperking: bool,
    /// Work in a dienstbetrekking with loonkostensubsidie (onderdelen z and aa).
    pub loonkostensubsidie: Option<Loonkostensubsidie>,
}

/// The windows of onderdeel n and r in month `m` of earnings: (n, r). Under 27 neither (art. 31
/// lid 5: "Het tweede lid, onderdelen c, j, k, n en r, zijn niet van toepassing op de persoon
/// die jonger is dan 27 jaar"); r starts when "de periode van zes maanden, bedoeld in onderdeel
/// n, is verstreken" and lasts "een aaneengesloten periode van maximaal 30 maanden".
pub fn vensters(w: &Lees, leeftijd: i64, m: i64) -> (bool, bool) {
    if leeftijd < w.bijstand_vrijlating_leeftijd() || m < 1 {
        return (false, false);
    }
    let n = m <= w.bijstand_vrijlating_maanden();
    let r_start = w.bijstand_vrijlating_maanden() + 1;
    let r = m >= r_start && m < r_start + w.bijstand_alo_maanden();
    (n, r)
}

/// The vrijlating for `netto_inkomsten` this month, in the order of the law: onderdeel n while it
/// applies; otherwise y for a medische urenbeperking (y "tenzij onderdeel n van toepassing is");
/// otherwise z or aa for work with loonkostensubsidie (z "tenzij onderdeel y van toepassing is",
/// see [`super::loonkostensubsidie`]); otherwise r for a single parent (r only "voor zover …
/// onderdeel y, z of aa niet van toepassing is"). They are never added up. When aa waits for the
/// gemeente's decision, r still applies if it can (the person gets at least that); otherwise
/// nothing is counted and the line says why.
pub fn vrijlating(w: &Lees, netto_inkomsten: Cents, f: &VrijlatingFeiten) -> (Cents, Vrijlating) {
    if netto_inkomsten <= Cents::ZERO {
        return (Cents::ZERO, Vrijlating::Geen);
    }
    let (n, r) = vensters(w, f.leeftijd, f.maand_met_inkomsten);
    if n {
        (
            netto_inkomsten
                .times_ppm(w.bijstand_vrijlating_pct().0)
                .min(w.bijstand_vrijlating_max()),
            Vrijlating::Arbeid,
        )
    } else if f.medische_urenbeperking {
        (
            netto_inkomsten
                .times_ppm(w.bijstand_medisch_pct().0)
                .min(w.bijstand_medisch_max()),
            Vrijlating::MedischeUrenbeperking,
        )
    } else if let Some(v) = f
        .loonkostensubsidie
        .map(|lks| loonkostensubsidie::venster(w, f.leeftijd, f.maand_met_inkomsten, &lks))
        .filter(|v| {
            !(matches!(v, Venster::Geen | Venster::Aa(Besluit::Nee))
                || (*v == Venster::Aa(Besluit::Onbekend)
                    && r
                    && f.alleenstaande_ouder_kind_onder_12))
        })
    {
        match v {
            Venster::Z => (
                loonkostensubsidie::bedrag(w, netto_inkomsten),
                Vrijlating::Loonkostensubsidie,
            ),
            Venster::Aa(Besluit::Ja) => (
                loonkostensubsidie::bedrag(w, netto_inkomsten),
                Vrijlating::LoonkostensubsidieVerlengd,
            ),
            Venster::Onduidelijk => (Cents::ZERO, Vrijlating::LoonkostensubsidieOnduidelijk),
            _ => (Cents::ZERO, Vrijlating::LoonkostensubsidieBeslissing),
        }
    } else if r && f.alleenstaande_ouder_kind_onder_12 {
        (
            netto_inkomsten
                .times_ppm(w.bijstand_alo_pct().0)
                .min(w.bijstand_alo_max()),
            Vrijlating::AlleenstaandeOuder,
        )
    } else {
        (Cents::ZERO, Vrijlating::Geen)
    }
}

/// Net bijstand per month: the norm minus the net earnings that are not vrijgelaten and minus
/// other net income of the household (the partner's), never below zero.
pub fn bijstand(norm: Cents, netto_loon: Cents, vrijlating: Cents, ander_netto: Cents) -> Cents {
    (norm - (netto_loon - vrijlating).max_zero() - ander_netto).max_zero()
}

/// The bijstand line: the norm (or the amount from the letter), the earnings offset with the
/// vrijlating that applies, and the partner's income.
pub fn uitleg(w: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    let (
        Uitkering::Bijstand {
            bedrag_per_maand, ..
        },
        UitkeringStand::Bijstand {
            norm,
            vrijlating,
            soort,
        },
    ) = (&inv.uitkering, m.uitkering)
    else {
        return Uitleg::leeg(taal);
    };
    let mut regels = vec!["bijstand"];
    let normtekst = if bedrag_per_maand.is_some() {
        tekst!(
            taal,
            "Uw bijstand zonder werk is {norm} per maand (uit uw beschikking).",
            "Your bijstand without work is {norm} per month (from your decision letter)."
        )
    } else {
        let mut t = tekst!(
            taal,
            "De bijstand voor uw situatie (de bijstandsnorm) is {norm} per maand, met vakantiegeld. Heeft u een brief van de gemeente over uw bijstand (een beschikking), vul dan het bedrag daaruit in.",
            "The bijstand for your situation (the bijstand rate) is {norm} per month, with holiday allowance. If you have a letter from the municipality about your bijstand (a decision letter), enter the amount from it."
        );
        if inv.kostendelers > 0 {
            regels.push("kostendelersnorm");
            t.push_str(&tekst!(
                taal,
                " U woont samen met {} andere volwassene(n) die de kosten van het huis delen (kostendelers). Daarom is uw bijstand lager.",
                " You live with {} other adult(s) who share the costs of the home (cost sharers, kostendelers). So your bijstand is lower.",
                inv.kostendelers
            ));
        }
        t
    };
    let werk = if m.nettoloon > Cents::ZERO {
        let vrij = match soort {
            Vrijlating::Geen => tekst!(
                taal,
                "U mag nu geen deel van uw loon houden (geen vrijlating), dus uw hele nettoloon gaat van de bijstand af.",
                "You may not keep any part of your wage now (no earnings exemption), so all of your net wage is deducted from the bijstand."
            ),
            Vrijlating::Arbeid => {
                regels.push("vrijlating");
                tekst!(
                    taal,
                    "Als het werk volgens de gemeente helpt om aan het werk te komen, mag u een deel van uw loon houden (de vrijlating): {} van uw nettoloon, hoogstens {} per maand, hoogstens {} lang. Hier is dat {vrijlating}.",
                    "If the municipality finds that the work helps you get into work, you may keep part of your wage (the earnings exemption): {} of your net wage, at most {} per month, for at most {}. Here that is {vrijlating}.",
                    pct(w.bijstand_vrijlating_pct(), taal),
                    w.bijstand_vrijlating_max(),
                    maanden(w.bijstand_vrijlating_maanden(), taal)
                )
            }
            Vrijlating::AlleenstaandeOuder => {
                regels.push("vrijlating");
                tekst!(
                    taal,
                    "Als alleenstaande ouder met een kind jonger dan {} mag u een deel van uw loon houden (de vrijlating), als het werk volgens de gemeente helpt om aan het werk te komen: {} van uw nettoloon, hoogstens {} per maand, hoogstens {} lang. Hier is dat {vrijlating}.",
                    "As a single parent with a child under {} you may keep part of your wage (the earnings exemption), if the municipality finds that the work helps you get into work: {} of your net wage, at most {} per month, for at most {}. Here that is {vrijlating}.",
                    w.bijstand_alo_kind_leeftijd(),
                    pct(w.bijstand_alo_pct(), taal),
                    w.bijstand_alo_max(),
                    maanden(w.bijstand_alo_maanden(), taal)
                )
            }
            Vrijlating::MedischeUrenbeperking => {
                regels.push("vrijlating");
                tekst!(
                    taal,
                    "Met een medische urenbeperking mag u een deel van uw loon houden (de vrijlating): {} van uw nettoloon, hoogstens {} per maand. Hier is dat {vrijlating}.",
                    "With a medical limitation of hours you may keep part of your wage (the earnings exemption): {} of your net wage, at most {} per month. Here that is {vrijlating}.",
                    pct(w.bijstand_medisch_pct(), taal),
                    w.bijstand_medisch_max()
                )
            }
            lks => {
                regels.push("vrijlating_loonkostensubsidie");
                loonkostensubsidie::uitleg(w, lks_venster(lks), vrijlating, taal)
            }
        };
        tekst!(
            taal,
            " De gemeente trekt uw nettoloon ({}) af van de bijstand. {vrij}",
            " The municipality deducts your net wage ({}) from the bijstand. {vrij}",
            m.nettoloon
        )
    } else {
        String::new()
    };
    let partner = if m.partner_netto > Cents::ZERO {
        tekst!(
            taal,
            " Het netto-inkomen van uw partner ({}) gaat ook van de bijstand af.",
            " Your partner's net income ({}) is also deducted from the bijstand.",
            m.partner_netto
        )
    } else {
        String::new()
    };
    Uitleg {
        naam: tekst!(taal, "Bijstand (netto)", "Bijstand (net)"),
        kort: tekst!(
            taal,
            "De gemeente trekt uw nettoloon af van de bijstand; soms mag u een deel een tijd houden.",
            "The municipality deducts your net wage from the bijstand; sometimes you may keep part of it for a while."
        ),
        tekst: tekst!(
            taal,
            "{normtekst}{werk}{partner} U houdt {} bijstand per maand over.",
            "{normtekst}{werk}{partner} You are left with {} bijstand per month.",
            m.uitkering_netto
        ),
        regels,
        voorlopig: false,
    }
}

/// The window of z/aa a loonkostensubsidie vrijlating stands for.
fn lks_venster(v: Vrijlating) -> Venster {
    match v {
        Vrijlating::Loonkostensubsidie => Venster::Z,
        Vrijlating::LoonkostensubsidieVerlengd => Venster::Aa(Besluit::Ja),
        Vrijlating::LoonkostensubsidieBeslissing => Venster::Aa(Besluit::Onbekend),
        Vrijlating::LoonkostensubsidieOnduidelijk => Venster::Onduidelijk,
        _ => Venster::Geen,
    }
}

/// What changes in the timeline when the vrijlating that applies changes.
pub fn gebeurtenis(w: &Lees, naar: Vrijlating, taal: Taal) -> String {
    match naar {
        Vrijlating::Loonkostensubsidie
        | Vrijlating::LoonkostensubsidieVerlengd
        | Vrijlating::LoonkostensubsidieBeslissing
        | Vrijlating::LoonkostensubsidieOnduidelijk => {
            loonkostensubsidie::gebeurtenis(w, lks_venster(naar), taal)
        }
        Vrijlating::Geen => tekst!(
            taal,
            "De vrijlating in de bijstand stopt: uw hele nettoloon gaat nu van de bijstand af.",
            "The earnings exemption in the bijstand ends: all of your net wage is now deducted from the bijstand."
        ),
        Vrijlating::AlleenstaandeOuder => tekst!(
            taal,
            "De vrijlating voor alleenstaande ouders ({}) begint.",
            "The earnings exemption for single parents ({}) starts.",
            pct(w.bijstand_alo_pct(), taal)
        ),
        Vrijlating::Arbeid => tekst!(
            taal,
            "De vrijlating van {} begint.",
            "The earnings exemption of {} starts.",
            pct(w.bijstand_vrijlating_pct(), taal)
        ),
        Vrijlating::MedischeUrenbeperking => tekst!(
            taal,
            "De vrijlating bij een medische urenbeperking ({}) geldt nu.",
            "The earnings exemption for a medical limitation of hours ({}) now applies.",
            pct(w.bijstand_medisch_pct(), taal)
        ),
    }
}
