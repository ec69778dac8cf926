//! Loonheffing / inkomstenbelasting below AOW age: the tariff in three schijven (tax and premies
//! volksverzekeringen together), minus the heffingskortingen, never below zero. Modelled per year;
//! the monthly amount is the year divided by 12 (as Nibud does), not the monthly payroll table.

use super::heffingskortingen::{
    algemene_heffingskorting, arbeidskorting, inkomensafhankelijke_combinatiekorting,
    jonggehandicaptenkorting,
};
use super::opsomming;
use super::parameters::Lees;
use super::reken::{minimumuurloon, standaard_uurloon, Invoer, Maand};
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

/// The net wage line: the wage, the holiday pay and the tax with the kortingen it earns. A
/// korting is shown whole, with the part the tax on the wage uses when that is less (the rest
/// lowers the tax on the benefit).
pub fn uitleg_nettoloon(w: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    let b = &m.belasting_loon;
    let jaar = b.belastbaar;
    // (name, the whole korting, the part used against the tax on the wage)
    let mut kortingen = vec![
        (
            tekst!(
                taal,
                "de algemene heffingskorting",
                "the general tax credit (algemene heffingskorting)"
            ),
            algemene_heffingskorting(w, jaar),
            b.algemene_heffingskorting,
        ),
        (
            tekst!(
                taal,
                "de arbeidskorting",
                "the labour tax credit (arbeidskorting)"
            ),
            arbeidskorting(w, jaar),
            b.arbeidskorting,
        ),
    ];
    if m.combinatiekorting {
        kortingen.push((
            tekst!(
                taal,
                "de inkomensafhankelijke combinatiekorting voor ouders met een jong kind",
                "the income-related combination tax credit for parents of a young child"
            ),
            inkomensafhankelijke_combinatiekorting(w, jaar),
            b.combinatiekorting,
        ));
    }
    if matches!(inv.uitkering, super::scenario::Uitkering::Wajong { .. }) {
        kortingen.push((
            tekst!(
                taal,
                "de jonggehandicaptenkorting",
                "the young disabled persons' tax credit (jonggehandicaptenkorting)"
            ),
            jonggehandicaptenkorting(w),
            b.jonggehandicaptenkorting,
        ));
    }
    let namen: Vec<String> = kortingen
        .iter()
        .map(|(naam, heel, _)| tekst!(taal, "{naam} ({heel})", "{naam} ({heel})"))
        .collect();
    let heel: Cents = kortingen.iter().map(|(_, h, _)| *h).sum();
    let gebruikt: Cents = kortingen.iter().map(|(_, _, g)| *g).sum();
    let rest = if gebruikt < heel {
        let waar = if matches!(inv.uitkering, super::scenario::Uitkering::Geen) {
            tekst!(
                taal,
                "meer belasting is er op dit loon niet",
                "there is no more tax on this wage"
            )
        } else {
            tekst!(
                taal,
                "de rest verlaagt de belasting op uw uitkering",
                "the rest lowers the tax on your benefit"
            )
        };
        tekst!(
            taal,
            " Op de belasting over uw loon wordt daarvan {gebruikt} gebruikt; {waar}.",
            " Of these, {gebruikt} is used against the tax on your wage; {waar}."
        )
    } else {
        String::new()
    };
    let loon = if inv.uurloon_is_minimumloon && inv.loonwaarde_ppm.is_some() {
        tekst!(
            taal,
            "het minimumloon maal uw loonwaarde, {} per uur (met loondispensatie betaalt uw werkgever minder dan het minimumloon)",
            "the minimum wage times your wage value, {} per hour (with a wage exemption your employer pays less than the minimum wage)",
            standaard_uurloon(w, inv.leeftijd, inv.loonwaarde_ppm)
        )
    } else if inv.uurloon_is_minimumloon {
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
            "Van uw brutoloon gaat belasting af; kortingen op de belasting (heffingskortingen) maken die lager.",
            "Tax is deducted from your gross wage; reductions of the tax (tax credits) make it lower."
        ),
        tekst: tekst!(
            taal,
            "U werkt {} uur per week voor {loon}: {} bruto per maand. U bouwt daarbij {} vakantiegeld per maand op ({}); dat is hier over de maanden verdeeld. Over een heel jaar is de belasting op dit loon {}. Daar gaan kortingen op de belasting (heffingskortingen) van af, per jaar: {}.{rest} Er blijft {} per maand over.",
            "You work {} hours per week for {loon}: {} gross per month. You also build up {} holiday pay per month ({}); it is spread over the months here. Over a whole year the tax on this wage is {}. Reductions of the tax (tax credits) are deducted from it, per year: {}.{rest} That leaves {} per month.",
            uren_tekst(m.uren),
            m.bruto_loon,
            m.vakantiegeld,
            pct(w.vakantiegeld_loon(), taal),
            b.heffing_voor_kortingen,
            opsomming(&namen, taal),
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
