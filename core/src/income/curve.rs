//! The cliff finder: sweep 0 to 40 hours per week in steps of half an hour (81 points) at the
//! scenario's hourly wage, and find every stretch where the marginal rate is 80% or more, where
//! income falls, or where it jumps (a threshold below which you have much less, such as the WGA
//! step at 50% of the restverdiencapaciteit), each labelled with the component that causes it.

use super::parameters::Lees;
use super::reken::{reken_maand, valideer, Maand};
use super::scenario::{euro, InvoerFout, Scenario, Uren};
use super::uitleg::{pct, uren_tekst};
use super::{Parameters, Procent};
use crate::money::Cents;
use crate::{tekst, Taal};
use serde::{Deserialize, Serialize};

/// Number of points: 0 to 40 hours in steps of 0,5.
pub const PUNTEN: usize = 81;
/// A marginal rate from this level (in basis points) counts as high.
pub const HOGE_DRUK: i64 = 8_000;
/// A jump bigger than this (on top of the extra wage) counts as a threshold.
pub const DREMPEL: Cents = Cents::euros(10);

/// The components of the total at one point, per month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Onderdelen {
    #[serde(with = "euro")]
    pub nettoloon: Cents,
    #[serde(with = "euro")]
    pub uitkering: Cents,
    #[serde(with = "euro")]
    pub partner: Cents,
    #[serde(with = "euro")]
    pub zorgtoeslag: Cents,
    #[serde(with = "euro")]
    pub huurtoeslag: Cents,
    #[serde(with = "euro")]
    pub kindgebonden_budget: Cents,
    #[serde(with = "euro")]
    pub kinderbijslag: Cents,
    #[serde(with = "euro")]
    pub gemeentelijk: Cents,
}

/// One point of the curve.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CurvePunt {
    pub uren_per_week: Uren,
    /// Gross wage per month without holiday pay.
    #[serde(with = "euro")]
    pub bruto_loon: Cents,
    /// Total net income per month.
    #[serde(with = "euro")]
    pub totaal: Cents,
    pub onderdelen: Onderdelen,
}

/// Kind of stretch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrajectSoort {
    /// Working more makes the total income fall.
    InkomenDaalt,
    /// Of every extra euro gross, 80 cents or more is lost.
    HogeMarginaleDruk,
    /// The total jumps up: just below this point you have much less (an armoedeval when working
    /// a little less, or not reaching the threshold).
    Drempel,
}

/// A stretch of the curve with a problem, labelled with its cause.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Traject {
    pub van_uren: Uren,
    pub tot_uren: Uren,
    pub soort: TrajectSoort,
    /// The component that causes it (`uitkering`, `zorgtoeslag`, `huurtoeslag`, …).
    pub oorzaak: String,
    /// The highest marginal rate in the stretch (negative for a jump up).
    pub marginale_druk: Procent,
    /// Change of the total over the stretch, per month.
    #[serde(with = "euro")]
    pub verandering: Cents,
    pub uitleg: String,
}

/// The sweep.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Curve {
    #[serde(with = "euro")]
    pub uurloon: Cents,
    pub punten: Vec<CurvePunt>,
    pub trajecten: Vec<Traject>,
    /// A provisional parameter value is used somewhere in the calculation.
    pub voorlopig: bool,
}

/// The cause as it reads in a sentence ("vooral door …", "mainly because of …").
fn naam(oorzaak: &str, taal: Taal) -> &'static str {
    let (nl, en) = match oorzaak {
        "nettoloon" => ("de belasting op uw loon", "the tax on your wage"),
        "uitkering" => ("uw uitkering", "your benefit"),
        "partner" => ("het inkomen van uw partner", "your partner's income"),
        "zorgtoeslag" => ("de zorgtoeslag", "the healthcare allowance"),
        "huurtoeslag" => ("de huurtoeslag", "the rent allowance"),
        "kindgebonden_budget" => ("het kindgebonden budget", "the child-related budget"),
        "kinderbijslag" => ("de kinderbijslag", "child benefit"),
        _ => ("de gemeentelijke regelingen", "the municipal schemes"),
    };
    match taal {
        Taal::Nl => nl,
        Taal::En => en,
    }
}

fn punt(m: &Maand) -> CurvePunt {
    CurvePunt {
        uren_per_week: m.uren,
        bruto_loon: m.bruto_loon,
        totaal: m.totaal,
        onderdelen: Onderdelen {
            nettoloon: m.nettoloon,
            uitkering: m.uitkering_netto,
            partner: m.partner_netto,
            zorgtoeslag: m.zorgtoeslag.per_maand,
            huurtoeslag: m.huurtoeslag.per_maand,
            kindgebonden_budget: m.kindgebonden_budget.per_maand,
            kinderbijslag: m.kinderbijslag,
            gemeentelijk: m.gemeentelijk,
        },
    }
}

/// Sweeps the hours for a scenario (its own hours are ignored; its hourly wage is used) in the
/// first month of work, with the explanations in Dutch.
pub fn curve(s: &Scenario, p: &Parameters) -> Result<Curve, InvoerFout> {
    curve_in(s, p, Taal::Nl)
}

/// [`curve`] with the explanations of the stretches (and an [`InvoerFout`]) in `taal`.
pub fn curve_in(s: &Scenario, p: &Parameters, taal: Taal) -> Result<Curve, InvoerFout> {
    let inv = valideer(s, p, taal)?;
    let maanden: Vec<Maand> = (0..PUNTEN as i64)
        .map(|i| reken_maand(&inv, Uren(i * 50), 1))
        .collect();
    let mut trajecten: Vec<Traject> = Vec::new();
    for pair in maanden.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let d_bruto = (b.bruto_loon + b.vakantiegeld) - (a.bruto_loon + a.vakantiegeld);
        if d_bruto <= Cents::ZERO {
            continue;
        }
        let d_totaal = b.totaal - a.totaal;
        let druk = ((d_bruto - d_totaal).0 as i128 * 10_000 / d_bruto.0 as i128)
            .clamp(-10_000_000, 10_000_000) as i64;
        let soort = if d_totaal < Cents::ZERO {
            TrajectSoort::InkomenDaalt
        } else if druk >= HOGE_DRUK {
            TrajectSoort::HogeMarginaleDruk
        } else if d_totaal - d_bruto > DREMPEL {
            TrajectSoort::Drempel
        } else {
            continue;
        };
        // The cause: the component (other than the wage itself, unless nothing else moved) that
        // changed most against the person (or, for a jump, in their favour).
        let mut oorzaak = "nettoloon";
        let mut beste = Cents::ZERO;
        for ((id, va), (_, vb)) in a.onderdelen().into_iter().zip(b.onderdelen()).skip(1) {
            let d = vb - va;
            let score = if soort == TrajectSoort::Drempel {
                d
            } else {
                -d
            };
            if score > beste {
                beste = score;
                oorzaak = id;
            }
        }
        match trajecten.last_mut() {
            Some(t) if t.soort == soort && t.oorzaak == oorzaak && t.tot_uren == a.uren => {
                t.tot_uren = b.uren;
                t.verandering += d_totaal;
                if druk > t.marginale_druk.0 {
                    t.marginale_druk = Procent(druk);
                }
            }
            _ => trajecten.push(Traject {
                van_uren: a.uren,
                tot_uren: b.uren,
                soort,
                oorzaak: oorzaak.to_string(),
                marginale_druk: Procent(druk),
                verandering: d_totaal,
                uitleg: String::new(),
            }),
        }
    }
    for t in &mut trajecten {
        let (van, tot) = (uren_tekst(t.van_uren), uren_tekst(t.tot_uren));
        let oorzaak = naam(&t.oorzaak, taal);
        t.uitleg = match t.soort {
            TrajectSoort::InkomenDaalt => tekst!(
                taal,
                "Tussen {van} en {tot} uur per week gaat uw inkomen omlaag ({}), vooral door {oorzaak}. Meer werken levert hier minder op.",
                "Between {van} and {tot} hours per week your income goes down ({}), mainly because of {oorzaak}. Here, working more leaves you with less.",
                t.verandering
            ),
            TrajectSoort::HogeMarginaleDruk => tekst!(
                taal,
                "Tussen {van} en {tot} uur per week houdt u van elke extra euro bruto hoogstens {} cent over, vooral door {oorzaak}.",
                "Between {van} and {tot} hours per week you keep at most {} cents of every extra euro gross, mainly because of {oorzaak}.",
                (10_000 - t.marginale_druk.0).clamp(0, 10_000) / 100
            ),
            TrajectSoort::Drempel => {
                let wga = t.oorzaak == "uitkering"
                    && matches!(s.uitkering, super::Uitkering::Wga { .. });
                let grens = pct(Lees::new(inv.w).wga_rvc_grens(), taal);
                let wga = match (wga, taal) {
                    (false, _) => String::new(),
                    (true, Taal::Nl) => format!(" Bij de WGA is dit de grens van {grens} van uw restverdiencapaciteit: daaronder krijgt u de lagere vervolguitkering, daarboven de loonaanvulling."),
                    (true, Taal::En) => format!(" For the WGA this is the limit of {grens} of your remaining earning capacity: below it you get the lower follow-up benefit, above it the wage supplement."),
                };
                tekst!(
                    taal,
                    "Tussen {van} en {tot} uur per week gaat uw inkomen in één stap {} omhoog door {oorzaak}. Werkt u net minder, dan heeft u veel minder.{wga}",
                    "Between {van} and {tot} hours per week your income goes up by {} in one step because of {oorzaak}. If you work just a little less, you have much less.{wga}",
                    t.verandering
                )
            }
        };
    }
    let punten: Vec<CurvePunt> = maanden.iter().map(punt).collect();
    // Provisional if a line at 0 or 40 hours uses a provisional value.
    let vl = |m: &Maand| {
        super::uitleg::regels(&inv, m, &mut |id| {
            p.index_van(id)
                .and_then(|i| p.gebruik_in(inv.periode, i))
                .is_some_and(|g| g.voorlopig)
        })
        .iter()
        .any(|r| r.voorlopig)
    };
    let voorlopig = vl(&maanden[0]) || vl(&maanden[PUNTEN - 1]);
    Ok(Curve {
        uurloon: inv.uurloon,
        punten,
        trajecten,
        voorlopig,
    })
}
