//! Whole scenarios: the timeline, the explanations and sources, the WGA cliff and the errors.

use werkkeuze_core::income::{
    bereken, curve, lees_scenario, parameters, TrajectSoort, GEBRUIKTE_REGELS,
};
use werkkeuze_core::money::Cents;

fn uit(json: &str) -> werkkeuze_core::income::Uitkomst {
    let s = lees_scenario(json).expect("geldig scenario");
    bereken(&s, parameters(2026).unwrap()).expect("uitkomst")
}

#[test]
fn bijstand_vrijlating_ends_after_six_months_in_the_timeline() {
    let u = uit(r#"{"huishouden":{"leeftijd":40},"woning":{"kale_huur":600},
        "uitkering":{"soort":"bijstand","bedrag_per_maand":"1.401,47"},"werk":{"uren_per_week":12}}"#);
    let t = &u.tijdlijn;
    assert!(t[0].verschil > Cents::ZERO, "vrijlating in maand 1");
    assert_eq!(t[5].verschil, t[0].verschil);
    assert!(
        t[6].verschil < t[5].verschil,
        "vrijlating stopt na 6 maanden"
    );
    assert!(!t[6].gebeurtenissen.is_empty());
    assert_eq!(t[6].periode, "2026-07");
    // The person's own amount from the letter replaces the norm: the line reads the vrijlating's
    // parameters (all from the law text of 2026) and not the norm.
    let b = u
        .met_werk
        .lijnen
        .iter()
        .find(|r| r.id == "uitkering")
        .unwrap();
    assert!(!b.parameters.iter().any(|p| p == "bijstand.norm.gehuwden"));
    assert!(b.parameters.iter().any(|p| p == "bijstand.vrijlating.max"));
    assert!(!b.voorlopig);
    assert!(b.uitleg.contains("beschikking"));
    let z = u
        .zonder_werk
        .lijnen
        .iter()
        .find(|r| r.id == "uitkering")
        .unwrap();
    assert!(!z.voorlopig, "zonder werk: alleen het eigen bedrag");
}

#[test]
fn every_line_has_sources_and_every_source_resolves() {
    let u = uit(
        r#"{"huishouden":{"leeftijd":30,"kinderen":[3]},"woning":{"kale_huur":700},
        "uitkering":{"soort":"wajong"},"werk":{"uren_per_week":20}}"#,
    );
    let p = parameters(2026).unwrap();
    for r in u.zonder_werk.lijnen.iter().chain(&u.met_werk.lijnen) {
        for id in &r.parameters {
            assert!(u.bronnen.iter().any(|b| &b.id == id), "{id} zonder bron");
        }
        for id in &r.regels {
            assert!(
                u.regels.iter().any(|g| &g.id == id),
                "regel {id} zonder bron"
            );
        }
    }
    for b in &u.bronnen {
        assert!(b.bron.url.is_some() || b.bron.artikel.is_some());
        assert!(p.parameter(&b.id).is_some());
    }
    // Wajong: the jonggehandicaptenkorting is part of the calculation.
    let w = u
        .zonder_werk
        .lijnen
        .iter()
        .find(|r| r.id == "uitkering")
        .unwrap();
    assert!(w.parameters.iter().any(|p| p == "jgk.bedrag"));
    assert!(w.uitleg.contains("jonggehandicaptenkorting"));
}

#[test]
fn every_rule_id_used_by_the_engine_is_in_the_data() {
    let p = parameters(2026).unwrap();
    for id in GEBRUIKTE_REGELS {
        assert!(
            p.regels().iter().any(|r| r.id == *id),
            "regel {id} ontbreekt in 2026.toml"
        );
    }
}

#[test]
fn wga_cliff_is_labelled_in_the_curve() {
    let s = lees_scenario(
        r#"{"huishouden":{"leeftijd":50},
        "uitkering":{"soort":"wga","maandloon":3000,"rvc":1500},
        "werk":{"uren_per_week":10,"uurloon":15}}"#,
    )
    .unwrap();
    let c = curve(&s, parameters(2026).unwrap()).unwrap();
    let t = c
        .trajecten
        .iter()
        .find(|t| t.soort == TrajectSoort::Drempel)
        .expect("drempel gevonden");
    assert_eq!(t.oorzaak, "uitkering");
    assert!(t.uitleg.contains("50%"));
    // 50% of € 1.500 at € 15 an hour, with the holiday pay built up (UWV counts income so,
    // Algemeen Inkomensbesluit art. 4:1 lid 8): 750 / (15 × 52 / 12 × 1,08) = 10,7 hours.
    assert!(t.van_uren.als_f64() <= 10.69 && t.tot_uren.als_f64() >= 10.69);
}

#[test]
fn ww_goes_from_75_to_70_percent_and_stops_above_87_5_percent() {
    let u = uit(r#"{"huishouden":{"leeftijd":40},
        "uitkering":{"soort":"ww","maandloon":2500},"werk":{"uren_per_week":8}}"#);
    assert!(u.tijdlijn[2].zonder_werk < u.tijdlijn[1].zonder_werk);
    assert!(u.tijdlijn[2]
        .gebeurtenissen
        .iter()
        .any(|g| g.contains("70%")));
    let u = uit(r#"{"huishouden":{"leeftijd":40},
        "uitkering":{"soort":"ww","maandloon":2000},"werk":{"uren_per_week":36,"uurloon":20}}"#);
    let ww = u
        .met_werk
        .lijnen
        .iter()
        .find(|r| r.id == "uitkering")
        .unwrap();
    assert_eq!(ww.bedrag, Cents::ZERO);
    assert!(ww.uitleg.contains("87,5%"));
}

#[test]
fn peildatum_outside_the_amounts_and_youth_bijstand_are_refused_with_the_field() {
    let p = parameters(2026).unwrap();
    // The last year with amounts is 2027 (the zorgtoeslag percentages): 2028 is refused.
    for datum in ["2025-12-01", "2028-01-01", "2031-01-01", "2026-13-01"] {
        let s = lees_scenario(&format!(
            r#"{{"peildatum":"{datum}","huishouden":{{"leeftijd":30}}}}"#
        ))
        .unwrap();
        assert_eq!(bereken(&s, p).unwrap_err().veld, "peildatum", "{datum}");
    }
    let s = lees_scenario(r#"{"huishouden":{"leeftijd":19},"uitkering":{"soort":"bijstand"}}"#)
        .unwrap();
    assert_eq!(
        bereken(&s, p).unwrap_err().veld,
        "uitkering.bedrag_per_maand"
    );
    let e = lees_scenario(
        r#"{"huishouden":{"leeftijd":30},"uitkering":{"soort":"bijstand","bedrag":3}}"#,
    )
    .unwrap_err();
    assert!(e.veld.starts_with("uitkering"), "{e}");
    let e = lees_scenario(r#"{"huishouden":{"leeftijd":30},"werk":{"uren_per_week":"veel"}}"#)
        .unwrap_err();
    assert_eq!(e.veld, "werk.uren_per_week");
}

#[test]
fn dutch_amount_text_is_accepted_in_json() {
    let u = uit(
        r#"{"huishouden":{"leeftijd":30},"woning":{"kale_huur":"712,50"},
        "werk":{"uren_per_week":"24,5","uurloon":"€ 15,25"}}"#,
    );
    assert_eq!(u.met_werk.uren_per_week.0, 2450);
    assert!(u.marginale_druk.is_some());
    let json = serde_json::to_value(&u).unwrap();
    assert!(json["met_werk"]["totaal"].is_number());
    assert!(json["marginale_druk"].is_number());
}

#[test]
fn every_provisional_value_is_listed_in_the_documentation() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/rekenhulp.md"))
        .expect("docs/rekenhulp.md");
    for g in parameters(2026).unwrap().voorlopige_waarden() {
        assert!(
            doc.contains(&format!("`{}`", g.id)),
            "voorlopige parameter {} staat niet in docs/rekenhulp.md",
            g.id
        );
    }
}

#[test]
fn the_provisional_warning_names_the_amounts_a_person_sees_not_every_parameter() {
    let u = uit(r#"{"huishouden":{"leeftijd":40},"woning":{"kale_huur":600},
        "uitkering":{"soort":"bijstand","bedrag_per_maand":"1.401,47"},"werk":{"uren_per_week":20}}"#);
    let w = u
        .waarschuwingen
        .iter()
        .find(|w| w.starts_with("Sommige bedragen zijn nog voorlopig"))
        .expect("a provisional warning");
    let voorlopig: Vec<&str> = u
        .zonder_werk
        .lijnen
        .iter()
        .chain(&u.met_werk.lijnen)
        .filter(|r| r.voorlopig)
        .map(|r| r.naam.as_str())
        .collect();
    assert!(!voorlopig.is_empty());
    // On paper there is no 'Waarom?' to open: the warning names the mark that is printed too.
    assert!(w.contains("In de tabel staat er een * bij"), "{w}");
    for naam in &voorlopig {
        assert!(w.contains(naam), "{naam} missing from: {w}");
    }
    // Parameter labels (like the huurtoeslag's "aftoppingsgrens") stay under "waarom?".
    assert!(!w.contains("aftoppingsgrens"), "{w}");
    assert!(w.len() < 400, "{} characters: {w}", w.len());
}

#[test]
fn a_line_shows_the_parameters_its_formula_read() {
    // WGA after the LGU, earning between 50% and 100% of the RVC: the loonaanvulling reads the
    // RVC limit, the class percentage (for the floor of art. 61 lid 5) and the minimum wage; it
    // does not read the WW percentages of the first months, nor anything of the toeslagen.
    let u = uit(r#"{"peildatum":"2026-03-01","huishouden":{"leeftijd":50},
        "uitkering":{"soort":"wga","maandloon":2600,"rvc":1650},"werk":{"uren_per_week":12,"uurloon":15}}"#);
    let regel = |id: &str| {
        u.met_werk
            .lijnen
            .iter()
            .find(|r| r.id == id)
            .unwrap_or_else(|| panic!("{id}"))
            .parameters
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
    };
    let wga = regel("uitkering");
    for id in [
        "wga.rvc_grens",
        "wga.vervolg.35_45",
        "wml.maand",
        "vakantiegeld.loon",
        "uwv.maximumdagloon",
        "ib.schijf1.tarief",
    ] {
        assert!(wga.contains(&id.to_string()), "{id} ontbreekt: {wga:?}");
    }
    for id in [
        "wga.pct.eerste",
        "wga.eerste_maanden",
        "wga.vervolg.55_65",
        "zt.standaardpremie",
        "ht.huurgrens",
    ] {
        assert!(
            !wga.contains(&id.to_string()),
            "{id} niet gelezen maar getoond: {wga:?}"
        );
    }
    let zt = regel("zorgtoeslag");
    assert!(
        zt.iter()
            .all(|p| p.starts_with("zt.") || p.starts_with("awir.")),
        "{zt:?}"
    );
    // The net wage at the default minimum wage reads the minimum wage; with an own wage it does not.
    let u = uit(
        r#"{"peildatum":"2026-03-01","huishouden":{"leeftijd":30},"werk":{"uren_per_week":20}}"#,
    );
    assert!(u.met_werk.lijnen[0]
        .parameters
        .iter()
        .any(|p| p == "wml.uur"));
    let u = uit(
        r#"{"peildatum":"2026-03-01","huishouden":{"leeftijd":30},"werk":{"uren_per_week":20,"uurloon":16}}"#,
    );
    assert!(!u.met_werk.lijnen[0]
        .parameters
        .iter()
        .any(|p| p == "wml.uur"));
}

#[test]
fn the_result_says_which_dates_amounts_it_uses_and_what_is_missing() {
    let u = uit(
        r#"{"peildatum":"2026-03-01","huishouden":{"leeftijd":35},"uitkering":{"soort":"bijstand"}}"#,
    );
    assert_eq!(u.bedragen.van, "2026-01-01");
    assert!(u.bedragen.ontbreekt.is_none());
    assert!(
        u.bedragen.tekst.contains("1 januari 2026"),
        "{}",
        u.bedragen.tekst
    );
    let u = uit(
        r#"{"peildatum":"2026-12-01","huishouden":{"leeftijd":35},"uitkering":{"soort":"bijstand"},"werk":{"uren_per_week":16}}"#,
    );
    assert_eq!(u.bedragen.van, "2026-07-01");
    assert!(u.bedragen.ontbreekt.is_none(), "{:?}", u.bedragen);
    // The timeline crosses 1 January 2027, for which most amounts are not known yet: it says so.
    let jan = &u.tijdlijn[1];
    assert_eq!(jan.periode, "2027-01");
    assert!(
        jan.gebeurtenissen
            .iter()
            .any(|g| g.contains("1 januari 2027") && g.contains("Nog niet bekend")),
        "{:?}",
        jan.gebeurtenissen
    );
    // A start in 2027: the result names the missing amounts and says they are not included.
    let u = uit(
        r#"{"peildatum":"2027-03-01","huishouden":{"leeftijd":35},"uitkering":{"soort":"bijstand"},"werk":{"uren_per_week":16}}"#,
    );
    let o = u.bedragen.ontbreekt.as_ref().expect("ontbrekende bedragen");
    assert_eq!(o.datum, "2027-01-01");
    assert!(
        o.parameters
            .iter()
            .any(|p| p == "bijstand.norm.alleenstaande"),
        "{o:?}"
    );
    assert!(
        o.onderdelen.iter().any(|n| n.starts_with("Bijstand")),
        "{o:?}"
    );
    // Each line with the dates of the older amounts it really uses (review of issue 14, finding
    // 9: the net wage, the zorgtoeslag and the huurtoeslag use those of 1 January 2026, not of
    // 1 July 2026).
    assert_eq!(
        u.bedragen.tekst,
        "De bedragen van 1 januari 2027 zijn nog niet allemaal bekend. Daarom gelden hier de \
         laatst bekende bedragen: voor Bijstand (netto) en Nettoloon die van 1 januari 2026 en \
         1 juli 2026; voor Zorgtoeslag die van 1 januari 2026. Wel al bekend en gebruikt, van 1 \
         januari 2027: Normpremie zorgtoeslag: percentage van het drempelinkomen, zonder \
         toeslagpartner; Normpremie zorgtoeslag: percentage van het inkomen boven het \
         drempelinkomen. Wat er verder sinds 1 januari 2027 veranderd is, zit er niet in."
    );
    assert!(u.waarschuwingen.contains(&u.bedragen.tekst));
    // A start in December 2027, the last month: January 2028 says its amounts are not known.
    let u = uit(
        r#"{"peildatum":"2027-12-01","huishouden":{"leeftijd":35},"uitkering":{"soort":"bijstand"},"werk":{"uren_per_week":16}}"#,
    );
    assert_eq!(u.tijdlijn[1].periode, "2028-01");
    assert!(
        u.tijdlijn[1].gebeurtenissen.iter().any(|g| g
            .starts_with("Vanaf 1 januari 2028 gelden nieuwe bedragen die nog niet bekend zijn")),
        "{:?}",
        u.tijdlijn[1].gebeurtenissen
    );
    // July amounts are used from July on: the minimum wage of € 14,99.
    let u = uit(
        r#"{"peildatum":"2026-08-01","huishouden":{"leeftijd":35},"werk":{"uren_per_week":10}}"#,
    );
    assert!(
        u.met_werk.lijnen[0].uitleg.contains("€ 14,99"),
        "{}",
        u.met_werk.lijnen[0].uitleg
    );
}

/// Issue 16 point 1 and 13: the answer tells the gain of every period of the first year with
/// when it applies; a period's difference is the difference of the totals as shown; an event
/// only where it changes a total.
#[test]
fn the_answer_tells_every_period_and_when_it_applies() {
    let u = uit(
        r#"{"peildatum":"2026-12-01","huishouden":{"leeftijd":35},"woning":{"kale_huur":650},"uitkering":{"soort":"bijstand"},"werk":{"uren_per_week":20}}"#,
    );
    let zinnen: Vec<&str> = u.perioden.iter().map(|p| p.zin.as_str()).collect();
    assert_eq!(
        zinnen,
        [
            "De eerste 6 maanden (december 2026 tot en met mei 2027) gaat u er ongeveer € 285 per maand op vooruit.",
            "Vanaf juni 2027 houdt u per maand ongeveer evenveel over.",
        ]
    );
    assert_eq!(u.perioden[0].wanneer_kort, "tot en met mei 2027");
    assert_eq!(u.perioden[1].wanneer_kort, "vanaf juni 2027");
    assert!(u.perioden[1].waarom[0].starts_with("De vrijlating in de bijstand stopt"));
    // The new amounts of January 2027 leave the difference as it is: inside the first period.
    assert!(u.perioden[0].waarom[0].starts_with("Nieuwe bedragen vanaf 1 januari 2027"));
    for p in &u.perioden {
        assert_eq!(
            p.verschil,
            p.met_werk.round_to_euro() - p.zonder_werk.round_to_euro()
        );
    }
    // At 32 hours the bijstand is nil with and without the vrijlating: no event in month 7, and
    // one period for the whole year.
    let u = uit(
        r#"{"peildatum":"2026-12-01","huishouden":{"leeftijd":35},"woning":{"kale_huur":650},"uitkering":{"soort":"bijstand"},"werk":{"uren_per_week":32}}"#,
    );
    assert!(
        u.tijdlijn[6].gebeurtenissen.is_empty(),
        "{:?}",
        u.tijdlijn[6]
    );
    assert_eq!(u.perioden.len(), 1);
    // The bijstand is € 0 from the first month: the answer says so first (fresh-eyes review §4).
    assert!(u.perioden[0].zin.starts_with(
        "U krijgt geen bijstand meer: uw nettoloon is hoger dan de bijstandsnorm. U gaat er ongeveer € 647 per maand op vooruit. Dat geldt voor elk van de eerste 12 maanden"
    ), "{}", u.perioden[0].zin);
    assert_eq!(u.perioden[0].wanneer_kort, "");
    // WW from December with work: the holiday-pay month of May is a period of its own.
    let u = uit(
        r#"{"peildatum":"2026-12-01","huishouden":{"leeftijd":35},"woning":{"kale_huur":650},"uitkering":{"soort":"ww","maandloon":3200},"werk":{"uren_per_week":20}}"#,
    );
    let mei = u.perioden.iter().find(|p| p.van == "2027-05").expect("mei");
    assert_eq!((mei.van_maand, mei.tot_maand), (6, 6));
    assert!(
        mei.zin.starts_with("In mei 2027 gaat u er ongeveer"),
        "{}",
        mei.zin
    );
    assert!(mei.waarom[0].contains("vakantiegeld"));
}

/// Issue 16 point 8: one note per cause; "the vrijlating stops" is never said on the curve (it
/// stops in time, not with the hours); no "hoogstens 0 cent"; the chart says which month.
#[test]
fn the_chart_notes_name_each_cause_once_and_truly() {
    let p = parameters(2026).unwrap();
    let curve =
        |json: &str| werkkeuze_core::income::curve(&lees_scenario(json).unwrap(), p).unwrap();
    for json in [
        r#"{"peildatum":"2026-12-01","huishouden":{"leeftijd":35},"woning":{"kale_huur":650},"uitkering":{"soort":"bijstand"}}"#,
        r#"{"peildatum":"2026-12-01","huishouden":{"leeftijd":24,"kinderen":[4]},"woning":{"kale_huur":650},"uitkering":{"soort":"bijstand"}}"#,
        r#"{"peildatum":"2026-12-01","huishouden":{"leeftijd":40,"kinderen":[3,9]},"woning":{"kale_huur":700},"uitkering":{"soort":"ww","maandloon":2600}}"#,
    ] {
        let c = curve(json);
        let mut koppen: Vec<&str> = c.notities.iter().map(|n| n.kop.as_str()).collect();
        let n = koppen.len();
        koppen.sort();
        koppen.dedup();
        assert_eq!(koppen.len(), n, "a cause has two notes: {koppen:?}");
        for n in &c.notities {
            let t = format!("{}: {}. {}", n.waar, n.kop, n.uitleg);
            assert!(!t.contains("stopt de vrijlating"), "{t}");
            assert!(!t.contains("hoogstens 0 cent"), "{t}");
        }
        for t in &c.trajecten {
            assert!((1..=c.notities.len()).contains(&t.notitie));
        }
        assert!(c.over.contains("december 2026"), "{}", c.over);
    }
    // Under 27 there is no vrijlating: the note says the whole wage is deducted.
    let c = curve(
        r#"{"peildatum":"2026-12-01","huishouden":{"leeftijd":24,"kinderen":[4]},"woning":{"kale_huur":650},"uitkering":{"soort":"bijstand"}}"#,
    );
    assert!(c.notities[0]
        .kop
        .starts_with("u mag geen deel van uw loon houden"));
    assert_eq!(
        c.notities[0].uitleg,
        "Daar houdt u van een euro die u bruto extra verdient niets over."
    );
    // At 35 the 25% is at its maximum from 16,5 hours.
    let c = curve(
        r#"{"peildatum":"2026-12-01","huishouden":{"leeftijd":35},"woning":{"kale_huur":650},"uitkering":{"soort":"bijstand"}}"#,
    );
    assert!(c
        .notities
        .iter()
        .any(|n| n.waar == "Van 16,5 tot 25 uur" && n.kop.contains("€ 285,00")));
}

/// Issue 16 point 5: a line's "waarom?" says each sentence once, and every sentence of the
/// explanations without and with work is in it, whole (it starts with a capital).
#[test]
fn a_waarom_says_each_sentence_once_and_loses_none() {
    use werkkeuze_core::income::uitleg::{waarom, zinnen};
    for json in [
        r#"{"peildatum":"2026-12-01","huishouden":{"leeftijd":35},"woning":{"kale_huur":650},"uitkering":{"soort":"bijstand"},"werk":{"uren_per_week":20}}"#,
        r#"{"peildatum":"2026-12-01","huishouden":{"leeftijd":31,"kinderen":[5,13]},"woning":{"kale_huur":900},"uitkering":{"soort":"ww","maandloon":2600},"werk":{"uren_per_week":23}}"#,
        r#"{"peildatum":"2026-12-01","huishouden":{"leeftijd":45},"woning":{"kale_huur":650},"uitkering":{"soort":"wga","maandloon":3200,"rvc":1600},"werk":{"uren_per_week":12}}"#,
        r#"{"peildatum":"2026-12-01","huishouden":{"leeftijd":30},"uitkering":{"soort":"wajong","loonwaarde":0.5},"werk":{"uren_per_week":36}}"#,
    ] {
        let u = uit(json);
        for id in [
            "nettoloon",
            "uitkering",
            "zorgtoeslag",
            "huurtoeslag",
            "kindgebonden_budget",
        ] {
            let z = u
                .zonder_werk
                .lijnen
                .iter()
                .find(|r| r.id == id)
                .map(|r| r.uitleg.as_str());
            let m = u
                .met_werk
                .lijnen
                .iter()
                .find(|r| r.id == id)
                .map(|r| r.uitleg.as_str());
            if z.is_none() && m.is_none() {
                continue;
            }
            let w = waarom(z, m);
            let alle: Vec<&String> = w.beide.iter().chain(&w.zonder).chain(&w.met).collect();
            for s in &alle {
                assert!(
                    s.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c == '€'),
                    "{id}: '{s}'"
                );
            }
            for (t, deel) in [(z, &w.zonder), (m, &w.met)] {
                for s in t.map(zinnen).unwrap_or_default() {
                    assert!(
                        w.beide.iter().chain(deel.iter()).any(|x| x == s),
                        "{id}: '{s}' lost"
                    );
                }
            }
            let mut uniek = alle.clone();
            uniek.sort();
            uniek.dedup();
            assert_eq!(uniek.len(), alle.len(), "{id}: a sentence twice");
        }
    }
}
