//! Findings of the fresh-eyes review of the Rekenhulp (5 December 2026), with the review's
//! household: single, 40, bijstand, kale huur € 650, work at € 15 per hour, from December 2026.

use werkkeuze_core::income::{
    bereken_in, curve_in, lees_scenario, parameters, regelen, Scenario, Uitkomst,
};
use werkkeuze_core::Taal;

fn scenario(uren: &str) -> Scenario {
    lees_scenario(&format!(
        r#"{{"peildatum":"2026-12-01","huishouden":{{"leeftijd":40}},"woning":{{"kale_huur":650}},
        "uitkering":{{"soort":"bijstand"}},"werk":{{"uren_per_week":{uren},"uurloon":15}}}}"#
    ))
    .expect("geldig scenario")
}

fn huishouden(uren: &str, taal: Taal) -> Uitkomst {
    bereken_in(&scenario(uren), parameters(2026).unwrap(), taal).expect("uitkomst")
}

/// §4: at 24 hours the bijstand is € 0 from June 2027 (the vrijlating ends and the net wage is
/// above the norm). The answer says that plainly, and not "uw hele nettoloon gaat van de bijstand
/// af", which reads as if some bijstand were left.
#[test]
fn the_answer_says_plainly_when_the_bijstand_stops() {
    let u = huishouden("24", Taal::Nl);
    let later = u.perioden.last().expect("perioden");
    assert_eq!(later.van, "2027-06");
    assert!(
        later.zin.starts_with(
            "Vanaf juni 2027 krijgt u geen bijstand meer: uw nettoloon is hoger dan de bijstandsnorm. U gaat er ongeveer "
        ),
        "{}",
        later.zin
    );
    for p in &u.perioden {
        for w in &p.waarom {
            assert!(!w.contains("hele nettoloon"), "{w}");
        }
    }
    // The first months still have some bijstand: nothing about stopping there.
    assert!(
        !u.perioden[0].zin.contains("geen bijstand"),
        "{}",
        u.perioden[0].zin
    );
    assert_eq!(u.uitkering_stopt.as_deref(), Some("2027-06"));
    // The bijstand line with work is € 0 from then on in the data behind the sentence.
    let en = huishouden("24", Taal::En);
    assert!(
        en.perioden
            .last()
            .unwrap()
            .zin
            .starts_with("From June 2027 you no longer get bijstand: your net wage is higher than"),
        "{}",
        en.perioden.last().unwrap().zin
    );
}

/// §4: with the bijstand gone from the first month, the first sentence says so.
#[test]
fn a_bijstand_that_stops_at_once_is_said_in_the_first_sentence() {
    let u = huishouden("36", Taal::Nl);
    assert!(
        u.perioden[0].zin.starts_with(
            "U krijgt geen bijstand meer: uw nettoloon is hoger dan de bijstandsnorm."
        ),
        "{}",
        u.perioden[0].zin
    );
    assert_eq!(u.uitkering_stopt.as_deref(), Some("2026-12"));
    // Said once: the later periods do not repeat it.
    for p in &u.perioden[1..] {
        assert!(!p.zin.contains("geen bijstand"), "{}", p.zin);
    }
}

/// §4: when the bijstand stops, "Wat moet ik regelen?" has a step for it (ask the gemeente about
/// kwijtschelding and other regelingen), and not when some bijstand is left.
#[test]
fn a_step_to_ask_the_gemeente_when_the_bijstand_stops() {
    let stop = |stopt| {
        regelen::voor_uitkomst("bijstand", stopt)
            .find(|s| s.id == "bijstand-stopt")
            .cloned()
    };
    let s = stop(true).expect("stap voor een bijstand die stopt");
    assert!(s.tekst.contains("kwijtschelding") && s.tekst.contains("Vraag uw gemeente"));
    assert!(stop(false).is_none());
    assert!(regelen::voor_uitkomst("ww", true).all(|s| s.id != "bijstand-stopt"));
    // With 12 hours the bijstand goes on: no stop.
    assert_eq!(huishouden("12", Taal::Nl).uitkering_stopt, None);
}

/// §5: each stretch of the chart names every line that falls inside it, compared at its start
/// and its end, and no line that does not fall. The stretch where the huurtoeslag falls starts
/// where the table shows it falling (8 hours), and from 35,5 hours both toeslagen fall.
#[test]
fn the_chart_names_every_line_that_falls_in_a_stretch() {
    let c = curve_in(&scenario("24"), parameters(2026).unwrap(), Taal::Nl).unwrap();
    let punt = |uren| {
        c.punten
            .iter()
            .find(|p| p.uren_per_week == uren)
            .expect("punt")
    };
    let lijn = |p: &werkkeuze_core::income::CurvePunt, id: &str| {
        let o = &p.onderdelen;
        match id {
            "uitkering" => o.uitkering,
            "partner" => o.partner,
            "zorgtoeslag" => o.zorgtoeslag,
            "huurtoeslag" => o.huurtoeslag,
            "kindgebonden_budget" => o.kindgebonden_budget,
            "kinderbijslag" => o.kinderbijslag,
            _ => o.gemeentelijk,
        }
    };
    let ids = [
        "uitkering",
        "partner",
        "zorgtoeslag",
        "huurtoeslag",
        "kindgebonden_budget",
        "kinderbijslag",
        "gemeentelijk",
    ];
    assert!(!c.trajecten.is_empty());
    for t in &c.trajecten {
        let (a, b) = (punt(t.van_uren), punt(t.tot_uren));
        for id in ids {
            let valt = lijn(b, id) < lijn(a, id);
            assert_eq!(
                t.oorzaken.iter().any(|o| o == id),
                valt,
                "{id} van {:?} tot {:?}: {:?}",
                t.van_uren,
                t.tot_uren,
                t.oorzaken
            );
        }
    }
    // The huurtoeslag first falls from 8 to 8,5 hours; the first stretch that names it starts there.
    let eerste_daling = c
        .punten
        .windows(2)
        .find(|w| w[1].onderdelen.huurtoeslag < w[0].onderdelen.huurtoeslag)
        .map(|w| w[0].uren_per_week)
        .unwrap();
    let ht = c
        .trajecten
        .iter()
        .find(|t| t.oorzaken.iter().any(|o| o == "huurtoeslag"))
        .unwrap();
    assert_eq!(ht.van_uren, eerste_daling);
    let n = &c.notities[ht.notitie - 1];
    assert!(n.kop.contains("de huurtoeslag lager"), "{}", n.kop);
    let laatste = c.trajecten.last().unwrap();
    assert_eq!(
        c.notities[laatste.notitie - 1].kop,
        "hier worden de zorgtoeslag en de huurtoeslag lager"
    );
    let en = curve_in(&scenario("24"), parameters(2026).unwrap(), Taal::En).unwrap();
    assert_eq!(
        en.notities.last().unwrap().kop,
        "here the healthcare allowance and the rent allowance go down"
    );
}

/// §7: the zorgtoeslag's "Waarom?" gives the sum after the parts it sums, in the same sentence
/// group, and a start in January 2027 names the zorgtoeslag values of 1 January 2027 that are
/// used, so the € 1 change of the zorgtoeslag does not contradict "the latest known amounts".
#[test]
fn the_zorgtoeslag_sum_follows_its_parts_and_january_names_the_new_values() {
    let u = huishouden("24", Taal::Nl);
    let z = u
        .zonder_werk
        .lijnen
        .iter()
        .find(|r| r.id == "zorgtoeslag")
        .unwrap();
    let m = u
        .met_werk
        .lijnen
        .iter()
        .find(|r| r.id == "zorgtoeslag")
        .unwrap();
    let w = werkkeuze_core::income::uitleg::waarom(Some(&z.uitleg), Some(&m.uitleg));
    // No sentence that holds with and without work comes before the parts it refers to.
    for zin in w.beide.iter().chain(&w.zonder).chain(&w.met) {
        assert!(
            !zin.starts_with("Dat is") && !zin.starts_with("Het verschil"),
            "{zin}"
        );
    }
    // Each part (as the screen shows them: both, without, with) that gives the sum gives the
    // parts first.
    let mut sommen = 0;
    for deel in [&w.beide, &w.zonder, &w.met] {
        let tekst = deel.join(" ");
        if let Some(som) = tekst.find(" is afgerond ") {
            sommen += 1;
            let kost = tekst.find("gemiddeld kost").expect("de premie");
            assert!(kost < som, "{tekst}");
        }
    }
    assert!(sommen > 0, "{w:?}");
    let s = lees_scenario(
        r#"{"peildatum":"2027-01-01","huishouden":{"leeftijd":40},"woning":{"kale_huur":650},
        "uitkering":{"soort":"bijstand"},"werk":{"uren_per_week":24,"uurloon":15}}"#,
    )
    .unwrap();
    let jan = bereken_in(&s, parameters(2026).unwrap(), Taal::Nl).unwrap();
    assert!(
        jan.bedragen
            .tekst
            .contains("Wel al bekend en gebruikt, van 1 januari 2027: Normpremie zorgtoeslag"),
        "{}",
        jan.bedragen.tekst
    );
}
