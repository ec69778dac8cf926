//! Benchmarks of the income engine: one full scenario and one full 81-point curve.
//! Run: `cargo bench -p werkkeuze-core --bench income`. Budget: scenario ≤ 20 µs, curve ≤ 2 ms,
//! in either language (only the language asked for is written).

use criterion::{black_box, criterion_group, criterion_main, Criterion};
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
}

criterion_group!(income, benches);
criterion_main!(income);
