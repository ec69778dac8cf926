//! The Rekenhulp's screen flows as data: what a person does (actions) and what the screen then
//! shows (the view model), natively. The expected facts come from the rules and the parameters,
//! not from earlier output; the end-to-end tests in Chromium keep covering the rendering.

#![allow(clippy::inconsistent_digit_grouping)] // Amounts in cents as euros_cents: `1_500_00` is € 1.500,00.

use werkkeuze_core::income::parameters::JAREN;
use werkkeuze_core::income::uitleg::lijn_naam;
use werkkeuze_core::income::{parameters_op, Lees};
use werkkeuze_core::money::{format_whole_euros, Cents};
use werkkeuze_core::tools::rekenhulp::view::{kolommen, verschil_tekst, Kolom, LIJNEN};
use werkkeuze_core::tools::rekenhulp::{
    bereken_alles, uurlonen, vandaag, Action, RekenhulpState, Soort, Veld, Vinkje, MAX_SCENARIOS,
};
use werkkeuze_core::tools::Tool;
use werkkeuze_core::Taal;

fn na(actions: impl IntoIterator<Item = Action>) -> RekenhulpState {
    let mut s = RekenhulpState::default();
    for a in actions {
        s.apply(a);
    }
    s
}

fn kolommen_van(s: &RekenhulpState, taal: Taal) -> Vec<Kolom> {
    kolommen(s, &bereken_alles(s, taal))
}

/// "€ 1.943" → 1943 euros.
fn euros(tekst: &str) -> i64 {
    let cijfers: String = tekst.chars().filter(|c| c.is_ascii_digit()).collect();
    let n: i64 = cijfers.parse().unwrap();
    if tekst.starts_with('-') {
        -n
    } else {
        n
    }
}

/// The minimum wages of the first month of work (this month in the tests: the first day of the
/// first year with amounts).
fn wml(naam: fn(&Lees) -> Cents) -> Cents {
    let datum = vandaag();
    let p = parameters_op(&datum).unwrap();
    naam(&Lees::new(p.waarden_op(&datum).unwrap()))
}

#[test]
fn copy_three_situations_compare_them_and_remove_one() {
    // Type 32 hours in a copy of the first situation: the comparison shows both, and the first
    // keeps its 20 hours. A fourth copy is refused (at most three side by side).
    let s = na([
        Action::Kopieer,
        Action::Getal(Veld::Uren, 320),
        Action::Kopieer,
        Action::Soort(Soort::Wajong),
        Action::Kopieer,
    ]);
    assert_eq!(s.scenarios.len(), MAX_SCENARIOS);
    assert_eq!(s.actief(), 2, "the copy made last is shown");
    let k = kolommen_van(&s, Taal::Nl);
    let uren: Vec<&str> = k.iter().map(|k| k.uren.as_str()).collect();
    assert_eq!(uren, ["20", "32", "32"]);
    assert_eq!(k[2].soort, Soort::Wajong);
    // Every difference shown is the difference of the two totals shown (whole euros), so the
    // column adds up for the reader.
    for kolom in &k {
        let t = kolom.totalen.as_ref().expect("computed");
        let verschil = euros(&t.met_werk) - euros(&t.zonder_werk);
        assert_eq!(
            t.eerste.tekst,
            verschil_tekst(
                Cents(euros(&t.zonder_werk) * 100),
                Cents(euros(&t.met_werk) * 100)
            ),
            "{verschil}"
        );
        assert_eq!(euros(&t.eerste.tekst), verschil);
    }
    // Removing the situation shown shows the one before it; the last one is never removed.
    let s = {
        let mut s = s;
        s.apply(Action::Verwijder(2));
        s.apply(Action::Verwijder(0));
        s.apply(Action::Verwijder(0));
        s
    };
    assert_eq!(s.scenarios.len(), 1);
    assert_eq!(kolommen_van(&s, Taal::Nl)[0].uren, "32");
}

#[test]
fn an_own_hourly_wage_starts_at_the_legal_minimum_for_the_age() {
    // Wet minimumloon: from 21 the full minimum wage per hour, below 21 a youth wage.
    let s = na([Action::Wissel(Vinkje::EigenUurloon)]);
    let k = &kolommen_van(&s, Taal::Nl)[0];
    assert_eq!(k.uurloon, Some(wml(|l| l.wml_uur())));
    // Not typed: the comparison says "minimum wage" (None), and the wage used is the minimum
    // for the age the person typed (without a benefit: the bijstand norms below 21 are not in
    // the calculator, it asks for the amount from the letter then).
    let s = na([
        Action::Soort(Soort::Geen),
        Action::Getal(Veld::Leeftijd, 19),
    ]);
    assert_eq!(kolommen_van(&s, Taal::Nl)[0].uurloon, None);
    let u = uurlonen(&s.formulier(), Taal::Nl).unwrap();
    assert_eq!(u.minimum, wml(|l| l.wml_uur_19()));
    assert_eq!(u.gebruikt, u.minimum);
    // Typing a wage above it: that wage is used.
    let s = na([
        Action::Wissel(Vinkje::EigenUurloon),
        Action::Getal(Veld::Uurloon, 20_00),
    ]);
    assert_eq!(
        uurlonen(&s.formulier(), Taal::Nl).unwrap().gebruikt,
        Cents(20_00)
    );
}

#[test]
fn the_breakdown_names_its_lines_in_the_language_asked() {
    // Wajong with a partner and a child: the lines are those of the law's parts (wage, benefit,
    // partner, toeslagen, kinderbijslag), each with its own name in Dutch and in English.
    let s = na([
        Action::Soort(Soort::Wajong),
        Action::Wissel(Vinkje::Partner),
        Action::Getal(Veld::PartnerInkomen, 1_500_00),
        Action::Getal(Veld::AantalKinderen, 1),
        Action::Getal(Veld::Uren, 240),
    ]);
    for taal in [Taal::Nl, Taal::En] {
        let b = bereken_alles(&s, taal);
        let u = b.uitkomsten[0].as_ref().unwrap();
        for r in &u.met_werk.lijnen {
            assert!(LIJNEN.contains(&r.id.as_str()), "{}", r.id);
        }
        let ids: Vec<&str> = u.met_werk.lijnen.iter().map(|r| r.id.as_str()).collect();
        for id in ["nettoloon", "uitkering", "partner", "kinderbijslag"] {
            assert!(ids.contains(&id), "{id} in {ids:?}");
        }
    }
    assert_eq!(lijn_naam("uitkering", Taal::Nl), "Uitkering");
    assert_eq!(lijn_naam("uitkering", Taal::En), "Benefit");
    assert_eq!(
        lijn_naam("kinderbijslag", Taal::En),
        "Child benefit (kinderbijslag)"
    );
}

#[test]
fn the_bijstand_vrijlating_gives_a_later_period_with_less() {
    // Participatiewet art. 31 lid 2 sub n: part of the earnings is kept on top of the bijstand
    // for at most the months of the parameter "bijstand.vrijlating.maanden"; after that the
    // difference is smaller, and the comparison shows that later period with when it starts.
    let s = na([Action::Getal(Veld::Uren, 120), Action::Getal(Veld::Huur, 0)]);
    let b = bereken_alles(&s, Taal::Nl);
    let u = b.uitkomsten[0].as_ref().unwrap();
    let datum = vandaag();
    let maanden = Lees::new(parameters_op(&datum).unwrap().waarden_op(&datum).unwrap())
        .bijstand_vrijlating_maanden();
    let t = &u.tijdlijn;
    assert_eq!(t[0].verschil, t[maanden as usize - 1].verschil);
    assert!(t[maanden as usize].verschil < t[0].verschil);
    let k = &kolommen(&s, &b)[0];
    let tot = k.totalen.as_ref().unwrap();
    assert!(!tot.later.is_empty());
    assert!(euros(&tot.later[0].tekst) < euros(&tot.eerste.tekst));
    assert!(!tot.later[0].wanneer.is_empty());
}

#[test]
fn the_first_month_of_work_chooses_the_amounts() {
    // The parameters hold sets of amounts from dates in the year (1 January, 1 July, …): a
    // start month uses the newest set from on or before it.
    let p = parameters_op(&format!("{}-01-01", JAREN[0])).unwrap();
    let data: Vec<String> = p.periode_data().map(str::to_string).collect();
    for d in &data {
        let s = na([Action::Start(d[..7].to_string())]);
        let b = bereken_alles(&s, Taal::Nl);
        assert_eq!(&b.uitkomsten[0].as_ref().unwrap().bedragen.van, d);
    }
    // A total is whole euros as the Dutch write them.
    let k = &kolommen_van(&na([]), Taal::Nl)[0];
    let totalen = k.totalen.as_ref().unwrap();
    assert_eq!(
        totalen.zonder_werk,
        format_whole_euros(Cents(euros(&totalen.zonder_werk) * 100))
    );
}

#[test]
fn a_session_saved_before_the_move_opens_as_the_same_state() {
    // Written by the app at f67fd3b, when the state lived in the shell (tests/data/sessies): the
    // core type reads it and writes exactly the same JSON back.
    let tekst = include_str!("data/sessies/v1-f67fd3b-drie-tools.json");
    let bestand: serde_json::Value = serde_json::from_str(tekst).unwrap();
    let oud = &bestand["inhoud"]["rekenhulp"];
    let s: RekenhulpState = serde_json::from_value(oud.clone()).unwrap();
    assert_eq!(&serde_json::to_value(&s).unwrap(), oud);
    assert_eq!(s.scenarios.len(), 2);
    assert_eq!(s.actief(), 1);
    assert_eq!(s.formulier().soort, Soort::Wajong);
    // Untouched, a state still equals the default (so a session lists only the tools used).
    let leeg: RekenhulpState =
        serde_json::from_value(serde_json::to_value(RekenhulpState::default()).unwrap()).unwrap();
    assert_eq!(leeg, RekenhulpState::default());
}
