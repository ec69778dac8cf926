//! The English version of the income engine (issue 8): for a spread of scenarios (every benefit,
//! hours from 0 to 40 with their cliffs, every timeline event, every warning) and for every input
//! error, each text the engine writes in English is filled in, differs from the Dutch one and
//! contains no tell-tale Dutch word. Amounts never depend on the language.

use werkkeuze_core::income::{
    bereken_in, curve_in, lees_scenario, parameters, InvoerFout, Scenario, TrajectSoort,
};
use werkkeuze_core::money::Cents;
use werkkeuze_core::Taal;

/// Dutch words that do not occur in the English texts, not even inside the Dutch names that the
/// English keeps (bijstand, Wajong, WGA, zorgtoeslag, Dienst Toeslagen, …).
const DUTCH_WORDS: &[&str] = &[
    "de",
    "het",
    "uw",
    "u",
    "een",
    "wordt",
    "niet",
    "van",
    "en",
    "met",
    "voor",
    "geen",
    "bij",
    "zijn",
    "dat",
    "dan",
    "als",
    "ook",
    "naar",
    "tot",
    "op",
    "te",
    "om",
    "er",
    "die",
    "deze",
    "dit",
    "hier",
    "nu",
    "bent",
    "heeft",
    "krijgt",
    "gaat",
    "kan",
    "mag",
    "moet",
    "vul",
    "zoals",
    "minder",
    "meer",
    "zonder",
    "uur",
    "maand",
    "maanden",
    "jaar",
    "werk",
    "werken",
    "loon",
    "uitkering",
    "inkomen",
    "bedrag",
    "maandloon",
    "huur",
    "kind",
    "kinderen",
    "lid",
    "onderdeel",
    "stopt",
    "begint",
    "geldt",
];

/// The Dutch words of `text`, if any (compared as whole words, ignoring case and punctuation).
fn dutch_words(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    DUTCH_WORDS
        .iter()
        .copied()
        .filter(|d| words.contains(d))
        .collect()
}

fn check_pair(wat: &str, nl: &str, en: &str) {
    assert!(
        !en.trim().is_empty(),
        "{wat}: English is empty (Dutch: {nl})"
    );
    assert!(
        !nl.trim().is_empty(),
        "{wat}: Dutch is empty (English: {en})"
    );
    assert_ne!(nl, en, "{wat}: the English text is the Dutch one");
    let d = dutch_words(en);
    assert!(d.is_empty(), "{wat}: Dutch words {d:?} in English: {en}");
}

fn s(json: &str) -> Scenario {
    lees_scenario(json).unwrap_or_else(|e| panic!("{json}: {e}"))
}

/// Every benefit, the situations that give each line, each event and each warning.
fn scenarios() -> Vec<Scenario> {
    let mut v = Vec::new();
    let basis = [
        // No benefit, with a partner, children (one aged 1: the combination credit warning), rent.
        r#"{"huishouden":{"leeftijd":30,"partner":{"leeftijd":32,"bruto_inkomen_per_maand":1800},"kinderen":[1,7,13,16]},"woning":{"kale_huur":800},"uitkering":{"soort":"geen"}}"#,
        // Bijstand: the default rate (provisional), the 25% exemption ending after 6 months.
        r#"{"huishouden":{"leeftijd":35},"woning":{"kale_huur":650},"uitkering":{"soort":"bijstand"}}"#,
        // Bijstand with cost sharers and rent (the housemates warning), exemption already used.
        r#"{"huishouden":{"leeftijd":40,"kostendelers":2},"woning":{"kale_huur":700},"uitkering":{"soort":"bijstand","vrijlating_maanden_gehad":4}}"#,
        // Bijstand, single parent with a young child: the 12,5% exemption.
        r#"{"huishouden":{"leeftijd":29,"kinderen":[3]},"woning":{"kale_huur":600},"uitkering":{"soort":"bijstand"}}"#,
        // Bijstand with a medical limitation of hours and the amount from the letter.
        r#"{"huishouden":{"leeftijd":50},"uitkering":{"soort":"bijstand","medische_urenbeperking":true,"bedrag_per_maand":1400}}"#,
        // Bijstand with a partner under 21 (a warning) and partner income.
        r#"{"huishouden":{"leeftijd":24,"partner":{"leeftijd":20,"bruto_inkomen_per_maand":400}},"woning":{"kale_huur":500},"uitkering":{"soort":"bijstand","bedrag_per_maand":1900}}"#,
        // Bijstand, exemption no longer possible (used up).
        r#"{"huishouden":{"leeftijd":45},"uitkering":{"soort":"bijstand","vrijlating_maanden_gehad":6}}"#,
        // Wajong with and without capacity for work, with a wage exemption, with the amount.
        r#"{"huishouden":{"leeftijd":22},"uitkering":{"soort":"wajong"}}"#,
        r#"{"huishouden":{"leeftijd":22},"uitkering":{"soort":"wajong","arbeidsvermogen":false}}"#,
        r#"{"huishouden":{"leeftijd":26},"woning":{"kale_huur":550},"uitkering":{"soort":"wajong","loonwaarde":0.65,"bedrag_per_maand":1300}}"#,
        // WGA: wage-related benefit that ends (events), wage supplement, follow-up, full.
        r#"{"huishouden":{"leeftijd":45},"woning":{"kale_huur":650},"uitkering":{"soort":"wga","maandloon":3200,"rvc":1600,"loongerelateerd_maanden_resterend":3}}"#,
        r#"{"huishouden":{"leeftijd":45},"woning":{"kale_huur":650},"uitkering":{"soort":"wga","maandloon":3200,"rvc":1600,"loongerelateerd_maanden_resterend":5,"loongerelateerd_maanden_gehad":0}}"#,
        r#"{"huishouden":{"leeftijd":55},"uitkering":{"soort":"wga","maandloon":3000,"rvc":1500}}"#,
        r#"{"huishouden":{"leeftijd":55},"uitkering":{"soort":"wga","maandloon":3000,"rvc":300,"loongerelateerd_maanden_resterend":2}}"#,
        // IVA.
        r#"{"huishouden":{"leeftijd":58},"uitkering":{"soort":"iva","maandloon":2800}}"#,
        // WW: from 75% to 70%, the period ending, and stopping above 87,5%.
        r#"{"huishouden":{"leeftijd":38},"woning":{"kale_huur":700},"uitkering":{"soort":"ww","maandloon":2600,"maanden_resterend":4}}"#,
        r#"{"huishouden":{"leeftijd":38},"uitkering":{"soort":"ww","maandloon":1500,"maanden_gehad":3}}"#,
        // Ziektewet.
        r#"{"huishouden":{"leeftijd":33},"uitkering":{"soort":"ziektewet","maandloon":2300}}"#,
    ];
    for json in basis {
        for uren in [0, 8, 16, 20, 24, 32, 40] {
            let mut sc = s(json);
            sc.werk.uren_per_week = werkkeuze_core::income::Uren::heel(uren);
            v.push(sc);
        }
    }
    // A wage below the minimum (a warning), a start in July, and municipal schemes.
    v.push(s(
        r#"{"peildatum":"2026-07-01","huishouden":{"leeftijd":30},"woning":{"kale_huur":650},"uitkering":{"soort":"bijstand"},"werk":{"uren_per_week":20,"uurloon":9},"gemeentelijk":[{"naam":"Kwijtschelding","zonder_werk":30,"met_werk":0}]}"#,
    ));
    v.push(s(
        r#"{"huishouden":{"leeftijd":19},"uitkering":{"soort":"wajong"},"werk":{"uren_per_week":24.5}}"#,
    ));
    v
}

#[test]
fn every_english_text_of_a_result_is_english() {
    let p = parameters(2026).unwrap();
    let mut lijnen = std::collections::BTreeSet::new();
    let mut gebeurtenissen = std::collections::BTreeSet::new();
    let mut waarschuwingen = std::collections::BTreeSet::new();
    for sc in scenarios() {
        let nl = bereken_in(&sc, p, Taal::Nl).unwrap();
        let en = bereken_in(&sc, p, Taal::En).unwrap();
        assert_eq!(nl.met_werk.totaal, en.met_werk.totaal);
        assert_eq!(nl.zonder_werk.totaal, en.zonder_werk.totaal);
        assert_eq!(nl.bronnen, en.bronnen);
        assert_eq!(nl.regels, en.regels);
        for (a, b) in [
            (&nl.zonder_werk, &en.zonder_werk),
            (&nl.met_werk, &en.met_werk),
        ] {
            assert_eq!(a.lijnen.len(), b.lijnen.len());
            for (x, y) in a.lijnen.iter().zip(&b.lijnen) {
                assert_eq!((&x.id, x.bedrag), (&y.id, y.bedrag));
                check_pair(&format!("naam {}", x.id), &x.naam, &y.naam);
                check_pair(&format!("uitleg {}", x.id), &x.uitleg, &y.uitleg);
                lijnen.insert(y.uitleg.clone());
            }
        }
        for (x, y) in nl.tijdlijn.iter().zip(&en.tijdlijn) {
            assert_eq!(x.gebeurtenissen.len(), y.gebeurtenissen.len());
            for (a, b) in x.gebeurtenissen.iter().zip(&y.gebeurtenissen) {
                check_pair("gebeurtenis", a, b);
                // The kind of event: amounts and dates differ per scenario.
                let soort: String = b
                    .chars()
                    .map(|c| if c.is_ascii_digit() { '#' } else { c })
                    .collect();
                gebeurtenissen.insert(soort.replace("#.###", "###"));
            }
        }
        assert_eq!(nl.waarschuwingen.len(), en.waarschuwingen.len());
        for (a, b) in nl.waarschuwingen.iter().zip(&en.waarschuwingen) {
            check_pair("waarschuwing", a, b);
            // The kind of warning (the provisional one lists different values per scenario).
            waarschuwingen.insert(b.chars().take(30).collect::<String>());
        }
        // The sources list: names of the rules and labels of the parameters.
        for r in &en.regels {
            check_pair(&format!("regel {}", r.id), &r.naam, r.naam_in(Taal::En));
        }
        for b in &en.bronnen {
            check_pair(
                &format!("parameter {}", b.id),
                &b.label,
                b.label_in(Taal::En),
            );
        }
    }
    // The spread reaches every warning, many different explanations and every event that can
    // happen in a timeline that starts with the work (all of them, also the 2 that cannot, are
    // checked in `income::tests`), and the new amounts of 1 July 2026 and the missing ones of 2027;
    // the end of the vrijlating twice: with some bijstand left, and with none (the answer then
    // says that the bijstand stops).
    assert_eq!(gebeurtenissen.len(), 14, "{gebeurtenissen:#?}");
    assert_eq!(waarschuwingen.len(), 11, "{waarschuwingen:#?}");
    assert!(lijnen.len() > 150, "only {} explanations", lijnen.len());
}

#[test]
fn every_english_explanation_of_the_curve_is_english() {
    let p = parameters(2026).unwrap();
    let mut soorten = Vec::new();
    let mut wga_grens = false;
    for sc in scenarios() {
        let nl = curve_in(&sc, p, Taal::Nl).unwrap();
        let en = curve_in(&sc, p, Taal::En).unwrap();
        assert_eq!(nl.punten, en.punten);
        assert_eq!(nl.trajecten.len(), en.trajecten.len());
        for (a, b) in nl.trajecten.iter().zip(&en.trajecten) {
            assert_eq!((a.soort, &a.oorzaak), (b.soort, &b.oorzaak));
            check_pair(&format!("traject {:?}", a.soort), &a.uitleg, &b.uitleg);
            if !soorten.contains(&b.soort) {
                soorten.push(b.soort);
            }
            wga_grens |= b.uitleg.contains("That is the limit of");
        }
        assert_eq!(nl.notities.len(), en.notities.len());
        for (a, b) in nl.notities.iter().zip(&en.notities) {
            check_pair("notitie waar", &a.waar, &b.waar);
            check_pair("notitie kop", &a.kop, &b.kop);
            check_pair("notitie uitleg", &a.uitleg, &b.uitleg);
        }
        check_pair("grafiek", &nl.over, &en.over);
    }
    for soort in [
        TrajectSoort::InkomenDaalt,
        TrajectSoort::HogeMarginaleDruk,
        TrajectSoort::Drempel,
    ] {
        assert!(soorten.contains(&soort), "no stretch of kind {soort:?}");
    }
    assert!(wga_grens, "the WGA cliff was not reached");
}

fn fout(sc: &Scenario, taal: Taal) -> InvoerFout {
    let p = parameters(2026).unwrap();
    let a = bereken_in(sc, p, taal).expect_err("an error");
    let b = curve_in(sc, p, taal).expect_err("an error");
    assert_eq!(a, b);
    a
}

#[test]
fn every_input_error_is_english_on_the_english_page() {
    let mut gevallen: Vec<Scenario> = [
        r#"{"jaar":2031,"huishouden":{"leeftijd":30}}"#,
        r#"{"peildatum":"2026-13-01","huishouden":{"leeftijd":30}}"#,
        r#"{"huishouden":{"leeftijd":70}}"#,
        r#"{"huishouden":{"leeftijd":10}}"#,
        r#"{"huishouden":{"leeftijd":30,"partner":{"leeftijd":130}}}"#,
        r#"{"huishouden":{"leeftijd":30,"partner":{"bruto_inkomen_per_maand":200000}}}"#,
        r#"{"huishouden":{"leeftijd":30,"kinderen":[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}}"#,
        r#"{"huishouden":{"leeftijd":30,"kinderen":[18]}}"#,
        r#"{"huishouden":{"leeftijd":30,"kostendelers":25}}"#,
        r#"{"huishouden":{"leeftijd":30},"woning":{"kale_huur":20000}}"#,
        r#"{"huishouden":{"leeftijd":30},"werk":{"uren_per_week":70}}"#,
        r#"{"huishouden":{"leeftijd":30},"werk":{"uurloon":600}}"#,
        r#"{"huishouden":{"leeftijd":17},"uitkering":{"soort":"bijstand"}}"#,
        r#"{"huishouden":{"leeftijd":19},"uitkering":{"soort":"bijstand"}}"#,
        r#"{"huishouden":{"leeftijd":30},"uitkering":{"soort":"bijstand","bedrag_per_maand":20000}}"#,
        r#"{"huishouden":{"leeftijd":30},"uitkering":{"soort":"bijstand","vrijlating_maanden_gehad":700}}"#,
        r#"{"huishouden":{"leeftijd":17},"uitkering":{"soort":"wajong"}}"#,
        r#"{"huishouden":{"leeftijd":30},"uitkering":{"soort":"wajong","bedrag_per_maand":20000}}"#,
        r#"{"huishouden":{"leeftijd":30},"uitkering":{"soort":"wajong","loonwaarde":1.5}}"#,
        r#"{"huishouden":{"leeftijd":30},"uitkering":{"soort":"wajong","loonwaarde":0.5,"arbeidsvermogen":false}}"#,
        r#"{"huishouden":{"leeftijd":30},"uitkering":{"soort":"wga","maandloon":0,"rvc":0}}"#,
        r#"{"huishouden":{"leeftijd":30},"uitkering":{"soort":"wga","maandloon":200000,"rvc":0}}"#,
        r#"{"huishouden":{"leeftijd":30},"uitkering":{"soort":"wga","maandloon":2000,"rvc":2500}}"#,
        r#"{"huishouden":{"leeftijd":30},"uitkering":{"soort":"wga","maandloon":2000,"rvc":1900}}"#,
        r#"{"huishouden":{"leeftijd":30},"uitkering":{"soort":"wga","maandloon":2000,"rvc":500,"loongerelateerd_maanden_resterend":700}}"#,
        r#"{"huishouden":{"leeftijd":30},"uitkering":{"soort":"iva","maandloon":0}}"#,
        r#"{"huishouden":{"leeftijd":30},"uitkering":{"soort":"ziektewet","maandloon":0}}"#,
        r#"{"huishouden":{"leeftijd":30},"uitkering":{"soort":"ww","maandloon":0}}"#,
        r#"{"huishouden":{"leeftijd":30},"uitkering":{"soort":"ww","maandloon":2000,"maanden_gehad":700}}"#,
        r#"{"huishouden":{"leeftijd":30},"uitkering":{"soort":"ww","maandloon":2000,"maanden_resterend":700}}"#,
        r#"{"huishouden":{"leeftijd":30},"gemeentelijk":[{"naam":" ","zonder_werk":1,"met_werk":1}]}"#,
        r#"{"huishouden":{"leeftijd":30},"gemeentelijk":[{"naam":"x","zonder_werk":20000,"met_werk":1}]}"#,
    ]
    .iter()
    .map(|j| s(j))
    .collect();
    let mut veel = s(r#"{"huishouden":{"leeftijd":30}}"#);
    veel.gemeentelijk = (0..51)
        .map(|i| werkkeuze_core::income::GemeentelijkeRegeling {
            naam: format!("r{i}"),
            zonder_werk: Cents::ZERO,
            met_werk: Cents::ZERO,
        })
        .collect();
    gevallen.push(veel);
    // A negative amount can only come from code, not from JSON.
    let mut negatief = s(r#"{"huishouden":{"leeftijd":30}}"#);
    negatief.werk.uurloon = Some(Cents(-1));
    gevallen.push(negatief);

    let mut meldingen = std::collections::BTreeSet::new();
    for sc in &gevallen {
        let nl = fout(sc, Taal::Nl);
        let en = fout(sc, Taal::En);
        assert_eq!(nl.veld, en.veld);
        check_pair(&format!("fout {}", nl.veld), &nl.melding, &en.melding);
        meldingen.insert(en.melding);
    }
    // Every case gives its own message, except the few that share one ("implausibly high").
    assert!(meldingen.len() >= 27, "{meldingen:#?}");
}

#[test]
fn the_tell_tale_words_catch_dutch() {
    assert_eq!(dutch_words("U werkt 16 uur per week."), ["u", "uur"]);
    assert_eq!(dutch_words("De WW stopt."), ["de", "stopt"]);
    assert!(dutch_words("You keep 25% of your net wage (bijstand, zorgtoeslag).").is_empty());
}
