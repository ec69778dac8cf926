//! # The income engine ("rekenhulp")
//!
//! What will a person on a benefit have to live on each month if they work X hours at wage W,
//! compared with now, and why? Dutch rules of 2026 as small functions named after the legal
//! concept, with parameters as dated, sourced data (`data/income/2026.toml`).
//!
//! The app calls:
//!
//! ```
//! use werkkeuze_core::income::{bereken, curve, lees_scenario, parameters};
//!
//! let p = parameters(2026).expect("parameters 2026");
//! let s = lees_scenario(r#"{
//!     "huishouden": {"leeftijd": 35},
//!     "woning": {"kale_huur": 650},
//!     "uitkering": {"soort": "bijstand"},
//!     "werk": {"uren_per_week": 16}
//! }"#).expect("geldig scenario");
//! let u = bereken(&s, p).expect("berekend");
//! assert_eq!(u.met_werk.totaal, u.met_werk.regels.iter().map(|r| r.bedrag).sum());
//! let c = curve(&s, p).expect("curve");
//! assert_eq!(c.punten.len(), 81);
//!
//! // The same in English: only the texts differ, never the amounts.
//! use werkkeuze_core::{income::bereken_in, Taal};
//! let en = bereken_in(&s, p, Taal::En).expect("berekend");
//! assert_eq!(en.met_werk.totaal, u.met_werk.totaal);
//! assert_eq!(en.met_werk.regels[0].naam, "Net wage");
//! ```
//!
//! Money is [`Cents`] throughout; JSON shows euros as numbers. Every line carries an explanation
//! (Dutch by default, English with [`bereken_in`]), the rule ids and the parameter ids; the result
//! lists every parameter used with its value, start date and source, and says when any of them is
//! provisional. Amounts in the texts are written the same way in both languages ("€ 1.234,56"), as
//! the English screen writes them too.

pub mod aangiftetijdvak;
pub mod bijstand;
pub mod curve;
pub mod heffingskortingen;
pub mod herleving;
pub mod huurtoeslag;
pub mod kalender;
pub mod kinderbijslag;
pub mod kinderopvangtoeslag;
pub mod kindgebonden_budget;
pub mod loonheffing;
pub mod loonkostensubsidie;
pub mod parameters;
pub mod regelen;
pub mod reken;
pub mod scenario;
pub mod terugvordering;
pub mod toeslag;
pub mod uitbetaling;
pub mod uitleg;
pub mod verloop;
pub mod wajong;
pub mod werkkosten;
pub mod wga;
pub mod ww;
pub mod ziektewet;
pub mod zorgtoeslag;

pub use crate::Taal;
pub use curve::{curve, curve_in, Curve, CurvePunt, Traject, TrajectSoort};
pub use parameters::{
    parameters, Bron, Gelezen, Lees, ParameterGebruik, Parameters, RegelGebruik, Waarden,
};
pub use scenario::{
    lees_scenario, GemeentelijkeRegeling, Huishouden, InvoerFout, Partner, Scenario, Uitkering,
    Uren, Werk, Woning,
};
pub use uitleg::Regel;

use crate::money::Cents;
use crate::tekst;
use reken::{reken_maand, valideer, Maand, UitkeringStand};
use scenario::euro;
use serde::{Deserialize, Serialize, Serializer};
use std::sync::Arc;

/// The rule ids the result lines refer to; each must be in the data file with a source.
pub const GEBRUIKTE_REGELS: &[&str] = &[
    "minimumloon",
    "vakantiegeld",
    "loonheffing",
    "heffingskortingen",
    "zorgtoeslag",
    "huurtoeslag",
    "kindgebonden_budget",
    "kinderbijslag",
    "awir_minimum",
    "bijstand",
    "kostendelersnorm",
    "vrijlating",
    "wajong",
    "wga",
    "iva",
    "ww",
    "ziektewet",
    "gemeentelijk",
];

/// A percentage in basis points (1/100 of a percent): 72,35% is `Procent(7235)`. JSON shows the
/// percentage as a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(from = "f64")]
pub struct Procent(pub i64);

impl Serialize for Procent {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.0 as f64 / 100.0)
    }
}

impl From<f64> for Procent {
    fn from(x: f64) -> Procent {
        Procent(if x.is_finite() {
            (x * 100.0).round() as i64
        } else {
            0
        })
    }
}

/// One month's picture: the lines and their total.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Maandbeeld {
    pub uren_per_week: Uren,
    /// Gross wage per month without holiday pay.
    #[serde(with = "euro")]
    pub bruto_loon: Cents,
    /// The benefit gross per month (for the WW and WIA including the holiday pay UWV pays in
    /// May; for the Wajong without it; for bijstand the gross equivalent of the net amount).
    #[serde(with = "euro")]
    pub uitkering_bruto: Cents,
    /// The (joint) toetsingsinkomen per year the toeslagen use.
    #[serde(with = "euro")]
    pub toetsingsinkomen_per_jaar: Cents,
    pub regels: Vec<Regel>,
    /// The sum of the lines: what there is to live on this month.
    #[serde(with = "euro")]
    pub totaal: Cents,
}

/// One month of the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tijdlijnmaand {
    /// 1 = the first month of work.
    pub maand: u32,
    /// `YYYY-MM`.
    pub periode: String,
    #[serde(with = "euro")]
    pub zonder_werk: Cents,
    #[serde(with = "euro")]
    pub met_werk: Cents,
    #[serde(with = "euro")]
    pub verschil: Cents,
    /// What changes this month (e.g. the vrijlating ends), in the language asked for.
    pub gebeurtenissen: Vec<String>,
}

/// Which date's amounts a result uses, and which are missing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bedragen {
    /// The start date of the set of amounts in use on the first month of work (`2026-07-01`).
    pub van: String,
    /// Amounts that were due on a date on or before the first month of work but are not in the
    /// data: the result uses older ones for them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ontbreekt: Option<Ontbreekt>,
    /// The statement for the screen, in the language asked for.
    pub tekst: String,
}

/// Amounts that are due but missing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ontbreekt {
    /// The first date whose amounts are missing (`2027-01-01`).
    pub datum: String,
    /// The lines (names as on the screen) whose calculation uses an amount from before that date.
    pub onderdelen: Vec<String>,
    /// The parameters concerned.
    pub parameters: Vec<String>,
}

/// The full result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Uitkomst {
    pub jaar: i32,
    /// The first month of work (`YYYY-MM-DD`).
    pub peildatum: String,
    /// Which date's amounts are used, and which are missing.
    pub bedragen: Bedragen,
    pub zonder_werk: Maandbeeld,
    pub met_werk: Maandbeeld,
    /// `met_werk.totaal − zonder_werk.totaal`, per month.
    #[serde(with = "euro")]
    pub verschil: Cents,
    /// Of one extra hour of work per week, the share that does not reach your purse
    /// (tax, lower benefit, lower toeslagen). `None` when the wage is zero.
    pub marginale_druk: Option<Procent>,
    /// Of everything you earn by working (gross, incl. holiday pay), the share you lose.
    pub participatiedruk: Option<Procent>,
    /// The first 12 months.
    pub tijdlijn: Vec<Tijdlijnmaand>,
    /// A provisional value was used: the screen must say so.
    pub voorlopig: bool,
    /// Every parameter used, with value, start date and source.
    pub bronnen: Vec<Arc<ParameterGebruik>>,
    /// Every rule used, with its source.
    pub regels: Vec<Arc<RegelGebruik>>,
    /// Warnings and limitations, in the language asked for.
    pub waarschuwingen: Vec<String>,
}

/// The lines of a month; records the index of every parameter used in `gebruikt`.
fn maandbeeld(
    inv: &reken::Invoer,
    m: &Maand,
    p: &Parameters,
    gebruikt: &mut Vec<usize>,
) -> Maandbeeld {
    let regels = uitleg::regels(inv, m, &mut |id| {
        let Some(i) = p.index_van(id) else {
            return false;
        };
        gebruikt.push(i);
        p.gebruik_in(inv.periode, i).is_some_and(|g| g.voorlopig)
    });
    let totaal = regels.iter().map(|r| r.bedrag).sum();
    debug_assert_eq!(totaal, m.totaal);
    Maandbeeld {
        uren_per_week: m.uren,
        bruto_loon: m.bruto_loon,
        uitkering_bruto: m.uitkering_bruto,
        toetsingsinkomen_per_jaar: m.toetsingsinkomen_jaar,
        regels,
        totaal,
    }
}

/// The first day of month `maand` (1 = the month of `peildatum`), `YYYY-MM-01`.
fn maand_datum(peildatum: &str, maand: u32) -> String {
    let jaar: i32 = peildatum
        .get(0..4)
        .and_then(|s| s.parse().ok())
        .unwrap_or(2026);
    let m0: u32 = peildatum
        .get(5..7)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1)
        .clamp(1, 12);
    let index = (m0 - 1) + (maand - 1);
    format!("{}-{:02}-01", jaar + (index / 12) as i32, index % 12 + 1)
}

/// A date as a person reads it: "1 juli 2026", "1 July 2026".
pub fn datum_tekst(datum: &str, taal: Taal) -> String {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let maand: usize = datum.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(0);
    let dag: u32 = datum.get(8..10).and_then(|d| d.parse().ok()).unwrap_or(0);
    let namen = match taal {
        Taal::Nl => &NL,
        Taal::En => &EN,
    };
    match namen.get(maand.wrapping_sub(1)) {
        Some(naam) => format!("{dag} {naam} {}", datum.get(0..4).unwrap_or("")),
        None => datum.to_string(),
    }
}

/// A month as a person reads it: "december 2026", "December 2026".
pub fn maand_tekst(datum: &str, taal: Taal) -> String {
    let t = datum_tekst(&format!("{}-01", datum.get(0..7).unwrap_or(datum)), taal);
    match t.split_once(' ') {
        Some((_, rest)) => rest.to_string(),
        None => t,
    }
}

/// A list of names: "a, b en c" ("a, b and c").
fn opsomming(namen: &[String], taal: Taal) -> String {
    match namen {
        [] => String::new(),
        [a] => a.clone(),
        [voor @ .., laatste] => {
            let en = match taal {
                Taal::Nl => "en",
                Taal::En => "and",
            };
            format!("{} {en} {laatste}", voor.join(", "))
        }
    }
}

/// Which date's amounts the lines of `maanden` use on `datum` (period `periode`), and which due
/// amounts are missing.
pub(crate) fn bedragen(
    p: &Parameters,
    periode: usize,
    datum: &str,
    lijnen: &[&Regel],
    taal: Taal,
) -> Bedragen {
    let van = p.periode_datum(periode).to_string();
    let mut eerste: Option<String> = None;
    let mut oudste_gebruikt = String::new();
    let mut onderdelen: Vec<String> = Vec::new();
    let mut parameters: Vec<String> = Vec::new();
    for r in lijnen {
        for id in &r.parameters {
            let Some(g) = p.index_van(id).and_then(|i| p.gebruik_in(periode, i)) else {
                continue;
            };
            let Some(due) = g.verouderd_vanaf.as_deref().filter(|d| *d <= datum) else {
                continue;
            };
            if eerste.as_deref().is_none_or(|e| due < e) {
                eerste = Some(due.to_string());
            }
            if g.vanaf > oudste_gebruikt {
                oudste_gebruikt = g.vanaf.clone();
            }
            if !onderdelen.contains(&r.naam) {
                onderdelen.push(r.naam.clone());
            }
            if !parameters.contains(&g.id) {
                parameters.push(g.id.clone());
            }
        }
    }
    let van_tekst = datum_tekst(&van, taal);
    let mut tekst = tekst!(
        taal,
        "Deze berekening gebruikt de bedragen die gelden vanaf {van_tekst}.",
        "This calculation uses the amounts that apply from {van_tekst}."
    );
    let ontbreekt = eerste.map(|d| {
        let namen = opsomming(&onderdelen, taal);
        let dt = datum_tekst(&d, taal);
        tekst.push_str(&if oudste_gebruikt < van {
            tekst!(
                taal,
                " Voor {namen} zijn de bedragen van {dt} nog niet bekend; daarvoor gelden hier de bedragen van {}. Wat er sinds {dt} veranderd is, zit er niet in.",
                " For {namen} the amounts of {dt} are not known yet; for those the amounts of {} are used here. What changed from {dt} on is not included.",
                datum_tekst(&oudste_gebruikt, taal)
            )
        } else {
            tekst!(
                taal,
                " De bedragen van {dt} zijn nog niet bekend (voor {namen}). Wat er sinds {dt} veranderd is, zit er niet in.",
                " The amounts of {dt} are not known yet (for {namen}). What changed from {dt} on is not included."
            )
        });
        Ontbreekt {
            datum: d,
            onderdelen,
            parameters,
        }
    });
    Bedragen {
        van,
        ontbreekt,
        tekst,
    }
}

fn gebeurtenissen(inv: &reken::Invoer, vorig: &Maand, nu: &Maand) -> Vec<String> {
    let taal = inv.taal;
    let l = Lees::new(inv.w);
    let mut uit = Vec::new();
    match (vorig.uitkering, nu.uitkering) {
        (UitkeringStand::Bijstand { soort: a, .. }, UitkeringStand::Bijstand { soort: b, .. })
            if a != b =>
        {
            uit.push(bijstand::gebeurtenis(&l, b, taal));
        }
        (UitkeringStand::Wga(a), UitkeringStand::Wga(b)) if a != b => {
            uit.push(wga::gebeurtenis(b, taal));
        }
        (
            UitkeringStand::Ww {
                pct: a,
                afgelopen: x,
                ..
            },
            UitkeringStand::Ww {
                pct: b,
                afgelopen: y,
                ..
            },
        ) if (y && !x) || (!y && a != b) => {
            uit.push(ww::gebeurtenis(a, b, y && !x, taal));
        }
        _ => {}
    }
    uit
}

fn procent(teller: Cents, noemer: Cents) -> Option<Procent> {
    (noemer > Cents::ZERO).then(|| {
        Procent(
            ((teller.0 as i128 * 10_000) / noemer.0 as i128).clamp(-1_000_000, 1_000_000) as i64,
        )
    })
}

/// Computes the full result for a scenario: without and with the work, per month, with the
/// timeline, the marginal rate, explanations and sources, in Dutch. Bad input gives an
/// [`InvoerFout`] naming the field; it never panics.
pub fn bereken(s: &Scenario, p: &Parameters) -> Result<Uitkomst, InvoerFout> {
    bereken_in(s, p, Taal::Nl)
}

/// [`bereken`] with every text (line names, explanations, timeline events, warnings and the
/// message of an [`InvoerFout`]) in `taal`. Only that language is formatted.
pub fn bereken_in(s: &Scenario, p: &Parameters, taal: Taal) -> Result<Uitkomst, InvoerFout> {
    let inv = valideer(s, p, taal)?;
    let zonder = reken_maand(&inv, Uren(0), 1);
    let met = reken_maand(&inv, inv.uren, 1);

    // Marginal rate of one more hour per week (or one less, at the 60-hour limit).
    let (a, b) = if inv.uren <= Uren(5900) {
        (met.clone(), reken_maand(&inv, Uren(inv.uren.0 + 100), 1))
    } else {
        (reken_maand(&inv, Uren(inv.uren.0 - 100), 1), met.clone())
    };
    let d_bruto = (b.bruto_loon + b.vakantiegeld) - (a.bruto_loon + a.vakantiegeld);
    let marginale_druk = procent(d_bruto - (b.totaal - a.totaal), d_bruto);
    let bruto_met = met.bruto_loon + met.vakantiegeld;
    let participatiedruk = procent(bruto_met - (met.totaal - zonder.totaal), bruto_met);

    let mut param_ids: Vec<usize> = Vec::with_capacity(128);
    let zonder_werk = maandbeeld(&inv, &zonder, p, &mut param_ids);
    let met_werk = maandbeeld(&inv, &met, p, &mut param_ids);
    let alle_lijnen: Vec<&Regel> = zonder_werk.regels.iter().chain(&met_werk.regels).collect();
    let bedragen_start = bedragen(p, inv.periode, &inv.peildatum, &alle_lijnen, taal);

    // Timeline: a month is recomputed only when its time-dependent state (vrijlating window, WW
    // percentage, LGU) or its set of amounts (1 January, 1 July) differs from the month before.
    let mut tijdlijn = Vec::with_capacity(12);
    let mut vorig_sleutel = (reken::tijdsleutel(&inv, 1), inv.periode);
    let mut inv_m = inv.clone();
    let (mut z, mut m) = (zonder.totaal, met.clone());
    for maand in 1..=12u32 {
        let datum = maand_datum(&inv.peildatum, maand);
        let periode = p.periode_van(&datum).unwrap_or(inv_m.periode);
        let mut g = Vec::new();
        if periode != inv_m.periode {
            if let Some(nieuw) = inv_m.op_periode(p, periode) {
                inv_m = nieuw;
                let r = reken_maand(&inv_m, inv.uren, maand as i64);
                let lijnen = uitleg::regels(&inv_m, &r, &mut |_| false);
                let b = bedragen(p, periode, &datum, &lijnen.iter().collect::<Vec<_>>(), taal);
                let van = datum_tekst(&b.van, taal);
                let mut t = tekst!(
                    taal,
                    "Nieuwe bedragen vanaf {van}.",
                    "New amounts from {van}."
                );
                if let Some(o) = &b.ontbreekt {
                    t.push_str(&tekst!(
                        taal,
                        " Nog niet bekend voor: {}; hier gelden de oudere.",
                        " Not known yet for: {}; the older ones are used here.",
                        opsomming(&o.onderdelen, taal)
                    ));
                }
                g.push(t);
            }
        }
        let sleutel = (reken::tijdsleutel(&inv_m, maand as i64), inv_m.periode);
        if sleutel != vorig_sleutel {
            let nieuw = reken_maand(&inv_m, inv.uren, maand as i64);
            g.extend(gebeurtenissen(&inv_m, &m, &nieuw));
            z = reken_maand(&inv_m, Uren(0), maand as i64).totaal;
            m = nieuw;
            vorig_sleutel = sleutel;
        }
        tijdlijn.push(Tijdlijnmaand {
            maand,
            periode: datum[..7].to_string(),
            zonder_werk: z,
            met_werk: m.totaal,
            verschil: m.totaal - z,
            gebeurtenissen: g,
        });
    }

    // Sources.
    let mut regel_ids: Vec<&str> = Vec::new();
    for r in &alle_lijnen {
        regel_ids.extend(r.regels.iter().map(|c| c.as_ref()));
    }
    param_ids.extend(p.index_van("aow.leeftijd"));
    param_ids.sort_unstable();
    param_ids.dedup();
    regel_ids.sort_unstable();
    regel_ids.dedup();
    let bronnen: Vec<Arc<ParameterGebruik>> = param_ids
        .iter()
        .filter_map(|&i| p.gebruik_in(inv.periode, i).cloned())
        .collect();
    let regels: Vec<Arc<RegelGebruik>> = regel_ids
        .iter()
        .filter_map(|id| p.regel_gebruik(id))
        .collect();
    let voorlopig = alle_lijnen.iter().any(|r| r.voorlopig);
    let waarschuwingen = waarschuwingen(&inv, &alle_lijnen, &bedragen_start, voorlopig);

    Ok(Uitkomst {
        jaar: inv
            .peildatum
            .get(0..4)
            .and_then(|j| j.parse().ok())
            .unwrap_or(p.jaar),
        peildatum: inv.peildatum.clone(),
        bedragen: bedragen_start,
        verschil: met_werk.totaal - zonder_werk.totaal,
        zonder_werk,
        met_werk,
        marginale_druk,
        participatiedruk,
        tijdlijn,
        voorlopig,
        bronnen,
        regels,
        waarschuwingen,
    })
}

/// The warnings and limitations for this scenario; every number in them comes from the
/// parameters.
fn waarschuwingen(
    inv: &reken::Invoer,
    lijnen: &[&Regel],
    bedragen: &Bedragen,
    voorlopig: bool,
) -> Vec<String> {
    let taal = inv.taal;
    let w = &Lees::new(inv.w);
    let mut uit = vec![
        tekst!(
            taal,
            "Toeslagen zijn voorschotten. Dienst Toeslagen rekent achteraf met uw echte jaarinkomen. Geef een nieuw inkomen meteen door via Mijn toeslagen; dan hoeft u later minder terug te betalen.",
            "Allowances (toeslagen) are advance payments. Dienst Toeslagen recalculates them afterwards with your actual yearly income. Report a new income straight away in Mijn toeslagen; then you will have less to pay back later."
        ),
        tekst!(
            taal,
            "Dit is een schatting per maand met het inkomen omgerekend naar een heel jaar. Het echte bedrag kan anders zijn; de instantie beslist.",
            "This is an estimate per month, with the income converted to a whole year. The real amount may be different; the organisation that pays it decides."
        ),
    ];
    if bedragen.ontbreekt.is_some() {
        uit.push(bedragen.tekst.clone());
    }
    if voorlopig {
        // The amounts a person recognises (huurtoeslag, bijstand …), not the dozen parameter
        // labels behind them: those are under "waarom?" and in the sources.
        let mut namen: Vec<&str> = Vec::new();
        for r in lijnen {
            if r.voorlopig && !namen.contains(&r.naam.as_str()) {
                namen.push(&r.naam);
            }
        }
        uit.push(tekst!(
            taal,
            "Sommige bedragen zijn nog voorlopig: een deel van de regels is niet in een officiële bron gecontroleerd. Het gaat om: {}. Bij 'Waarom?' ziet u welke waarden. Gebruik waar u kunt het bedrag uit uw eigen beschikking.",
            "Some amounts are still provisional: some of the rules behind them have not been checked in an official source. This concerns: {}. 'Why?' shows which values. Where you can, use the amount from your own decision letter.",
            namen.join(", ")
        ));
    }
    match &inv.uitkering {
        Uitkering::Bijstand { .. } => {
            uit.push(tekst!(
                taal,
                "Geef uw inkomsten elke maand door aan de gemeente. Gemeentelijke regelingen (zoals kwijtschelding en de individuele inkomenstoeslag) kunnen stoppen als u meer verdient; vul ze in bij 'gemeentelijk'.",
                "Report your earnings to the municipality every month. Municipal schemes (such as remission of local taxes and the individual income supplement) may stop if you earn more; enter them under 'municipal schemes'."
            ));
            let jong = w.bijstand_leeftijd_jongerennorm();
            if inv.partner_leeftijd.is_some_and(|l| l < jong) {
                uit.push(tekst!(
                    taal,
                    "Uw partner is jonger dan {jong}: dan gelden andere normen dan hier gebruikt. Vul het bedrag uit uw beschikking in.",
                    "Your partner is younger than {jong}: then other rates apply than the ones used here. Enter the amount from your decision letter."
                ));
            }
        }
        Uitkering::Wga { .. }
        | Uitkering::Iva { .. }
        | Uitkering::Ww { .. }
        | Uitkering::Ziektewet { .. } => {
            uit.push(tekst!(
                taal,
                "Toeslagenwet: liggen uw uitkering en inkomen samen onder het sociaal minimum, dan kan UWV aanvullen. Die toeslag is hier niet berekend.",
                "Toeslagenwet (supplement to the social minimum): if your benefit and income together are below the social minimum, UWV may top them up. That supplement is not calculated here."
            ));
        }
        Uitkering::Wajong { .. } => {
            uit.push(tekst!(
                taal,
                "Had u al een Wajong vóór {} (oude Wajong of Wajong 2010)? Dan kan een garantiebedrag gelden; dat is hier niet berekend.",
                "Did you already have a Wajong benefit before {} (the old Wajong or Wajong 2010)? Then a guaranteed amount may apply; that is not calculated here.",
                w.wajong_nieuw_vanaf_jaar()
            ));
        }
        Uitkering::Geen => {}
    }
    if inv.uren > Uren(0) && inv.uurloon < inv.minimumuurloon && inv.loonwaarde_ppm.is_none() {
        uit.push(tekst!(
            taal,
            "Uw uurloon ({}) is lager dan het minimumloon voor uw leeftijd ({}). Dat mag alleen met loondispensatie.",
            "Your hourly wage ({}) is lower than the minimum wage for your age ({}). That is only allowed with a wage exemption (loondispensatie).",
            inv.uurloon,
            inv.minimumuurloon
        ));
    }
    if inv.huur.is_some() && !inv.huurtoeslag_te_schatten() {
        uit.push(tekst!(
            taal,
            "Huurtoeslag is niet geschat: het inkomen van uw medebewoners telt mee en is niet ingevuld. Het totaal is zonder huurtoeslag.",
            "The rent allowance is not estimated: the income of the people you live with counts and has not been entered. The total is without rent allowance."
        ));
    }
    if matches!(inv.uitkering, Uitkering::Bijstand { .. })
        && inv.leeftijd < w.bijstand_vrijlating_leeftijd()
    {
        uit.push(tekst!(
            taal,
            "U bent jonger dan {}: dan mag u volgens de Participatiewet (artikel 31, lid 5) niets van uw loon houden naast de bijstand, ook niet als alleenstaande ouder. Sommige gemeenten laten nu al meer vrij, vooruitlopend op nieuwe regels. Vraag het uw gemeente.",
            "You are younger than {}: then under the Participatiewet (article 31(5)) you may not keep any of your wage next to the bijstand, not even as a single parent. Some municipalities already let you keep more, ahead of new rules. Ask your municipality.",
            w.bijstand_vrijlating_leeftijd(),
        ));
    }
    let jaar: i64 = inv
        .peildatum
        .get(0..4)
        .and_then(|j| j.parse().ok())
        .unwrap_or(0);
    let grens = w.iack_geboren_vanaf_jaar();
    if inv
        .kinderen
        .iter()
        .any(|&k| jaar - k >= grens && jaar - k - 1 < grens)
    {
        uit.push(tekst!(
            taal,
            "Voor een kind dat in {grens} of later is geboren is er geen inkomensafhankelijke combinatiekorting meer. Of uw kind van {} jaar daaronder valt, hangt af van de geboortedatum; hier is de korting voor dat kind niet meegerekend.",
            "For a child born in {grens} or later there is no longer an income-related combination tax credit (inkomensafhankelijke combinatiekorting). Whether your child aged {} is one of them depends on the date of birth; the credit is not included here for that child.",
            jaar - grens
        ));
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::parameters::Ppm;
    use super::*;

    /// Two events (the 25% exemption or the wage-related WGA starting later) cannot happen in a
    /// timeline that starts with the work, so `tests/income_english.rs` never meets them: every
    /// change of state is checked here, in both languages.
    #[test]
    fn every_timeline_event_is_written_in_dutch_and_in_english() {
        use bijstand::Vrijlating::*;
        use wga::WgaSoort::*;
        let p = parameters(2026).unwrap();
        let s = lees_scenario(r#"{"huishouden":{"leeftijd":35}}"#).unwrap();
        let inv = valideer(&s, p, Taal::Nl).unwrap();
        let basis = reken_maand(&inv, Uren(0), 1);
        let met = |uitkering| Maand {
            uitkering,
            ..basis.clone()
        };
        let bijstand = |soort| UitkeringStand::Bijstand {
            norm: Cents::ZERO,
            vrijlating: Cents::ZERO,
            soort,
        };
        let ww = |pct, afgelopen| UitkeringStand::Ww {
            pct: Ppm(pct),
            beeindigd: false,
            afgelopen,
        };
        let veranderingen = [
            (bijstand(Arbeid), bijstand(Geen)),
            (bijstand(Arbeid), bijstand(AlleenstaandeOuder)),
            (bijstand(Geen), bijstand(Arbeid)),
            (bijstand(Geen), bijstand(MedischeUrenbeperking)),
            (
                UitkeringStand::Wga(Loongerelateerd),
                UitkeringStand::Wga(Loonaanvulling),
            ),
            (
                UitkeringStand::Wga(Loongerelateerd),
                UitkeringStand::Wga(Vervolg),
            ),
            (
                UitkeringStand::Wga(Vervolg),
                UitkeringStand::Wga(Loongerelateerd),
            ),
            (ww(750_000, false), ww(750_000, true)),
            (ww(750_000, false), ww(700_000, false)),
        ];
        let mut engels = std::collections::BTreeSet::new();
        for (a, b) in veranderingen {
            let inv_en = valideer(&s, p, Taal::En).unwrap();
            let nl = gebeurtenissen(&inv, &met(a), &met(b));
            let en = gebeurtenissen(&inv_en, &met(a), &met(b));
            assert_eq!((nl.len(), en.len()), (1, 1), "{a:?} → {b:?}");
            assert_ne!(nl, en);
            let woorden = format!(
                " {} ",
                en[0].to_lowercase().replace(['.', ',', ';', ':'], " ")
            );
            for w in [
                " de ", " het ", " uw ", " u ", " een ", " van ", " stopt ", " begint ",
            ] {
                assert!(!woorden.contains(w), "{w} in {}", en[0]);
            }
            engels.insert(en[0].clone());
        }
        assert_eq!(engels.len(), 9);
        assert!(gebeurtenissen(&inv, &basis, &basis).is_empty());
    }
}
