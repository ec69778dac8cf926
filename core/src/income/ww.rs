//! WW (Werkloosheidswet, text of 1-1-2026): 75% of the maandloon in the first 2 months, then 70%
//! (art. 47); with work the percentage of (maandloon − inkomsten × C/D); the right ends when the
//! inkomsten × C/D exceed 87,5% of the maandloon (art. 20 lid 1 c). Amounts gross per month,
//! including the holiday pay that UWV pays in May (art. 33 lid 3: 8/108 of the benefit).

use super::parameters::{Lees, Ppm};
use super::reken::{Invoer, Maand, UitkeringStand};
use super::scenario::Uitkering;
use super::uitleg::{maanden, pct, vakantiegeld_in_uitkering, Uitleg};
use super::wga::Maandloon;
use super::{maand_datum, maand_tekst, maandnaam};
use crate::money::Cents;
use crate::{tekst, Taal};

/// The month most employers pay the holiday pay (May), when the person did not choose one.
pub const VAKANTIEGELD_MAAND: u32 = 5;

/// The month of the timeline (1 = the first month of work) in which the employer pays the holiday
/// pay for the first time: the first month with the chosen calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vakantiegeldmaand {
    pub nummer: i64,
    /// Months of holiday pay built up by then: from the first month of work up to and including
    /// the month it is paid (at most a year).
    pub opgebouwd: i64,
    /// The WW still runs in that month (`maanden_resterend`).
    pub binnen_ww: bool,
}

/// The employer's holiday-pay month and the WW in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vakantiegeld {
    pub maand: Vakantiegeldmaand,
    /// The holiday pay paid that month, gross.
    pub betaald: Cents,
    /// The WW in that month, gross (income = wage + the holiday pay paid).
    pub ww: Cents,
    /// The income then exceeds the end limit: no WW that month (art. 20 lid 1 c).
    pub stopt: bool,
}

/// When the employer pays the holiday pay, for a person on WW (`None` for other benefits).
pub fn vakantiegeldmaand(inv: &Invoer) -> Option<Vakantiegeldmaand> {
    let Uitkering::Ww {
        maanden_resterend, ..
    } = &inv.uitkering
    else {
        return None;
    };
    let start: i64 = inv
        .peildatum
        .get(5..7)
        .and_then(|m| m.parse().ok())
        .unwrap_or(1);
    let nummer = (i64::from(inv.vakantiegeld_maand.0) - start).rem_euclid(12) + 1;
    Some(Vakantiegeldmaand {
        nummer,
        opgebouwd: nummer,
        binnen_ww: maanden_resterend.is_none_or(|r| nummer <= r),
    })
}

/// The WW in the employer's holiday-pay month: the wage plus the holiday pay built up since the
/// start counts as that month's income (AIB art. 4:1 lid 10). `None` without holiday pay.
pub fn vakantiegeld(
    w: &Lees,
    inv: &Invoer,
    maandloon: Cents,
    loon: Cents,
    vakantiegeld_per_maand: Cents,
) -> Option<Vakantiegeld> {
    let Uitkering::Ww { maanden_gehad, .. } = &inv.uitkering else {
        return None;
    };
    if vakantiegeld_per_maand <= Cents::ZERO {
        return None;
    }
    let maand = vakantiegeldmaand(inv)?;
    let betaald = Cents(vakantiegeld_per_maand.0.saturating_mul(maand.opgebouwd));
    let (ww, stopt) = ww(
        w,
        maandloon,
        loon + betaald,
        percentage(w, maanden_gehad + maand.nummer),
    );
    Some(Vakantiegeld {
        maand,
        betaald,
        ww,
        stopt,
    })
}

/// The percentage in WW month `maand` (1 = first month of WW).
pub fn percentage(w: &Lees, maand: i64) -> Ppm {
    if maand <= w.wga_eerste_maanden() {
        w.wga_pct_eerste()
    } else {
        w.wga_pct_daarna()
    }
}

/// The WW benefit per month (art. 47 lid 1: 0,75 or 0,7 × (A − B × C/D), including its holiday
/// pay, art. 33 lid 3) and whether the right ended because the income × C/D is more than 87,5% of
/// the maandloon (art. 20 lid 1 c).
pub fn ww(w: &Lees, maandloon: Cents, inkomen: Cents, pct: Ppm) -> (Cents, bool) {
    let ml = Maandloon::van(w, maandloon);
    let b = ml.geschaald(inkomen.max_zero());
    if b > ml.gemaximeerd.times_ppm(w.ww_eindgrens().0) {
        return (Cents::ZERO, true);
    }
    ((ml.gemaximeerd - b).max_zero().times_ppm(pct.0), false)
}

/// The WW line.
pub fn uitleg(w: &Lees, inv: &Invoer, m: &Maand) -> Uitleg {
    let taal = inv.taal;
    let (
        Uitkering::Ww { maandloon, .. },
        UitkeringStand::Ww {
            pct: nu,
            beeindigd,
            afgelopen,
            vakantiegeld,
        },
    ) = (&inv.uitkering, m.uitkering)
    else {
        return Uitleg::leeg(taal);
    };
    let (eerste, daarna) = (pct(w.wga_pct_eerste(), taal), pct(w.wga_pct_daarna(), taal));
    let eind = pct(w.ww_eindgrens(), taal);
    let ml = Maandloon::van(w, *maandloon);
    let vg = m.uitkering_ww_vakantiegeld;
    let vg_naam =
        |v: &Vakantiegeld| maand_tekst(&maand_datum(&inv.peildatum, v.maand.nummer as u32), taal);
    let tekst = if afgelopen {
        tekst!(
            taal,
            "Uw WW-periode is voorbij in deze maand. Misschien heeft u daarna recht op bijstand; die is hier niet berekend.",
            "Your WW period ends in this month. After that you may be entitled to bijstand; that is not calculated here."
        )
    } else if beeindigd && !vakantiegeld {
        tekst!(
            taal,
            "U verdient meer dan {eind} van uw WW-maandloon: dan stopt de WW.",
            "You earn more than {eind} of your WW monthly wage, so the WW stops."
        )
    } else {
        let mut t = tekst!(
            taal,
            "De WW is {} van het verschil tussen uw WW-maandloon ({}) en wat u verdient ({eerste} in de eerste {}, daarna {daarna}).",
            "The WW is {} of the difference between your WW monthly wage ({}) and what you earn ({eerste} in the first {}, then {daarna}).",
            pct(nu, taal),
            ml.gemaximeerd,
            maanden(w.wga_eerste_maanden(), taal)
        );
        if ml.volledig > ml.gemaximeerd && m.bruto_loon > Cents::ZERO {
            t.push_str(&tekst!(
                taal,
                " Uw oude loon ({}) is hoger dan het maximum; daarom telt UWV uw inkomsten naar verhouding minder mee.",
                " Your old wage ({}) is above the maximum; so UWV counts your earnings proportionally less.",
                ml.volledig
            ));
        }
        match vg {
            Some(v) if vakantiegeld => t.push_str(&if v.stopt {
                tekst!(
                    taal,
                    " Deze maand betaalt uw werkgever uw vakantiegeld: {}, opgebouwd in {}. Voor de WW telt dat deze maand als inkomen. Daardoor verdient u deze maand meer dan {eind} van uw WW-maandloon en krijgt u geen WW. Daarna krijgt u weer WW; geef het vakantiegeld door aan UWV.",
                    " This month your employer pays your holiday pay: {}, built up over {}. For the WW it counts as income this month. So this month you earn more than {eind} of your WW monthly wage and get no WW. After that you get WW again; report the holiday pay to UWV.",
                    v.betaald,
                    maanden(v.maand.opgebouwd, taal)
                )
            } else {
                tekst!(
                    taal,
                    " Deze maand betaalt uw werkgever uw vakantiegeld: {}, opgebouwd in {}. Voor de WW telt dat deze maand als inkomen, dus is uw WW nu lager. Daarna krijgt u weer de gewone WW; geef het vakantiegeld door aan UWV.",
                    " This month your employer pays your holiday pay: {}, built up over {}. For the WW it counts as income this month, so your WW is lower now. After that you get the ordinary WW again; report the holiday pay to UWV.",
                    v.betaald,
                    maanden(v.maand.opgebouwd, taal)
                )
            }),
            Some(v) if v.maand.binnen_ww => {
                let welke = if inv.vakantiegeld_maand.1 {
                    String::new()
                } else {
                    tekst!(
                        taal,
                        " (bij de meeste werkgevers in {}; bij alle vragen kunt u een andere maand kiezen)",
                        " (with most employers in {}; with all questions you can choose another month)",
                        maandnaam(VAKANTIEGELD_MAAND, taal)
                    )
                };
                t.push_str(&tekst!(
                    taal,
                    " Het vakantiegeld dat u bij uw werk opbouwt telt voor de WW pas mee in de maand dat uw werkgever het betaalt{welke}. In {} is dat {}, en is uw WW dan {} bruto. Dat ziet u bij de eerste 12 maanden.",
                    " The holiday pay you build up at work only counts for the WW in the month your employer pays it{welke}. In {} that is {}, and your WW is then {} gross. You see it in the first 12 months.",
                    vg_naam(&v),
                    v.betaald,
                    v.ww
                ));
            }
            Some(v) => t.push_str(&tekst!(
                taal,
                " Het vakantiegeld dat u bij uw werk opbouwt telt mee in de maand dat uw werkgever het betaalt ({}). Uw WW stopt eerder, dus telt het niet mee.",
                " The holiday pay you build up at work counts in the month your employer pays it ({}). Your WW stops before then, so it does not count.",
                vg_naam(&v)
            )),
            None => {}
        }
        t.push_str(&tekst!(
            taal,
            " Bruto {} deze maand.",
            " Gross {} this month.",
            m.uitkering_bruto
        ));
        t.push(' ');
        t.push_str(&vakantiegeld_in_uitkering(w, m.uitkering_bruto, taal));
        t
    };
    Uitleg {
        naam: tekst!(taal, "WW (netto)", "WW (net)"),
        kort: tekst!(
            taal,
            "UWV trekt uw loon af van het maandloon en betaalt {eerste} of {daarna} van de rest; boven {eind} stopt de WW.",
            "UWV deducts your wage from the monthly wage and pays {eerste} or {daarna} of the rest; above {eind} the WW stops."
        ),
        tekst: tekst!(
            taal,
            "{tekst} Netto {}.",
            "{tekst} Net {}.",
            m.uitkering_netto
        ),
        regels: vec!["ww", "uwv_inkomsten", "loonheffing", "heffingskortingen"],
        voorlopig: false,
    }
}

/// What changes in the timeline when the WW percentage changes, the WW period ends, or the
/// employer pays the holiday pay (and the month after).
pub fn gebeurtenis(van: &Maand, naar: &Maand, taal: Taal) -> Option<String> {
    let (
        UitkeringStand::Ww {
            pct: a,
            afgelopen: x,
            vakantiegeld: vg_a,
            ..
        },
        UitkeringStand::Ww {
            pct: b,
            afgelopen: y,
            vakantiegeld: vg_b,
            beeindigd,
        },
    ) = (van.uitkering, naar.uitkering)
    else {
        return None;
    };
    Some(if y && !x {
        tekst!(taal, "Uw WW-periode is voorbij.", "Your WW period is over.")
    } else if vg_b && !vg_a {
        let betaald = naar
            .uitkering_ww_vakantiegeld
            .map(|v| v.betaald)
            .unwrap_or_default();
        if beeindigd {
            tekst!(
                taal,
                "Uw werkgever betaalt uw vakantiegeld ({betaald}). Voor de WW telt dat deze maand als inkomen: deze maand krijgt u geen WW. Geef het door aan UWV.",
                "Your employer pays your holiday pay ({betaald}). For the WW it counts as income this month: this month you get no WW. Report it to UWV."
            )
        } else {
            tekst!(
                taal,
                "Uw werkgever betaalt uw vakantiegeld ({betaald}). Voor de WW telt dat deze maand als inkomen: uw WW is deze maand {} bruto. Geef het door aan UWV.",
                "Your employer pays your holiday pay ({betaald}). For the WW it counts as income this month: your WW is {} gross this month. Report it to UWV.",
                naar.uitkering_bruto
            )
        }
    } else if vg_a && !vg_b {
        tekst!(
            taal,
            "Uw WW is weer zoals in een gewone maand ({} bruto).",
            "Your WW is back to an ordinary month ({} gross).",
            naar.uitkering_bruto
        )
    } else if a != b && !y {
        tekst!(
            taal,
            "De WW gaat van {} naar {}.",
            "The WW goes from {} to {}.",
            pct(a, taal),
            pct(b, taal)
        )
    } else {
        return None;
    })
}
