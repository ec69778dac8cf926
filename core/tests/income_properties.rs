//! Properties of the income engine (proptest): no panic on any input; the total is the sum of
//! its lines; no negative toeslag; each toeslag never rises with income; Wajong income with work
//! exceeds income without; the WGA cliff at 50% of the RVC is found by the cliff finder.

use proptest::prelude::*;
use werkkeuze_core::income::{
    bereken, curve, huurtoeslag, kindgebonden_budget, lees_scenario, parameters, reken,
    zorgtoeslag, GemeentelijkeRegeling, Huishouden, Partner, Scenario, TrajectSoort, Uitkering,
    Uren, Werk, Woning,
};
use werkkeuze_core::money::Cents;

fn cents(max: i64) -> impl Strategy<Value = Cents> {
    (0..=max).prop_map(Cents)
}

fn uitkering() -> impl Strategy<Value = Uitkering> {
    prop_oneof![
        Just(Uitkering::Geen),
        (
            proptest::option::of(cents(300_000)),
            any::<bool>(),
            0i64..40
        )
            .prop_map(|(b, m, g)| Uitkering::Bijstand {
                bedrag_per_maand: b,
                medische_urenbeperking: m,
                vrijlating_maanden_gehad: g,
            }),
        (any::<bool>(), proptest::option::of(0.3f64..1.0)).prop_map(|(av, lw)| {
            Uitkering::Wajong {
                arbeidsvermogen: av || lw.is_some(),
                loonwaarde: lw,
                bedrag_per_maand: None,
            }
        }),
        (200_000i64..800_000, 0u32..=65, 0i64..30, 0i64..5).prop_map(|(ml, pct, r, g)| {
            Uitkering::Wga {
                maandloon: Cents(ml),
                rvc: Cents(ml * i64::from(pct) / 100),
                loongerelateerd_maanden_resterend: r,
                loongerelateerd_maanden_gehad: g,
            }
        }),
        (100_000i64..800_000).prop_map(|ml| Uitkering::Iva {
            maandloon: Cents(ml)
        }),
        (
            100_000i64..800_000,
            0i64..10,
            proptest::option::of(0i64..20)
        )
            .prop_map(|(ml, g, r)| Uitkering::Ww {
                maandloon: Cents(ml),
                maanden_gehad: g,
                maanden_resterend: r,
            }),
        (100_000i64..800_000).prop_map(|ml| Uitkering::Ziektewet {
            maandloon: Cents(ml)
        }),
    ]
}

/// A valid scenario.
fn scenario() -> impl Strategy<Value = Scenario> {
    (
        21i64..67,
        proptest::option::of((21i64..67, cents(500_000))),
        proptest::collection::vec(0i64..18, 0..4),
        0i64..3,
        proptest::option::of(cents(150_000)),
        uitkering(),
        0i64..=120,
        proptest::option::of(1_000i64..4_000),
        proptest::option::of((cents(20_000), cents(20_000))),
    )
        .prop_map(
            |(
                leeftijd,
                partner,
                kinderen,
                kostendelers,
                huur,
                uitkering,
                halve_uren,
                uurloon,
                gem,
            )| {
                Scenario {
                    jaar: None,
                    peildatum: None,
                    huishouden: Huishouden {
                        leeftijd,
                        partner: partner.map(|(l, b)| Partner {
                            leeftijd: Some(l),
                            bruto_inkomen_per_maand: b,
                        }),
                        kinderen,
                        kostendelers,
                        kostendelers_inkomen_per_maand: None,
                        vermogen: None,
                    },
                    woning: huur.map(|h| Woning { kale_huur: h }),
                    uitkering,
                    werk: Werk {
                        uren_per_week: Uren(halve_uren * 50),
                        uurloon: uurloon.map(Cents),
                        vakantiegeld_maand: None,
                    },
                    gemeentelijk: gem
                        .map(|(z, m)| {
                            vec![GemeentelijkeRegeling {
                                naam: "Individuele inkomenstoeslag".into(),
                                zonder_werk: z,
                                met_werk: m,
                            }]
                        })
                        .unwrap_or_default(),
                }
            },
        )
}

/// Any scenario, including nonsense values.
fn wild_scenario() -> impl Strategy<Value = Scenario> {
    (
        any::<i64>(),
        proptest::collection::vec(any::<i64>(), 0..4),
        any::<i64>(),
        proptest::option::of(any::<i64>()),
        any::<i64>(),
        any::<i64>(),
        any::<i64>(),
        proptest::option::of(any::<f64>()),
        any::<i32>(),
    )
        .prop_map(
            |(leeftijd, kinderen, kd, huur, uren, ml, rvc, lw, jaar)| Scenario {
                jaar: if jaar % 2 == 0 { None } else { Some(jaar) },
                peildatum: None,
                huishouden: Huishouden {
                    leeftijd,
                    partner: None,
                    kinderen,
                    kostendelers: kd,
                    kostendelers_inkomen_per_maand: None,
                    vermogen: None,
                },
                woning: huur.map(|h| Woning {
                    kale_huur: Cents(h),
                }),
                uitkering: match ml.rem_euclid(4) {
                    0 => Uitkering::Wga {
                        maandloon: Cents(ml),
                        rvc: Cents(rvc),
                        loongerelateerd_maanden_resterend: rvc,
                        loongerelateerd_maanden_gehad: ml,
                    },
                    1 => Uitkering::Wajong {
                        arbeidsvermogen: true,
                        loonwaarde: lw,
                        bedrag_per_maand: Some(Cents(rvc)),
                    },
                    2 => Uitkering::Bijstand {
                        bedrag_per_maand: Some(Cents(ml)),
                        medische_urenbeperking: true,
                        vrijlating_maanden_gehad: rvc,
                    },
                    _ => Uitkering::Ww {
                        maandloon: Cents(ml),
                        maanden_gehad: rvc,
                        maanden_resterend: Some(ml),
                    },
                },
                werk: Werk {
                    uren_per_week: Uren(uren),
                    uurloon: Some(Cents(rvc)),
                    // 0 and 13 are refused, 1 to 12 are months.
                    vakantiegeld_maand: Some(uren.rem_euclid(14) as u32),
                },
                gemeentelijk: Vec::new(),
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    #[test]
    fn no_panic_on_any_scenario(s in wild_scenario()) {
        let p = parameters(2026).unwrap();
        let _ = bereken(&s, p);
        let _ = curve(&s, p);
    }

    #[test]
    fn no_panic_on_any_text(t in ".{0,300}") {
        let _ = lees_scenario(&t);
    }

    #[test]
    fn no_panic_on_json_like_text(t in r#"\{"huishouden":\{"leeftijd":-?[0-9]{1,4}\},"uitkering":\{"soort":"[a-z]{2,9}"(,"[a-z_]{3,12}":-?[0-9.e]{1,8})?\},"werk":\{"uren_per_week":-?[0-9.]{1,6}\}\}"#) {
        if let Ok(s) = lees_scenario(&t) {
            let _ = bereken(&s, parameters(2026).unwrap());
        }
    }

    #[test]
    fn total_is_the_sum_of_lines_and_no_toeslag_is_negative(s in scenario()) {
        let p = parameters(2026).unwrap();
        if let Ok(u) = bereken(&s, p) {
            for beeld in [&u.zonder_werk, &u.met_werk] {
                let som: Cents = beeld.lijnen.iter().map(|r| r.bedrag).sum();
                prop_assert_eq!(som, beeld.totaal);
                for r in &beeld.lijnen {
                    if ["zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "kinderbijslag"].contains(&r.id.as_str()) {
                        prop_assert!(r.bedrag >= Cents::ZERO, "{} negatief", r.id);
                    }
                    prop_assert!(!r.uitleg.is_empty());
                    let mut ids: Vec<&str> = r.parameters.iter().map(|c| c.as_ref()).collect();
                    let n = ids.len();
                    ids.sort_unstable();
                    ids.dedup();
                    prop_assert_eq!(ids.len(), n, "dubbele parameter in regel {}", r.id);
                    for id in &ids {
                        prop_assert!(u.bronnen.iter().any(|b| b.id == *id), "{} zonder bron", id);
                    }
                    prop_assert!(!r.regels.is_empty() || r.id == "gemeentelijk");
                }
            }
            prop_assert_eq!(u.verschil, u.met_werk.totaal - u.zonder_werk.totaal);
            prop_assert_eq!(u.tijdlijn.len(), 12);
            prop_assert_eq!(u.tijdlijn[0].met_werk, u.met_werk.totaal);
            // The timeline only recomputes changed months: it must equal a full recomputation,
            // each month with the amounts valid in that month (the scenario starts in January).
            let inv = reken::valideer(&s, p, werkkeuze_core::Taal::Nl).unwrap();
            for t in &u.tijdlijn {
                let m = i64::from(t.maand);
                let periode = p.periode_van(&format!("{}-01", t.periode)).unwrap();
                let inv = inv.op_periode(p, periode).unwrap();
                prop_assert_eq!(t.met_werk, reken::reken_maand(&inv, inv.uren, m).totaal);
                prop_assert_eq!(t.zonder_werk, reken::reken_maand(&inv, Uren(0), m).totaal);
            }
            let c = curve(&s, p).unwrap();
            prop_assert_eq!(c.punten.len(), 81);
            for pt in &c.punten {
                let o = &pt.onderdelen;
                let som = o.nettoloon + o.uitkering + o.partner + o.zorgtoeslag + o.huurtoeslag
                    + o.kindgebonden_budget + o.kinderbijslag + o.gemeentelijk;
                prop_assert_eq!(som, pt.totaal);
                prop_assert!(o.zorgtoeslag >= Cents::ZERO && o.huurtoeslag >= Cents::ZERO && o.kindgebonden_budget >= Cents::ZERO);
            }
        }
    }

    #[test]
    fn toeslagen_never_rise_with_income(
        a in 0i64..15_000_000, d in 0i64..5_000_000, partner in any::<bool>(),
        huur in 0i64..150_000, personen in 1u32..6, jong in any::<bool>(),
        kinderen in proptest::collection::vec(0i64..18, 0..4),
    ) {
        let w = &werkkeuze_core::income::Lees::new(
            parameters(2026).unwrap().waarden_op("2026-01-01").unwrap(),
        );
        let (laag, hoog) = (Cents(a), Cents(a + d));
        let zt = |x| zorgtoeslag::zorgtoeslag(w, x, partner, None);
        prop_assert!(zt(hoog).per_jaar <= zt(laag).per_jaar);
        prop_assert!(zt(hoog).per_maand <= zt(laag).per_maand);
        let ht = |x| huurtoeslag::huurtoeslag(w, &huurtoeslag::Huishouden {
            kale_huur: Cents(huur), personen, jonger_dan_21: jong, inkomen: x, vermogen: None, partner,
        });
        prop_assert!(ht(hoog).per_maand <= ht(laag).per_maand);
        prop_assert!(ht(hoog).per_maand >= Cents::ZERO);
        let kgb = |x| kindgebonden_budget::kindgebonden_budget(w, &kinderen, partner, x);
        prop_assert!(kgb(hoog).per_jaar <= kgb(laag).per_jaar);
        prop_assert!(kgb(hoog).per_maand <= kgb(laag).per_maand);
        prop_assert!(kgb(hoog).per_maand >= Cents::ZERO);
    }

    #[test]
    fn wajong_income_with_work_exceeds_income_without(
        leeftijd in 18i64..67,
        halve_uren in 2i64..=80,
        uurloon in proptest::option::of(1_000i64..3_000),
        arbeidsvermogen in any::<bool>(),
        loonwaarde in proptest::option::of(0.35f64..1.0),
        huur in proptest::option::of(30_000i64..120_000),
        kinderen in proptest::collection::vec(0i64..18, 0..3),
    ) {
        let s = Scenario {
            jaar: None,
            peildatum: None,
            huishouden: Huishouden { leeftijd, partner: None, kinderen, kostendelers: 0, kostendelers_inkomen_per_maand: None, vermogen: None },
            woning: huur.map(|h| Woning { kale_huur: Cents(h) }),
            uitkering: Uitkering::Wajong {
                arbeidsvermogen: arbeidsvermogen || loonwaarde.is_some(),
                loonwaarde,
                bedrag_per_maand: None,
            },
            werk: Werk { uren_per_week: Uren(halve_uren * 50), uurloon: uurloon.map(Cents), vakantiegeld_maand: None },
            gemeentelijk: Vec::new(),
        };
        let u = bereken(&s, parameters(2026).unwrap()).unwrap();
        prop_assert!(u.met_werk.totaal > u.zonder_werk.totaal,
            "met {} zonder {}", u.met_werk.totaal, u.zonder_werk.totaal);
    }

    #[test]
    fn wga_cliff_at_half_the_rvc_is_found(
        maandloon in 250_000i64..500_000,
        ao_pct in 36i64..78,
        uurloon in 1_500i64..3_000,
    ) {
        let rvc = maandloon * (100 - ao_pct) / 100;
        let s = Scenario {
            jaar: None,
            peildatum: None,
            huishouden: Huishouden { leeftijd: 45, partner: None, kinderen: vec![], kostendelers: 0, kostendelers_inkomen_per_maand: None, vermogen: None },
            woning: None,
            uitkering: Uitkering::Wga {
                maandloon: Cents(maandloon),
                rvc: Cents(rvc),
                loongerelateerd_maanden_resterend: 0,
                loongerelateerd_maanden_gehad: 0,
            },
            werk: Werk { uren_per_week: Uren(0), uurloon: Some(Cents(uurloon)), vakantiegeld_maand: None },
            gemeentelijk: Vec::new(),
        };
        // Hours per week at which the wage with the holiday pay built up (as UWV counts income,
        // Algemeen Inkomensbesluit art. 4:1 lid 8) reaches 50% of the RVC.
        let grens_uren = (rvc as f64 / 2.0) / (uurloon as f64 * 52.0 / 12.0 * 1.08);
        prop_assume!(grens_uren > 0.5 && grens_uren < 39.5);
        // There is only a cliff when the loonaanvulling is higher than the vervolguitkering (at
        // low AO classes it can be lower); require a clear step of € 100 gross.
        let vervolg_pct = match ao_pct { 35..=44 => 28.0, 45..=54 => 35.0, 55..=64 => 42.0, _ => 50.75 };
        // G × H with H the WIA minimumloon including holiday pay (art. 12 lid 1 b).
        let vervolg = vervolg_pct / 100.0 * (229_440.0f64 * 1.08).min(maandloon as f64);
        let loonaanvulling = 0.7 * (maandloon - rvc) as f64;
        prop_assume!(loonaanvulling - vervolg > 10_000.0);
        let c = curve(&s, parameters(2026).unwrap()).unwrap();
        // The wage and its holiday pay are each rounded to the cent, so the step can fall in the
        // half hour before a limit that lies a hair above a half hour (7,50005 hours): allow that.
        let gevonden = c.trajecten.iter().any(|t| {
            t.soort == TrajectSoort::Drempel
                && t.oorzaak == "uitkering"
                && t.van_uren.als_f64() <= grens_uren + 0.01
                && grens_uren - 0.01 <= t.tot_uren.als_f64()
        });
        prop_assert!(gevonden, "grens bij {grens_uren} uur niet gevonden: {:?}", c.trajecten);
    }
}
