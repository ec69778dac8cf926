//! Loonheffing / inkomstenbelasting below AOW age: the tariff in three schijven (tax and premies
//! volksverzekeringen together), minus the heffingskortingen, never below zero. Modelled per year;
//! the monthly amount is the year divided by 12 (as Nibud does), not the monthly payroll table.

use super::heffingskortingen::{
    algemene_heffingskorting, arbeidskorting, inkomensafhankelijke_combinatiekorting,
    jonggehandicaptenkorting,
};
use super::parameters::Lees;
use super::reken::{minimumuurloon, Invoer, Maand};
use super::uitleg::{pct, uren_tekst, Uitleg};
use crate::money::Cents;
use crate::tekst;
use serde::{Deserialize, Serialize};

/// Tax on one year's income, with each korting as actually used (a korting cannot make the tax
/// negative).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Belasting {
    #[serde(with = "super::scenario::euro")]
    pub belastbaar: Cents,
    #[serde(with = "super::scenario::euro")]
    pub heffing_voor_kortingen: Cents,
    #[serde(with = "super::scenario::euro")]
    pub algemene_heffingskorting: Cents,
    #[serde(with = "super::scenario::euro")]
    pub arbeidskorting: Cents,
    #[serde(with = "super::scenario::euro")]
    pub combinatiekorting: Cents,
    #[serde(with = "super::scenario::euro")]
    pub jonggehandicaptenkorting: Cents,
    #[serde(with = "super::scenario::euro")]
    pub te_betalen: Cents,
    #[serde(with = "super::scenario::euro")]
    pub netto: Cents,
}

/// The heffing before kortingen on `inkomen` per year.
pub fn heffing(w: &Lees, inkomen: Cents) -> Cents {
    let x = inkomen.max_zero();
    let s1 = x.min(w.ib_schijf1_grens());
    let s2 = (x.min(w.ib_schijf2_grens()) - w.ib_schijf1_grens()).max_zero();
    let s3 = (x - w.ib_schijf2_grens()).max_zero();
    s1.times_ppm(w.ib_schijf1_tarief().0)
        + s2.times_ppm(w.ib_schijf2_tarief().0)
        + s3.times_ppm(w.ib_schijf3_tarief().0)
}

/// Tax on a year's `belastbaar` income of which `arbeidsinkomen` is from work.
pub fn belasting(
    w: &Lees,
    belastbaar: Cents,
    arbeidsinkomen: Cents,
    combinatiekorting: bool,
    jonggehandicapt: bool,
) -> Belasting {
    let h = heffing(w, belastbaar);
    let mut rest = h;
    let mut neem = |k: Cents| {
        let k = k.min(rest).max_zero();
        rest -= k;
        k
    };
    let ahk = neem(algemene_heffingskorting(w, belastbaar));
    let ak = neem(arbeidskorting(w, arbeidsinkomen));
    let iack = if combinatiekorting {
        neem(inkomensafhankelijke_combinatiekorting(w, arbeidsinkomen))
    } else {
        Cents::ZERO
    };
    let jgk = if jonggehandicapt {
        neem(jonggehandicaptenkorting(w))
    } else {
        Cents::ZERO
    };
    Belasting {
        belastbaar,
        heffing_voor_kortingen: h,
        algemene_heffingskorting: ahk,
        arbeidskorting: ak,
        combinatiekorting: iack,
        jonggehandicaptenkorting: jgk,
        te_betalen: rest,
        netto: belastbaar - rest,
    }
}

/// The net wage line: the wage, the holiday pay and the tax with the kortingen it earns.
pub fn uitleg_nettoloon(w: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    let b = &m.belasting_loon;
    let mut kortingen = tekst!(
        taal,
        "algemene heffingskorting {} en arbeidskorting {} per jaar",
        "general tax credit (algemene heffingskorting) of {} and the labour tax credit (arbeidskorting) of {} per year",
        b.algemene_heffingskorting,
        b.arbeidskorting
    );
    if b.combinatiekorting > Cents::ZERO {
        kortingen.push_str(&tekst!(
            taal,
            ", inkomensafhankelijke combinatiekorting {}",
            ", the income-related combination tax credit of {}",
            b.combinatiekorting
        ));
    }
    if b.jonggehandicaptenkorting > Cents::ZERO {
        kortingen.push_str(&tekst!(
            taal,
            ", jonggehandicaptenkorting {}",
            ", the young disabled persons' tax credit (jonggehandicaptenkorting) of {}",
            b.jonggehandicaptenkorting
        ));
    }
    let loon = if inv.uurloon_is_minimumloon {
        tekst!(
            taal,
            "het minimumloon voor uw leeftijd ({} per uur)",
            "the minimum wage for your age ({} per hour)",
            minimumuurloon(w, inv.leeftijd)
        )
    } else {
        tekst!(taal, "{} bruto per uur", "{} gross per hour", inv.uurloon)
    };
    Uitleg {
        naam: tekst!(taal, "Nettoloon", "Net wage"),
        kort: tekst!(
            taal,
            "Van uw brutoloon gaat belasting af; de heffingskortingen maken die belasting lager.",
            "Tax is deducted from your gross wage; the tax credits make that tax lower."
        ),
        tekst: tekst!(
            taal,
            "U werkt {} uur per week voor {loon}: {} bruto per maand, plus {} vakantiegeld ({}, hier over de maanden verdeeld). Over een heel jaar is de loonheffing {} min de {kortingen}; er blijft {} per maand over.",
            "You work {} hours per week for {loon}: {} gross per month, plus {} holiday pay ({}, spread over the months here). Over a whole year the wage tax is {} minus the {kortingen}; that leaves {} per month.",
            uren_tekst(m.uren),
            m.bruto_loon,
            m.vakantiegeld,
            pct(w.vakantiegeld_loon(), taal),
            b.heffing_voor_kortingen,
            m.nettoloon
        ),
        regels: vec!["minimumloon", "vakantiegeld", "loonheffing", "heffingskortingen"],
        voorlopig: false,
    }
}

/// The partner's net income line.
pub fn uitleg_partner(_: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    Uitleg {
        naam: tekst!(taal, "Netto-inkomen partner", "Partner's net income"),
        kort: tekst!(
            taal,
            "Het inkomen van uw partner telt mee voor de bijstand en de toeslagen.",
            "Your partner's income counts for the bijstand and the allowances."
        ),
        tekst: tekst!(
            taal,
            "Het bruto inkomen van uw partner ({} per maand) na loonheffing en heffingskortingen: {} netto.",
            "Your partner's gross income ({} per month) after wage tax and tax credits: {} net.",
            inv.partner_bruto_maand,
            m.partner_netto
        ),
        regels: vec!["loonheffing", "heffingskortingen"],
        voorlopig: false,
    }
}
