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
//! assert_eq!(u.met_werk.totaal, u.met_werk.lijnen.iter().map(|r| r.bedrag).sum());
//! let c = curve(&s, p).expect("curve");
//! assert_eq!(c.punten.len(), 81);
//!
//! // The same in English: only the texts differ, never the amounts.
//! use werkkeuze_core::{income::bereken_in, Taal};
//! let en = bereken_in(&s, p, Taal::En).expect("berekend");
//! assert_eq!(en.met_werk.totaal, u.met_werk.totaal);
//! assert_eq!(en.met_werk.lijnen[0].naam, "Net wage");
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
    parameters, parameters_op, Bron, Gelezen, Lees, ParameterGebruik, Parameters, RegelGebruik,
    Waarden,
};
pub use scenario::{
    lees_scenario, GemeentelijkeRegeling, Huishouden, InvoerFout, Partner, Scenario, Uitkering,
    Uren, Werk, Woning,
};
pub use uitleg::Lijn;

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
    /// The lines of the month (net wage, benefit, toeslagen, …), each with its rules.
    pub lijnen: Vec<Lijn>,
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

/// Months of the timeline with the same totals (in whole euros, as the screen shows them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Periode {
    /// The first and last month (1 = the first month of work).
    pub van_maand: u32,
    pub tot_maand: u32,
    /// `YYYY-MM` of the first and the last month.
    pub van: String,
    pub tot: String,
    #[serde(with = "euro")]
    pub zonder_werk: Cents,
    #[serde(with = "euro")]
    pub met_werk: Cents,
    /// The difference of the totals as shown: `met_werk` minus `zonder_werk`, each rounded to
    /// whole euros first.
    #[serde(with = "euro")]
    pub verschil: Cents,
    /// When it applies, in words: "december 2026 tot en met mei 2027", "vanaf juni 2027".
    pub wanneer: String,
    /// The same, short, for a table cell: "tot en met mei 2027", "vanaf juni 2027", "in mei
    /// 2027"; empty when there is one period.
    pub wanneer_kort: String,
    /// The sentence for the answer: "De eerste 6 maanden (…) gaat u er ongeveer € 285 per maand
    /// op vooruit."
    pub zin: String,
    /// What changes in this period: the timeline's events of its months (for a later period,
    /// first the reason it starts).
    pub waarom: Vec<String>,
}

/// Below this difference per month (in whole euros) the answer says "about the same".
pub const GELIJK_GRENS: Cents = Cents::euros(10);

/// The difference of two totals as a person reads them: each rounded to whole euros first, so
/// the difference shown is the difference of the totals shown.
pub fn verschil_getoond(zonder: Cents, met: Cents) -> Cents {
    met.round_to_euro() - zonder.round_to_euro()
}

/// The heart of the answer for a difference: "gaat u er ongeveer € 285 per maand op vooruit".
fn kern(verschil: Cents, per_maand: bool, taal: Taal) -> String {
    let bedrag = crate::money::format_whole_euros(Cents(verschil.0.abs()));
    let pm = match (per_maand, taal) {
        (false, _) => "",
        (true, Taal::Nl) => " per maand",
        (true, Taal::En) => " per month",
    };
    if verschil.0.abs() < GELIJK_GRENS.0 {
        tekst!(
            taal,
            "houdt u{} ongeveer evenveel over",
            "you will have about the same{}",
            if per_maand { pm } else { "" }
        )
    } else if verschil > Cents::ZERO {
        tekst!(
            taal,
            "gaat u er ongeveer {bedrag}{pm} op vooruit",
            "you will be about {bedrag}{pm} better off"
        )
    } else {
        tekst!(
            taal,
            "gaat u er ongeveer {bedrag}{pm} op achteruit",
            "you will be about {bedrag}{pm} worse off"
        )
    }
}

/// Groups the timeline into periods with the same totals as shown.
///
/// `stopt` holds per month what stops and why when the benefit with work is € 0; a
/// period that starts with a stopped benefit, while the period before still had one, says so
/// first, plainly.
fn perioden(
    tijdlijn: &[Tijdlijnmaand],
    stopt: &[Option<(String, String)>],
    taal: Taal,
) -> Vec<Periode> {
    // A period ends where the difference a person reads changes; a change of the totals that
    // leaves the difference as it is (new amounts of a euro) stays inside it, with its reason.
    let mut groepen: Vec<(usize, usize)> = Vec::new();
    for (i, t) in tijdlijn.iter().enumerate() {
        let sleutel = |t: &Tijdlijnmaand| verschil_getoond(t.zonder_werk, t.met_werk);
        match groepen.last_mut() {
            Some((a, b)) if sleutel(&tijdlijn[*a]) == sleutel(t) => *b = i,
            _ => groepen.push((i, i)),
        }
    }
    let aantal = groepen.len();
    groepen
        .iter()
        .enumerate()
        .map(|(k, &(a, b))| {
            let (eerst, laatst) = (&tijdlijn[a], &tijdlijn[b]);
            let van = maand_tekst(&eerst.periode, taal);
            let tot = maand_tekst(&laatst.periode, taal);
            let verschil = verschil_getoond(eerst.zonder_werk, eerst.met_werk);
            let n = b - a + 1;
            let een = n == 1;
            let wanneer = if een {
                van.clone()
            } else {
                tekst!(taal, "{van} tot en met {tot}", "{van} to {tot}")
            };
            let (zin, wanneer_kort) = if aantal == 1 {
                (
                    tekst!(
                        taal,
                        "{}. Dat geldt voor elk van de eerste {} maanden ({wanneer}).",
                        "{}. That applies to each of the first {} months ({wanneer}).",
                        hoofdletter(&hoofdzin(&kern(verschil, true, taal), taal)),
                        n
                    ),
                    String::new(),
                )
            } else if k == 0 {
                let zin = if een {
                    tekst!(
                        taal,
                        "In de eerste maand ({van}) {}.",
                        "In the first month ({van}) {}.",
                        kern(verschil, false, taal)
                    )
                } else {
                    tekst!(
                        taal,
                        "De eerste {n} maanden ({wanneer}) {}.",
                        "In the first {n} months ({wanneer}) {}.",
                        kern(verschil, true, taal)
                    )
                };
                let kort = if een {
                    tekst!(taal, "in {van}", "in {van}")
                } else {
                    tekst!(taal, "tot en met {tot}", "until {tot}")
                };
                (zin, kort)
            } else if k + 1 == aantal {
                (
                    tekst!(
                        taal,
                        "Vanaf {van} {}.",
                        "From {van} {}.",
                        kern(verschil, true, taal)
                    ),
                    tekst!(taal, "vanaf {van}", "from {van}"),
                )
            } else if een {
                (
                    tekst!(
                        taal,
                        "In {van} {}.",
                        "In {van} {}.",
                        kern(verschil, false, taal)
                    ),
                    tekst!(taal, "in {van}", "in {van}"),
                )
            } else {
                (
                    tekst!(
                        taal,
                        "Van {van} tot en met {tot} {}.",
                        "From {van} to {tot} {}.",
                        kern(verschil, true, taal)
                    ),
                    wanneer.clone(),
                )
            };
            // The benefit stops from this period on: say that plainly, before what it gains.
            let vorige_stopt = k > 0 && stopt.get(groepen[k - 1].0).is_some_and(|s| s.is_some());
            let zin = match stopt.get(a).cloned().flatten() {
                Some((wat, reden)) if !vorige_stopt => {
                    let stop = if k == 0 {
                        tekst!(
                            taal,
                            "U krijgt geen {wat} meer: {reden}.",
                            "You no longer get {wat}: {reden}."
                        )
                    } else {
                        let wanneer_zin = if k + 1 == aantal {
                            tekst!(taal, "Vanaf {van}", "From {van}")
                        } else if een {
                            tekst!(taal, "In {van}", "In {van}")
                        } else {
                            tekst!(taal, "Van {van} tot en met {tot}", "From {van} to {tot}")
                        };
                        tekst!(
                            taal,
                            "{wanneer_zin} krijgt u geen {wat} meer: {reden}.",
                            "{wanneer_zin} you no longer get {wat}: {reden}."
                        )
                    };
                    let rest = if k == 0 {
                        zin
                    } else {
                        format!(
                            "{}.",
                            hoofdletter(&hoofdzin(&kern(verschil, true, taal), taal))
                        )
                    };
                    format!("{stop} {rest}")
                }
                _ => zin,
            };
            Periode {
                van_maand: eerst.maand,
                tot_maand: laatst.maand,
                van: eerst.periode.clone(),
                tot: laatst.periode.clone(),
                zonder_werk: eerst.zonder_werk,
                met_werk: eerst.met_werk,
                verschil,
                wanneer,
                wanneer_kort,
                zin,
                waarom: tijdlijn[a..=b]
                    .iter()
                    .flat_map(|t| t.gebeurtenissen.iter().cloned())
                    .collect(),
            }
        })
        .collect()
}

/// A main clause from [`kern`] (which is written for after an adverbial: "gaat u er …"): "u
/// gaat er …" in Dutch; English has one word order.
fn hoofdzin(kern: &str, taal: Taal) -> String {
    match taal {
        Taal::En => kern.to_string(),
        Taal::Nl => {
            for (a, b) in [("gaat u ", "u gaat "), ("houdt u ", "u houdt ")] {
                if let Some(rest) = kern.strip_prefix(a) {
                    return format!("{b}{rest}");
                }
            }
            kern.to_string()
        }
    }
}

/// The benefit with work is € 0 in a month although there is one without work: what stops and
/// why, in words: ("bijstand", "uw nettoloon is hoger dan de bijstandsnorm").
fn uitkering_stopt(inv: &reken::Invoer, met: &Maand, taal: Taal) -> (String, String) {
    let (wat, reden) = match inv.uitkering {
        Uitkering::Bijstand { .. } if met.partner_netto > Cents::ZERO => (
            tekst!(taal, "bijstand", "bijstand"),
            tekst!(
                taal,
                "uw nettoloon en het inkomen van uw partner zijn samen hoger dan de bijstandsnorm",
                "your net wage and your partner's income together are higher than the bijstand standard amount (bijstandsnorm)"
            ),
        ),
        Uitkering::Bijstand { .. } => (
            tekst!(taal, "bijstand", "bijstand"),
            tekst!(
                taal,
                "uw nettoloon is hoger dan de bijstandsnorm",
                "your net wage is higher than the bijstand standard amount (bijstandsnorm)"
            ),
        ),
        _ => {
            let wat = match inv.uitkering {
                Uitkering::Wajong { .. } => tekst!(taal, "Wajong-uitkering", "Wajong benefit"),
                Uitkering::Wga { .. } => tekst!(taal, "WGA-uitkering", "WGA benefit"),
                Uitkering::Ww { .. } => tekst!(taal, "WW-uitkering", "WW benefit"),
                Uitkering::Ziektewet { .. } => {
                    tekst!(taal, "Ziektewet-uitkering", "Ziektewet benefit")
                }
                _ => tekst!(taal, "uitkering", "benefit"),
            };
            let reden = tekst!(
                taal,
                "met dit loon blijft er van de {wat} niets over",
                "with this wage nothing is left of the {wat}"
            );
            let wat = match taal {
                Taal::Nl => wat,
                Taal::En => format!("a {wat}"),
            };
            (wat, reden)
        }
    };
    (wat, reden)
}

/// The text with its first letter as a capital.
fn hoofdletter(t: &str) -> String {
    let mut c = t.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
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
    /// The marginal rate in words ("Werkt u een uur per week meer, dan houdt u van elke euro die
    /// u bruto extra verdient ongeveer 38 cent over."); never "0 cent".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marginaal: Option<String>,
    /// The first 12 months.
    pub tijdlijn: Vec<Tijdlijnmaand>,
    /// The first 12 months as periods with the same totals (as shown, in whole euros): the
    /// gain in the first months and after each change, with when each applies.
    pub perioden: Vec<Periode>,
    /// A provisional value was used: the screen must say so.
    pub voorlopig: bool,
    /// Every parameter used, with value, start date and source.
    pub bronnen: Vec<Arc<ParameterGebruik>>,
    /// Every rule used, with its source.
    pub regels: Vec<Arc<RegelGebruik>>,
    /// Warnings and limitations, in the language asked for.
    pub waarschuwingen: Vec<String>,
    /// The first month (`YYYY-MM`) of the first year in which the benefit with work is € 0
    /// while there is a benefit without work: the benefit stops.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uitkering_stopt: Option<String>,
}

/// The lines of a month; records the index of every parameter used in `gebruikt`.
fn maandbeeld(
    inv: &reken::Invoer,
    m: &Maand,
    p: &Parameters,
    gebruikt: &mut Vec<usize>,
) -> Maandbeeld {
    let lijnen = uitleg::lijnen(inv, m, &mut |id| {
        let Some(i) = p.index_van(id) else {
            return false;
        };
        gebruikt.push(i);
        p.gebruik_in(inv.periode, i).is_some_and(|g| g.voorlopig)
    });
    let totaal = lijnen.iter().map(|r| r.bedrag).sum();
    debug_assert_eq!(totaal, m.totaal);
    Maandbeeld {
        uren_per_week: m.uren,
        bruto_loon: m.bruto_loon,
        uitkering_bruto: m.uitkering_bruto,
        toetsingsinkomen_per_jaar: m.toetsingsinkomen_jaar,
        lijnen,
        totaal,
    }
}

/// The first day of month `maand` (1 = the month of `peildatum`), `YYYY-MM-01`.
pub fn maand_datum(peildatum: &str, maand: u32) -> String {
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

/// The names of the months, as a person writes them ("januari", "January").
pub fn maandnaam(maand: u32, taal: Taal) -> &'static str {
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
    let namen = match taal {
        Taal::Nl => &NL,
        Taal::En => &EN,
    };
    namen
        .get((maand as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

/// A date as a person reads it: "1 juli 2026", "1 July 2026" (the one date style of the app).
pub fn datum_tekst(datum: &str, taal: Taal) -> String {
    let maand: u32 = datum.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(0);
    let dag: u32 = datum.get(8..10).and_then(|d| d.parse().ok()).unwrap_or(0);
    match maandnaam(maand, taal) {
        "" => datum.to_string(),
        naam => format!("{dag} {naam} {}", datum.get(0..4).unwrap_or("")),
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
pub(crate) fn opsomming(namen: &[String], taal: Taal) -> String {
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

/// Which date's amounts the lines use on `datum` (period `periode`), and which due amounts are
/// missing: each line with the dates of the older amounts it still uses.
pub(crate) fn bedragen(
    p: &Parameters,
    periode: usize,
    datum: &str,
    lijnen: &[&Lijn],
    taal: Taal,
) -> Bedragen {
    let groepen: Vec<(&str, Vec<&str>)> = lijnen
        .iter()
        .map(|r| {
            (
                r.naam.as_str(),
                r.parameters.iter().map(|c| c.as_ref()).collect(),
            )
        })
        .collect();
    bedragen_voor(p, periode, datum, &groepen, taal)
}

/// [`bedragen`] for named groups of parameter ids (a result's lines, or one rule of the command
/// line): which date's amounts they use on `datum`, and for each group that uses amounts that
/// are out of date, the dates of those amounts.
pub fn bedragen_voor(
    p: &Parameters,
    periode: usize,
    datum: &str,
    groepen: &[(&str, Vec<&str>)],
    taal: Taal,
) -> Bedragen {
    let van = p.periode_datum(periode).to_string();
    let mut eerste: Option<String> = None;
    // Per group: the start dates of the out-of-date values it uses.
    let mut per_groep: Vec<(String, Vec<String>)> = Vec::new();
    let mut parameters: Vec<String> = Vec::new();
    for (naam, ids) in groepen {
        for id in ids {
            let Some(g) = p.index_van(id).and_then(|i| p.gebruik_in(periode, i)) else {
                continue;
            };
            let Some(due) = g.verouderd_vanaf.as_deref().filter(|d| *d <= datum) else {
                continue;
            };
            if eerste.as_deref().is_none_or(|e| due < e) {
                eerste = Some(due.to_string());
            }
            let i = match per_groep.iter().position(|(n, _)| n == naam) {
                Some(i) => i,
                None => {
                    per_groep.push((naam.to_string(), Vec::new()));
                    per_groep.len() - 1
                }
            };
            if !per_groep[i].1.contains(&g.vanaf) {
                per_groep[i].1.push(g.vanaf.clone());
            }
            if !parameters.contains(&g.id) {
                parameters.push(g.id.clone());
            }
        }
    }
    let van_tekst = datum_tekst(&van, taal);
    let Some(d) = eerste else {
        return Bedragen {
            van,
            ontbreekt: None,
            tekst: tekst!(
                taal,
                "Deze berekening gebruikt de bedragen die gelden vanaf {van_tekst}.",
                "This calculation uses the amounts that apply from {van_tekst}."
            ),
        };
    };
    // Lines with the same older dates together: "voor A en B die van 1 januari 2026".
    let mut samen: Vec<(Vec<String>, Vec<String>)> = Vec::new();
    for (naam, mut data) in per_groep.iter().cloned() {
        data.sort();
        match samen.iter_mut().find(|(d, _)| *d == data) {
            Some((_, namen)) => namen.push(naam),
            None => samen.push((data, vec![naam])),
        }
    }
    let delen: Vec<String> = samen
        .iter()
        .map(|(data, namen)| {
            let data: Vec<String> = data.iter().map(|x| datum_tekst(x, taal)).collect();
            tekst!(
                taal,
                "voor {} die van {}",
                "for {} those of {}",
                opsomming(namen, taal),
                opsomming(&data, taal)
            )
        })
        .collect();
    let dt = datum_tekst(&d, taal);
    // The values of these lines that are already known for that date are used: say which, so a
    // line that changes on that date does not contradict "the latest known amounts".
    let mut al_bekend: Vec<String> = Vec::new();
    for (naam, ids) in groepen {
        if !per_groep.iter().any(|(n, _)| n == naam) {
            continue;
        }
        for id in ids {
            if let Some(g) = p.index_van(id).and_then(|i| p.gebruik_in(periode, i)) {
                let label = g.label_in(taal).to_string();
                if g.vanaf == d && !al_bekend.contains(&label) {
                    al_bekend.push(label);
                }
            }
        }
    }
    let al = if al_bekend.is_empty() {
        String::new()
    } else {
        tekst!(
            taal,
            " Wel al bekend en gebruikt, van {dt}: {}.",
            " Already known and used, from {dt}: {}.",
            al_bekend.join("; ")
        )
    };
    let tekst = tekst!(
        taal,
        "De bedragen van {dt} zijn nog niet allemaal bekend. Daarom gelden hier de laatst bekende bedragen: {}.{al} Wat er verder sinds {dt} veranderd is, zit er niet in.",
        "The amounts of {dt} are not all known yet. So the latest known amounts are used here: {}.{al} What else changed from {dt} on is not included.",
        delen.join("; ")
    );
    Bedragen {
        van,
        ontbreekt: Some(Ontbreekt {
            datum: d,
            onderdelen: per_groep.into_iter().map(|(n, _)| n).collect(),
            parameters,
        }),
        tekst,
    }
}

fn gebeurtenissen(inv: &reken::Invoer, vorig: &Maand, nu: &Maand, maand: i64) -> Vec<String> {
    let taal = inv.taal;
    let l = Lees::new(inv.w);
    let mut uit = Vec::new();
    match (vorig.uitkering, nu.uitkering) {
        (UitkeringStand::Bijstand { soort: a, .. }, UitkeringStand::Bijstand { soort: b, .. })
            if a != b =>
        {
            if b == bijstand::Vrijlating::Geen && nu.uitkering_netto == Cents::ZERO {
                // The answer says that the bijstand stops; "your whole wage is now deducted"
                // would read as if some bijstand were left.
                uit.push(tekst!(
                    taal,
                    "De vrijlating in de bijstand stopt.",
                    "The earnings exemption in the bijstand ends."
                ));
            } else {
                uit.push(bijstand::gebeurtenis(&l, b, taal));
            }
        }
        (UitkeringStand::Wga(a), UitkeringStand::Wga(b)) if a != b => {
            uit.push(wga::gebeurtenis(b, taal));
        }
        (UitkeringStand::Wga(wga::WgaSoort::Loongerelateerd), UitkeringStand::Wga(_)) => {
            // Still the LGU: its percentage may go from 75% to 70% (art. 61 lid 1).
            if let Uitkering::Wga {
                loongerelateerd_maanden_gehad: gehad,
                ..
            } = inv.uitkering
            {
                let (a, b) = (
                    ww::percentage(&l, gehad + maand - 1),
                    ww::percentage(&l, gehad + maand),
                );
                if a != b {
                    uit.push(tekst!(
                        taal,
                        "De loongerelateerde WGA gaat van {} naar {}.",
                        "The wage-related WGA benefit goes from {} to {}.",
                        uitleg::pct(a, taal),
                        uitleg::pct(b, taal)
                    ));
                }
            }
        }
        (UitkeringStand::Ww { .. }, UitkeringStand::Ww { .. }) => {
            uit.extend(ww::gebeurtenis(vorig, nu, taal));
        }
        _ => {}
    }
    uit
}

/// What is kept of one more hour of work per week, in words.
fn marginaal_zin(druk: Procent, taal: Taal) -> String {
    let houdt = (10_000 - druk.0 + 50).div_euclid(100);
    if houdt < 0 {
        tekst!(
            taal,
            "Werkt u een uur per week meer, dan gaat u er zelfs op achteruit.",
            "If you work one more hour per week, you are even worse off."
        )
    } else if houdt == 0 {
        tekst!(
            taal,
            "Werkt u een uur per week meer, dan houdt u van wat u bruto extra verdient (bijna) niets over.",
            "If you work one more hour per week, you keep (almost) nothing of what you earn extra gross."
        )
    } else {
        tekst!(
            taal,
            "Werkt u een uur per week meer, dan houdt u van elke euro die u bruto extra verdient ongeveer {houdt} cent over.",
            "If you work one more hour per week, you keep about {houdt} cents of every euro you earn extra gross."
        )
    }
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
    let alle_lijnen: Vec<&Lijn> = zonder_werk.lijnen.iter().chain(&met_werk.lijnen).collect();
    let bedragen_start = bedragen(p, inv.periode, &inv.peildatum, &alle_lijnen, taal);

    // Timeline: a month is recomputed only when its time-dependent state (vrijlating window, WW
    // percentage and holiday-pay month, LGU) or its set of amounts (1 January, 1 July) differs
    // from the month before. What changes is said only where it changes a total, except new
    // amounts (and amounts that are due but not known), which are always said.
    let mut tijdlijn = Vec::with_capacity(12);
    let mut vorig_sleutel = (reken::tijdsleutel(&inv, 1), inv.periode);
    let mut inv_m = inv.clone();
    let (mut z, mut m) = (zonder.totaal, met.clone());
    let mut z_uitkering = zonder.uitkering_netto;
    // Per month: the sentence that the benefit stops, when it does in that month.
    let mut stopt: Vec<Option<(String, String)>> = Vec::with_capacity(12);
    for maand in 1..=12u32 {
        let datum = maand_datum(&inv.peildatum, maand);
        let periode = p.periode_van(&datum).unwrap_or(inv_m.periode);
        let mut g = Vec::new();
        let nieuwe_set = periode != inv_m.periode;
        if nieuwe_set {
            if let Some(nieuw) = inv_m.op_periode(p, periode) {
                inv_m = nieuw;
            }
        }
        let sleutel = (reken::tijdsleutel(&inv_m, maand as i64), inv_m.periode);
        if sleutel != vorig_sleutel {
            let nieuw = reken_maand(&inv_m, inv.uren, maand as i64);
            let z_maand = reken_maand(&inv_m, Uren(0), maand as i64);
            let z_nieuw = z_maand.totaal;
            if nieuw.totaal != m.totaal || z_nieuw != z {
                g.extend(gebeurtenissen(&inv_m, &m, &nieuw, maand as i64));
            }
            z_uitkering = z_maand.uitkering_netto;
            z = z_nieuw;
            m = nieuw;
            vorig_sleutel = sleutel;
        }
        if maand > 1 && (nieuwe_set || datum.ends_with("-01-01") || datum.ends_with("-07-01")) {
            let lijnen = uitleg::lijnen(&inv_m, &m, &mut |_| false);
            let b = bedragen(
                p,
                inv_m.periode,
                &datum,
                &lijnen.iter().collect::<Vec<_>>(),
                taal,
            );
            let nu: Vec<String> = b
                .ontbreekt
                .as_ref()
                .map(|o| o.parameters.clone())
                .unwrap_or_default();
            // Amounts due on this very date that are not in the data (a new date passed, not a
            // line that reads other amounts than the month before).
            let erbij = nu.iter().any(|id| {
                p.index_van(id)
                    .and_then(|i| p.gebruik_in(inv_m.periode, i))
                    .is_some_and(|g| g.verouderd_vanaf.as_deref() == Some(datum.as_str()))
            });
            let onbekend = b.ontbreekt.as_ref().map(|o| opsomming(&o.onderdelen, taal));
            let dt = datum_tekst(&datum, taal);
            let t = match (nieuwe_set, onbekend) {
                (true, None) => Some(tekst!(taal, "Nieuwe bedragen vanaf {dt}.", "New amounts from {dt}.")),
                (true, Some(namen)) => Some(tekst!(
                    taal,
                    "Nieuwe bedragen vanaf {dt}. Nog niet bekend voor: {namen}; hier gelden de oudere.",
                    "New amounts from {dt}. Not known yet for: {namen}; the older ones are used here."
                )),
                (false, Some(namen)) if erbij => Some(tekst!(
                    taal,
                    "Vanaf {dt} gelden nieuwe bedragen die nog niet bekend zijn, voor: {namen}; hier gelden de oudere.",
                    "From {dt} new amounts apply that are not known yet, for: {namen}; the older ones are used here."
                )),
                _ => None,
            };
            g.splice(0..0, t);
        }
        stopt.push(
            (m.uitkering_netto == Cents::ZERO && z_uitkering > Cents::ZERO)
                .then(|| uitkering_stopt(&inv_m, &m, taal)),
        );
        tijdlijn.push(Tijdlijnmaand {
            maand,
            periode: datum[..7].to_string(),
            zonder_werk: z,
            met_werk: m.totaal,
            verschil: m.totaal - z,
            gebeurtenissen: g,
        });
    }
    let perioden = perioden(&tijdlijn, &stopt, taal);
    let uitkering_stopt = stopt
        .iter()
        .zip(&tijdlijn)
        .find(|(s, _)| s.is_some())
        .map(|(_, t)| t.periode.clone());

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
        uitkering_stopt,
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
        marginaal: marginale_druk.map(|d| marginaal_zin(d, taal)),
        tijdlijn,
        perioden,
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
    lijnen: &[&Lijn],
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
            "Sommige bedragen zijn nog voorlopig: een deel van de regels is niet in een officiële bron gecontroleerd. Het gaat om: {}. In de tabel staat er een * bij; bij 'Waarom?' op het scherm ziet u welke waarden het zijn. Gebruik waar u kunt het bedrag uit uw eigen beschikking.",
            "Some amounts are still provisional: some of the rules behind them have not been checked in an official source. This concerns: {}. They carry a * in the table; 'Why?' on the screen shows which values. Where you can, use the amount from your own decision letter.",
            namen.join(", ")
        ));
    }
    match &inv.uitkering {
        Uitkering::Bijstand { .. } => {
            uit.push(tekst!(
                taal,
                "Geef uw inkomsten elke maand door aan de gemeente. Gemeentelijke regelingen (zoals kwijtschelding en de individuele inkomenstoeslag) kunnen stoppen als u meer verdient. Kies 'Volledig: alle vragen' en vul ze in bij 'Gemeentelijke regelingen zonder werk' en 'Gemeentelijke regelingen met werk'.",
                "Report your earnings to the municipality every month. Municipal schemes (such as remission of local taxes and the individual income supplement) may stop if you earn more. Choose 'Full: all questions' and enter them under 'Municipal schemes without work' and 'Municipal schemes with work'."
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
    if let Uitkering::Bijstand {
        medische_urenbeperking,
        ..
    } = inv.uitkering
    {
        let grens = w.bijstand_vrijlating_leeftijd();
        if inv.leeftijd < grens {
            // Art. 31 lid 5 excludes onderdelen n and r under 27, not y (medische urenbeperking),
            // z (loonkostensubsidie) or aa (beschut werk).
            uit.push(if medische_urenbeperking {
                tekst!(
                    taal,
                    "U bent jonger dan {grens}. De gewone vrijlating en die voor alleenstaande ouders gelden dan niet (Participatiewet, artikel 31, lid 5). De vrijlating bij een medische urenbeperking geldt wel; die is hier meegerekend.",
                    "You are younger than {grens}. The ordinary earnings exemption and the one for single parents then do not apply (Participatiewet, article 31(5)). The exemption for a medical limitation of hours does apply; it is included here."
                )
            } else {
                tekst!(
                    taal,
                    "U bent jonger dan {grens}: dan mag u volgens de Participatiewet (artikel 31, lid 5) geen deel van uw loon houden naast de bijstand, ook niet als alleenstaande ouder. Dat is anders bij een medische urenbeperking, bij werk met loonkostensubsidie en bij beschut werk; die laatste twee zijn hier niet berekend. Sommige gemeenten laten nu al meer vrij, vooruitlopend op nieuwe regels. Vraag het uw gemeente.",
                    "You are younger than {grens}: then under the Participatiewet (article 31(5)) you may not keep any part of your wage next to the bijstand, not even as a single parent. That is different with a medical limitation of hours, with work with a wage cost subsidy (loonkostensubsidie) and with sheltered employment; the last two are not calculated here. Some municipalities already let you keep more, ahead of new rules. Ask your municipality."
                )
            });
        }
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
        let ww = |pct, afgelopen, vakantiegeld| UitkeringStand::Ww {
            pct: Ppm(pct),
            beeindigd: false,
            afgelopen,
            vakantiegeld,
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
            (ww(750_000, false, false), ww(750_000, true, false)),
            (ww(750_000, false, false), ww(700_000, false, false)),
            (ww(700_000, false, false), ww(700_000, false, true)),
            (ww(700_000, false, true), ww(700_000, false, false)),
        ];
        let mut engels = std::collections::BTreeSet::new();
        for (a, b) in veranderingen {
            let inv_en = valideer(&s, p, Taal::En).unwrap();
            let nl = gebeurtenissen(&inv, &met(a), &met(b), 2);
            let en = gebeurtenissen(&inv_en, &met(a), &met(b), 2);
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
        assert_eq!(engels.len(), 11);
        assert!(gebeurtenissen(&inv, &basis, &basis, 2).is_empty());
    }
}
