//! # Money over time: a year month by month
//!
//! People on a benefit who start working rarely fear the average month; they fear the months in
//! between. This module computes twelve calendar months from the first month of work with:
//!
//! - the hours of each month (irregular, on-call or zero hours, a range, four-weekly pay), counted
//!   in the month each payer counts them ([`super::aangiftetijdvak`]);
//! - what arrives in each month and on which day: the wage, the benefit after the month (or as an
//!   estimate corrected later, or as an advance UWV settles afterwards), the toeslagen as advances
//!   paid the month before ([`super::uitbetaling`]); and what goes out: the person's fixed costs,
//!   childcare and the costs of working ([`super::kinderopvangtoeslag`], [`super::werkkosten`]);
//! - the months where less comes in than goes out, and by how much;
//! - paying back afterwards: the toeslagen settled with the real year income, with and without
//!   reporting the new income ("geef uw nieuwe inkomen door"), UWV's advance settled, bijstand
//!   corrected later ([`super::terugvordering`]);
//! - the way back if the work stops ([`super::herleving`]).
//!
//! Every amount is an estimate and every explanation takes its numbers from the parameters. What
//! is the gemeente's choice (how it pays, how it spreads a four-weekly wage) is an input, named on
//! the screen, never assumed silently.

use super::aangiftetijdvak::{self, Maanduren, VierWekenBijstand, Werkmaand, Werkpatroon};
use super::bijstand::{self, Vrijlating};
use super::herleving::{self, Situatie, Terugweg};
use super::huurtoeslag;
use super::kalender::Datum;
use super::kinderopvangtoeslag::{self, Opvang};
use super::kindgebonden_budget::kindgebonden_budget;
use super::loonkostensubsidie::Loonkostensubsidie;
use super::parameters::{Gelezen, Lees, ParameterGebruik, Parameters, RegelGebruik, Waarden};
use super::reken::UitkeringStand;
use super::reken::{self, reken_maand_loon, standaard_uurloon, valideer, Invoer, Maand};
use super::scenario::{euro, euro_opt, InvoerFout, Scenario, Uitkering, Uren};
use super::terugvordering::{self, Eindafrekening};
use super::toeslag::Toeslag;
use super::uitbetaling::{self, BijstandBetaling};
use super::uitleg::{maanden, pct};
use super::werkkosten::{self, Werkkosten};
use super::zorgtoeslag::zorgtoeslag;
use super::{bedragen, datum_tekst, maand_tekst, Bedragen};
use crate::money::Cents;
use crate::{tekst, Taal};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::Arc;

/// The number of months shown.
pub const MAANDEN: usize = 12;

/// A month is short when less comes in than goes out by more than this: smaller differences come
/// from rounding and from new amounts of a toeslag (a euro up or down), not from the work, and
/// the screen calls them "about even" (as its answer does below € 10).
pub const KLEIN_VERSCHIL: Cents = Cents::euros(10);

/// Whether the person reports the new income to Dienst Toeslagen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Doorgeven {
    /// Reported in the first month of work; the new advance from the month after.
    #[default]
    Doorgeven,
    /// Not reported: the old advance goes on, and the difference comes afterwards.
    NietDoorgeven,
}

/// How the payers pay: the gemeente's choices, and what the person tells Dienst Toeslagen and UWV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Betaling {
    /// How the gemeente pays the bijstand (`na_afloop` or `schatting`).
    #[serde(default)]
    pub bijstand: BijstandBetaling,
    /// How the gemeente spreads a four-weekly wage (`werkdagen` or `betaaldatum`).
    #[serde(default)]
    pub vier_weken_bijstand: VierWekenBijstand,
    /// Whether the new income is reported to Dienst Toeslagen (`doorgeven`, `niet_doorgeven`).
    #[serde(default)]
    pub toeslagen: Doorgeven,
    /// WIA and Wajong: the gross income per month you give UWV as an estimate. Without it: the
    /// average of the months of each advance period (a good estimate).
    #[serde(default, with = "euro_opt", skip_serializing_if = "Option::is_none")]
    pub uwv_schatting_per_maand: Option<Cents>,
}

/// The input of the month view: a scenario and how the months go.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verloopinvoer {
    pub scenario: Scenario,
    #[serde(default)]
    pub werk: Werkpatroon,
    #[serde(default)]
    pub betaling: Betaling,
    /// Childcare, one entry per child.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinderopvang: Vec<Opvang>,
    #[serde(default)]
    pub werkkosten: Werkkosten,
    /// Bijstand: work in a dienstbetrekking with loonkostensubsidie.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loonkostensubsidie: Option<Loonkostensubsidie>,
    /// What you spend per month (rent, energy, food, …). Without it: what you have now without
    /// the work.
    #[serde(default, with = "euro_opt", skip_serializing_if = "Option::is_none")]
    pub uitgaven_per_maand: Option<Cents>,
}

/// One amount that comes in or goes out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Post {
    /// `loon`, `vergoeding`, `bijstand`, `ww`, `ziektewet`, `wga`, `iva`, `wajong`, `partner`,
    /// `zorgtoeslag`, `huurtoeslag`, `kindgebonden_budget`, `kinderopvangtoeslag`, `kinderbijslag`,
    /// `gemeentelijk`; going out: `vaste_lasten`, `kinderopvang`, `werkkosten`.
    pub id: String,
    pub naam: String,
    /// The month it is for (`JJJJ-MM`).
    pub voor: String,
    /// About the day it arrives (`JJJJ-MM-DD`), when a payer has a known rhythm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datum: Option<String>,
    #[serde(with = "euro")]
    pub bedrag: Cents,
    /// A short note (what is settled in it, why it is an estimate).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub toelichting: String,
}

/// One calendar month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Geldmaand {
    /// 1 = the first month of work.
    pub maand: u32,
    /// `JJJJ-MM`.
    pub periode: String,
    /// The job runs this month.
    pub werk: bool,
    /// Hours of the wage paid this month.
    pub uren: Maanduren,
    /// Gross wage paid this month.
    #[serde(with = "euro")]
    pub bruto_loon: Cents,
    /// The benefit over this month, gross and net, as the payer will settle it (it may arrive a
    /// month later, or as an advance).
    #[serde(with = "euro")]
    pub uitkering_bruto: Cents,
    #[serde(with = "euro")]
    pub uitkering_netto: Cents,
    pub binnen: Vec<Post>,
    pub uit: Vec<Post>,
    #[serde(with = "euro")]
    pub totaal_binnen: Cents,
    #[serde(with = "euro")]
    pub totaal_uit: Cents,
    /// In minus out.
    #[serde(with = "euro")]
    pub saldo: Cents,
    /// Less comes in than goes out, by more than [`KLEIN_VERSCHIL`].
    pub tekort: bool,
    /// What would come in this month without the work (a steady month).
    #[serde(with = "euro")]
    pub zonder_werk: Cents,
    /// What changes this month.
    pub gebeurtenissen: Vec<String>,
}

/// The twelve months together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totaal {
    #[serde(with = "euro")]
    pub binnen: Cents,
    #[serde(with = "euro")]
    pub uit: Cents,
    #[serde(with = "euro")]
    pub zonder_werk: Cents,
    /// The costs of working: own costs and the own part of the childcare.
    #[serde(with = "euro")]
    pub kosten_werk: Cents,
    /// What the work brings over these months: what came in minus what would have come in
    /// without it, minus the costs of working.
    #[serde(with = "euro")]
    pub opbrengst: Cents,
    /// Months with less in than out.
    pub tekortmaanden: u32,
    /// The largest shortfall of a month.
    #[serde(with = "euro")]
    pub grootste_tekort: Cents,
}

/// An explanation with its sources: how a payer pays, or a step of the way back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Toelichting {
    pub id: String,
    pub titel: String,
    pub tekst: String,
    /// Rule ids (see `regels` of the result for their sources).
    pub regels: Vec<Cow<'static, str>>,
    /// Parameter ids it read.
    pub parameters: Vec<Cow<'static, str>>,
    pub voorlopig: bool,
}

/// A toeslag settled for the year of the first month of work.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToeslagAfrekening {
    pub id: String,
    pub naam: String,
    /// The advance per month on the old estimate of the year income.
    #[serde(with = "euro")]
    pub per_maand_oud: Cents,
    /// Not reported: the old advance all year, settled afterwards.
    pub niet_doorgeven: Eindafrekening,
    /// Reported: the first month with the new advance (`JJJJ-MM`), when one is left in the year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nieuw_vanaf: Option<String>,
    #[serde(with = "euro")]
    pub per_maand_nieuw: Cents,
    /// Reported: paid too much already, asked back during the year.
    #[serde(with = "euro")]
    pub terug_nu: Cents,
    /// Reported: what is left for the final settlement.
    pub doorgeven: Eindafrekening,
}

/// UWV's advance on estimated income, settled after a period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UwvAfrekening {
    /// First and last month (`JJJJ-MM`).
    pub van: String,
    pub tot: String,
    /// The estimated gross income per month the advance used.
    #[serde(with = "euro")]
    pub schatting_per_maand: Cents,
    #[serde(with = "euro")]
    pub voorschot: Cents,
    #[serde(with = "euro")]
    pub definitief: Cents,
    /// Final minus advance (net, about): positive is paid to you, negative is paid back.
    #[serde(with = "euro")]
    pub verschil: Cents,
}

/// Paying back afterwards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Afrekening {
    /// The year settled: the year of the first month of work.
    pub jaar: i32,
    /// The toeslagen's year income: the old estimate and the real one.
    #[serde(with = "euro")]
    pub jaarinkomen_oud: Cents,
    #[serde(with = "euro")]
    pub jaarinkomen_echt: Cents,
    /// Which choice the months above show.
    pub keuze: Doorgeven,
    pub toeslagen: Vec<ToeslagAfrekening>,
    /// Paid back afterwards if the new income is not reported (sum over the toeslagen).
    #[serde(with = "euro")]
    pub terug_niet_doorgeven: Cents,
    /// Paid back if it is reported: during the year and afterwards.
    #[serde(with = "euro")]
    pub terug_doorgeven: Cents,
    pub uwv: Vec<UwvAfrekening>,
    /// Bijstand paid on an estimate: the difference still to settle after the last month
    /// (positive: owed to you; negative: to pay back or to be offset).
    #[serde(with = "euro")]
    pub bijstand_open: Cents,
    /// Bijstand paid too much and offset against later bijstand in these months.
    #[serde(with = "euro")]
    pub bijstand_verrekend: Cents,
    /// What to do, and when.
    pub stappen: Vec<String>,
    /// The comparison in one paragraph.
    pub uitleg: String,
}

/// The month view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verloop {
    /// The first month of work (`JJJJ-MM-DD`).
    pub peildatum: String,
    pub bedragen: Bedragen,
    pub maanden: Vec<Geldmaand>,
    pub totaal: Totaal,
    /// How and when each payer pays.
    pub betalers: Vec<Toelichting>,
    pub afrekening: Afrekening,
    /// The way back ("Als het niet lukt").
    pub als_het_niet_lukt: Vec<Toelichting>,
    /// What this view assumes, in words (every estimate labelled).
    pub aannames: Vec<String>,
    pub voorlopig: bool,
    pub bronnen: Vec<Arc<ParameterGebruik>>,
    pub regels: Vec<Arc<RegelGebruik>>,
}

/// Reads the input of the month view from JSON; a bad field gives an [`InvoerFout`] naming it.
pub fn lees_verloop(json: &str) -> Result<Verloopinvoer, InvoerFout> {
    let de = &mut serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let pad = e.path().to_string();
        let inner = e.into_inner();
        if matches!(
            inner.classify(),
            serde_json::error::Category::Syntax | serde_json::error::Category::Eof
        ) {
            return InvoerFout::new(
                "invoer",
                format!(
                    "dit is geen geldige JSON (regel {}, kolom {})",
                    inner.line(),
                    inner.column()
                ),
            );
        }
        let veld = if pad == "." || pad.is_empty() {
            "invoer".to_string()
        } else {
            pad
        };
        InvoerFout::new(veld, super::scenario::vertaal_serde(&inner.to_string()))
    })
}

fn fout(veld: &str, taal: Taal, nl: &str, en: &str) -> InvoerFout {
    InvoerFout::new(
        veld,
        match taal {
            Taal::Nl => nl,
            Taal::En => en,
        },
    )
}

/// Checks what the scenario does not check.
fn valideer_verloop(v: &Verloopinvoer, taal: Taal) -> Result<(), InvoerFout> {
    v.werk.valideer(taal)?;
    if v.kinderopvang.len() > 20 {
        return Err(fout(
            "kinderopvang",
            taal,
            "meer dan 20 kinderen in de opvang is niet aannemelijk",
            "more than 20 children in childcare is not plausible",
        ));
    }
    for (i, o) in v.kinderopvang.iter().enumerate() {
        if o.uurprijs > Cents::euros(100) {
            return Err(InvoerFout::new(
                format!("kinderopvang[{i}].uurprijs"),
                tekst!(
                    taal,
                    "deze uurprijs is onwaarschijnlijk hoog",
                    "this hourly price is implausibly high"
                ),
            ));
        }
    }
    for (veld, c) in [
        ("werkkosten.eigen_per_maand", v.werkkosten.eigen_per_maand),
        (
            "werkkosten.vergoeding_per_maand",
            v.werkkosten.vergoeding_per_maand,
        ),
        (
            "uitgaven_per_maand",
            v.uitgaven_per_maand.unwrap_or_default(),
        ),
        (
            "betaling.uwv_schatting_per_maand",
            v.betaling.uwv_schatting_per_maand.unwrap_or_default(),
        ),
    ] {
        if c > Cents::euros(100_000) {
            return Err(fout(
                veld,
                taal,
                "dit bedrag is onwaarschijnlijk hoog",
                "this amount is implausibly high",
            ));
        }
    }
    if v.loonkostensubsidie.is_some() && !matches!(v.scenario.uitkering, Uitkering::Bijstand { .. })
    {
        return Err(fout(
            "loonkostensubsidie",
            taal,
            "de vrijlating bij loonkostensubsidie hoort bij de bijstand",
            "the exemption for a wage cost subsidy belongs to the bijstand",
        ));
    }
    Ok(())
}

/// The kind of payer of the benefit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Betaler {
    Geen,
    Gemeente,
    /// WW and Ziektewet: after the month, after the Inkomstenopgave.
    UwvNa,
    /// WIA and Wajong: in the month, as an advance when the income changes.
    UwvIn,
}

fn betaler(u: &Uitkering) -> Betaler {
    match u {
        Uitkering::Geen => Betaler::Geen,
        Uitkering::Bijstand { .. } => Betaler::Gemeente,
        Uitkering::Ww { .. } | Uitkering::Ziektewet { .. } => Betaler::UwvNa,
        Uitkering::Wajong { .. } | Uitkering::Wga { .. } | Uitkering::Iva { .. } => Betaler::UwvIn,
    }
}

/// The id and the name of the benefit's line.
fn uitkering_naam(u: &Uitkering, taal: Taal) -> (&'static str, String) {
    let (id, nl, en) = match u {
        Uitkering::Geen => ("uitkering", "Uitkering", "Benefit"),
        Uitkering::Bijstand { .. } => ("bijstand", "Bijstand", "Bijstand"),
        Uitkering::Ww { .. } => ("ww", "WW", "WW"),
        Uitkering::Ziektewet { .. } => ("ziektewet", "Ziektewet", "Ziektewet"),
        Uitkering::Wga { .. } => ("wga", "WGA", "WGA"),
        Uitkering::Iva { .. } => ("iva", "IVA", "IVA"),
        Uitkering::Wajong { .. } => ("wajong", "Wajong", "Wajong"),
    };
    (
        id,
        match taal {
            Taal::Nl => nl.to_string(),
            Taal::En => en.to_string(),
        },
    )
}

/// The rule ids of the benefit itself.
fn uitkering_regels(u: &Uitkering) -> &'static [&'static str] {
    match u {
        Uitkering::Geen => &[],
        Uitkering::Bijstand { .. } => &["bijstand", "vrijlating"],
        Uitkering::Ww { .. } => &["ww", "uwv_inkomsten"],
        Uitkering::Ziektewet { .. } => &["ziektewet", "uwv_inkomsten"],
        Uitkering::Wga { .. } => &["wga", "uwv_inkomsten"],
        Uitkering::Iva { .. } => &["iva", "uwv_inkomsten"],
        Uitkering::Wajong { .. } => &["wajong", "uwv_inkomsten"],
    }
}

/// The toeslagen paid as advances (not the kinderopvangtoeslag, which has its own month amounts).
const TOESLAGEN: [&str; 3] = ["zorgtoeslag", "huurtoeslag", "kindgebonden_budget"];

fn toeslag_naam(id: &str, taal: Taal) -> String {
    super::uitleg::lijn_naam(id, taal).to_string()
}

/// The year amounts of the toeslagen at a year income: `None` for a toeslag that does not apply.
fn toeslagen_jaar(l: &Lees, inv: &Invoer, y: Cents) -> [Option<Toeslag>; 3] {
    [
        Some(zorgtoeslag(l, y, inv.partner, inv.vermogen)),
        match inv.huurtoeslag_huishouden(l, y) {
            Some(h) if inv.huurtoeslag_te_schatten() => Some(huurtoeslag::huurtoeslag(l, &h)),
            _ => None,
        },
        (!inv.kinderen.is_empty()).then(|| kindgebonden_budget(l, &inv.kinderen, inv.partner, y)),
    ]
}

/// Months already computed: a month is the same when its amounts, its time-dependent state (the
/// vrijlating window, the WW percentage, …: [`reken::tijdsleutel`]), its hours and its wage are,
/// as the steady timeline recomputes only changes. Keeps the year within its time budget.
#[derive(Default)]
struct Rekenaar {
    klaar: Vec<(Sleutel, Maand)>,
}

/// What makes two months the same: the period of amounts, the time-dependent state, the hours
/// and the wage.
type Sleutel = (usize, Vec<i64>, Uren, Option<Cents>);

/// Writes an explanation with a reader of the parameters: (title, text, rule ids, provisional).
type Schrijver<'a> = &'a dyn Fn(&Lees) -> (String, String, Vec<&'static str>, bool);

impl Rekenaar {
    fn maand(&mut self, inv: &Invoer, uren: Uren, bruto: Option<Cents>, index: i64) -> Maand {
        let sleutel = (
            inv.periode,
            reken::tijdsleutel(inv, index).to_vec(),
            uren,
            bruto,
        );
        if let Some((_, m)) = self.klaar.iter().find(|(k, _)| *k == sleutel) {
            return m.clone();
        }
        let m = reken_maand_loon(inv, uren, bruto, index);
        self.klaar.push((sleutel, m.clone()));
        m
    }
}

/// One month as each payer counts it.
struct Rekenmaand<'p> {
    inv: Invoer<'p>,
    datum: Datum,
    werk: Werkmaand,
    /// The month with the income as the benefit counts it: the benefit over this month.
    recht: Maand,
    /// The same month without work.
    zonder: Maand,
    /// The number the benefit rules use for the month (vrijlating months, WW months).
    index: i64,
    /// The wage paid this month: (gross, net), per payment.
    lonen: Vec<(Option<Datum>, Cents, Cents)>,
    /// Gross wage UWV counts this month.
    bruto_uwv: Cents,
}

fn uren_week(honderdsten_per_maand: i64) -> Uren {
    let u = (honderdsten_per_maand * 12 + 26) / 52;
    Uren(if honderdsten_per_maand > 0 {
        u.max(1)
    } else {
        0
    })
}

/// The month view in Dutch.
pub fn bereken_verloop(v: &Verloopinvoer, p: &Parameters) -> Result<Verloop, InvoerFout> {
    bereken_verloop_in(v, p, Taal::Nl)
}

/// The month view with every text in `taal`. Bad input gives an [`InvoerFout`] naming the field;
/// it never panics.
pub fn bereken_verloop_in<'p>(
    v: &Verloopinvoer,
    p: &'p Parameters,
    taal: Taal,
) -> Result<Verloop, InvoerFout> {
    let mut inv = valideer(&v.scenario, p, taal)?;
    valideer_verloop(v, taal)?;
    inv.loonkostensubsidie = v.loonkostensubsidie;
    let start = Datum::lees(&inv.peildatum)
        .map(|d| Datum { dag: 1, ..d })
        .ok_or_else(|| {
            fout(
                "peildatum",
                taal,
                "gebruik een datum in de vorm JJJJ-MM-DD",
                "use a date in the form YYYY-MM-DD",
            )
        })?;
    let mut gel = Gelezen::default();
    let wijze = v.betaling;
    let soort = betaler(&inv.uitkering);
    let werkmaanden = v
        .werk
        .maanden(start, MAANDEN, inv.uren, wijze.vier_weken_bijstand);

    // The amounts of a date (later months may have newer ones).
    let invoer_op = |d: Datum, basis: &Invoer<'p>| -> Invoer<'p> {
        match p.periode_van(&d.to_string()) {
            Some(i) if i != basis.periode => {
                basis.op_periode(p, i).unwrap_or_else(|| basis.clone())
            }
            _ => basis.clone(),
        }
    };
    // The month before the first: no work, the amounts of that month when known.
    let vorig_datum = start.maand_later(-1);
    let inv_vorig = invoer_op(vorig_datum, &inv);
    let mut rekenaar = Rekenaar::default();
    let zonder_vorig = rekenaar.maand(&inv_vorig, Uren(0), None, 0);
    gel = verzamel(gel, &zonder_vorig);

    // Pass 1: every month as the payers count it.
    let mut maanden_r: Vec<Rekenmaand> = Vec::with_capacity(MAANDEN);
    let mut inv_m = inv.clone();
    let mut inkomstenmaanden = 0i64;
    for (m, wm) in werkmaanden.into_iter().enumerate() {
        let datum = wm.eerste;
        inv_m = invoer_op(datum, &inv_m);
        let l = Lees::new(inv_m.w);
        let uurloon = if inv_m.uurloon_is_minimumloon {
            standaard_uurloon(&l, inv_m.leeftijd, inv_m.loonwaarde_ppm)
        } else {
            inv_m.uurloon
        };
        gel = gel.met(l.gelezen());
        let geld = |uren: i64| uurloon.times_fraction(uren, 100);
        let uren_geteld = if soort == Betaler::Gemeente {
            wm.uren_bijstand
        } else {
            wm.uren_uwv
        };
        if uren_geteld > 0 {
            inkomstenmaanden += 1;
        }
        let index = if soort == Betaler::Gemeente {
            inkomstenmaanden.max(1)
        } else {
            m as i64 + 1
        };
        let recht = if wm.gewoon {
            rekenaar.maand(&inv_m, inv.uren, None, index)
        } else {
            rekenaar.maand(
                &inv_m,
                uren_week(uren_geteld),
                Some(geld(uren_geteld)),
                index,
            )
        };
        let zonder = rekenaar.maand(&inv_m, Uren(0), None, index);
        gel = verzamel(verzamel(gel, &recht), &zonder);
        // The wage paid: monthly as counted; four-weekly per period, with the tax of a period
        // (the year's tax over 13 periods).
        let lonen = if wm.perioden.is_empty() {
            // Monthly pay: every payer counts the month's own wage.
            if recht.bruto_loon > Cents::ZERO {
                vec![(None, recht.bruto_loon, recht.nettoloon)]
            } else {
                Vec::new()
            }
        } else {
            wm.perioden
                .iter()
                .filter(|pe| pe.uren > 0)
                .map(|pe| {
                    let bruto = geld(pe.uren);
                    let b = rekenaar.maand(
                        &inv_m,
                        uren_week(pe.uren * 13 / 12),
                        Some(bruto.times_fraction(13, 12)),
                        index,
                    );
                    (Some(pe.eind), bruto, b.nettoloon.times_fraction(12, 13))
                })
                .collect()
        };
        let bruto_uwv = if wm.gewoon {
            recht.bruto_loon
        } else {
            geld(wm.uren_uwv)
        };
        maanden_r.push(Rekenmaand {
            inv: inv_m.clone(),
            datum,
            werk: wm,
            recht,
            zonder,
            index,
            lonen,
            bruto_uwv,
        });
    }

    // The toeslagen: the year income (the months before the first at the old income), the year
    // amounts, and the advances.
    let l0 = Lees::new(inv.w);
    let y0 = maanden_r[0].zonder.toetsingsinkomen_jaar;
    let jaar1 = start.jaar;
    let s = start.maand as i64;
    let mut y1 = Cents(y0.0 / 12 * (s - 1));
    let mut y2_som = Cents::ZERO;
    let mut y2_n = 0i64;
    for r in &maanden_r {
        let deel = Cents(r.recht.toetsingsinkomen_jaar.0 / 12);
        if r.datum.jaar == jaar1 {
            y1 += deel;
        } else {
            y2_som += deel;
            y2_n += 1;
        }
    }
    // The months of the second year after the view: as the last month.
    let laatste_ti = maanden_r
        .last()
        .map(|r| Cents(r.recht.toetsingsinkomen_jaar.0 / 12))
        .unwrap_or_default();
    let y2 = y2_som + Cents(laatste_ti.0 * (12 - y2_n));
    let oud = toeslagen_jaar(&l0, &inv, y0);
    let echt1 = toeslagen_jaar(&l0, &inv, y1);
    let inv_jaar2 = maanden_r
        .iter()
        .find(|r| r.datum.jaar != jaar1)
        .map(|r| r.inv.clone())
        .unwrap_or_else(|| inv.clone());
    let l2 = Lees::new(inv_jaar2.w);
    let echt2 = toeslagen_jaar(&l2, &inv_jaar2, y2);
    gel = gel.met(l2.gelezen());
    let mut afrekeningen = Vec::new();
    // Per toeslag: the advance for each calendar month of year 1 and 2.
    let mut voorschot_per_maand: Vec<[Cents; 2]> = Vec::new(); // [before the change, after] in year 1
    for (k, id) in TOESLAGEN.iter().enumerate() {
        let (Some(o), Some(e)) = (oud[k], echt1[k]) else {
            voorschot_per_maand.push([Cents::ZERO; 2]);
            continue;
        };
        let a0 = o.per_maand;
        let niet = terugvordering::eindafrekening(&l0, Cents(a0.0 * 12), e.per_jaar);
        let al = Cents(a0.0 * s);
        let h = terugvordering::herziening(&l0, al, e.per_jaar, 12 - s);
        let door = terugvordering::eindafrekening(
            &l0,
            al + Cents(h.per_maand.0 * (12 - s)) - h.terug_nu,
            e.per_jaar,
        );
        // Starting in December, no month of the year is left to change: the advance stays.
        let nieuw = if s < 12 { h.per_maand } else { a0 };
        voorschot_per_maand.push([a0, nieuw]);
        afrekeningen.push(ToeslagAfrekening {
            id: id.to_string(),
            naam: toeslag_naam(id, taal),
            per_maand_oud: a0,
            niet_doorgeven: niet,
            nieuw_vanaf: (s < 12).then(|| start.maand_later(1).periode()),
            per_maand_nieuw: nieuw,
            terug_nu: h.terug_nu,
            doorgeven: door,
        });
    }
    // The advance received for calendar month `voor`.
    let voorschot = |k: usize, voor: Datum| -> Cents {
        let [a0, a1] = voorschot_per_maand[k];
        if voor.jaar == jaar1 {
            match wijze.toeslagen {
                Doorgeven::Doorgeven if i64::from(voor.maand) > s => a1,
                _ => a0,
            }
        } else {
            match (wijze.toeslagen, echt2[k]) {
                (Doorgeven::Doorgeven, Some(t)) => t.per_maand,
                _ => a0,
            }
        }
    };

    // Childcare: the months with a right (work, and the months kept after it ends).
    let einde = v.werk.einde(start);
    let behoud = l0.kot_behoud_maanden();
    let einde_index = v.werk.stopt_na_maanden.map(|n| n as i64);
    let opvang_loopt = |x: i64| einde_index.is_none_or(|n| x < n + behoud);
    // With a partner, the partner must work too (Wet kinderopvang art. 1.6 lid 3); a partner
    // without income is taken as not working.
    let kot_partner = !inv.partner || inv.partner_bruto_maand > Cents::ZERO;
    let kot_maand = |x: i64| -> kinderopvangtoeslag::KotMaand {
        let d = start.maand_later(x as i32);
        let (w, y) = if d.jaar == jaar1 {
            (inv.w, y1)
        } else {
            (inv_jaar2.w, y2)
        };
        if !opvang_loopt(x) {
            return kinderopvangtoeslag::KotMaand {
                geschat: true,
                ..Default::default()
            };
        }
        kinderopvangtoeslag::per_maand(&Lees::new(w), &v.kinderopvang, y, kot_partner)
    };

    // UWV's advance (WIA, Wajong): per period of months, on the estimated income.
    let mut uwv_voorschot: Vec<Cents> = maanden_r.iter().map(|r| r.recht.uitkering_netto).collect();
    let mut uwv_afrekeningen = Vec::new();
    if soort == Betaler::UwvIn {
        let lengte = l0.uwv_voorschot_maanden().clamp(1, 12) as usize;
        for blok in (0..MAANDEN).step_by(lengte) {
            let eind = (blok + lengte).min(MAANDEN);
            let met_werk: Vec<usize> = (blok..eind).filter(|&m| maanden_r[m].werk.werk).collect();
            if met_werk.is_empty() {
                continue;
            }
            let schatting = wijze.uwv_schatting_per_maand.unwrap_or_else(|| {
                Cents(
                    met_werk
                        .iter()
                        .map(|&m| maanden_r[m].bruto_uwv.0)
                        .sum::<i64>()
                        / met_werk.len() as i64,
                )
            });
            let mut voor = Cents::ZERO;
            let mut def = Cents::ZERO;
            for &m in &met_werk {
                let r = &maanden_r[m];
                let a = rekenaar.maand(
                    &r.inv,
                    uren_week((schatting.0 * 100) / uurloon_of(r).0.max(1)),
                    Some(schatting),
                    r.index,
                );
                gel = verzamel(gel, &a);
                uwv_voorschot[m] = a.uitkering_netto;
                voor += a.uitkering_netto;
                def += r.recht.uitkering_netto;
            }
            if voor != def {
                uwv_afrekeningen.push(UwvAfrekening {
                    van: maanden_r[met_werk[0]].datum.periode(),
                    tot: maanden_r[*met_werk.last().unwrap_or(&blok)].datum.periode(),
                    schatting_per_maand: schatting,
                    voorschot: voor,
                    definitief: def,
                    verschil: def - voor,
                });
            }
        }
    }

    // Pass 2: what arrives and what goes out, month by month.
    let (u_id, u_naam) = uitkering_naam(&inv.uitkering, taal);
    // What goes out each month: the person's own figure, or what they have now without the work
    // (the first month without work).
    let uitgaven = v.uitgaven_per_maand.unwrap_or(maanden_r[0].zonder.totaal);
    let mut bijstand_saldo = Cents::ZERO; // to settle with the next payment (estimate model)
    let mut bijstand_verrekend = Cents::ZERO;
    let mut maanden_uit: Vec<Geldmaand> = Vec::with_capacity(MAANDEN);
    let mut vorige_soort: Option<Vrijlating> = None;
    for (m, r) in maanden_r.iter().enumerate() {
        let l = Lees::new(r.inv.w);
        let periode = r.datum.periode();
        let mut binnen: Vec<Post> = Vec::new();
        let mut uit: Vec<Post> = Vec::new();
        let mut gebeurtenissen: Vec<String> = Vec::new();
        let post =
            |id: &str, naam: String, voor: Datum, datum: Option<Datum>, bedrag: Cents| Post {
                id: id.to_string(),
                naam,
                voor: voor.periode(),
                datum: datum.map(|d| d.to_string()),
                bedrag,
                toelichting: String::new(),
            };
        // The wage.
        for (dag, _, netto) in &r.lonen {
            binnen.push(Post {
                toelichting: match dag {
                    Some(eind) => tekst!(
                        taal,
                        "loon over vier weken, tot en met {}",
                        "wage for four weeks, up to and including {}",
                        datum_tekst(&eind.to_string(), taal)
                    ),
                    None => String::new(),
                },
                ..post(
                    "loon",
                    tekst!(taal, "Nettoloon", "Net wage"),
                    r.datum,
                    *dag,
                    *netto,
                )
            });
        }
        let gewerkt = r.werk.uren_betaald > 0 || (r.werk.gewoon && inv.uren > Uren(0));
        if gewerkt && v.werkkosten.vergoeding_per_maand > Cents::ZERO {
            binnen.push(post(
                "vergoeding",
                tekst!(taal, "Onbelaste vergoeding", "Untaxed allowance"),
                r.datum,
                None,
                v.werkkosten.vergoeding_per_maand,
            ));
        }
        // The benefit. Paid afterwards: the month before and what it gave.
        let vorige_maand = match m.checked_sub(1) {
            None => (vorig_datum, zonder_vorig.uitkering_netto),
            Some(v) => (maanden_r[v].datum, maanden_r[v].recht.uitkering_netto),
        };
        match soort {
            Betaler::Geen => {}
            Betaler::Gemeente => match wijze.bijstand {
                BijstandBetaling::NaAfloop => {
                    let (over, bedrag) = vorige_maand;
                    binnen.push(post(
                        u_id,
                        u_naam.clone(),
                        over,
                        Some(uitbetaling::bijstand(&l, over, wijze.bijstand)),
                        bedrag,
                    ));
                }
                BijstandBetaling::Schatting => {
                    // The estimate: the usual hours (no work after the job ends).
                    let schatting = if r.werk.werk {
                        rekenaar
                            .maand(&r.inv, inv.uren, None, r.index)
                            .uitkering_netto
                    } else {
                        r.zonder.uitkering_netto
                    };
                    let bedrag = schatting + bijstand_saldo;
                    let betaald = bedrag.max_zero();
                    let mut betaling = post(
                        u_id,
                        u_naam.clone(),
                        r.datum,
                        Some(uitbetaling::bijstand(&l, r.datum, wijze.bijstand)),
                        betaald,
                    );
                    if bijstand_saldo != Cents::ZERO {
                        if bijstand_saldo < Cents::ZERO {
                            bijstand_verrekend += (-bijstand_saldo).min(schatting);
                        }
                        let vorige = maand_tekst(&r.datum.maand_later(-1).to_string(), taal);
                        betaling.toelichting = if bijstand_saldo > Cents::ZERO {
                            tekst!(
                                taal,
                                "schatting {schatting}, plus {bijstand_saldo} te weinig gekregen over {vorige}",
                                "estimate {schatting}, plus {bijstand_saldo} received too little for {vorige}"
                            )
                        } else {
                            tekst!(
                                taal,
                                "schatting {schatting}, min {} te veel gekregen over {vorige}",
                                "estimate {schatting}, minus {} received too much for {vorige}",
                                -bijstand_saldo
                            )
                        };
                    }
                    binnen.push(betaling);
                    bijstand_saldo = (r.recht.uitkering_netto - schatting) + (bedrag - betaald);
                }
            },
            Betaler::UwvNa => {
                let (over, bedrag) = vorige_maand;
                binnen.push(post(
                    u_id,
                    u_naam.clone(),
                    over,
                    Some(uitbetaling::ww(&l, over)),
                    bedrag,
                ));
            }
            Betaler::UwvIn => {
                let mut betaling = post(
                    u_id,
                    u_naam.clone(),
                    r.datum,
                    Some(uitbetaling::wia(&l, r.datum)),
                    uwv_voorschot[m],
                );
                if uwv_voorschot[m] != r.recht.uitkering_netto {
                    betaling.toelichting = tekst!(
                        taal,
                        "voorschot; UWV rekent later af",
                        "advance; UWV settles later"
                    );
                }
                binnen.push(betaling);
            }
        }
        if r.recht.partner_netto > Cents::ZERO {
            binnen.push(post(
                "partner",
                tekst!(taal, "Netto-inkomen partner", "Partner's net income"),
                r.datum,
                None,
                r.recht.partner_netto,
            ));
        }
        // The toeslagen for next month, paid this month.
        let volgende = r.datum.maand_later(1);
        let toeslagdag = uitbetaling::toeslag(&l, volgende);
        for (k, id) in TOESLAGEN.iter().enumerate() {
            if oud[k].is_none() {
                continue;
            }
            let bedrag = voorschot(k, volgende);
            binnen.push(post(
                id,
                toeslag_naam(id, taal),
                volgende,
                Some(toeslagdag),
                bedrag,
            ));
        }
        if !v.kinderopvang.is_empty() {
            let kot = kot_maand(m as i64 + 1);
            if kot.toeslag > Cents::ZERO {
                binnen.push(post(
                    "kinderopvangtoeslag",
                    toeslag_naam("kinderopvangtoeslag", taal),
                    volgende,
                    Some(toeslagdag),
                    kot.toeslag,
                ));
            }
            // The bill of next month with the toeslag for it: the toeslag for a month is meant for
            // that month's bill, and many childcare centres bill in advance. Shown together, they
            // make no false dip or surplus.
            if kot.kosten > Cents::ZERO {
                uit.push(Post {
                    toelichting: tekst!(
                        taal,
                        "de rekening voor {}; kijk in uw contract wanneer u betaalt",
                        "the bill for {}; check your contract for when you pay",
                        maand_tekst(&volgende.to_string(), taal)
                    ),
                    ..post(
                        "kinderopvang",
                        tekst!(taal, "Kinderopvang", "Childcare"),
                        volgende,
                        None,
                        kot.kosten,
                    )
                });
            }
        }
        if r.recht.kinderbijslag > Cents::ZERO {
            binnen.push(Post {
                toelichting: tekst!(
                    taal,
                    "de SVB betaalt per kwartaal; hier per maand verdeeld",
                    "the SVB pays per quarter; spread per month here"
                ),
                ..post(
                    "kinderbijslag",
                    tekst!(taal, "Kinderbijslag", "Child benefit (kinderbijslag)"),
                    r.datum,
                    None,
                    r.recht.kinderbijslag,
                )
            });
        }
        if r.recht.gemeentelijk > Cents::ZERO {
            binnen.push(post(
                "gemeentelijk",
                tekst!(taal, "Gemeentelijke regelingen", "Municipal schemes"),
                r.datum,
                None,
                r.recht.gemeentelijk,
            ));
        }
        // Going out.
        uit.insert(
            0,
            post(
                "vaste_lasten",
                tekst!(taal, "Vaste uitgaven", "Regular spending"),
                r.datum,
                None,
                uitgaven,
            ),
        );
        if gewerkt && v.werkkosten.eigen_per_maand > Cents::ZERO {
            uit.push(post(
                "werkkosten",
                tekst!(taal, "Kosten van het werk", "Costs of working"),
                r.datum,
                None,
                v.werkkosten.eigen_per_maand,
            ));
        }

        // What changes this month.
        let achteraf = matches!(soort, Betaler::UwvNa)
            || (soort == Betaler::Gemeente && wijze.bijstand == BijstandBetaling::NaAfloop);
        if m == 0 {
            gebeurtenissen.push(tekst!(taal, "U begint met werken.", "You start working."));
            if achteraf && r.recht.nettoloon > Cents::ZERO {
                let naam = match soort {
                    Betaler::Gemeente => tekst!(taal, "bijstand", "bijstand"),
                    _ => u_naam.clone(),
                };
                gebeurtenissen.push(tekst!(
                    taal,
                    "Deze maand komt er veel binnen: de {naam} over {} is nog volledig, en u krijgt uw eerste loon. Van de {naam} over {} gaat uw loon af; die komt pas in {}. Zet iets apart.",
                    "A lot comes in this month: the {naam} for {} is still in full, and you get your first wage. Your wage is deducted from the {naam} for {}; that only comes in {}. Put some money aside.",
                    maand_tekst(&vorig_datum.to_string(), taal),
                    maand_tekst(&r.datum.to_string(), taal),
                    maand_tekst(&r.datum.maand_later(1).to_string(), taal)
                ));
            }
        } else if r.inv.periode != maanden_r[m - 1].inv.periode {
            // As the timeline of the steady month: which amounts are new, and which not known yet.
            let b = bedragen_van(p, r, &r.datum.to_string(), taal);
            let mut t = tekst!(
                taal,
                "Nieuwe bedragen vanaf {}.",
                "New amounts from {}.",
                datum_tekst(&b.van, taal)
            );
            if let Some(o) = &b.ontbreekt {
                t.push_str(&tekst!(
                    taal,
                    " Nog niet bekend voor: {}; hier gelden de oudere.",
                    " Not known yet for: {}; the older ones are used here.",
                    o.onderdelen.join(", ")
                ));
            }
            gebeurtenissen.push(t);
        }
        if let UitkeringStand::Bijstand { soort: nu, .. } = r.recht.uitkering {
            if r.recht.nettoloon > Cents::ZERO {
                if vorige_soort.is_some_and(|v| v != nu) {
                    gebeurtenissen.push(bijstand::gebeurtenis(&l, nu, taal));
                }
                vorige_soort = Some(nu);
            }
        }
        if let UitkeringStand::Ww {
            beeindigd: true, ..
        } = r.recht.uitkering
        {
            gebeurtenissen.push(tekst!(
                taal,
                "Over deze maand krijgt u geen WW: UWV telt meer dan {} van uw WW-maandloon aan inkomsten. Verdient u de maand erna minder, dan kan de WW weer doorgaan.",
                "For this month you get no WW: UWV counts more than {} of your WW monthly wage as earnings. If you earn less the month after, the WW can go on again.",
                pct(l.ww_eindgrens(), taal)
            ));
        }
        if r.werk.perioden.len() > 1 {
            gebeurtenissen.push(tekst!(
                taal,
                "Deze maand krijgt u twee keer loon: er eindigen twee periodes van vier weken.",
                "This month you are paid twice: two four-week periods end."
            ));
            if matches!(soort, Betaler::UwvNa | Betaler::UwvIn) {
                gebeurtenissen.push(tekst!(
                    taal,
                    "UWV telt beide lonen in deze maand: uw {u_naam} over deze maand is lager of nul, en dat merkt u in {}. Zet een deel van dit loon apart.",
                    "UWV counts both wages in this month: your {u_naam} for this month is lower or nil, and you notice that in {}. Put part of this wage aside.",
                    maand_tekst(&volgende.to_string(), taal)
                ));
            }
        }
        if v.werk.stopt_na_maanden == Some(m as u32 + 1) {
            gebeurtenissen.push(tekst!(
                taal,
                "Uw werk stopt aan het eind van deze maand.",
                "Your work stops at the end of this month."
            ));
        }
        if !v.kinderopvang.is_empty()
            && kot_partner
            && einde_index.is_some_and(|n| m as i64 == n + behoud - 2)
        {
            gebeurtenissen.push(tekst!(
                taal,
                "De laatste kinderopvangtoeslag komt deze maand: die is voor {}, de laatste maand die u houdt na het einde van uw werk. Zeg de opvang op tijd op als u die daarna niet meer nodig heeft.",
                "The last childcare allowance arrives this month: it is for {}, the last month you keep after your work ended. Cancel the childcare in time if you no longer need it after that.",
                maand_tekst(&volgende.to_string(), taal)
            ));
        }
        for a in &uwv_afrekeningen {
            if maanden_r
                .iter()
                .position(|x| x.datum.periode() == a.tot)
                .is_some_and(|t| t + 1 == m)
            {
                gebeurtenissen.push(uwv_gebeurtenis(a, taal));
            }
        }
        if m == 1 && wijze.toeslagen == Doorgeven::Doorgeven && s < 12 {
            let terug: Cents = afrekeningen.iter().map(|a| a.terug_nu).sum();
            if terug > Cents::ZERO {
                gebeurtenissen.push(tekst!(
                    taal,
                    "U gaf uw nieuwe inkomen door: Dienst Toeslagen vraagt ongeveer {terug} terug (u kreeg dit jaar al meer voorschot dan u nu toekomt). U krijgt er een brief over.",
                    "You reported your new income: Dienst Toeslagen asks back about {terug} (you already received more advance this year than you are now entitled to). You will get a letter about it."
                ));
            }
        }

        let totaal_binnen: Cents = binnen.iter().map(|p| p.bedrag).sum();
        let totaal_uit: Cents = uit.iter().map(|p| p.bedrag).sum();
        let tekort = totaal_binnen + KLEIN_VERSCHIL < totaal_uit;
        if tekort {
            let ontvangen: Cents = binnen
                .iter()
                .filter(|p| p.id == u_id)
                .map(|p| p.bedrag)
                .sum();
            gebeurtenissen.push(waarom_krap(
                (soort, achteraf),
                &u_naam,
                r,
                m.checked_sub(1).map(|v| &maanden_r[v]),
                ontvangen,
                uit.len() > 1,
                taal,
            ));
        }
        gel = gel.met(l.gelezen());
        maanden_uit.push(Geldmaand {
            maand: m as u32 + 1,
            periode,
            werk: r.werk.werk,
            uren: Maanduren(if r.werk.gewoon {
                aangiftetijdvak::per_maand(inv.uren)
            } else {
                r.werk.uren_betaald
            }),
            bruto_loon: r.lonen.iter().map(|x| x.1).sum(),
            uitkering_bruto: r.recht.uitkering_bruto,
            uitkering_netto: r.recht.uitkering_netto,
            tekort,
            saldo: totaal_binnen - totaal_uit,
            totaal_binnen,
            totaal_uit,
            binnen,
            uit,
            zonder_werk: r.zonder.totaal,
            gebeurtenissen,
        });
    }

    // The twelve months together.
    let som = |f: &dyn Fn(&Geldmaand) -> Cents| -> Cents { maanden_uit.iter().map(f).sum() };
    let kosten_werk = som(&|g| {
        g.uit
            .iter()
            .filter(|p| p.id == "werkkosten")
            .map(|p| p.bedrag)
            .sum::<Cents>()
    }) + (1..=MAANDEN as i64)
        .map(|x| kot_maand(x).eigen_deel)
        .sum::<Cents>();
    let binnen_totaal = som(&|g| g.totaal_binnen);
    let zonder_totaal = som(&|g| g.zonder_werk);
    let kot_binnen = som(&|g| {
        g.binnen
            .iter()
            .filter(|p| p.id == "kinderopvangtoeslag")
            .map(|p| p.bedrag)
            .sum::<Cents>()
    });
    let totaal = Totaal {
        binnen: binnen_totaal,
        uit: som(&|g| g.totaal_uit),
        zonder_werk: zonder_totaal,
        kosten_werk,
        // Without the childcare allowance (it pays part of the childcare, counted in the costs).
        opbrengst: binnen_totaal - kot_binnen - zonder_totaal - kosten_werk,
        tekortmaanden: maanden_uit.iter().filter(|g| g.tekort).count() as u32,
        grootste_tekort: maanden_uit
            .iter()
            .filter(|g| g.tekort)
            .map(|g| -g.saldo)
            .max()
            .unwrap_or_default(),
    };

    // How each payer pays.
    let periode0 = inv.periode;
    let mut maak = |id: &str, f: Schrijver| toelichting(p, periode0, inv.w, &mut gel, id, f);
    let mut betalers = Vec::new();
    betalers.push(maak("werkgever", &|_| {
        (
            tekst!(taal, "Uw werkgever", "Your employer"),
            match v.werk.loon_per {
                aangiftetijdvak::Loonbetaling::Maand => tekst!(
                    taal,
                    "Uw werkgever betaalt uw loon per maand, op de dag uit uw contract (vaak aan het eind van de maand). Hier staat het nettoloon van de maand; uw loonstrook kan iets anders zijn. We rekenen alsof het vakantiegeld elke maand wordt meebetaald; krijgt u het in mei of juni in één keer, dan is uw loon de andere maanden lager en in die maand hoger.",
                    "Your employer pays your wage per month, on the day in your contract (often at the end of the month). This shows the month's net wage; your payslip may differ a little. We count as if the holiday pay is paid with every month; if you get it all at once in May or June, your wage is lower in the other months and higher in that month."
                ),
                aangiftetijdvak::Loonbetaling::VierWeken => tekst!(
                    taal,
                    "Uw werkgever betaalt per vier weken: 13 keer per jaar, hier op de laatste dag van elke periode. {}",
                    "Your employer pays every four weeks: 13 times a year, here on the last day of each period. {}",
                    if v.werk.periode_eindigt.is_some() {
                        String::new()
                    } else {
                        tekst!(
                            taal,
                            "We nemen aan dat de eerste periode op 1 januari begint; kijk op uw loonstrook en vul de einddatum van een periode in.",
                            "We assume the first period starts on 1 January; check your payslip and enter the end date of a period."
                        )
                    }
                ),
            },
            vec!["inkomsten_per_maand"],
            false,
        )
    }));
    match soort {
        Betaler::Gemeente => {
            betalers.push(maak("gemeente", &|l| {
                let mut t = uitbetaling::uitleg_bijstand(l, wijze.bijstand, start, taal);
                let mut regels = vec!["betaling_bijstand", "inkomsten_per_maand"];
                if wijze.bijstand == BijstandBetaling::Schatting {
                    regels.push("betaling_bijstand_schatting");
                    regels.push("terugvordering_bijstand");
                    t.push(' ');
                    t.push_str(&terugvordering::uitleg_bijstand(l, taal));
                }
                if v.werk.loon_per == aangiftetijdvak::Loonbetaling::VierWeken {
                    regels.push("vier_weken_gemeente");
                    t.push(' ');
                    t.push_str(&aangiftetijdvak::uitleg_vier_weken_bijstand(
                        wijze.vier_weken_bijstand,
                        taal,
                    ));
                }
                t.push(' ');
                t.push_str(&uitbetaling::uitleg_vakantietoeslag(taal));
                (
                    tekst!(
                        taal,
                        "De gemeente (bijstand)",
                        "The municipality (bijstand)"
                    ),
                    t,
                    regels,
                    true,
                )
            }));
        }
        Betaler::UwvNa => {
            let zw = matches!(inv.uitkering, Uitkering::Ziektewet { .. });
            betalers.push(maak("uwv", &|l| {
                let mut t = uitbetaling::uitleg_ww(l, zw, start, taal);
                let mut regels = vec!["betaling_ww", "inkomsten_per_maand"];
                if v.werk.loon_per == aangiftetijdvak::Loonbetaling::VierWeken {
                    t.push(' ');
                    t.push_str(&aangiftetijdvak::uitleg_vier_weken_uwv(taal));
                }
                t.push(' ');
                t.push_str(&terugvordering::uitleg_uwv(taal));
                regels.push("terugvordering_uwv");
                (tekst!(taal, "UWV", "UWV"), t, regels, zw)
            }));
        }
        Betaler::UwvIn => {
            betalers.push(maak("uwv", &|l| {
                let mut t = uitbetaling::uitleg_wia(l, start, taal);
                if v.werk.loon_per == aangiftetijdvak::Loonbetaling::VierWeken {
                    t.push(' ');
                    t.push_str(&aangiftetijdvak::uitleg_vier_weken_uwv(taal));
                }
                t.push(' ');
                t.push_str(&terugvordering::uitleg_uwv(taal));
                (
                    tekst!(taal, "UWV", "UWV"),
                    t,
                    vec![
                        "betaling_wia_wajong",
                        "uwv_voorschot",
                        "inkomsten_per_maand",
                        "terugvordering_uwv",
                    ],
                    true,
                )
            }));
        }
        Betaler::Geen => {}
    }
    betalers.push(maak("toeslagen", &|l| {
        (
            tekst!(taal, "Dienst Toeslagen", "Dienst Toeslagen"),
            uitbetaling::uitleg_toeslagen(l, start, taal),
            vec!["betaling_toeslagen", "toeslag_voorschot_herzien"],
            false,
        )
    }));
    if !v.kinderopvang.is_empty() {
        let km = kot_maand(0);
        betalers.push(maak("kinderopvangtoeslag", &|l| {
            (
                toeslag_naam("kinderopvangtoeslag", taal),
                kinderopvangtoeslag::uitleg(l, &v.kinderopvang, &km, y1, taal),
                vec!["kinderopvangtoeslag"],
                false,
            )
        }));
    }
    if v.werkkosten != Werkkosten::default() {
        betalers.push(maak("werkkosten", &|_| {
            (
                tekst!(taal, "Kosten van het werk", "Costs of working"),
                werkkosten::uitleg(&v.werkkosten, taal),
                vec!["werkkosten"],
                false,
            )
        }));
    }

    // Paying back.
    let terug_niet: Cents = afrekeningen.iter().map(|a| a.niet_doorgeven.terug).sum();
    let terug_door: Cents = afrekeningen
        .iter()
        .map(|a| a.terug_nu + a.doorgeven.terug)
        .sum();
    let mut stappen = Vec::new();
    {
        let l = Lees::new(inv.w);
        stappen.push(tekst!(
            taal,
            "Geef uw nieuwe inkomen binnen {} weken door via Mijn toeslagen, met een schatting van uw jaarinkomen.",
            "Report your new income within {} weeks through Mijn toeslagen, with an estimate of your yearly income.",
            l.awir_meldtermijn_weken()
        ));
        stappen.extend(terugvordering::stappen_toeslagen(
            &l,
            terug_niet.max(terug_door),
            taal,
        ));
        if !uwv_afrekeningen.is_empty() {
            stappen.push(terugvordering::uitleg_uwv(taal));
        }
        gel = gel.met(l.gelezen());
    }
    let uitleg_afrekening =
        afrekening_uitleg(&afrekeningen, terug_niet, terug_door, jaar1, s, start, taal);
    let afrekening = Afrekening {
        jaar: jaar1,
        jaarinkomen_oud: y0,
        jaarinkomen_echt: y1,
        keuze: wijze.toeslagen,
        toeslagen: afrekeningen,
        terug_niet_doorgeven: terug_niet,
        terug_doorgeven: terug_door,
        uwv: uwv_afrekeningen,
        bijstand_open: bijstand_saldo,
        bijstand_verrekend,
        stappen,
        uitleg: uitleg_afrekening,
    };

    // The way back.
    let laatste = einde_index.map(|n| (n - 1).clamp(0, MAANDEN as i64 - 1) as usize);
    let eerste_betaling = laatste.and_then(|i| {
        let na = i + 1;
        let r = maanden_r.get(na)?;
        let l = Lees::new(r.inv.w);
        let dag = match soort {
            Betaler::Geen => return None,
            Betaler::Gemeente => uitbetaling::bijstand(&l, r.datum, wijze.bijstand),
            Betaler::UwvNa => uitbetaling::ww(&l, r.datum),
            Betaler::UwvIn => uitbetaling::wia(&l, r.datum),
        };
        Some((r.datum, dag, r.recht.uitkering_netto))
    });
    let situatie = Situatie {
        einde,
        eerste_betaling,
        uitkering_nul_bij_einde: laatste
            .is_some_and(|i| maanden_r[i].recht.uitkering_netto == Cents::ZERO),
        kinderopvang: !v.kinderopvang.is_empty(),
        norm: match maanden_r[0].recht.uitkering {
            UitkeringStand::Bijstand { norm, .. } => Some(norm),
            _ => None,
        },
        loonkostensubsidie: v.loonkostensubsidie.is_some(),
        tekort: totaal.tekortmaanden > 0,
    };
    let terug = {
        let l = Lees::new(inv.w);
        let t = herleving::terugwegen(&l, &inv, &situatie, taal);
        gel = gel.met(l.gelezen());
        t.into_iter()
            .map(|(t, g)| terugweg(p, periode0, t, g))
            .collect::<Vec<_>>()
    };

    // What this view assumes.
    let mut aannames = vec![tekst!(
        taal,
        "Dit zijn schattingen per maand. De echte bedragen hangen af van uw loonstrook, van hoe uw gemeente en UWV werken en van de dag waarop u iets doorgeeft.",
        "These are estimates per month. The real amounts depend on your payslip, on how your municipality and UWV work and on the day you report things."
    )];
    if let Some(b) = v.werk.bereik {
        aannames.push(tekst!(
            taal,
            "Uw uren wisselen tussen {} en {} per maand. Om te zien hoe krap het kan worden, wisselen de maanden hier af: eerst een drukke maand, dan een rustige.",
            "Your hours vary between {} and {} a month. To see how tight it can get, the months alternate here: first a busy month, then a quiet one.",
            super::uitleg::uren_tekst(Uren(b.van.0)),
            super::uitleg::uren_tekst(Uren(b.tot.0))
        ));
    } else if !v.werk.uren_per_maand.is_empty() && v.werk.uren_per_maand.len() < MAANDEN {
        aannames.push(tekst!(
            taal,
            "Na de maanden die u invulde, rekenen we met uw gewone uren: {} uur per week.",
            "After the months you entered, we use your usual hours: {} hours a week.",
            super::uitleg::uren_tekst(inv.uren)
        ));
    }
    if v.uitgaven_per_maand.is_none() {
        aannames.push(tekst!(
            taal,
            "Als vaste uitgaven nemen we wat u nu zonder werk per maand heeft: {uitgaven}. Daarbij komen de kosten van het werk en van de kinderopvang. Een tekort betekent hier: die maand heeft u minder dan nu. Vul uw eigen uitgaven in voor een beter beeld.",
            "As regular spending we take what you have now without work per month: {uitgaven}. The costs of working and of childcare come on top. A shortfall here means: that month you have less than now. Enter your own spending for a better picture."
        ));
    }
    aannames.push(match wijze.toeslagen {
        Doorgeven::Doorgeven => tekst!(
            taal,
            "We nemen aan dat u uw nieuwe inkomen in de eerste maand van uw werk doorgeeft aan Dienst Toeslagen, en dat u vanaf de maand erna het nieuwe voorschot krijgt (zo rekent Dienst Toeslagen ongeveer).",
            "We assume that you report your new income to Dienst Toeslagen in the first month of your work, and that you get the new advance from the month after (roughly how Dienst Toeslagen calculates)."
        ),
        Doorgeven::NietDoorgeven => tekst!(
            taal,
            "Hier geeft u uw nieuwe inkomen niet door aan Dienst Toeslagen: u krijgt het oude voorschot, en het verschil komt na het jaar.",
            "Here you do not report your new income to Dienst Toeslagen: you get the old advance, and the difference comes after the year."
        ),
    });
    if !v.kinderopvang.is_empty() && !kot_partner {
        aannames.push(tekst!(
            taal,
            "U heeft een partner zonder inkomen: dan is er geen kinderopvangtoeslag, tenzij uw partner ook werkt of met een uitkering een traject naar werk volgt (Wet kinderopvang art. 1.6 lid 3). Hier is die toeslag daarom niet meegerekend.",
            "You have a partner without income: then there is no childcare allowance, unless your partner works too or follows a route to work while on a benefit (Wet kinderopvang art. 1.6(3)). So that allowance is not included here."
        ));
    }
    if !v.kinderopvang.is_empty() {
        aannames.push(tekst!(
            taal,
            "We nemen aan dat u de kinderopvangtoeslag op tijd aanvraagt: het voorschot voor een maand komt de maand ervoor. Vraagt u later aan, dan krijgt u het bedrag later, tot {} terug. Stopt uw werk, dan nemen we aan dat de opvang stopt als de toeslag stopt.",
            "We assume you apply for the childcare allowance on time: the advance for a month comes the month before. If you apply later, you get the amount later, up to {} back. If your work stops, we assume the childcare stops when the allowance stops.",
            maanden(l0.kot_terugwerkend_maanden(), taal)
        ));
    }
    aannames.push(tekst!(
        taal,
        "Met wisselend loon kan de inkomstenbelasting over het jaar anders uitkomen dan wat er per maand is ingehouden. Dat is hier niet berekend.",
        "With a wage that varies, the income tax over the year can come out differently from what was withheld each month. That is not calculated here."
    ));
    gel = gel.met(l0.gelezen());

    // Sources: the parameters read, the rules named.
    let mut regel_ids: Vec<Cow<'static, str>> = uitkering_regels(&inv.uitkering)
        .iter()
        .map(|r| Cow::Borrowed(*r))
        .collect();
    regel_ids.extend(["zorgtoeslag", "toeslag_afrekening", "awir_minimum"].map(Cow::Borrowed));
    if inv.huur.is_some() {
        regel_ids.push(Cow::Borrowed("huurtoeslag"));
    }
    if !inv.kinderen.is_empty() {
        regel_ids.extend(["kindgebonden_budget", "kinderbijslag"].map(Cow::Borrowed));
    }
    if v.loonkostensubsidie.is_some() {
        regel_ids.push(Cow::Borrowed("vrijlating_loonkostensubsidie"));
    }
    for t in betalers.iter().chain(&terug) {
        regel_ids.extend(t.regels.iter().cloned());
    }
    regel_ids.sort();
    regel_ids.dedup();
    let bronnen: Vec<Arc<ParameterGebruik>> = gel
        .ids()
        .filter_map(|id| p.index_van(id))
        .filter_map(|i| p.gebruik_in(periode0, i).cloned())
        .collect();
    let regels: Vec<Arc<RegelGebruik>> = regel_ids
        .iter()
        .filter_map(|id| p.regel_gebruik(id))
        .collect();
    let voorlopig =
        bronnen.iter().any(|b| b.voorlopig) || betalers.iter().chain(&terug).any(|t| t.voorlopig);
    let bedragen = bedragen_van(p, &maanden_r[0], &inv.peildatum, taal);

    Ok(Verloop {
        peildatum: inv.peildatum.clone(),
        bedragen,
        maanden: maanden_uit,
        totaal,
        betalers,
        afrekening,
        als_het_niet_lukt: terug,
        aannames,
        voorlopig,
        bronnen,
        regels,
    })
}

/// Why a month brings in less than goes out: the benefit paid now is over an earlier month with
/// more wage; or it was paid on an estimate of the income and this month's wage was lower (the
/// difference comes later); or the costs of working and childcare are more than the work adds.
fn waarom_krap(
    (soort, achteraf): (Betaler, bool),
    naam: &str,
    r: &Rekenmaand,
    vorige: Option<&Rekenmaand>,
    ontvangen_uitkering: Cents,
    kosten: bool,
    taal: Taal,
) -> String {
    let naam = match soort {
        Betaler::Gemeente => tekst!(taal, "bijstand", "bijstand"),
        _ => naam.to_string(),
    };
    let deze = maand_tekst(&r.datum.to_string(), taal);
    let volgende = maand_tekst(&r.datum.maand_later(1).to_string(), taal);
    if let Some(v) = vorige.filter(|v| v.recht.nettoloon > r.recht.nettoloon) {
        if achteraf && ontvangen_uitkering < r.recht.uitkering_netto {
            let vorige = maand_tekst(&v.datum.to_string(), taal);
            return tekst!(
                taal,
                "Deze maand is krap: de {naam} die nu komt is over {vorige}, en daar ging uw loon van {vorige} van af. Uw loon van {deze} is lager. De {naam} over {deze} komt pas in {volgende}.",
                "This month is tight: the {naam} arriving now is for {vorige}, and your wage of {vorige} was deducted from it. Your wage of {deze} is lower. The {naam} for {deze} only comes in {volgende}."
            );
        }
    }
    let verschil = r.recht.uitkering_netto - ontvangen_uitkering;
    if !achteraf && soort != Betaler::Geen && verschil > Cents::ZERO {
        return match soort {
            Betaler::Gemeente => tekst!(
                taal,
                "Deze maand is krap: de gemeente betaalde de bijstand over {deze} op een schatting van uw loon, en u verdiende minder. Het verschil ({verschil}) krijgt u bij de volgende betaling.",
                "This month is tight: the municipality paid the bijstand for {deze} on an estimate of your wage, and you earned less. You get the difference ({verschil}) with the next payment."
            ),
            _ => tekst!(
                taal,
                "Deze maand is krap: UWV betaalt een voorschot op uw geschatte inkomen, en u verdiende deze maand minder. Het verschil (ongeveer {verschil}) krijgt u bij de afrekening van het voorschot.",
                "This month is tight: UWV pays an advance on your estimated income, and you earned less this month. You get the difference (about {verschil}) when the advance is settled."
            ),
        };
    }
    if kosten {
        return tekst!(
            taal,
            "Deze maand is krap: wat het werk en de kinderopvang kosten, is meer dan wat er door het werk bij komt.",
            "This month is tight: what the work and the childcare cost is more than the work adds."
        );
    }
    tekst!(
        taal,
        "Deze maand komt er minder binnen dan u nu zonder werk heeft.",
        "This month less comes in than you have now without work."
    )
}

/// Which date's amounts a month uses, and which due ones are missing: the statement of the steady
/// result. The lines (with their texts) are only written when something is missing.
fn bedragen_van(p: &Parameters, r: &Rekenmaand, datum: &str, taal: Taal) -> Bedragen {
    let gelezen = verzamel(Gelezen::default(), &r.recht);
    let ontbreekt = gelezen.ids().any(|id| {
        p.index_van(id)
            .and_then(|i| p.gebruik_in(r.inv.periode, i))
            .and_then(|g| g.verouderd_vanaf.as_deref())
            .is_some_and(|d| d <= datum)
    });
    let lijnen = if ontbreekt {
        super::uitleg::lijnen(&r.inv, &r.recht, &mut |_| false)
    } else {
        Vec::new()
    };
    bedragen(
        p,
        r.inv.periode,
        datum,
        &lijnen.iter().collect::<Vec<_>>(),
        taal,
    )
}

/// The wage per hour in a month.
fn uurloon_of(r: &Rekenmaand) -> Cents {
    if r.inv.uurloon_is_minimumloon {
        standaard_uurloon(&Lees::new(r.inv.w), r.inv.leeftijd, r.inv.loonwaarde_ppm)
    } else {
        r.inv.uurloon
    }
}

/// Adds what a month's lines read.
fn verzamel(g: Gelezen, m: &Maand) -> Gelezen {
    m.gelezen.iter().fold(g, |a, b| a.met(*b))
}

/// An explanation with the parameters it read and whether any is provisional.
fn toelichting(
    p: &Parameters,
    periode: usize,
    w: &Waarden,
    gel: &mut Gelezen,
    id: &str,
    f: Schrijver,
) -> Toelichting {
    let l = Lees::new(w);
    let (titel, tekst, regels, voorlopig) = f(&l);
    let g = l.gelezen();
    *gel = gel.met(g);
    let parameters: Vec<Cow<'static, str>> = g.ids().map(Cow::Borrowed).collect();
    let voorlopig = voorlopig
        || parameters.iter().any(|id| {
            p.index_van(id)
                .and_then(|i| p.gebruik_in(periode, i))
                .is_some_and(|g| g.voorlopig)
        });
    Toelichting {
        id: id.to_string(),
        titel,
        tekst,
        regels: regels.into_iter().map(Cow::Borrowed).collect(),
        parameters,
        voorlopig,
    }
}

/// A step of the way back with the parameters it read.
fn terugweg(p: &Parameters, periode: usize, t: Terugweg, g: Gelezen) -> Toelichting {
    let parameters: Vec<Cow<'static, str>> = g.ids().map(Cow::Borrowed).collect();
    let voorlopig = t.voorlopig
        || parameters.iter().any(|id| {
            p.index_van(id)
                .and_then(|i| p.gebruik_in(periode, i))
                .is_some_and(|g| g.voorlopig)
        });
    Toelichting {
        id: t.id.to_string(),
        titel: t.titel,
        tekst: t.tekst,
        regels: t.regels.into_iter().map(Cow::Borrowed).collect(),
        parameters,
        voorlopig,
    }
}

fn uwv_gebeurtenis(a: &UwvAfrekening, taal: Taal) -> String {
    let van = maand_tekst(&a.van, taal);
    let tot = maand_tekst(&a.tot, taal);
    if a.verschil > Cents::ZERO {
        tekst!(
            taal,
            "Rond deze tijd rekent UWV het voorschot over {van} tot en met {tot} af: u krijgt ongeveer {} bij.",
            "Around now UWV settles the advance for {van} to {tot}: you get about {} extra.",
            a.verschil
        )
    } else {
        tekst!(
            taal,
            "Rond deze tijd rekent UWV het voorschot over {van} tot en met {tot} af: u betaalt ongeveer {} terug.",
            "Around now UWV settles the advance for {van} to {tot}: you pay back about {}.",
            -a.verschil
        )
    }
}

/// The comparison "geef uw nieuwe inkomen door" in one paragraph.
fn afrekening_uitleg(
    a: &[ToeslagAfrekening],
    terug_niet: Cents,
    terug_door: Cents,
    jaar: i32,
    s: i64,
    start: Datum,
    taal: Taal,
) -> String {
    if a.is_empty() {
        return tekst!(
            taal,
            "U krijgt hier geen toeslagen; er valt niets af te rekenen.",
            "You get no allowances here; there is nothing to settle."
        );
    }
    let mut t = if terug_niet > Cents::ZERO {
        tekst!(
            taal,
            "Geeft u uw nieuwe inkomen niet door, dan krijgt u in {jaar} te veel voorschot. Na het jaar moet u dan ongeveer {terug_niet} terugbetalen.",
            "If you do not report your new income, you get too much advance in {jaar}. After the year you then have to pay back about {terug_niet}."
        )
    } else {
        tekst!(
            taal,
            "Ook als u uw nieuwe inkomen niet doorgeeft, hoeft u over {jaar} naar verwachting niets terug te betalen.",
            "Even if you do not report your new income, you are not expected to pay anything back for {jaar}."
        )
    };
    let lager = a.iter().any(|x| x.per_maand_nieuw < x.per_maand_oud);
    if s < 12 && !lager {
        t.push(' ');
        t.push_str(&tekst!(
            taal,
            "Uw nieuwe inkomen verandert het voorschot nauwelijks. Geef het toch door: dan rekent Dienst Toeslagen met uw echte inkomen.",
            "Your new income hardly changes the advance. Report it anyway: then Dienst Toeslagen works with your real income."
        ));
    } else if s < 12 {
        let vanaf = maand_tekst(&start.maand_later(1).to_string(), taal);
        t.push(' ');
        t.push_str(&if terug_door > Cents::ZERO {
            tekst!(
                taal,
                "Geeft u het meteen door, dan krijgt u vanaf {vanaf} een lager voorschot, en betaalt u ongeveer {terug_door} terug.",
                "If you report it straight away, you get a lower advance from {vanaf}, and you pay back about {terug_door}."
            )
        } else {
            tekst!(
                taal,
                "Geeft u het meteen door, dan krijgt u vanaf {vanaf} een lager voorschot en hoeft u achteraf naar verwachting niets terug te betalen.",
                "If you report it straight away, you get a lower advance from {vanaf} and are not expected to pay anything back afterwards."
            )
        });
    } else {
        t.push(' ');
        t.push_str(&tekst!(
            taal,
            "U begint in december: voor {jaar} is er geen maand meer om het voorschot aan te passen. Geef het toch door, dan klopt het voorschot voor het jaar erna.",
            "You start in December: there is no month left in {jaar} to adjust the advance. Report it anyway, so the advance for the next year is right."
        ));
    }
    t
}
