//! The cliff finder: sweep 0 to 40 hours per week in steps of half an hour (81 points) at the
//! scenario's hourly wage, and find every stretch where the marginal rate is 80% or more, where
//! income falls, or where it jumps (a threshold below which you have much less, such as the WGA
//! step at 50% of the restverdiencapaciteit), each labelled with the component that causes it.

use super::bijstand;
use super::parameters::Lees;
use super::reken::{reken_maand, valideer, Invoer, Maand};
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
    /// The component that changes most (`uitkering`, `zorgtoeslag`, `huurtoeslag`, …).
    pub oorzaak: String,
    /// Every component that changes against the person inside the stretch (for a jump: in
    /// their favour), in display order; the note names them all.
    #[serde(default)]
    pub oorzaken: Vec<String>,
    /// The highest marginal rate in the stretch (negative for a jump up).
    pub marginale_druk: Procent,
    /// Change of the total over the stretch, per month.
    #[serde(with = "euro")]
    pub verandering: Cents,
    /// The number of the note (1 = the first of [`Curve::notities`]) that explains this stretch;
    /// stretches with the same cause share one note.
    pub notitie: usize,
    /// The explanation of its note.
    pub uitleg: String,
}

/// One note under the chart: one cause, with every stretch it causes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notitie {
    /// Where: "Van 17 tot 25 uur", "Van 12 tot 13 en van 20 tot 21 uur".
    pub waar: String,
    /// The cause in a few words: "de vrijlating is op zijn hoogst (€ 285,00 per maand)".
    pub kop: String,
    /// What it means for the person, with the numbers of the sweep.
    pub uitleg: String,
}

/// The sweep.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Curve {
    #[serde(with = "euro")]
    pub uurloon: Cents,
    pub punten: Vec<CurvePunt>,
    pub trajecten: Vec<Traject>,
    /// One note per cause, numbered as the bands of the chart.
    pub notities: Vec<Notitie>,
    /// The month the curve shows (`YYYY-MM`): the first month of work.
    pub maand: String,
    /// Which month the chart shows, and whether later months look different.
    pub over: String,
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
    // Each stretch with the key of its cause and the cause in words.
    let mut trajecten: Vec<(Traject, String, String)> = Vec::new();
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
        // Every line that moves that way is named; a stretch ends where that set changes.
        let mut oorzaak = "nettoloon";
        let mut beste = Cents::ZERO;
        let mut oorzaken: Vec<&'static str> = Vec::new();
        for ((id, va), (_, vb)) in a.onderdelen().into_iter().zip(b.onderdelen()).skip(1) {
            let d = vb - va;
            let score = if soort == TrajectSoort::Drempel {
                d
            } else {
                -d
            };
            if score > Cents::ZERO {
                oorzaken.push(id);
            }
            if score > beste {
                beste = score;
                oorzaak = id;
            }
        }
        if oorzaken.is_empty() {
            oorzaken.push("nettoloon");
        }
        let (sleutel, kop) = oorzaken_van(&inv, soort, &oorzaken, a, b);
        match trajecten.last_mut() {
            Some((t, k, _)) if t.soort == soort && *k == sleutel && t.tot_uren == a.uren => {
                t.tot_uren = b.uren;
                t.verandering += d_totaal;
                if druk > t.marginale_druk.0 {
                    t.marginale_druk = Procent(druk);
                }
            }
            _ => trajecten.push((
                Traject {
                    van_uren: a.uren,
                    tot_uren: b.uren,
                    soort,
                    oorzaak: oorzaak.to_string(),
                    oorzaken: oorzaken.iter().map(|o| o.to_string()).collect(),
                    marginale_druk: Procent(druk),
                    verandering: d_totaal,
                    notitie: 0,
                    uitleg: String::new(),
                },
                sleutel,
                kop,
            )),
        }
    }
    // One note per cause, in the order the causes first appear on the curve.
    let mut notities: Vec<(String, Notitie, Vec<usize>)> = Vec::new();
    for (i, (_, sleutel, kop)) in trajecten.iter().enumerate() {
        match notities.iter_mut().find(|(k, _, _)| k == sleutel) {
            Some((_, _, leden)) => leden.push(i),
            None => notities.push((
                sleutel.clone(),
                Notitie {
                    waar: String::new(),
                    kop: kop.clone(),
                    uitleg: String::new(),
                },
                vec![i],
            )),
        }
    }
    for (nr, (_, n, leden)) in notities.iter_mut().enumerate() {
        let stukken: Vec<&Traject> = leden.iter().map(|&i| &trajecten[i].0).collect();
        n.waar = waar_tekst(&stukken, taal);
        n.uitleg = notitie_uitleg(&inv, &stukken, taal);
        for &i in leden.iter() {
            trajecten[i].0.notitie = nr + 1;
            trajecten[i].0.uitleg = n.uitleg.clone();
        }
    }
    let trajecten: Vec<Traject> = trajecten.into_iter().map(|(t, _, _)| t).collect();
    let notities: Vec<Notitie> = notities.into_iter().map(|(_, n, _)| n).collect();
    let punten: Vec<CurvePunt> = maanden.iter().map(punt).collect();
    // Provisional if a line at 0 or 40 hours uses a provisional value.
    let vl = |m: &Maand| {
        super::uitleg::lijnen(&inv, m, &mut |id| {
            p.index_van(id)
                .and_then(|i| p.gebruik_in(inv.periode, i))
                .is_some_and(|g| g.voorlopig)
        })
        .iter()
        .any(|r| r.voorlopig)
    };
    let voorlopig = vl(&maanden[0]) || vl(&maanden[PUNTEN - 1]);
    let maand = inv.peildatum.get(0..7).unwrap_or("").to_string();
    let naam = super::maand_tekst(&maand, taal);
    // Later months differ when the benefit's state changes within the first year.
    let later =
        (2..=12).any(|m| super::reken::tijdsleutel(&inv, m) != super::reken::tijdsleutel(&inv, 1));
    let over = if later {
        tekst!(
            taal,
            "De grafiek laat de eerste maand van uw werk zien ({naam}). In latere maanden ziet het er anders uit; dat ziet u bij de eerste 12 maanden.",
            "The chart shows the first month of your work ({naam}). Later months look different; you see that in the first 12 months."
        )
    } else {
        tekst!(
            taal,
            "De grafiek laat de eerste maand van uw werk zien ({naam}).",
            "The chart shows the first month of your work ({naam})."
        )
    };
    Ok(Curve {
        uurloon: inv.uurloon,
        punten,
        trajecten,
        notities,
        maand,
        over,
        voorlopig,
    })
}

/// "Van 17 tot 25 uur", "Van 12 tot 13 en van 20 tot 21 uur" ("From 17 to 25 hours").
fn waar_tekst(stukken: &[&Traject], taal: Taal) -> String {
    // Stretches with one step of the sweep between them read as one ("van 35,5 tot 40").
    let mut reeksen: Vec<(Uren, Uren)> = Vec::new();
    for t in stukken {
        match reeksen.last_mut() {
            Some((_, tot)) if t.van_uren.0 - tot.0 <= 50 => *tot = t.tot_uren,
            _ => reeksen.push((t.van_uren, t.tot_uren)),
        }
    }
    let delen: Vec<String> = reeksen
        .iter()
        .enumerate()
        .map(|(i, (van, tot))| {
            let (van, tot) = (uren_tekst(*van), uren_tekst(*tot));
            match (i, taal) {
                (0, Taal::Nl) => format!("Van {van} tot {tot}"),
                (_, Taal::Nl) => format!("van {van} tot {tot}"),
                (0, Taal::En) => format!("From {van} to {tot}"),
                (_, Taal::En) => format!("from {van} to {tot}"),
            }
        })
        .collect();
    tekst!(taal, "{} uur", "{} hours", super::opsomming(&delen, taal))
}

/// What a note's stretches mean, once: the share of an extra euro kept (never "0 cent": then
/// "niets"), the fall of the income, or the jump.
fn notitie_uitleg(inv: &Invoer, stukken: &[&Traject], taal: Taal) -> String {
    let soort = stukken[0].soort;
    if soort == TrajectSoort::Drempel {
        let stap: Cents = stukken.iter().map(|t| t.verandering).sum();
        let wga = if stukken[0].oorzaak == "uitkering"
            && matches!(inv.uitkering, super::Uitkering::Wga { .. })
        {
            let grens = pct(Lees::new(inv.w).wga_rvc_grens(), taal);
            tekst!(
                taal,
                " Dat is de grens van {grens} van uw restverdiencapaciteit: daaronder krijgt u de lagere vervolguitkering, daarboven de loonaanvulling.",
                " That is the limit of {grens} of your remaining earning capacity: below it you get the lower follow-up benefit, above it the wage supplement."
            )
        } else {
            String::new()
        };
        return tekst!(
            taal,
            "Daar gaat uw inkomen in één stap {stap} omhoog. Werkt u net minder, dan heeft u veel minder.{wga}",
            "There your income goes up by {stap} in one step. If you work just a little less, you have much less.{wga}"
        );
    }
    if stukken
        .iter()
        .any(|t| t.soort == TrajectSoort::InkomenDaalt)
    {
        let daling: Cents = stukken
            .iter()
            .filter(|t| t.soort == TrajectSoort::InkomenDaalt)
            .map(|t| t.verandering)
            .sum();
        return tekst!(
            taal,
            "Daar gaat uw inkomen omlaag als u meer werkt ({} per maand). Meer werken levert daar minder op.",
            "There your income goes down if you work more ({} per month). Working more leaves you with less there.",
            Cents(-daling.0)
        );
    }
    let hoogst = stukken
        .iter()
        .map(|t| t.marginale_druk.0)
        .max()
        .unwrap_or(0);
    let houdt = (10_000 - hoogst) / 100;
    if houdt <= 0 {
        tekst!(
            taal,
            "Daar houdt u van een euro die u bruto extra verdient niets over.",
            "There you keep nothing of a euro you earn extra gross."
        )
    } else {
        tekst!(
            taal,
            "Daar houdt u van elke euro die u bruto extra verdient hoogstens {houdt} cent over.",
            "There you keep at most {houdt} cents of every euro you earn extra gross."
        )
    }
}

/// The causes of a step: a key (stretches with the same key share a note) and every line that
/// changes in words: "hier worden de zorgtoeslag en de huurtoeslag lager", or the benefit's own
/// words followed by the toeslagen ("…, en hier wordt de huurtoeslag lager").
fn oorzaken_van(
    inv: &Invoer,
    soort: TrajectSoort,
    oorzaken: &[&str],
    a: &Maand,
    b: &Maand,
) -> (String, String) {
    let taal = inv.taal;
    let toeslagen = [
        "zorgtoeslag",
        "huurtoeslag",
        "kindgebonden_budget",
        "kinderbijslag",
    ];
    let bedrag = |m: &Maand, id: &str| {
        m.onderdelen()
            .into_iter()
            .find(|(i, _)| *i == id)
            .map_or(Cents::ZERO, |(_, v)| v)
    };
    let mut sleutels: Vec<String> = Vec::new();
    let mut koppen: Vec<String> = Vec::new();
    for o in oorzaken.iter().filter(|o| !toeslagen.contains(o)) {
        let (k, kop) = oorzaak_van(inv, soort, o, a, b);
        sleutels.push(k);
        koppen.push(kop);
    }
    let (mut stoppen, mut lager, mut hoger) = (Vec::new(), Vec::new(), Vec::new());
    for o in oorzaken.iter().filter(|o| toeslagen.contains(o)) {
        sleutels.push(format!("{o}_{}", soort == TrajectSoort::Drempel));
        let n = naam(o, taal).to_string();
        if soort == TrajectSoort::Drempel {
            hoger.push(n);
        } else if bedrag(a, o) > Cents::ZERO && bedrag(b, o) == Cents::ZERO {
            stoppen.push(n);
        } else {
            lager.push(n);
        }
    }
    // "hier stopt de zorgtoeslag", "hier worden de zorgtoeslag en de huurtoeslag lager".
    let deel = |namen: &[String], nl: [&str; 2], en: [&str; 2]| {
        let i = usize::from(namen.len() > 1);
        let lijst = super::opsomming(namen, taal);
        match taal {
            Taal::Nl => format!("hier {} {lijst}", nl[i]),
            Taal::En => format!("here {lijst} {}", en[i]),
        }
    };
    let mut delen: Vec<String> = Vec::new();
    if !stoppen.is_empty() {
        delen.push(deel(&stoppen, ["stopt", "stoppen"], ["stops", "stop"]));
    }
    if !lager.is_empty() {
        let d = deel(&lager, ["wordt", "worden"], ["goes down", "go down"]);
        delen.push(match taal {
            Taal::Nl => format!("{d} lager"),
            Taal::En => d,
        });
    }
    if !hoger.is_empty() {
        let d = deel(&hoger, ["wordt", "worden"], ["goes up", "go up"]);
        delen.push(match taal {
            Taal::Nl => format!("{d} hoger"),
            Taal::En => d,
        });
    }
    if !delen.is_empty() {
        koppen.push(delen.join(match taal {
            Taal::Nl => " en ",
            Taal::En => " and ",
        }));
    }
    let sleutel = sleutels.join("+");
    let kop = koppen.join(match taal {
        Taal::Nl => ", en ",
        Taal::En => ", and ",
    });
    (sleutel, kop)
}

/// The cause of a stretch: a key (stretches with the same key share a note) and the cause in a
/// few words, decided from the month at the end of the step.
fn oorzaak_van(
    inv: &Invoer,
    soort: TrajectSoort,
    oorzaak: &str,
    a: &Maand,
    b: &Maand,
) -> (String, String) {
    use super::reken::UitkeringStand;
    let taal = inv.taal;
    let w = &Lees::new(inv.w);
    let stopt = |va: Cents, vb: Cents| va > Cents::ZERO && vb == Cents::ZERO;
    let (sleutel, kop): (&str, String) = match (oorzaak, soort, b.uitkering) {
        ("uitkering", TrajectSoort::Drempel, UitkeringStand::Wga(_)) => (
            "wga_grens",
            tekst!(
                taal,
                "de WGA-grens: onder {} van uw restverdiencapaciteit krijgt u de lagere vervolguitkering",
                "the WGA limit: below {} of your remaining earning capacity you get the lower follow-up benefit",
                pct(w.wga_rvc_grens(), taal)
            ),
        ),
        ("uitkering", _, UitkeringStand::Bijstand { .. })
            if stopt(a.uitkering_netto, b.uitkering_netto) =>
        {
            ("bijstand_stopt", tekst!(taal, "hier stopt uw bijstand", "here your bijstand stops"))
        }
        ("uitkering", _, UitkeringStand::Bijstand { soort: bijstand::Vrijlating::Geen, .. }) => (
            "bijstand_geen",
            tekst!(
                taal,
                "u mag geen deel van uw loon houden: uw hele nettoloon gaat van de bijstand af",
                "you may not keep any part of your wage: all of your net wage is deducted from the bijstand"
            ),
        ),
        ("uitkering", _, UitkeringStand::Bijstand { vrijlating, soort: v, .. }) => {
            let max = match v {
                bijstand::Vrijlating::AlleenstaandeOuder => w.bijstand_alo_max(),
                bijstand::Vrijlating::MedischeUrenbeperking => w.bijstand_medisch_max(),
                _ => w.bijstand_vrijlating_max(),
            };
            if vrijlating >= max {
                (
                    "bijstand_max",
                    tekst!(
                        taal,
                        "u houdt al het hoogste bedrag dat u van uw loon mag houden ({max} per maand): meer loon gaat helemaal van de bijstand af",
                        "you already keep the highest amount of your wage you may keep ({max} per month): more wage is deducted in full from the bijstand"
                    ),
                )
            } else {
                (
                    "bijstand_deel",
                    tekst!(
                        taal,
                        "uw loon gaat grotendeels van de bijstand af; u houdt een deel (de vrijlating)",
                        "most of your wage is deducted from the bijstand; you keep a part (the earnings exemption)"
                    ),
                )
            }
        }
        ("uitkering", _, UitkeringStand::Ww { beeindigd: true, .. }) => (
            "ww_stopt",
            tekst!(
                taal,
                "hier stopt de WW: u verdient meer dan {} van uw WW-maandloon",
                "here the WW stops: you earn more than {} of your WW monthly wage",
                pct(w.ww_eindgrens(), taal)
            ),
        ),
        ("uitkering", _, _) if stopt(a.uitkering_netto, b.uitkering_netto) => {
            ("uitkering_stopt", tekst!(taal, "hier stopt uw uitkering", "here your benefit stops"))
        }
        ("uitkering", _, _) => (
            "uitkering",
            tekst!(
                taal,
                "uw loon wordt verrekend met uw uitkering",
                "your wage is offset against your benefit"
            ),
        ),
        ("nettoloon", _, _) => (
            "belasting",
            tekst!(taal, "u betaalt hier meer belasting", "here you pay more tax"),
        ),
        ("partner", _, _) => (
            "partner",
            tekst!(taal, "het inkomen van uw partner", "your partner's income"),
        ),
        ("gemeentelijk", _, _) => (
            "gemeentelijk",
            tekst!(
                taal,
                "hier stoppen gemeentelijke regelingen",
                "here municipal schemes stop"
            ),
        ),
        (toeslag, _, _) => {
            let naam = naam(toeslag, taal);
            let (va, vb) = match toeslag {
                "zorgtoeslag" => (a.zorgtoeslag.per_maand, b.zorgtoeslag.per_maand),
                "huurtoeslag" => (a.huurtoeslag.per_maand, b.huurtoeslag.per_maand),
                "kindgebonden_budget" => (
                    a.kindgebonden_budget.per_maand,
                    b.kindgebonden_budget.per_maand,
                ),
                _ => (a.kinderbijslag, b.kinderbijslag),
            };
            let kop = if soort == TrajectSoort::Drempel {
                tekst!(taal, "hier wordt {naam} hoger", "here {naam} goes up")
            } else if stopt(va, vb) {
                tekst!(taal, "hier stopt {naam}", "here {naam} stops")
            } else {
                tekst!(taal, "hier wordt {naam} lager", "here {naam} goes down")
            };
            return (
                format!("{toeslag}_{}", soort == TrajectSoort::Drempel),
                kop,
            );
        }
    };
    let sleutel = if soort == TrajectSoort::Drempel {
        format!("{sleutel}_drempel")
    } else {
        sleutel.to_string()
    };
    (sleutel, kop)
}
