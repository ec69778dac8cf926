//! The Rekenhulp ("wat houd ik over?") without a screen. The rules live in [`crate::income`];
//! this module holds what the person entered and everything the screen shows of it:
//!
//! - [`state`]: the situations ([`Formulier`]), the mode, and the [`Action`]s that change them
//!   ([`RekenhulpState`] is a [`crate::tools::Tool`]).
//! - this file: the calculation of every situation ([`bereken_alles`]) with the parameters of
//!   its first month of work, the amounts the questions name ([`Uurlonen`]), the curve and the
//!   month view.
//! - [`view`]: the worded texts of the screen that come from the rules (line names, the summary
//!   "Mijn plan" shows).

// Amounts in cents are written as euros_cents (`650_00` is € 650,00), so they read as money.
#![allow(clippy::inconsistent_digit_grouping)]

pub mod maanden;
pub mod state;
pub mod view;

pub use state::{
    maand_later, uren_tekst, vandaag, zet_vandaag, Action, Formulier, Modus, RekenhulpState, Soort,
    Veld, Vinkje, MAX_KINDEREN, MAX_SCENARIOS,
};

use crate::income::parameters::{jaar_op, Ppm};
use crate::income::reken::{standaard_uitkering, valideer};
use crate::income::uitleg::getal;
use crate::income::verloop::{bereken_verloop_in, Verloop, Verloopinvoer};
use crate::income::wga::gemaximeerd_maandloon;
use crate::income::{bereken_in, curve_in, parameters_op, Curve, InvoerFout, Lees, Uitkomst};
use crate::money::Cents;
use crate::Taal;
use std::rc::Rc;

/// What the answer needs, computed from the state. The curve is not here: the screen draws it
/// one frame later ([`curve`]).
#[derive(Debug, PartialEq)]
pub struct Berekening {
    /// One result per situation.
    pub uitkomsten: Vec<Result<Rc<Uitkomst>, InvoerFout>>,
    /// The situation shown: the hourly wage used, and the minimum wage per hour for the age.
    pub uurloon: Option<Uurlonen>,
}

/// The hourly wage a result is computed with, the legal minimum for the person's age, and the
/// amounts the questions name (from the parameters of the first month of work, never typed).
#[derive(Debug, Clone, PartialEq)]
pub struct Uurlonen {
    pub gebruikt: Cents,
    pub minimum: Cents,
    /// The bijstand or Wajong without work when not typed (the example next to its field).
    pub standaard_uitkering: Option<Cents>,
    /// The highest maandloon UWV uses (maximumdagloon × days per month).
    pub max_maandloon: Cents,
    /// The days per month UWV multiplies the dagloon by ("21,75").
    pub dagen: String,
}

/// The year of the rules and amounts in use this month ("De Rekenhulp rekent met de regels en
/// bedragen van …"): a parameter file for a new year changes it without a change in the shell.
pub fn rekenjaar() -> i32 {
    jaar_op(&vandaag())
}

fn geen_parameters(e: String) -> InvoerFout {
    InvoerFout::new("parameters", e)
}

/// Computes one situation with the parameters of its first month of work.
pub fn bereken(f: &Formulier, taal: Taal) -> Result<Uitkomst, InvoerFout> {
    let s = f.scenario();
    let p = parameters_op(&f.startdatum()).map_err(geen_parameters)?;
    bereken_in(&s, p, taal)
}

/// The curve over 0–40 hours for a situation.
pub fn curve(f: &Formulier, taal: Taal) -> Result<Curve, InvoerFout> {
    let p = parameters_op(&f.startdatum()).map_err(geen_parameters)?;
    curve_in(&f.scenario(), p, taal)
}

/// The month view (issue 18) for its input, with the parameters of its first month of work.
pub fn verloop(invoer: &Verloopinvoer, taal: Taal) -> Result<Verloop, InvoerFout> {
    let datum = invoer.scenario.peildatum.clone().unwrap_or_else(vandaag);
    let p = parameters_op(&datum).map_err(geen_parameters)?;
    bereken_verloop_in(invoer, p, taal)
}

/// The hourly wages and amounts the questions of a situation name; `None` when the situation
/// cannot be computed.
pub fn uurlonen(f: &Formulier, taal: Taal) -> Option<Uurlonen> {
    let p = parameters_op(&f.startdatum()).ok()?;
    let i = valideer(&f.scenario(), p, taal).ok()?;
    let w = Lees::new(i.w);
    Some(Uurlonen {
        gebruikt: i.uurloon,
        minimum: i.minimumuurloon,
        standaard_uitkering: standaard_uitkering(&i),
        max_maandloon: gemaximeerd_maandloon(&w, Cents(i64::MAX / 4)),
        dagen: getal(Ppm(w.uwv_dagen_per_maand().0), taal),
    })
}

/// The minimum wage per hour for the age of a situation, in its first month of work.
pub fn minimumuurloon(f: &Formulier) -> Option<Cents> {
    let datum = f.startdatum();
    let w = parameters_op(&datum).ok()?.waarden_op(&datum)?;
    Some(crate::income::reken::minimumuurloon(
        &Lees::new(w),
        f.leeftijd,
    ))
}

/// The ages the calculator takes for the person and the partner: from 15 (the youngest age with
/// a minimum wage, Wet minimumloon art. 8) to the year before the AOW age of the parameters of
/// the first month of work (from then other rules apply).
pub fn leeftijden(f: &Formulier) -> std::ops::RangeInclusive<i64> {
    let datum = f.startdatum();
    let aow = parameters_op(&datum)
        .ok()
        .and_then(|p| p.waarden_op(&datum))
        .map(|w| Lees::new(w).aow_leeftijd());
    // Without parameters nothing can be computed (the screen says so); the field then takes
    // any age.
    15..=aow.map_or(i64::MAX, |a| a - 1)
}

/// The months the work can start in after this one (`JJJJ-MM`): up to the last month of the last
/// year with amounts, at most 36. A month `gekozen` earlier that is no longer in that list (a
/// session from before) comes first, so nothing is lost.
pub fn startmaanden(gekozen: &str) -> Vec<String> {
    let nu = vandaag();
    let laatste = parameters_op(&nu)
        .map(|p| p.laatste_datum()[..7].to_string())
        .unwrap_or_default();
    let mut maanden: Vec<String> = (1..)
        .map(|i| maand_later(&nu, i))
        .take_while(|m| *m <= laatste)
        .take(36)
        .collect();
    if !gekozen.is_empty() && gekozen != &nu[..7] && !maanden.iter().any(|m| m == gekozen) {
        maanden.insert(0, gekozen.to_string());
    }
    maanden
}

/// Computes every situation, with every text in `taal`. Never panics.
pub fn bereken_alles(s: &RekenhulpState, taal: Taal) -> Berekening {
    bereken_opnieuw(s, taal, &mut Vec::new())
}

/// Results of earlier calculations, by situation and language: typing in one situation leaves
/// the others as they are; switching the language computes them all again (their texts change).
pub type Bewaard = Vec<(Formulier, Taal, Result<Rc<Uitkomst>, InvoerFout>)>;

/// [`bereken_alles`], reusing the results in `bewaard` of situations that did not change, and
/// keeping the new ones there.
pub fn bereken_opnieuw(s: &RekenhulpState, taal: Taal, bewaard: &mut Bewaard) -> Berekening {
    let nieuw: Bewaard = s
        .scenarios
        .iter()
        .map(
            |f| match bewaard.iter().find(|(g, t, _)| g == f && *t == taal) {
                Some((_, _, r)) => (f.clone(), taal, r.clone()),
                None => (f.clone(), taal, bereken(f, taal).map(Rc::new)),
            },
        )
        .collect();
    let uitkomsten = nieuw.iter().map(|(_, _, r)| r.clone()).collect();
    *bewaard = nieuw;
    Berekening {
        uitkomsten,
        uurloon: uurlonen(&s.formulier(), taal),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_situation_is_computed_and_an_impossible_one_gives_a_message_in_the_language() {
        let mut s = RekenhulpState::default();
        s.kopieer();
        s.wijzig(|f| f.leeftijd = 80);
        let c = bereken_alles(&s, Taal::Nl);
        assert!(c.uitkomsten[0].is_ok());
        let e = c.uitkomsten[1].as_ref().unwrap_err();
        assert!(
            e.melding.starts_with("vanaf de AOW-leeftijd"),
            "{}",
            e.melding
        );
        assert!(
            c.uurloon.is_none(),
            "the situation shown is the impossible one"
        );
        let c = bereken_alles(&s, Taal::En);
        let e = c.uitkomsten[1].as_ref().unwrap_err();
        assert!(
            e.melding.starts_with("from the state pension age"),
            "{}",
            e.melding
        );
        let u = c.uitkomsten[0].as_ref().unwrap();
        assert_eq!(u.met_werk.lijnen[0].naam, "Net wage");
    }

    #[test]
    fn a_kept_result_is_reused_in_the_same_language_only() {
        let s = RekenhulpState::default();
        let mut bewaard = Bewaard::new();
        let nl = bereken_opnieuw(&s, Taal::Nl, &mut bewaard);
        let weer = bereken_opnieuw(&s, Taal::Nl, &mut bewaard);
        let (a, b) = (nl.uitkomsten[0].as_ref(), weer.uitkomsten[0].as_ref());
        assert!(
            Rc::ptr_eq(a.unwrap(), b.unwrap()),
            "unchanged: the same result"
        );
        let en = bereken_opnieuw(&s, Taal::En, &mut bewaard);
        let u = en.uitkomsten[0].as_ref().unwrap();
        assert_eq!(u.met_werk.lijnen[0].naam, "Net wage");
        assert_eq!(u.met_werk.totaal, a.unwrap().met_werk.totaal);
    }

    #[test]
    fn the_parameters_are_those_of_the_first_month_of_work() {
        let jaar = crate::income::parameters::JAREN[0];
        assert_eq!(jaar_op(&format!("{jaar}-07-01")), jaar);
        // Before the first year, and not a date: the first year.
        assert_eq!(jaar_op("1999-01-01"), jaar);
        assert_eq!(jaar_op("onzin"), jaar);
        // After the last year: the last year's parameters.
        let laatste = *crate::income::parameters::JAREN.last().unwrap();
        assert_eq!(jaar_op(&format!("{}-03-01", laatste + 5)), laatste);
    }

    #[test]
    fn the_ages_end_the_year_before_the_aow_age() {
        let f = Formulier::default();
        let datum = f.startdatum();
        let p = parameters_op(&datum).unwrap();
        let aow = Lees::new(p.waarden_op(&datum).unwrap()).aow_leeftijd();
        assert_eq!(leeftijden(&f), 15..=aow - 1);
        // The oldest age taken is computed; one year older is refused by the engine.
        let oud = Formulier {
            leeftijd: aow - 1,
            ..Formulier::default()
        };
        assert!(bereken(&oud, Taal::Nl).is_ok());
        let te_oud = Formulier {
            leeftijd: aow,
            ..Formulier::default()
        };
        assert!(bereken(&te_oud, Taal::Nl).is_err());
    }

    #[test]
    fn switching_on_an_own_wage_starts_at_the_minimum_wage_for_the_age() {
        let mut s = RekenhulpState::default();
        let minimum = uurlonen(&s.formulier(), Taal::Nl).unwrap().minimum;
        crate::tools::Tool::apply(&mut s, Action::Wissel(Vinkje::EigenUurloon));
        assert!(s.formulier().eigen_uurloon);
        assert_eq!(s.formulier().uurloon, minimum.0);
        // A young person's minimum wage is lower (the youth wage of the parameters).
        s.apply_all([
            Action::Wissel(Vinkje::EigenUurloon),
            Action::Getal(Veld::Leeftijd, 18),
            Action::Wissel(Vinkje::EigenUurloon),
        ]);
        let jong = s.formulier().uurloon;
        assert!(jong > 0 && jong < minimum.0, "{jong} {minimum}");
    }

    impl RekenhulpState {
        fn apply_all(&mut self, actions: impl IntoIterator<Item = Action>) {
            for a in actions {
                crate::tools::Tool::apply(self, a);
            }
        }
    }
}
