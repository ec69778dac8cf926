//! Benchmarks of the income engine: one full scenario, one full 81-point curve, and the month
//! view (a year month by month, issue 18).
//! Run: `cargo bench -p werkkeuze-core --bench income`. Budget: scenario ≤ 20 µs, curve ≤ 2 ms,
//! in either language (only the language asked for is written); the month view ≤ 12 × the
//! scenario budget = 240 µs.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use werkkeuze_core::income::verloop::{bereken_verloop_in, lees_verloop};
use werkkeuze_core::income::{bereken, bereken_in, curve, lees_scenario, parameters};
use werkkeuze_core::Taal;

const BIJSTAND: &str = r#"{
  "huishouden": {"leeftijd": 34, "kinderen": [4, 9]},
  "woning": {"kale_huur": 720},
  "uitkering": {"soort": "bijstand"},
  "werk": {"uren_per_week": 16}
}"#;

const WGA: &str = r#"{
  "huishouden": {"leeftijd": 45, "partner": {"bruto_inkomen_per_maand": 1500}},
  "woning": {"kale_huur": 650},
  "uitkering": {"soort": "wga", "maandloon": 3200, "rvc": 1600},
  "werk": {"uren_per_week": 12, "uurloon": 16}
}"#;

/// The month view of the bijstand scenario: on-call hours, childcare, work costs, a job that ends.
const VERLOOP_BIJSTAND: &str = r#"{
  "scenario": {"huishouden": {"leeftijd": 34, "kinderen": [4, 9]}, "woning": {"kale_huur": 720},
    "uitkering": {"soort": "bijstand"}, "werk": {"uren_per_week": 16}},
  "werk": {"uren_per_maand": [0, 30, 12, 70, 0, 45], "stopt_na_maanden": 9},
  "kinderopvang": [{"soort": "bso", "uren_per_maand": 60, "uurprijs": 10}],
  "werkkosten": {"eigen_per_maand": 40}
}"#;

/// The month view of the WGA scenario with four-weekly pay and UWV's advance.
const VERLOOP_WGA: &str = r#"{
  "scenario": {"huishouden": {"leeftijd": 45, "partner": {"bruto_inkomen_per_maand": 1500}},
    "woning": {"kale_huur": 650}, "uitkering": {"soort": "wga", "maandloon": 3200, "rvc": 1600},
    "werk": {"uren_per_week": 12, "uurloon": 16}},
  "werk": {"loon_per": "vier_weken"}
}"#;

fn benches(c: &mut Criterion) {
    let p = parameters(2026).expect("parameters 2026");
    let bijstand = lees_scenario(BIJSTAND).expect("scenario");
    let wga = lees_scenario(WGA).expect("scenario");
    c.bench_function("scenario bijstand (12-maandentijdlijn)", |b| {
        b.iter(|| bereken(black_box(&bijstand), p).expect("uitkomst"))
    });
    c.bench_function("scenario bijstand in English", |b| {
        b.iter(|| bereken_in(black_box(&bijstand), p, Taal::En).expect("uitkomst"))
    });
    c.bench_function("scenario wga", |b| {
        b.iter(|| bereken(black_box(&wga), p).expect("uitkomst"))
    });
    c.bench_function("curve bijstand 81 punten", |b| {
        b.iter(|| curve(black_box(&bijstand), p).expect("curve"))
    });
    c.bench_function("curve wga 81 punten", |b| {
        b.iter(|| curve(black_box(&wga), p).expect("curve"))
    });
    for (naam, json) in [
        ("verloop bijstand 12 maanden", VERLOOP_BIJSTAND),
        ("verloop wga 12 maanden", VERLOOP_WGA),
    ] {
        let mut v = lees_verloop(json).expect("verloop");
        v.scenario.peildatum = Some("2026-03-01".into());
        c.bench_function(naam, |b| {
            b.iter(|| bereken_verloop_in(black_box(&v), p, Taal::Nl).expect("verloop"))
        });
    }
}

criterion_group!(income, benches);
criterion_main!(income);
