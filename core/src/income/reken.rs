//! The numeric heart: one month of a household's income at a number of hours, without strings,
//! so the curve can call it 81 times cheaply. [`super::bereken`] adds the explanations.

use super::bijstand::{self, Vrijlating, VrijlatingFeiten};
use super::huurtoeslag;
use super::kinderbijslag;
use super::kindgebonden_budget::kindgebonden_budget;
use super::loonheffing::{belasting, Belasting};
use super::loonkostensubsidie::{self, Loonkostensubsidie};
use super::parameters::{Gelezen, Lees, Parameters, Ppm, Waarden};
use super::scenario::{InvoerFout, Scenario, Uitkering, Uren};
use super::toeslag::Toeslag;
use super::wajong;
use super::wga::{self, WgaSoort};
use super::ww;
use super::ziektewet::ziektewet;
use super::zorgtoeslag::zorgtoeslag;
use crate::money::Cents;
use crate::{tekst, Taal};

/// Highest number of hours per week accepted.
pub const MAX_UREN: Uren = Uren::heel(60);
/// Highest hourly wage accepted (€ 500).
pub const MAX_UURLOON: Cents = Cents::euros(500);
/// Highest rent accepted (€ 10.000 per month).
pub const MAX_HUUR: Cents = Cents::euros(10_000);

/// A checked scenario with everything the rules need, in cents and whole numbers.
#[derive(Debug, Clone)]
pub struct Invoer<'p> {
    pub w: &'p Waarden,
    /// The language of every text the engine writes for this scenario.
    pub taal: Taal,
    pub peildatum: String,
    /// Index of the parameter period, see [`Parameters::periode_van`].
    pub periode: usize,
    pub leeftijd: i64,
    pub partner: bool,
    pub partner_leeftijd: Option<i64>,
    pub partner_bruto_maand: Cents,
    pub kinderen: Vec<i64>,
    pub kostendelers: i64,
    /// The kostendelers' gross income per month together, if known (for the huurtoeslag).
    pub kostendelers_inkomen: Option<Cents>,
    pub vermogen: Option<Cents>,
    pub huur: Option<Cents>,
    pub uitkering: Uitkering,
    pub loonwaarde_ppm: Option<i64>,
    pub uren: Uren,
    /// The wage per hour the employer pays.
    pub uurloon: Cents,
    /// No wage given: the minimum wage for the age (times the loonwaarde with loondispensatie),
    /// recomputed from the amounts of each month.
    pub uurloon_is_minimumloon: bool,
    pub minimumuurloon: Cents,
    pub gemeentelijk_zonder: Cents,
    pub gemeentelijk_met: Cents,
    /// Bijstand: work with loonkostensubsidie (asked by the month view, [`super::verloop`]).
    pub loonkostensubsidie: Option<Loonkostensubsidie>,
    /// The month (1 to 12) the employer pays the holiday pay, and whether the person chose it.
    pub vakantiegeld_maand: (u32, bool),
}

fn fout<T>(veld: &str, melding: impl Into<String>) -> Result<T, InvoerFout> {
    Err(InvoerFout::new(veld, melding))
}

/// The minimum hourly wage for an age (youth wages below 21).
pub fn minimumuurloon(w: &Lees, leeftijd: i64) -> Cents {
    match leeftijd {
        ..=14 => Cents::ZERO,
        15 => w.wml_uur_15(),
        16 => w.wml_uur_16(),
        17 => w.wml_uur_17(),
        18 => w.wml_uur_18(),
        19 => w.wml_uur_19(),
        20 => w.wml_uur_20(),
        _ => w.wml_uur(),
    }
}

/// The minimum wage per month for an age: the reference amount of the Wet minimumloon (art. 8
/// lid 1 b), times the youth percentage below 21.
pub fn minimumloon_maand(w: &Lees, leeftijd: i64) -> Cents {
    match leeftijd {
        ..=17 => Cents::ZERO,
        18 => w.wml_maand().times_ppm(w.wml_jeugd_18().0),
        19 => w.wml_maand().times_ppm(w.wml_jeugd_19().0),
        20 => w.wml_maand().times_ppm(w.wml_jeugd_20().0),
        _ => w.wml_maand(),
    }
}

/// The hourly wage paid when none is given: the minimum wage for the age, and with
/// loondispensatie that wage lowered in proportion to the loonwaarde (Wajong art. 2:20 lid 1).
pub fn standaard_uurloon(w: &Lees, leeftijd: i64, loonwaarde_ppm: Option<i64>) -> Cents {
    let minimum = minimumuurloon(w, leeftijd);
    match loonwaarde_ppm {
        Some(lw) => minimum.times_ppm(lw),
        None => minimum,
    }
}

/// The benefit without work when the person does not type it: the bijstand norm (net) or the
/// Wajong (gross, without holiday pay), of the scenario's date; for the example next to the
/// amount field, so it is never a stale typed number.
pub fn standaard_uitkering(inv: &Invoer) -> Option<Cents> {
    let w = &Lees::new(inv.w);
    match &inv.uitkering {
        Uitkering::Bijstand { .. } => Some(bijstand::norm(w, inv.partner, inv.kostendelers)),
        Uitkering::Wajong {
            arbeidsvermogen, ..
        } => Some(
            minimumloon_maand(w, inv.leeftijd).times_ppm(wajong::percentage(w, *arbeidsvermogen).0),
        ),
        _ => None,
    }
}

/// Every amount in a scenario, by field, to refuse negative ones (serde already refuses them in
/// JSON; this covers scenarios built in code).
fn negatief_te_controleren(s: &Scenario) -> Vec<(&'static str, Cents)> {
    let mut v = vec![
        (
            "huishouden.vermogen",
            s.huishouden.vermogen.unwrap_or_default(),
        ),
        (
            "huishouden.kostendelers_inkomen_per_maand",
            s.huishouden
                .kostendelers_inkomen_per_maand
                .unwrap_or_default(),
        ),
        (
            "huishouden.partner.bruto_inkomen_per_maand",
            s.huishouden
                .partner
                .as_ref()
                .map(|p| p.bruto_inkomen_per_maand)
                .unwrap_or_default(),
        ),
        (
            "woning.kale_huur",
            s.woning.as_ref().map(|w| w.kale_huur).unwrap_or_default(),
        ),
        ("werk.uurloon", s.werk.uurloon.unwrap_or_default()),
    ];
    match &s.uitkering {
        Uitkering::Bijstand {
            bedrag_per_maand, ..
        }
        | Uitkering::Wajong {
            bedrag_per_maand, ..
        } => v.push((
            "uitkering.bedrag_per_maand",
            bedrag_per_maand.unwrap_or_default(),
        )),
        Uitkering::Wga { maandloon, rvc, .. } => {
            v.push(("uitkering.maandloon", *maandloon));
            v.push(("uitkering.rvc", *rvc));
        }
        Uitkering::Iva { maandloon }
        | Uitkering::Ww { maandloon, .. }
        | Uitkering::Ziektewet { maandloon } => v.push(("uitkering.maandloon", *maandloon)),
        Uitkering::Geen => {}
    }
    for g in &s.gemeentelijk {
        v.push(("gemeentelijk.zonder_werk", g.zonder_werk));
        v.push(("gemeentelijk.met_werk", g.met_werk));
    }
    v
}

/// The date of the first month of work: `peildatum`, else 1 January of `jaar`, else the first
/// date with amounts. (The app and the command line fill in the current month.)
fn startdatum(s: &Scenario, p: &Parameters, taal: Taal) -> Result<String, InvoerFout> {
    let eerste: i32 = p
        .eerste_datum()
        .get(0..4)
        .and_then(|j| j.parse().ok())
        .unwrap_or(p.jaar);
    let laatste: i32 = p
        .laatste_datum()
        .get(0..4)
        .and_then(|j| j.parse().ok())
        .unwrap_or(p.jaar);
    if let Some(jaar) = s.jaar {
        let past = s
            .peildatum
            .as_deref()
            .is_none_or(|d| d.get(0..4) == Some(&jaar.to_string()));
        if !(eerste..=laatste).contains(&jaar) || !past {
            return fout(
                "jaar",
                tekst!(
                    taal,
                    "voor {} zijn er geen bedragen; kies {} tot en met {} (en hetzelfde jaar als de peildatum)",
                    "there are no amounts for {}; choose {} to {} (and the same year as the start date)",
                    jaar,
                    eerste,
                    laatste
                ),
            );
        }
    }
    Ok(match (&s.peildatum, s.jaar) {
        (Some(d), _) => d.clone(),
        (None, Some(jaar)) => format!("{jaar}-01-01").max(p.eerste_datum().to_string()),
        (None, None) => p.eerste_datum().to_string(),
    })
}

/// Checks a scenario against the parameters: every bad field gives an [`InvoerFout`] naming it,
/// with the message in `taal`.
pub fn valideer<'p>(s: &Scenario, p: &'p Parameters, taal: Taal) -> Result<Invoer<'p>, InvoerFout> {
    let peildatum = startdatum(s, p, taal)?;
    let (Some(w), Some(periode)) = (p.waarden_op(&peildatum), p.periode_van(&peildatum)) else {
        return fout(
            "peildatum",
            tekst!(
                taal,
                "gebruik een datum van {} tot en met {} in de vorm JJJJ-MM-DD",
                "use a date from {} to {} in the form YYYY-MM-DD",
                p.eerste_datum(),
                p.laatste_datum()
            ),
        );
    };
    let l = Lees::new(w);
    let h = &s.huishouden;
    for (veld, bedrag) in negatief_te_controleren(s) {
        if bedrag < Cents::ZERO {
            return fout(
                veld,
                tekst!(
                    taal,
                    "het bedrag mag niet negatief zijn",
                    "the amount cannot be negative"
                ),
            );
        }
    }
    if h.leeftijd >= l.aow_leeftijd() {
        return fout(
            "huishouden.leeftijd",
            tekst!(
                taal,
                "vanaf de AOW-leeftijd ({} jaar) gelden andere regels; deze rekenhulp dekt die niet",
                "from the state pension age (AOW, {} years) other rules apply; this calculator does not cover them",
                l.aow_leeftijd()
            ),
        );
    }
    if h.leeftijd < 15 {
        return fout(
            "huishouden.leeftijd",
            tekst!(
                taal,
                "de leeftijd moet 15 jaar of ouder zijn",
                "the age must be 15 or older"
            ),
        );
    }
    let (partner, partner_leeftijd, partner_bruto) = match &h.partner {
        None => (false, None, Cents::ZERO),
        Some(pa) => {
            if let Some(l) = pa.leeftijd {
                if !(15..=120).contains(&l) {
                    return fout(
                        "huishouden.partner.leeftijd",
                        tekst!(
                            taal,
                            "de leeftijd van de partner moet tussen 15 en 120 liggen",
                            "the partner's age must be between 15 and 120"
                        ),
                    );
                }
            }
            if pa.bruto_inkomen_per_maand > Cents::euros(100_000) {
                return fout(
                    "huishouden.partner.bruto_inkomen_per_maand",
                    tekst!(
                        taal,
                        "dit inkomen is onwaarschijnlijk hoog",
                        "this income is implausibly high"
                    ),
                );
            }
            (true, pa.leeftijd, pa.bruto_inkomen_per_maand)
        }
    };
    if h.kinderen.len() > 20 {
        return fout(
            "huishouden.kinderen",
            tekst!(
                taal,
                "meer dan 20 kinderen is niet aannemelijk",
                "more than 20 children is not plausible"
            ),
        );
    }
    for (i, &k) in h.kinderen.iter().enumerate() {
        if !(0..=17).contains(&k) {
            return fout(
                &format!("huishouden.kinderen[{i}]"),
                tekst!(taal, "de leeftijd van een kind moet 0 tot en met 17 jaar zijn (oudere kinderen tellen hier niet mee)", "a child's age must be 0 to 17 (older children do not count here)"),
            );
        }
    }
    if !(0..=20).contains(&h.kostendelers) {
        return fout(
            "huishouden.kostendelers",
            tekst!(
                taal,
                "het aantal kostendelers moet 0 tot en met 20 zijn",
                "the number of cost sharers (kostendelers) must be 0 to 20"
            ),
        );
    }
    let huur = match &s.woning {
        None => None,
        Some(wo) if wo.kale_huur > MAX_HUUR => {
            return fout(
                "woning.kale_huur",
                tekst!(
                    taal,
                    "deze huur is onwaarschijnlijk hoog",
                    "this rent is implausibly high"
                ),
            )
        }
        Some(wo) => Some(wo.kale_huur),
    };
    if s.werk.uren_per_week < Uren(0) || s.werk.uren_per_week > MAX_UREN {
        return fout(
            "werk.uren_per_week",
            tekst!(
                taal,
                "het aantal uren per week moet tussen 0 en 60 liggen",
                "the number of hours per week must be between 0 and 60"
            ),
        );
    }
    if s.werk
        .vakantiegeld_maand
        .is_some_and(|m| !(1..=12).contains(&m))
    {
        return fout(
            "werk.vakantiegeld_maand",
            tekst!(
                taal,
                "kies een maand van 1 (januari) tot en met 12 (december)",
                "choose a month from 1 (January) to 12 (December)"
            ),
        );
    }
    let minimum = minimumuurloon(&l, h.leeftijd);
    let (uurloon, is_min) = match s.werk.uurloon {
        Some(u) if u > MAX_UURLOON => {
            return fout(
                "werk.uurloon",
                tekst!(
                    taal,
                    "dit uurloon is onwaarschijnlijk hoog",
                    "this hourly wage is implausibly high"
                ),
            )
        }
        Some(u) => (u, false),
        None => (minimum, true),
    };
    let mut loonwaarde_ppm = None;
    match &s.uitkering {
        Uitkering::Geen => {}
        Uitkering::Bijstand {
            bedrag_per_maand,
            vrijlating_maanden_gehad,
            ..
        } => {
            if h.leeftijd < 18 {
                return fout(
                    "huishouden.leeftijd",
                    tekst!(
                        taal,
                        "bijstand is er vanaf 18 jaar",
                        "bijstand is only for people aged 18 or older"
                    ),
                );
            }
            if h.leeftijd < l.bijstand_leeftijd_jongerennorm() && bedrag_per_maand.is_none() {
                return fout(
                    "uitkering.bedrag_per_maand",
                    tekst!(
                        taal,
                        "de bijstandsnormen voor mensen jonger dan {} staan niet in deze rekenhulp; vul het bedrag uit uw beschikking in",
                        "this calculator does not have the bijstand rates for people under {}; enter the amount from your decision letter",
                        l.bijstand_leeftijd_jongerennorm()
                    ),
                );
            }
            if bedrag_per_maand.is_some_and(|b| b > Cents::euros(10_000)) {
                return fout(
                    "uitkering.bedrag_per_maand",
                    tekst!(
                        taal,
                        "dit bedrag is onwaarschijnlijk hoog",
                        "this amount is implausibly high"
                    ),
                );
            }
            if !(0..=600).contains(vrijlating_maanden_gehad) {
                return fout(
                    "uitkering.vrijlating_maanden_gehad",
                    tekst!(
                        taal,
                        "het aantal maanden moet tussen 0 en 600 liggen",
                        "the number of months must be between 0 and 600"
                    ),
                );
            }
        }
        Uitkering::Wajong {
            arbeidsvermogen,
            loonwaarde,
            bedrag_per_maand,
        } => {
            if h.leeftijd < 18 {
                return fout(
                    "huishouden.leeftijd",
                    tekst!(
                        taal,
                        "de Wajong-uitkering is er vanaf 18 jaar",
                        "the Wajong benefit is only for people aged 18 or older"
                    ),
                );
            }
            if bedrag_per_maand.is_some_and(|b| b > Cents::euros(10_000)) {
                return fout(
                    "uitkering.bedrag_per_maand",
                    tekst!(
                        taal,
                        "dit bedrag is onwaarschijnlijk hoog",
                        "this amount is implausibly high"
                    ),
                );
            }
            if let Some(lw) = loonwaarde {
                if !lw.is_finite() || *lw <= 0.0 || *lw > 1.0 {
                    return fout(
                        "uitkering.loonwaarde",
                        tekst!(taal, "de loonwaarde is een getal groter dan 0 en hoogstens 1, bijvoorbeeld 0,8", "the wage value is a number above 0 and at most 1, for example 0.8"),
                    );
                }
                if !arbeidsvermogen {
                    return fout(
                        "uitkering.loonwaarde",
                        tekst!(taal, "loondispensatie (loonwaarde) geldt alleen als u arbeidsvermogen heeft", "a wage exemption (loondispensatie) only applies if you have capacity for work"),
                    );
                }
                loonwaarde_ppm = Some((lw * 1_000_000.0).round() as i64);
            }
        }
        Uitkering::Wga {
            maandloon,
            rvc,
            loongerelateerd_maanden_resterend,
            loongerelateerd_maanden_gehad,
        } => {
            if *maandloon <= Cents::ZERO {
                return fout(
                    "uitkering.maandloon",
                    tekst!(
                        taal,
                        "vul het WIA-maandloon uit uw beschikking in",
                        "enter the WIA monthly wage from your decision letter"
                    ),
                );
            }
            if *maandloon > Cents::euros(100_000) {
                return fout(
                    "uitkering.maandloon",
                    tekst!(
                        taal,
                        "dit maandloon is onwaarschijnlijk hoog",
                        "this monthly wage is implausibly high"
                    ),
                );
            }
            if rvc > maandloon {
                return fout(
                    "uitkering.rvc",
                    tekst!(
                        taal,
                        "de restverdiencapaciteit kan niet hoger zijn dan het maandloon",
                        "the remaining earning capacity cannot be higher than the monthly wage"
                    ),
                );
            }
            if wga::vervolg_percentage(&l, wga::ao_ppm(*maandloon, *rvc)).is_none() {
                return fout(
                    "uitkering.rvc",
                    tekst!(
                        taal,
                        "met deze restverdiencapaciteit bent u minder dan {} arbeidsongeschikt; dan is er geen WGA-uitkering",
                        "with this remaining earning capacity you are less than {} disabled for work; then there is no WGA benefit",
                        super::uitleg::pct(l.wga_klasse_35(), taal)
                    ),
                );
            }
            for (veld, v) in [
                (
                    "uitkering.loongerelateerd_maanden_resterend",
                    loongerelateerd_maanden_resterend,
                ),
                (
                    "uitkering.loongerelateerd_maanden_gehad",
                    loongerelateerd_maanden_gehad,
                ),
            ] {
                if !(0..=600).contains(v) {
                    return fout(
                        veld,
                        tekst!(
                            taal,
                            "het aantal maanden moet tussen 0 en 600 liggen",
                            "the number of months must be between 0 and 600"
                        ),
                    );
                }
            }
        }
        Uitkering::Iva { maandloon } | Uitkering::Ziektewet { maandloon } => {
            if *maandloon <= Cents::ZERO || *maandloon > Cents::euros(100_000) {
                return fout(
                    "uitkering.maandloon",
                    tekst!(taal, "vul een maandloon tussen € 0 en € 100.000 in, zoals in uw beschikking", "enter a monthly wage between € 0 and € 100.000, as on your decision letter"),
                );
            }
        }
        Uitkering::Ww {
            maandloon,
            maanden_gehad,
            maanden_resterend,
        } => {
            if *maandloon <= Cents::ZERO || *maandloon > Cents::euros(100_000) {
                return fout(
                    "uitkering.maandloon",
                    tekst!(taal, "vul een WW-maandloon tussen € 0 en € 100.000 in, zoals in uw beschikking", "enter a WW monthly wage between € 0 and € 100.000, as on your decision letter"),
                );
            }
            if !(0..=600).contains(maanden_gehad) {
                return fout(
                    "uitkering.maanden_gehad",
                    tekst!(
                        taal,
                        "het aantal maanden moet tussen 0 en 600 liggen",
                        "the number of months must be between 0 and 600"
                    ),
                );
            }
            if maanden_resterend.is_some_and(|r| !(0..=600).contains(&r)) {
                return fout(
                    "uitkering.maanden_resterend",
                    tekst!(
                        taal,
                        "het aantal maanden moet tussen 0 en 600 liggen",
                        "the number of months must be between 0 and 600"
                    ),
                );
            }
        }
    }
    let mut gemeentelijk_zonder = Cents::ZERO;
    let mut gemeentelijk_met = Cents::ZERO;
    if s.gemeentelijk.len() > 50 {
        return fout(
            "gemeentelijk",
            tekst!(
                taal,
                "meer dan 50 regelingen is niet aannemelijk",
                "more than 50 schemes is not plausible"
            ),
        );
    }
    for (i, g) in s.gemeentelijk.iter().enumerate() {
        if g.naam.trim().is_empty() || g.naam.chars().count() > 200 {
            return fout(
                &format!("gemeentelijk[{i}].naam"),
                tekst!(
                    taal,
                    "geef de regeling een naam (hoogstens 200 tekens)",
                    "give the scheme a name (at most 200 characters)"
                ),
            );
        }
        if g.zonder_werk > Cents::euros(10_000) || g.met_werk > Cents::euros(10_000) {
            return fout(
                &format!("gemeentelijk[{i}]"),
                tekst!(
                    taal,
                    "dit bedrag is onwaarschijnlijk hoog",
                    "this amount is implausibly high"
                ),
            );
        }
        gemeentelijk_zonder += g.zonder_werk;
        gemeentelijk_met += g.met_werk;
    }
    let mut kinderen = h.kinderen.clone();
    kinderen.sort_unstable();
    let uurloon = if is_min {
        standaard_uurloon(&l, h.leeftijd, loonwaarde_ppm)
    } else {
        uurloon
    };
    Ok(Invoer {
        w,
        taal,
        peildatum,
        periode,
        leeftijd: h.leeftijd,
        partner,
        partner_leeftijd,
        partner_bruto_maand: partner_bruto,
        kinderen,
        kostendelers: h.kostendelers,
        kostendelers_inkomen: h.kostendelers_inkomen_per_maand,
        vermogen: h.vermogen,
        huur,
        uitkering: s.uitkering.clone(),
        loonwaarde_ppm,
        uren: s.werk.uren_per_week,
        uurloon,
        uurloon_is_minimumloon: is_min,
        minimumuurloon: minimum,
        gemeentelijk_zonder,
        gemeentelijk_met,
        loonkostensubsidie: None,
        vakantiegeld_maand: match s.werk.vakantiegeld_maand {
            Some(m) => (m, true),
            None => (ww::VAKANTIEGELD_MAAND, false),
        },
    })
}

impl<'p> Invoer<'p> {
    /// The year of the first month of work.
    pub fn jaar(&self) -> i64 {
        self.peildatum
            .get(0..4)
            .and_then(|j| j.parse().ok())
            .unwrap_or(0)
    }

    /// The same scenario with the amounts of period `periode` (a later month of the timeline).
    /// The maandloon of a UWV benefit moves with the minimum wage: "De daglonen worden herzien
    /// met ingang van de dag waarop en in de mate waarin het bedrag genoemd in artikel 8, eerste
    /// lid, … van de Wet minimumloon en minimumvakantiebijslag wordt herzien" (WIA art. 14 lid 1;
    /// the WW and the Ziektewet the same), and so does the WGA restverdiencapaciteit, so the
    /// degree of incapacity stays the same.
    pub fn op_periode(&self, p: &'p Parameters, periode: usize) -> Option<Invoer<'p>> {
        let w = p.waarden_op(p.periode_datum(periode))?;
        let l = Lees::new(w);
        let (oud, nieuw) = (Lees::new(self.w).wml_maand(), l.wml_maand());
        let index = |c: Cents| indexeer(c, oud, nieuw);
        let uitkering = match self.uitkering.clone() {
            Uitkering::Ww {
                maandloon,
                maanden_gehad,
                maanden_resterend,
            } => Uitkering::Ww {
                maandloon: index(maandloon),
                maanden_gehad,
                maanden_resterend,
            },
            Uitkering::Iva { maandloon } => Uitkering::Iva {
                maandloon: index(maandloon),
            },
            Uitkering::Ziektewet { maandloon } => Uitkering::Ziektewet {
                maandloon: index(maandloon),
            },
            Uitkering::Wga {
                maandloon,
                rvc,
                loongerelateerd_maanden_resterend,
                loongerelateerd_maanden_gehad,
            } => Uitkering::Wga {
                maandloon: index(maandloon),
                rvc: index(rvc),
                loongerelateerd_maanden_resterend,
                loongerelateerd_maanden_gehad,
            },
            andere => andere,
        };
        Some(Invoer {
            w,
            periode,
            minimumuurloon: minimumuurloon(&l, self.leeftijd),
            uitkering,
            ..self.clone()
        })
    }

    /// The household for huurtoeslag, with the rekeninkomen: `toetsingsinkomen` (own and the
    /// partner's) plus the kostendelers' income per year. `None` without rent (or under 18).
    pub fn huurtoeslag_huishouden(
        &self,
        w: &Lees,
        toetsingsinkomen: Cents,
    ) -> Option<huurtoeslag::Huishouden> {
        let huur = self.huur.filter(|_| self.leeftijd >= 18)?;
        let medebewoners = Cents(
            self.kostendelers_inkomen
                .unwrap_or_default()
                .0
                .saturating_mul(12),
        );
        Some(huurtoeslag::Huishouden {
            kale_huur: huur,
            personen: self.huurtoeslag_personen(),
            jonger_dan_21: self.huurtoeslag_jong(w),
            inkomen: toetsingsinkomen + medebewoners,
            vermogen: self.vermogen,
            partner: self.partner,
        })
    }

    /// Whether the huurtoeslag can be estimated: with kostendelers, only when their income is
    /// known (it counts for the rekeninkomen, Wet op de huurtoeslag art. 1 and 7).
    pub fn huurtoeslag_te_schatten(&self) -> bool {
        self.kostendelers == 0 || self.kostendelers_inkomen.is_some()
    }

    /// Residents for huurtoeslag: the person, the partner, the children and the kostendelers.
    pub fn huurtoeslag_personen(&self) -> u32 {
        1 + u32::from(self.partner) + self.kinderen.len() as u32 + self.kostendelers as u32
    }

    /// The lower huurgrens applies (Wet op de huurtoeslag art. 13 lid 1): the person and a
    /// partner known to be under 21, no other residents (kostendelers are 27 or older) and no
    /// child in the home. A partner whose age is not given does not count as under 21.
    pub fn huurtoeslag_jong(&self, w: &Lees) -> bool {
        let grens = w.ht_leeftijd_jong();
        self.leeftijd < grens
            && (!self.partner || self.partner_leeftijd.is_some_and(|l| l < grens))
            && self.kostendelers == 0
            && self.kinderen.is_empty()
    }
}

/// Which benefit, for the numeric month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UitkeringStand {
    Geen,
    Bijstand {
        norm: Cents,
        vrijlating: Cents,
        soort: Vrijlating,
    },
    Wajong,
    Wga(WgaSoort),
    Iva,
    Ww {
        pct: Ppm,
        beeindigd: bool,
        /// The WW period is over (maanden_resterend).
        afgelopen: bool,
        /// This is the month the employer pays the holiday pay (it counts as income).
        vakantiegeld: bool,
    },
    Ziektewet,
}

/// One month of the household's income, all amounts in cents per month unless named `_jaar`.
#[derive(Debug, Clone, PartialEq)]
pub struct Maand {
    pub uren: Uren,
    /// Gross wage per month, without holiday pay.
    pub bruto_loon: Cents,
    /// Holiday pay on the wage, per month.
    pub vakantiegeld: Cents,
    /// Net wage per month including holiday pay spread over the months.
    pub nettoloon: Cents,
    /// Benefit gross per month (for bijstand: the gross equivalent), without holiday pay.
    pub uitkering_bruto: Cents,
    /// Benefit net per month (including holiday pay spread over the months).
    pub uitkering_netto: Cents,
    /// The earnings offset against the benefit this month, as the benefit counts them.
    pub uitkering_inkomsten: Cents,
    /// WW with work: the month the employer pays the holiday pay, and the WW in that month.
    pub uitkering_ww_vakantiegeld: Option<ww::Vakantiegeld>,
    pub uitkering: UitkeringStand,
    pub partner_netto: Cents,
    pub belasting_loon: Belasting,
    pub belasting_totaal: Belasting,
    pub toetsingsinkomen_jaar: Cents,
    pub zorgtoeslag: Toeslag,
    pub huurtoeslag: Toeslag,
    /// `false`: the huurtoeslag cannot be estimated (the kostendelers' income is unknown).
    pub huurtoeslag_geschat: bool,
    pub kindgebonden_budget: Toeslag,
    pub kinderbijslag: Cents,
    pub gemeentelijk: Cents,
    pub combinatiekorting: bool,
    /// The parameters each line's formula read, in the order of [`Maand::onderdelen`].
    pub gelezen: [Gelezen; 8],
    pub totaal: Cents,
}

impl Maand {
    /// The lines that make up the total, by id, in display order.
    pub fn onderdelen(&self) -> [(&'static str, Cents); 8] {
        [
            ("nettoloon", self.nettoloon),
            ("uitkering", self.uitkering_netto),
            ("partner", self.partner_netto),
            ("zorgtoeslag", self.zorgtoeslag.per_maand),
            ("huurtoeslag", self.huurtoeslag.per_maand),
            ("kindgebonden_budget", self.kindgebonden_budget.per_maand),
            ("kinderbijslag", self.kinderbijslag),
            ("gemeentelijk", self.gemeentelijk),
        ]
    }
}

/// `bedrag` raised in the measure the minimum wage per month went from `oud` to `nieuw`, with
/// the percentage rounded to two decimals as the Minister publishes it (WIA art. 14 lid 2).
pub fn indexeer(bedrag: Cents, oud: Cents, nieuw: Cents) -> Cents {
    if oud <= Cents::ZERO || oud == nieuw {
        return bedrag;
    }
    // The change in hundredths of a percent, rounded half away from zero.
    let verschil = (nieuw - oud).0 as i128 * 10_000;
    let honderdsten = ((verschil.abs() + oud.0 as i128 / 2) / oud.0 as i128) * verschil.signum();
    bedrag.times_fraction(10_000 + honderdsten as i64, 10_000)
}

/// Gross wage per month: hourly wage × hours per week × 52 / 12.
pub fn bruto_maandloon(uurloon: Cents, uren: Uren) -> Cents {
    uurloon.times_fraction(uren.0 * 52, 1200)
}

pub(crate) fn jaar(maand: Cents, vakantiegeld: Ppm) -> Cents {
    Cents(
        (maand + maand.times_ppm(vakantiegeld.0))
            .0
            .saturating_mul(12),
    )
}

/// The gross yearly amount `b` such that the extra net income of `b` on top of `basis` (with the
/// same kortingen) is `netto_jaar`: the gross equivalent of a net benefit, for the
/// toetsingsinkomen.
fn bruto_uit_netto(
    w: &Lees,
    basis: Cents,
    arbeidsinkomen: Cents,
    iack: bool,
    netto_jaar: Cents,
) -> Cents {
    if netto_jaar <= Cents::ZERO {
        return Cents::ZERO;
    }
    let netto_basis = belasting(w, basis, arbeidsinkomen, iack, false).netto;
    let tekort = |b: i64| {
        netto_jaar.0
            - (belasting(w, basis + Cents(b), arbeidsinkomen, iack, false).netto - netto_basis).0
    };
    // The extra net income is piecewise linear and rises by at least 1 − 0,495 − 0,064 − 0,0651
    // per euro and at most 1, so the answer lies in [netto, 3 × netto]. Newton steps on the
    // linear pieces first, then bisection on a small bracket for the exact smallest cent.
    let (mut lo, mut hi) = (netto_jaar.0, netto_jaar.0.saturating_mul(3) + 100);
    let mut x = lo;
    for _ in 0..4 {
        let t = tekort(x);
        if t <= 0 {
            hi = hi.min(x);
        } else {
            lo = lo.max(x + 1);
        }
        let stap = 10_000; // € 100 to measure the slope
        let helling = t - tekort(x + stap);
        if t == 0 || helling <= 0 {
            break;
        }
        x = (x + (t as i128 * stap as i128 / helling as i128) as i64).clamp(lo, hi);
    }
    // Narrow the bracket around x, then bisect.
    for r in [x - 2, x + 2] {
        if (lo..=hi).contains(&r) {
            if tekort(r) <= 0 {
                hi = hi.min(r);
            } else {
                lo = lo.max(r + 1);
            }
        }
    }
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if tekort(mid) <= 0 {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Cents(lo)
}

/// Everything about month `maand` that changes with time and not with the hours: two months with
/// the same key give the same result, so the timeline computes only the changes.
pub fn tijdsleutel(inv: &Invoer, maand: i64) -> [i64; 4] {
    let w = &Lees::new(inv.w);
    match &inv.uitkering {
        Uitkering::Bijstand {
            vrijlating_maanden_gehad,
            ..
        } => {
            let m = vrijlating_maanden_gehad + maand;
            let (n, r) = bijstand::vensters(w, inv.leeftijd, m);
            // Work with loonkostensubsidie: the window of z and aa as well.
            let lks = match inv.loonkostensubsidie.as_ref() {
                Some(l) => match loonkostensubsidie::venster(w, inv.leeftijd, m, l) {
                    loonkostensubsidie::Venster::Geen => 0,
                    loonkostensubsidie::Venster::Z => 2,
                    _ => 4,
                },
                None => 0,
            };
            [1, i64::from(n) + lks, i64::from(r), 0]
        }
        Uitkering::Wga {
            loongerelateerd_maanden_resterend,
            loongerelateerd_maanden_gehad,
            ..
        } => {
            let lgu = maand <= *loongerelateerd_maanden_resterend;
            let pct = if lgu {
                ww::percentage(w, loongerelateerd_maanden_gehad + maand).0
            } else {
                0
            };
            [2, i64::from(lgu), pct, 0]
        }
        Uitkering::Ww {
            maanden_gehad,
            maanden_resterend,
            ..
        } => [
            3,
            ww::percentage(w, maanden_gehad + maand).0,
            i64::from(maanden_resterend.is_some_and(|r| maand > r)),
            i64::from(ww::vakantiegeldmaand(inv).is_some_and(|v| v.nummer == maand)),
        ],
        _ => [0, 0, 0, 0],
    }
}

/// One month: `maand` is the month number counted from the start of the work (1 = first month);
/// benefits that change over time (WW percentage, LGU, vrijlating) use it. Every line records the
/// parameters its formula read ([`Maand::gelezen`]).
pub fn reken_maand(inv: &Invoer, uren: Uren, maand: i64) -> Maand {
    reken_maand_loon(inv, uren, None, maand)
}

/// [`reken_maand`] with the gross wage of the month given instead of computed from the hours per
/// week: a month of irregular hours or of four-weekly pay ([`super::aangiftetijdvak`]). `uren` is
/// then the hours per week that month stands for (shown, and whether there is work at all).
pub fn reken_maand_loon(inv: &Invoer, uren: Uren, bruto: Option<Cents>, maand: i64) -> Maand {
    let l = Lees::new(inv.w);
    let w = &l;

    // The wage: bruto, holiday pay, and the tax on it (with the kortingen it earns).
    let ((bruto_loon, vakantiegeld, loon_jaar, iack, belasting_loon), g_loon) = l.opname(|| {
        let uurloon = if inv.uurloon_is_minimumloon {
            standaard_uurloon(w, inv.leeftijd, inv.loonwaarde_ppm)
        } else {
            inv.uurloon
        };
        let bruto_loon = bruto.unwrap_or_else(|| bruto_maandloon(uurloon, uren));
        let vakantiegeld = bruto_loon.times_ppm(w.vakantiegeld_loon().0);
        let loon_jaar = jaar(bruto_loon, w.vakantiegeld_loon());
        let partner_jaar = Cents(inv.partner_bruto_maand.0.saturating_mul(12));
        // Inkomensafhankelijke combinatiekorting: a child under 12 born for sure before 2025
        // (born in 2025 or later gives no right), and single or the lower earner of the two.
        let iack = bruto_loon > Cents::ZERO
            && inv.kinderen.iter().any(|&k| {
                k < w.iack_kind_leeftijd() && inv.jaar() - k < w.iack_geboren_vanaf_jaar()
            })
            && (!inv.partner || loon_jaar <= partner_jaar);
        let jgk = matches!(inv.uitkering, Uitkering::Wajong { .. });
        let b = belasting(w, loon_jaar, loon_jaar, iack, jgk);
        (bruto_loon, vakantiegeld, loon_jaar, iack, b)
    });
    let nettoloon = Cents(belasting_loon.netto.0 / 12);
    let partner_jaar = Cents(inv.partner_bruto_maand.0.saturating_mul(12));

    let (partner_netto, g_partner) = l.opname(|| {
        if inv.partner && partner_jaar > Cents::ZERO {
            Cents(
                belasting(w, partner_jaar, partner_jaar, false, false)
                    .netto
                    .0
                    / 12,
            )
        } else {
            Cents::ZERO
        }
    });

    let loon = Loon {
        bruto: bruto_loon,
        vakantiegeld,
        jaar: loon_jaar,
        iack,
        belasting: belasting_loon,
    };
    let (u, g_uitkering) = l.opname(|| uitkering(w, inv, maand, &loon, partner_netto));
    let toetsingsinkomen_jaar = loon_jaar + u.jaar + partner_jaar;

    let (zt, g_zt) = l.opname(|| zorgtoeslag(w, toetsingsinkomen_jaar, inv.partner, inv.vermogen));
    let huurtoeslag_geschat = inv.huurtoeslag_te_schatten();
    let (ht, g_ht) = l.opname(
        || match inv.huurtoeslag_huishouden(w, toetsingsinkomen_jaar) {
            Some(h) if huurtoeslag_geschat => huurtoeslag::huurtoeslag(w, &h),
            _ => Toeslag::default(),
        },
    );
    let (kgb, g_kgb) =
        l.opname(|| kindgebonden_budget(w, &inv.kinderen, inv.partner, toetsingsinkomen_jaar));
    let (kb, g_kb) = l.opname(|| kinderbijslag::per_maand(w, &inv.kinderen));
    let gemeentelijk = if uren > Uren(0) {
        inv.gemeentelijk_met
    } else {
        inv.gemeentelijk_zonder
    };

    let mut m = Maand {
        uren,
        bruto_loon,
        vakantiegeld,
        nettoloon,
        uitkering_bruto: u.bruto,
        uitkering_netto: u.netto,
        uitkering_inkomsten: u.inkomsten,
        uitkering_ww_vakantiegeld: u.ww_vakantiegeld,
        uitkering: u.stand,
        partner_netto,
        belasting_loon,
        belasting_totaal: u.belasting,
        toetsingsinkomen_jaar,
        zorgtoeslag: zt,
        huurtoeslag: ht,
        huurtoeslag_geschat,
        kindgebonden_budget: kgb,
        kinderbijslag: kb,
        gemeentelijk,
        combinatiekorting: iack,
        gelezen: [
            g_loon,
            g_uitkering,
            g_partner,
            g_zt,
            g_ht,
            g_kgb,
            g_kb,
            Gelezen::default(),
        ],
        totaal: Cents::ZERO,
    };
    m.totaal = m.onderdelen().iter().map(|(_, c)| *c).sum();
    m
}

/// The wage of a month, as the benefits need it.
struct Loon {
    bruto: Cents,
    vakantiegeld: Cents,
    jaar: Cents,
    iack: bool,
    belasting: Belasting,
}

/// A benefit in one month.
struct UitkeringMaand {
    stand: UitkeringStand,
    /// Gross per month (for bijstand the gross equivalent); for WW and WIA including the
    /// holiday pay that UWV pays in May, for the Wajong without it.
    bruto: Cents,
    netto: Cents,
    /// The earnings the benefit offsets this month.
    inkomsten: Cents,
    /// WW with work: the month the employer pays the holiday pay, and the WW then.
    ww_vakantiegeld: Option<ww::Vakantiegeld>,
    /// Tax on wage and benefit together.
    belasting: Belasting,
    /// The benefit's part of the toetsingsinkomen per year.
    jaar: Cents,
}

/// The benefit this month.
fn uitkering(
    w: &Lees,
    inv: &Invoer,
    maand: i64,
    loon: &Loon,
    partner_netto: Cents,
) -> UitkeringMaand {
    let nettoloon = Cents(loon.belasting.netto.0 / 12);
    let jgk = matches!(inv.uitkering, Uitkering::Wajong { .. });
    let geen = |stand| UitkeringMaand {
        stand,
        bruto: Cents::ZERO,
        netto: Cents::ZERO,
        inkomsten: Cents::ZERO,
        ww_vakantiegeld: None,
        belasting: loon.belasting,
        jaar: Cents::ZERO,
    };
    // Earnings as UWV counts them (Algemeen Inkomensbesluit socialezekerheidswetten art. 4:1):
    // for the WIA, the Ziektewet and the Wajong with the holiday pay built up each month (lid 8),
    // for the WW the wage as paid, with the holiday pay in the month it is paid (lid 10).
    let met_opbouw = loon.bruto + loon.vakantiegeld;
    let (stand, bruto, inkomsten, ww_vakantiegeld, minder) = match &inv.uitkering {
        Uitkering::Geen => return geen(UitkeringStand::Geen),
        Uitkering::Bijstand {
            bedrag_per_maand,
            medische_urenbeperking,
            vrijlating_maanden_gehad,
        } => {
            let norm = bedrag_per_maand
                .unwrap_or_else(|| bijstand::norm(w, inv.partner, inv.kostendelers));
            let feiten = VrijlatingFeiten {
                leeftijd: inv.leeftijd,
                maand_met_inkomsten: vrijlating_maanden_gehad + maand,
                alleenstaande_ouder_kind_onder_12: !inv.partner
                    && inv
                        .kinderen
                        .iter()
                        .any(|&k| k < w.bijstand_alo_kind_leeftijd()),
                medische_urenbeperking: *medische_urenbeperking,
                loonkostensubsidie: inv.loonkostensubsidie,
            };
            let (vrij, soort) = bijstand::vrijlating(w, nettoloon, &feiten);
            let netto = bijstand::bijstand(norm, nettoloon, vrij, partner_netto);
            let netto_jaar = Cents(netto.0 * 12);
            let bruto_jaar = bruto_uit_netto(w, loon.jaar, loon.jaar, loon.iack, netto_jaar);
            let totaal = belasting(w, loon.jaar + bruto_jaar, loon.jaar, loon.iack, false);
            return UitkeringMaand {
                stand: UitkeringStand::Bijstand {
                    norm,
                    vrijlating: vrij,
                    soort,
                },
                bruto: Cents(bruto_jaar.0 / 12),
                netto,
                inkomsten: nettoloon,
                ww_vakantiegeld: None,
                belasting: totaal,
                jaar: bruto_jaar,
            };
        }
        Uitkering::Wajong {
            arbeidsvermogen,
            bedrag_per_maand,
            ..
        } => {
            let basis = bedrag_per_maand.unwrap_or_else(|| {
                minimumloon_maand(w, inv.leeftijd)
                    .times_ppm(wajong::percentage(w, *arbeidsvermogen).0)
            });
            (
                UitkeringStand::Wajong,
                wajong::wajong(w, basis, *arbeidsvermogen, inv.loonwaarde_ppm, met_opbouw),
                met_opbouw,
                None,
                Cents::ZERO,
            )
        }
        Uitkering::Wga {
            maandloon,
            rvc,
            loongerelateerd_maanden_resterend,
            loongerelateerd_maanden_gehad,
        } => {
            let lgu = (maand <= *loongerelateerd_maanden_resterend)
                .then(|| ww::percentage(w, loongerelateerd_maanden_gehad + maand));
            let (soort, b) = wga::wga(w, inv.leeftijd, *maandloon, *rvc, met_opbouw, lgu);
            (UitkeringStand::Wga(soort), b, met_opbouw, None, Cents::ZERO)
        }
        Uitkering::Iva { maandloon } => (
            UitkeringStand::Iva,
            wga::iva(w, *maandloon, met_opbouw),
            met_opbouw,
            None,
            Cents::ZERO,
        ),
        Uitkering::Ww {
            maandloon,
            maanden_gehad,
            maanden_resterend,
        } => {
            let pct = ww::percentage(w, maanden_gehad + maand);
            if maanden_resterend.is_some_and(|r| maand > r) {
                (
                    UitkeringStand::Ww {
                        pct,
                        beeindigd: false,
                        afgelopen: true,
                        vakantiegeld: false,
                    },
                    Cents::ZERO,
                    loon.bruto,
                    None,
                    Cents::ZERO,
                )
            } else {
                let (gewoon, beeindigd) = ww::ww(w, *maandloon, loon.bruto, pct);
                // The holiday pay of the work counts as income in the month the employer pays
                // it, not while it is built up (AIB art. 4:1 lid 10): that month only.
                let vg = ww::vakantiegeld(w, inv, *maandloon, loon.bruto, loon.vakantiegeld);
                match vg.filter(|v| v.maand.nummer == maand && v.maand.binnen_ww) {
                    Some(v) => (
                        UitkeringStand::Ww {
                            pct,
                            beeindigd: v.stopt,
                            afgelopen: false,
                            vakantiegeld: true,
                        },
                        v.ww,
                        loon.bruto + v.betaald,
                        vg,
                        (gewoon - v.ww).max_zero(),
                    ),
                    None => (
                        UitkeringStand::Ww {
                            pct,
                            beeindigd,
                            afgelopen: false,
                            vakantiegeld: false,
                        },
                        gewoon,
                        loon.bruto,
                        vg,
                        Cents::ZERO,
                    ),
                }
            }
        }
        Uitkering::Ziektewet { maandloon } => (
            UitkeringStand::Ziektewet,
            ziektewet(w, *maandloon, met_opbouw),
            met_opbouw,
            None,
            Cents::ZERO,
        ),
    };
    // A year of the benefit. The WW and WIA benefits and the Ziektewet include their holiday pay
    // (WW art. 33 lid 3 and WIA art. 68 lid 1: 8/108 of the benefit); the Wajong gets it on top
    // (art. 2:53 lid 2).
    // `minder`: how much lower the benefit is in this month only (the WW in the month the
    // employer pays the holiday pay). The year stays that of an ordinary month (the toeslagen
    // are advances over the year); this month's net is lower by the net effect of `minder`.
    let uitk_jaar = match stand {
        UitkeringStand::Wajong => jaar(bruto, w.wajong_vakantiebijslag()),
        _ => Cents((bruto + minder).0.saturating_mul(12)),
    };
    let totaal = belasting(w, loon.jaar + uitk_jaar, loon.jaar, loon.iack, jgk);
    let mut netto = Cents((totaal.netto - loon.belasting.netto).0 / 12);
    if minder > Cents::ZERO {
        let lager = belasting(w, loon.jaar + uitk_jaar - minder, loon.jaar, loon.iack, jgk);
        netto = (netto - (totaal.netto - lager.netto)).max_zero();
    }
    UitkeringMaand {
        stand,
        bruto,
        netto,
        inkomsten,
        ww_vakantiegeld,
        belasting: totaal,
        jaar: uitk_jaar,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::income::parameters;

    /// The Newton-plus-bisection gross-up agrees with a plain bisection.
    #[test]
    fn gross_up_is_the_smallest_gross_amount() {
        let w = &Lees::new(parameters(2026).unwrap().waarden_op("2026-01-01").unwrap());
        let naief = |basis: Cents, ai: Cents, iack: bool, netto: Cents| {
            let nb = belasting(w, basis, ai, iack, false).netto;
            let (mut lo, mut hi) = (0i64, netto.0 * 3 + 100);
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                if belasting(w, basis + Cents(mid), ai, iack, false).netto - nb >= netto {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            Cents(lo)
        };
        for basis in [0i64, 500_000, 1_200_000, 2_600_000, 4_000_000, 8_000_000] {
            for netto in (1..60).map(|k| k * 53_711) {
                for iack in [false, true] {
                    let (b, n) = (Cents(basis), Cents(netto));
                    let r = bruto_uit_netto(w, b, b, iack, n);
                    let extra = |x: Cents| {
                        belasting(w, b + x, b, iack, false).netto
                            - belasting(w, b, b, iack, false).netto
                    };
                    // Rounding per schijf can make the net function wiggle by a cent, so the
                    // "smallest" amount depends on the search path: require a valid amount within
                    // a few cents of plain bisection.
                    assert!(extra(r) >= n, "basis {basis} netto {netto}: te weinig");
                    assert!(
                        extra(r - Cents(5)) < n,
                        "basis {basis} netto {netto}: te veel"
                    );
                    assert!(
                        (r - naief(b, b, iack, n)).0.abs() <= 5,
                        "basis {basis} netto {netto}"
                    );
                }
            }
        }
    }
}
