//! The calculator's state as the person filled it in, and the actions that change it: up to
//! three situations ([`Formulier`]), which one is shown, and the mode. Building the engine's
//! [`Scenario`] from a form is here too. The serde shape is that of the saved session files
//! (field names, defaults, enum spellings): do not change it without a session migration.
//!
//! Amounts are cents, hours tenths of an hour, percentages whole percents: the scaled integers
//! the shell's number fields edit.

use crate::income::{
    GemeentelijkeRegeling, Huishouden, Partner, Scenario, Uitkering, Uren, Werk, Woning,
};
use crate::money::Cents;
use crate::tools::Tool;
use serde::{Deserialize, Serialize};

/// At most this many scenarios side by side.
pub const MAX_SCENARIOS: usize = 3;
/// At most this many children in the form.
pub const MAX_KINDEREN: i64 = 8;

/// Quick (at most six questions) or full (every input the engine takes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Modus {
    #[default]
    Snel,
    Volledig,
}

/// The benefit the person has now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Soort {
    Geen,
    #[default]
    Bijstand,
    Wajong,
    Wga,
    Iva,
    Ww,
    Ziektewet,
}

impl Soort {
    pub const ALL: [Soort; 7] = [
        Soort::Bijstand,
        Soort::Wajong,
        Soort::Wga,
        Soort::Iva,
        Soort::Ww,
        Soort::Ziektewet,
        Soort::Geen,
    ];

    /// The engine's name (`bijstand`, `wga`, …), also used by the "regelen" data.
    pub fn code(self) -> &'static str {
        match self {
            Soort::Geen => "geen",
            Soort::Bijstand => "bijstand",
            Soort::Wajong => "wajong",
            Soort::Wga => "wga",
            Soort::Iva => "iva",
            Soort::Ww => "ww",
            Soort::Ziektewet => "ziektewet",
        }
    }

    /// The UWV benefits are computed from the old wage (maandloon).
    pub fn heeft_maandloon(self) -> bool {
        matches!(self, Soort::Wga | Soort::Iva | Soort::Ww | Soort::Ziektewet)
    }

    /// Bijstand and Wajong let the person type the amount from their letter.
    pub fn eigen_bedrag_mogelijk(self) -> bool {
        matches!(self, Soort::Bijstand | Soort::Wajong)
    }
}

/// One situation as the person filled it in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Formulier {
    pub soort: Soort,
    /// Years.
    pub leeftijd: i64,
    pub partner: bool,
    pub partner_leeftijd: i64,
    /// Cents, gross per month.
    pub partner_inkomen: i64,
    /// Ages of the children living at home.
    pub kinderen: Vec<i64>,
    pub kostendelers: i64,
    /// Cents.
    pub vermogen: i64,
    /// Cents per month, kale huur; 0 = no rent (own home).
    pub huur: i64,
    /// Tenths of an hour per week.
    pub uren: i64,
    /// `false`: the minimum wage for the age.
    pub eigen_uurloon: bool,
    /// Cents, gross per hour.
    pub uurloon: i64,
    /// Use the amount from the person's letter (bijstand: net, Wajong: gross).
    pub eigen_bedrag: bool,
    /// Cents per month.
    pub bedrag: i64,
    pub medisch: bool,
    pub vrijlating_gehad: i64,
    pub arbeidsvermogen: bool,
    pub loondispensatie: bool,
    /// Percent (loonwaarde with loondispensatie).
    pub loonwaarde: i64,
    /// Cents per month (WIA-, WW- or Ziektewet-maandloon).
    pub maandloon: i64,
    /// Cents per month (restverdiencapaciteit).
    pub rvc: i64,
    pub lgu_resterend: i64,
    pub lgu_gehad: i64,
    pub ww_gehad: i64,
    pub ww_resterend: i64,
    /// The month the work starts, `JJJJ-MM`; empty: the current month ([`vandaag`]).
    pub start: String,
    /// The kostendelers' income is known (then it counts for the huurtoeslag; unknown, the
    /// huurtoeslag is not estimated).
    pub kostendelers_inkomen_bekend: bool,
    /// Cents per month, gross, of the kostendelers together.
    pub kostendelers_inkomen: i64,
    /// Cents per month: municipal schemes without and with the work.
    pub gemeentelijk_zonder: i64,
    pub gemeentelijk_met: i64,
    /// The month (1 to 12) the employer pays the holiday pay; 0: not chosen (May, the usual).
    pub vakantiegeld_maand: u32,
    /// The WW/WIA/ZW dagloon on the letter is the maximum: then `maandloon` is the old gross wage
    /// (with holiday pay), because UWV scales the earnings by capped / uncapped dagloon (WW art.
    /// 47, WIA art. 52 and 61); the engine caps it.
    pub boven_maximum: bool,
}

impl Default for Formulier {
    fn default() -> Formulier {
        Formulier {
            soort: Soort::Bijstand,
            leeftijd: 35,
            partner: false,
            partner_leeftijd: 35,
            partner_inkomen: 0,
            kinderen: Vec::new(),
            kostendelers: 0,
            vermogen: 0,
            huur: 650_00,
            uren: 200,
            eigen_uurloon: false,
            // Not used while `eigen_uurloon` is off (the engine takes the minimum wage for the
            // age from the parameters, and switching it on sets that: [`Vinkje::EigenUurloon`]).
            // Kept as the value saved sessions hold, so an untouched state still equals the
            // default after opening a file (a session shows which tools were used by that).
            uurloon: 1471,
            eigen_bedrag: false,
            bedrag: 1_400_00,
            medisch: false,
            vrijlating_gehad: 0,
            arbeidsvermogen: true,
            loondispensatie: false,
            loonwaarde: 70,
            maandloon: 3_200_00,
            rvc: 1_600_00,
            lgu_resterend: 0,
            lgu_gehad: 0,
            ww_gehad: 0,
            ww_resterend: 12,
            start: String::new(),
            kostendelers_inkomen_bekend: false,
            kostendelers_inkomen: 0,
            gemeentelijk_zonder: 0,
            gemeentelijk_met: 0,
            vakantiegeld_maand: 0,
            boven_maximum: false,
        }
    }
}

thread_local! {
    static VANDAAG: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Sets today's date (`JJJJ-MM-DD`), from the browser at the start of the app (the command line
/// and the tests may too): the default first month of work is the current month. The engine
/// itself never reads a clock.
pub fn zet_vandaag(datum: String) {
    VANDAAG.with(|v| *v.borrow_mut() = Some(datum));
}

/// The first day of the current month (`JJJJ-MM-01`); before [`zet_vandaag`] (native tests) the
/// first day of the first year with amounts.
pub fn vandaag() -> String {
    VANDAAG.with(|v| match v.borrow().as_deref() {
        Some(d) if d.len() >= 7 => format!("{}-01", &d[..7]),
        _ => format!("{}-01-01", crate::income::parameters::JAREN[0]),
    })
}

/// `JJJJ-MM` of a date, `months` months later.
pub fn maand_later(datum: &str, months: i64) -> String {
    let jaar: i64 = datum
        .get(0..4)
        .and_then(|j| j.parse().ok())
        .unwrap_or(crate::income::parameters::JAREN[0] as i64);
    let maand: i64 = datum.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
    let index = jaar * 12 + (maand - 1) + months;
    format!(
        "{:04}-{:02}",
        index.div_euclid(12),
        index.rem_euclid(12) + 1
    )
}

impl Formulier {
    /// The first day of the month the work starts (`JJJJ-MM-01`).
    pub fn startdatum(&self) -> String {
        let s = self.start.as_str();
        let geldig = s.len() == 7
            && s.as_bytes()[4] == b'-'
            && s[..4].bytes().all(|b| b.is_ascii_digit())
            && s[5..].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m));
        if geldig {
            format!("{s}-01")
        } else {
            vandaag()
        }
    }

    /// Sets the number of children, keeping the ages already typed; new children are 8.
    pub fn zet_aantal_kinderen(&mut self, n: i64) {
        let n = n.clamp(0, MAX_KINDEREN) as usize;
        self.kinderen.resize(n, 8);
    }

    /// The engine's scenario for this form.
    pub fn scenario(&self) -> Scenario {
        let eigen = |c: i64| self.eigen_bedrag.then_some(Cents(c));
        let maandloon = Cents(self.maandloon);
        let uitkering = match self.soort {
            Soort::Geen => Uitkering::Geen,
            Soort::Bijstand => Uitkering::Bijstand {
                bedrag_per_maand: eigen(self.bedrag),
                medische_urenbeperking: self.medisch,
                vrijlating_maanden_gehad: self.vrijlating_gehad,
            },
            Soort::Wajong => Uitkering::Wajong {
                arbeidsvermogen: self.arbeidsvermogen,
                loonwaarde: self
                    .loondispensatie
                    .then_some(self.loonwaarde as f64 / 100.0),
                bedrag_per_maand: eigen(self.bedrag),
            },
            Soort::Wga => Uitkering::Wga {
                maandloon,
                rvc: Cents(self.rvc),
                loongerelateerd_maanden_resterend: self.lgu_resterend,
                loongerelateerd_maanden_gehad: self.lgu_gehad,
            },
            Soort::Iva => Uitkering::Iva { maandloon },
            Soort::Ww => Uitkering::Ww {
                maandloon,
                maanden_gehad: self.ww_gehad,
                maanden_resterend: Some(self.ww_resterend),
            },
            Soort::Ziektewet => Uitkering::Ziektewet { maandloon },
        };
        let gemeentelijk = if self.gemeentelijk_zonder > 0 || self.gemeentelijk_met > 0 {
            vec![GemeentelijkeRegeling {
                naam: "Gemeentelijke regelingen".into(),
                zonder_werk: Cents(self.gemeentelijk_zonder),
                met_werk: Cents(self.gemeentelijk_met),
            }]
        } else {
            Vec::new()
        };
        Scenario {
            jaar: None,
            peildatum: Some(self.startdatum()),
            huishouden: Huishouden {
                leeftijd: self.leeftijd,
                partner: self.partner.then_some(Partner {
                    leeftijd: Some(self.partner_leeftijd),
                    bruto_inkomen_per_maand: Cents(self.partner_inkomen),
                }),
                kinderen: self.kinderen.clone(),
                kostendelers: self.kostendelers,
                kostendelers_inkomen_per_maand: (self.kostendelers > 0
                    && self.kostendelers_inkomen_bekend)
                    .then_some(Cents(self.kostendelers_inkomen)),
                vermogen: (self.vermogen > 0).then_some(Cents(self.vermogen)),
            },
            woning: (self.huur > 0).then_some(Woning {
                kale_huur: Cents(self.huur),
            }),
            uitkering,
            werk: Werk {
                uren_per_week: Uren(self.uren * 10),
                uurloon: self.eigen_uurloon.then_some(Cents(self.uurloon)),
                vakantiegeld_maand: (1..=12)
                    .contains(&self.vakantiegeld_maand)
                    .then_some(self.vakantiegeld_maand),
            },
            gemeentelijk,
        }
    }
}

/// The calculator's state: the situations the person entered, which one is shown, and the mode.
/// Held at app level so it survives leaving the route; serialisable for a later session file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RekenhulpState {
    pub modus: Modus,
    pub scenarios: Vec<Formulier>,
    pub actief: usize,
}

impl Default for RekenhulpState {
    fn default() -> RekenhulpState {
        RekenhulpState {
            modus: Modus::Snel,
            scenarios: vec![Formulier::default()],
            actief: 0,
        }
    }
}

impl RekenhulpState {
    /// The index of the situation shown (always valid).
    pub fn actief(&self) -> usize {
        self.actief.min(self.scenarios.len().saturating_sub(1))
    }

    /// The situation shown.
    pub fn formulier(&self) -> Formulier {
        self.scenarios
            .get(self.actief())
            .cloned()
            .unwrap_or_default()
    }

    /// Changes the situation shown.
    pub fn wijzig(&mut self, f: impl FnOnce(&mut Formulier)) {
        if self.scenarios.is_empty() {
            self.scenarios.push(Formulier::default());
        }
        let i = self.actief();
        f(&mut self.scenarios[i]);
    }

    /// Copies the situation shown into a new one and shows it; refused at [`MAX_SCENARIOS`].
    pub fn kopieer(&mut self) -> bool {
        if self.scenarios.len() >= MAX_SCENARIOS {
            return false;
        }
        let kopie = self.formulier();
        self.scenarios.push(kopie);
        self.actief = self.scenarios.len() - 1;
        true
    }

    /// Removes a situation (never the last one).
    pub fn verwijder(&mut self, i: usize) {
        if self.scenarios.len() > 1 && i < self.scenarios.len() {
            self.scenarios.remove(i);
            self.actief = self.actief().min(self.scenarios.len() - 1);
        }
    }
}

/// Hours in tenths as Dutch text: 205 → "20,5", 200 → "20".
pub fn uren_tekst(tienden: i64) -> String {
    let (heel, tiende) = (tienden / 10, (tienden % 10).abs());
    if tiende == 0 {
        heel.to_string()
    } else {
        format!("{heel},{tiende}")
    }
}

/// A number in a situation that the person types (amounts in cents, hours in tenths, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Veld {
    Leeftijd,
    AantalKinderen,
    Huur,
    Uren,
    Maandloon,
    Rvc,
    Bedrag,
    Uurloon,
    PartnerLeeftijd,
    PartnerInkomen,
    Kostendelers,
    KostendelersInkomen,
    Vermogen,
    VrijlatingGehad,
    Loonwaarde,
    LguResterend,
    LguGehad,
    WwGehad,
    WwResterend,
    GemeentelijkZonder,
    GemeentelijkMet,
}

/// A yes/no answer in a situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Vinkje {
    Partner,
    BovenMaximum,
    EigenBedrag,
    /// Switched on, the hourly wage starts at the minimum wage for the age (from the parameters
    /// of the first month of work).
    EigenUurloon,
    KostendelersInkomenBekend,
    Medisch,
    Arbeidsvermogen,
    Loondispensatie,
}

/// Everything the person can do in the calculator.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Quick or full questions.
    Modus(Modus),
    /// Show situation `i`.
    Toon(usize),
    /// Copy the situation shown into a new one (at most [`MAX_SCENARIOS`]) and show it.
    Kopieer,
    /// Remove situation `i` (never the last one).
    Verwijder(usize),
    /// The whole state, from an opened session.
    Vervang(RekenhulpState),
    /// The benefit of the situation shown.
    Soort(Soort),
    /// A number of the situation shown.
    Getal(Veld, i64),
    /// Flip a yes/no answer of the situation shown.
    Wissel(Vinkje),
    /// The age of child `i` (from 0).
    KindLeeftijd(usize, i64),
    /// The first month of work, `JJJJ-MM`; empty: the current month.
    Start(String),
    /// The month the holiday pay is paid (1 to 12), 0: not chosen.
    VakantiegeldMaand(u32),
    /// The hourly wage the employer pays with loondispensatie: typed, so the person's own.
    LoonBijDispensatie(i64),
}

impl Formulier {
    fn zet(&mut self, veld: Veld, v: i64) {
        match veld {
            Veld::Leeftijd => self.leeftijd = v,
            Veld::AantalKinderen => self.zet_aantal_kinderen(v),
            Veld::Huur => self.huur = v,
            Veld::Uren => self.uren = v,
            Veld::Maandloon => self.maandloon = v,
            Veld::Rvc => self.rvc = v,
            Veld::Bedrag => self.bedrag = v,
            Veld::Uurloon => self.uurloon = v,
            Veld::PartnerLeeftijd => self.partner_leeftijd = v,
            Veld::PartnerInkomen => self.partner_inkomen = v,
            Veld::Kostendelers => self.kostendelers = v,
            Veld::KostendelersInkomen => self.kostendelers_inkomen = v,
            Veld::Vermogen => self.vermogen = v,
            Veld::VrijlatingGehad => self.vrijlating_gehad = v,
            Veld::Loonwaarde => self.loonwaarde = v,
            Veld::LguResterend => self.lgu_resterend = v,
            Veld::LguGehad => self.lgu_gehad = v,
            Veld::WwGehad => self.ww_gehad = v,
            Veld::WwResterend => self.ww_resterend = v,
            Veld::GemeentelijkZonder => self.gemeentelijk_zonder = v,
            Veld::GemeentelijkMet => self.gemeentelijk_met = v,
        }
    }

    fn wissel(&mut self, vinkje: Vinkje) {
        match vinkje {
            Vinkje::Partner => self.partner = !self.partner,
            Vinkje::BovenMaximum => self.boven_maximum = !self.boven_maximum,
            Vinkje::EigenBedrag => self.eigen_bedrag = !self.eigen_bedrag,
            Vinkje::EigenUurloon => {
                self.eigen_uurloon = !self.eigen_uurloon;
                if self.eigen_uurloon {
                    if let Some(minimum) = super::minimumuurloon(self) {
                        self.uurloon = minimum.0;
                    }
                }
            }
            Vinkje::KostendelersInkomenBekend => {
                self.kostendelers_inkomen_bekend = !self.kostendelers_inkomen_bekend
            }
            Vinkje::Medisch => self.medisch = !self.medisch,
            Vinkje::Arbeidsvermogen => self.arbeidsvermogen = !self.arbeidsvermogen,
            Vinkje::Loondispensatie => self.loondispensatie = !self.loondispensatie,
        }
    }
}

impl Tool for RekenhulpState {
    type Action = Action;

    fn apply(&mut self, action: Action) {
        match action {
            Action::Modus(m) => self.modus = m,
            Action::Toon(i) => {
                if i < self.scenarios.len() {
                    self.actief = i;
                }
            }
            Action::Kopieer => {
                self.kopieer();
            }
            Action::Verwijder(i) => self.verwijder(i),
            Action::Vervang(s) => *self = s,
            Action::Soort(soort) => self.wijzig(|f| f.soort = soort),
            Action::Getal(veld, v) => self.wijzig(|f| f.zet(veld, v)),
            Action::Wissel(vinkje) => self.wijzig(|f| f.wissel(vinkje)),
            Action::KindLeeftijd(i, v) => self.wijzig(|f| {
                if let Some(a) = f.kinderen.get_mut(i) {
                    *a = v;
                }
            }),
            Action::Start(m) => self.wijzig(|f| f.start = m),
            Action::VakantiegeldMaand(m) => self.wijzig(|f| f.vakantiegeld_maand = m),
            Action::LoonBijDispensatie(v) => self.wijzig(|f| {
                f.uurloon = v;
                f.eigen_uurloon = true;
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::income::{bereken, parameters};

    #[test]
    fn the_default_form_is_a_valid_scenario_for_the_engine() {
        let p = parameters(2026).unwrap();
        let u = bereken(&Formulier::default().scenario(), p).expect("valid");
        assert_eq!(u.met_werk.uren_per_week, Uren(2000));
        assert_eq!(
            u.met_werk.totaal,
            u.met_werk.lijnen.iter().map(|r| r.bedrag).sum()
        );
        for soort in Soort::ALL {
            let f = Formulier {
                soort,
                ..Formulier::default()
            };
            bereken(&f.scenario(), p).unwrap_or_else(|e| panic!("{soort:?}: {e}"));
        }
    }

    #[test]
    fn the_form_maps_onto_the_scenario_fields() {
        let mut f = Formulier {
            soort: Soort::Wajong,
            uren: 165,
            eigen_uurloon: true,
            uurloon: 16_00,
            huur: 0,
            partner: true,
            partner_inkomen: 1_500_00,
            loondispensatie: true,
            loonwaarde: 80,
            start: "2026-07".into(),
            ..Formulier::default()
        };
        f.zet_aantal_kinderen(2);
        let s = f.scenario();
        assert_eq!(s.werk.uren_per_week, Uren(1650));
        assert_eq!(s.werk.uurloon, Some(Cents(1600)));
        assert_eq!(s.woning, None);
        assert_eq!(s.peildatum.as_deref(), Some("2026-07-01"));
        assert_eq!(s.huishouden.kinderen, vec![8, 8]);
        assert_eq!(
            s.huishouden
                .partner
                .as_ref()
                .unwrap()
                .bruto_inkomen_per_maand,
            Cents(150_000)
        );
        match s.uitkering {
            Uitkering::Wajong {
                loonwaarde,
                bedrag_per_maand,
                ..
            } => {
                assert_eq!(loonwaarde, Some(0.8));
                assert_eq!(bedrag_per_maand, None);
            }
            other => panic!("{other:?}"),
        }
        // The minimum wage is the default: no wage is passed.
        f.eigen_uurloon = false;
        assert_eq!(f.scenario().werk.uurloon, None);
        // Fewer children keeps the ages already typed.
        f.kinderen = vec![3, 10, 15];
        f.zet_aantal_kinderen(2);
        assert_eq!(f.kinderen, vec![3, 10]);
        f.zet_aantal_kinderen(99);
        assert_eq!(f.kinderen.len(), MAX_KINDEREN as usize);
    }

    #[test]
    fn the_old_wage_above_the_maximum_and_the_holiday_pay_month_reach_the_engine() {
        // Review of issue 14, finding 3: a person whose letter shows the maximum dagloon gives
        // the old wage, so UWV's C/D (capped / uncapped) can apply.
        let mut f = Formulier {
            soort: Soort::Ww,
            maandloon: 6_740_54,
            ..Formulier::default()
        };
        let ml = |f: &Formulier| match f.scenario().uitkering {
            Uitkering::Ww { maandloon, .. } => maandloon,
            other => panic!("{other:?}"),
        };
        assert_eq!(ml(&f), Cents(6_740_54));
        f.boven_maximum = true;
        f.maandloon = 8_000_00;
        assert_eq!(ml(&f), Cents(8_000_00));
        assert_eq!(f.scenario().werk.vakantiegeld_maand, None);
        f.vakantiegeld_maand = 6;
        assert_eq!(f.scenario().werk.vakantiegeld_maand, Some(6));
        // With work above the maximum, UWV counts the earnings at C/D: the WW is higher than
        // with the capped wage typed as if it were the old one.
        f.uren = 300;
        f.eigen_uurloon = true;
        f.uurloon = 25_00;
        let p = parameters(2026).unwrap();
        let hoog = bereken(&f.scenario(), p).unwrap().met_werk.uitkering_bruto;
        f.maandloon = 6_740_54;
        let laag = bereken(&f.scenario(), p).unwrap().met_werk.uitkering_bruto;
        assert!(hoog > laag, "{hoog} {laag}");
    }

    #[test]
    fn own_benefit_amount_reaches_the_engine() {
        let p = parameters(2026).unwrap();
        let f = Formulier {
            eigen_bedrag: true,
            bedrag: 1_234_56,
            uren: 0,
            huur: 0,
            ..Formulier::default()
        };
        let u = bereken(&f.scenario(), p).unwrap();
        let uitkering = u
            .zonder_werk
            .lijnen
            .iter()
            .find(|r| r.id == "uitkering")
            .unwrap();
        assert_eq!(uitkering.bedrag, Cents(1_234_56));
    }

    #[test]
    fn scenarios_copy_up_to_three_and_never_lose_the_last() {
        let mut s = RekenhulpState::default();
        s.wijzig(|f| f.uren = 120);
        assert!(s.kopieer());
        assert_eq!(s.actief(), 1);
        assert_eq!(s.formulier().uren, 120);
        s.wijzig(|f| f.uren = 320);
        assert_eq!(s.scenarios[0].uren, 120);
        assert!(s.kopieer());
        assert!(!s.kopieer());
        assert_eq!(s.scenarios.len(), 3);
        s.verwijder(2);
        assert_eq!(s.actief(), 1);
        s.verwijder(0);
        s.verwijder(0);
        assert_eq!(s.scenarios.len(), 1);
        assert_eq!(s.formulier().uren, 320);
    }

    #[test]
    fn the_state_round_trips_through_json() {
        let mut s = RekenhulpState {
            modus: Modus::Volledig,
            ..RekenhulpState::default()
        };
        s.kopieer();
        let json = serde_json::to_string(&s).unwrap();
        let back: RekenhulpState = serde_json::from_str(&json).unwrap();
        assert_eq!(back, s);
        // Missing fields take their defaults (older session files keep working).
        let oud: RekenhulpState = serde_json::from_str(r#"{"scenarios":[{"uren":120}]}"#).unwrap();
        assert_eq!(oud.scenarios[0].uren, 120);
        assert_eq!(oud.scenarios[0].leeftijd, 35);
    }

    #[test]
    fn the_first_month_of_work_is_this_month_unless_chosen() {
        zet_vandaag("2026-12-04".into());
        let mut f = Formulier::default();
        assert_eq!(f.scenario().peildatum.as_deref(), Some("2026-12-01"));
        f.start = "2027-02".into();
        assert_eq!(f.scenario().peildatum.as_deref(), Some("2027-02-01"));
        f.start = "onzin".into();
        assert_eq!(f.scenario().peildatum.as_deref(), Some("2026-12-01"));
        assert_eq!(maand_later("2026-12-01", 1), "2027-01");
        assert_eq!(maand_later("2026-12-01", 12), "2027-12");
        // The amounts of that month are used: December 2026 uses those of 1 July 2026.
        let p = parameters(2026).unwrap();
        let u = bereken(&Formulier::default().scenario(), p).unwrap();
        assert_eq!(u.bedragen.van, "2026-07-01");
    }

    #[test]
    fn the_income_of_the_people_you_live_with_reaches_the_engine_only_when_known() {
        let mut f = Formulier {
            kostendelers: 1,
            kostendelers_inkomen: 2_500_00,
            ..Formulier::default()
        };
        assert_eq!(f.scenario().huishouden.kostendelers_inkomen_per_maand, None);
        let p = parameters(2026).unwrap();
        let u = bereken(&f.scenario(), p).unwrap();
        let ht = u
            .met_werk
            .lijnen
            .iter()
            .find(|r| r.id == "huurtoeslag")
            .unwrap();
        assert!(ht.niet_geschat, "unknown income: not estimated");
        f.kostendelers_inkomen_bekend = true;
        assert_eq!(
            f.scenario().huishouden.kostendelers_inkomen_per_maand,
            Some(Cents(2_500_00))
        );
        let u = bereken(&f.scenario(), p).unwrap();
        let ht = u
            .met_werk
            .lijnen
            .iter()
            .find(|r| r.id == "huurtoeslag")
            .unwrap();
        assert!(!ht.niet_geschat);
    }
}
