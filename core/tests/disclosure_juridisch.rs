//! Legal safety of the disclosure aid (issue 15): one test per point. Each reads the shipped
//! content (or, for the promise of secrecy, every data file) and fails when a text could mislead
//! the person who relies on it.

use std::path::{Path, PathBuf};
use werkkeuze_core::disclosure::{self, content, Answers, Content, SICK_LEAVE};
use werkkeuze_core::Tekst;
use werkkeuze_core::{glossary, lijkt_nederlands, nederlandse_woorden};

fn right_text(c: &Content, id: &str) -> String {
    let r = c
        .right(id)
        .unwrap_or_else(|| panic!("right '{id}' is missing"));
    let caveat = r.caveat.as_ref().map(|t| t.nl.as_str()).unwrap_or_default();
    format!("{} {} {}", r.title.nl, r.text.nl, caveat)
}

fn shown_in(c: &Content, right: &str, situations: &[&str]) {
    for s in situations {
        assert!(
            c.rights_for(s).iter().any(|r| r.id == right),
            "right '{right}' is not shown in situation '{s}'"
        );
    }
}

fn mentions(text: &str, words: &[&str], at: &str) {
    let lower = text.to_lowercase();
    for w in words {
        assert!(
            lower.contains(&w.to_lowercase()),
            "{at}: does not mention '{w}': {text}"
        );
    }
}

/// Keeping silent is not the same on sick leave: every option in the aid that means telling
/// nothing carries, for sick leave, the duties of the Wet verbetering poortwachter (report sick,
/// see the company doctor and give what is needed, the plan of action, or lose pay); the
/// situation itself says so whatever is chosen; the rights for sick leave include the duties and
/// the second opinion and UWV's expert opinion; and "pas als er problemen komen" is not offered.
#[test]
fn sick_leave_never_offers_silence_without_the_poortwachter_duties() {
    let c = content().unwrap();
    let duties = ["bedrijfsarts", "plan van aanpak", "loon"];
    let mut silent = 0;
    for g in ["hoeveel", "wanneer"] {
        for o in c.options_for(g, Some(SICK_LEAVE)) {
            let words = format!("{} {}", o.label.nl, o.text.nl).to_lowercase();
            let sounds_silent = ["niets", "niet vertellen", "pas als", "later"]
                .iter()
                .any(|w| words.contains(w));
            assert_eq!(
                o.zwijgen,
                sounds_silent,
                "option '{}' sounds {}silent but zwijgen = {}",
                o.id,
                if sounds_silent { "" } else { "not " },
                o.zwijgen
            );
            if !o.zwijgen {
                continue;
            }
            silent += 1;
            let notes: Vec<_> = o.notes_for(Some(SICK_LEAVE)).collect();
            assert!(
                !notes.is_empty(),
                "'{}': silence on sick leave without the duties",
                o.id
            );
            for n in notes {
                mentions(&n.text.nl, &duties, &o.id);
                assert!(
                    n.sources.iter().any(|s| s == "bw-7-660a"),
                    "{}: cite 7:660a",
                    o.id
                );
                assert!(
                    n.sources.iter().any(|s| s == "bw-7-629"),
                    "{}: cite 7:629",
                    o.id
                );
            }
        }
    }
    assert!(
        silent >= 2,
        "only {silent} silent options checked on sick leave"
    );
    assert!(
        c.options_for("wanneer", Some(SICK_LEAVE))
            .iter()
            .all(|o| o.id != "bij_problemen"),
        "'pas als er problemen komen' offered during sick leave"
    );

    let sit = c.situation(SICK_LEAVE).unwrap();
    let note = sit.let_op.as_ref().expect("sick leave has a let_op");
    mentions(&note.text.nl, &duties, "situation ziekteverzuim");

    shown_in(c, "poortwachter-plichten", &[SICK_LEAVE, "terugkeer"]);
    mentions(
        &right_text(c, "poortwachter-plichten"),
        &[
            "probleemanalyse",
            "6 weken",
            "plan van aanpak",
            "8 weken",
            "passend werk",
            "diagnose",
        ],
        "poortwachter-plichten",
    );
    shown_in(c, "second-opinion", &[SICK_LEAVE, "terugkeer"]);
    mentions(
        &right_text(c, "second-opinion"),
        &[
            "second opinion",
            "andere bedrijfsarts",
            "UWV",
            "deskundigenoordeel",
        ],
        "second-opinion",
    );

    // The summary carries the duties whatever was chosen, and the chosen option's warning.
    let mut a = Answers::new();
    a.situation = Some(SICK_LEAVE.into());
    assert!(disclosure::summary(c, &a).let_op.contains(&note.text));
    a.choose(c, "niets");
    let s = disclosure::summary(c, &a);
    let niets = c.option("niets").unwrap();
    let niets_note = &niets.notes_for(Some(SICK_LEAVE)).next().unwrap().text;
    assert!(s.let_op.contains(niets_note), "{:?}", s.let_op);
}

/// The forms of an absolute promise of secrecy: what the law does not give (a UWV-funded coach
/// reports to UWV; a company doctor reports what you can do).
const PROMISES: &[&str] = &[
    "blijft geheim",
    "blijft vertrouwelijk",
    "blijft tussen u en",
    "blijft tussen jou en",
    "alleen wat u goedvindt",
    "niemand komt het te weten",
    "niemand hoort het",
    "hoort niet wat u heeft",
    "vertelt uw werkgever niet wat u heeft",
    "wordt nooit gedeeld",
    "gaat nooit naar uw werkgever",
    "volledig vertrouwelijk",
    "strikt vertrouwelijk",
    "100% vertrouwelijk",
    "stays confidential",
    "stays secret",
    "remains confidential",
    "remains secret",
    "will be kept secret",
    "only shares what you agree",
    "nobody will know",
    "no one will know",
    "will never be shared",
    "does not tell your employer what",
    "does not hear what",
    // Soft promises the legal review found (review-content.md, O3): they read as secrecy the law
    // does not give (a vertrouwenspersoon has no statutory professional secrecy; a therapist
    // "may not" tell, which is not the same as "does not").
    "blijft privé",
    "in vertrouwen",
    "vertelt uw werkgever niets",
    "u bepaalt wie wat weet",
    "they tell your employer nothing",
    "tells your employer nothing",
    "stays private",
    "in confidence",
];

/// The promise of secrecy in a text, if any.
fn promise_of_secrecy(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    PROMISES.iter().copied().find(|p| lower.contains(p))
}

fn data_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("data dir").flatten() {
        let p = entry.path();
        if p.is_dir() {
            data_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "toml") {
            out.push(p);
        }
    }
}

/// No text in any data file (the disclosure aid, the glossary, the calculator and the matcher)
/// promises that what the person tells stays secret. The matcher's files are read, not changed.
#[test]
fn no_data_file_promises_secrecy() {
    assert_eq!(
        promise_of_secrecy("Wat u daar vertelt, blijft geheim."),
        Some("blijft geheim")
    );
    assert!(promise_of_secrecy("Uw begeleider deelt alleen wat u goedvindt").is_some());
    assert!(promise_of_secrecy("What you say there stays confidential.").is_some());
    assert!(promise_of_secrecy("Spreek af wat uw begeleider deelt.").is_none());

    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
    let mut files = Vec::new();
    data_files(&root, &mut files);
    assert!(
        files
            .iter()
            .any(|f| f.to_string_lossy().contains("matcher")),
        "data/matcher is scanned too"
    );
    assert!(files.iter().any(|f| f.ends_with("begrippen.toml")));
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("read data file");
        for (i, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            if let Some(p) = promise_of_secrecy(line) {
                found.push(format!("{}:{}: '{p}'", f.display(), i + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "promises of secrecy:\n{}",
        found.join("\n")
    );
}

/// The rule that an employer may not record health information you tell of your own accord holds
/// whenever you tell, not only on sick leave.
#[test]
fn the_recording_rule_is_shown_whenever_you_tell() {
    let c = content().unwrap();
    let all = [
        "solliciteren",
        "nieuwe_baan",
        "werkend_goed",
        SICK_LEAVE,
        "terugkeer",
    ];
    shown_in(c, "niet-vastleggen", &all);
    let text = right_text(c, "niet-vastleggen");
    mentions(
        &text,
        &[
            "uit uzelf",
            "niet opschrijven",
            "niet alleen als u ziek bent",
        ],
        "niet-vastleggen",
    );
    let r = c.right("niet-vastleggen").unwrap();
    assert!(
        c.sources_of(&r.sources)
            .any(|s| s.verified && s.id != "ap-zelf-verteld"),
        "the general rule rests on more than a source about sick leave"
    );
}

/// The hidden risks of telling early (probation, a temporary contract), with the protection that
/// stays (dismissal because of a disability is forbidden; ask for the reason in writing).
#[test]
fn probation_and_temporary_contracts_are_named_with_the_protection_that_stays() {
    let c = content().unwrap();
    shown_in(
        c,
        "proeftijd-contract",
        &["solliciteren", "nieuwe_baan", "werkend_goed"],
    );
    mentions(
        &right_text(c, "proeftijd-contract"),
        &[
            "proeftijd",
            "tijdelijk contract",
            "verboden",
            "reden op papier",
        ],
        "proeftijd-contract",
    );
    let r = c.right("proeftijd-contract").unwrap();
    assert!(r.sources.iter().any(|s| s == "bw-7-676"));
    // The options that mean telling early say so too.
    for id in ["na_aanbod", "eerste_weken"] {
        let o = c.option(id).unwrap();
        assert!(
            o.cons.iter().any(|p| p.text.nl.contains("proeftijd")),
            "{id}: the probation risk is not among its cons"
        );
    }
}

/// At a pre-employment examination: re-examination, the complaint to the CKA, hearing the result
/// first; and the truth at an examination matters for sick pay (BW 7:629 lid 3 sub a).
#[test]
fn the_medical_examination_right_names_its_safeguards() {
    let c = content().unwrap();
    mentions(
        &right_text(c, "aanstellingskeuring"),
        &[
            "herkeuring",
            "1 week",
            "CKA",
            "uitslag als eerste",
            "terugtrekken",
            "waarheid",
        ],
        "aanstellingskeuring",
    );
    let r = c.right("aanstellingskeuring").unwrap();
    for s in ["ser-aanstellingskeuring", "cka-herkeuring", "bw-7-629"] {
        assert!(
            r.sources.iter().any(|x| x == s),
            "aanstellingskeuring: cite {s}"
        );
    }
}

/// The company doctor keeps the diagnosis (UAVG art. 30, marked unread where we could not read
/// it), the NVP complaint route, the vertrouwenspersoon and a plan B when a reaction goes badly.
#[test]
fn the_other_rights_and_routes_are_there() {
    let c = content().unwrap();
    let bedrijfsarts = c.right("bedrijfsarts-beroepsgeheim").unwrap();
    assert!(bedrijfsarts.sources.iter().any(|s| s == "uavg-art30"));
    let uavg = c.source("uavg-art30").unwrap();
    assert!(
        !uavg.verified && uavg.note.is_some(),
        "UAVG art. 30 was not read here: it must say so"
    );
    mentions(
        &right_text(c, "bedrijfsarts-beroepsgeheim"),
        &["mag uw werkgever niet vertellen"],
        "beroepsgeheim",
    );

    shown_in(c, "klacht-sollicitatie", &["solliciteren"]);
    mentions(
        &right_text(c, "klacht-sollicitatie"),
        &["NVP Sollicitatiecode", "op papier", "CKA"],
        "klacht",
    );

    shown_in(
        c,
        "vertrouwenspersoon",
        &["nieuwe_baan", "werkend_goed", SICK_LEAVE, "terugkeer"],
    );
    mentions(
        &right_text(c, "vertrouwenspersoon"),
        &["niet elke werkgever"],
        "vertrouwenspersoon",
    );

    shown_in(
        c,
        "plan-b",
        &[
            "solliciteren",
            "nieuwe_baan",
            "werkend_goed",
            SICK_LEAVE,
            "terugkeer",
        ],
    );
    mentions(
        &right_text(c, "plan-b"),
        &[
            "schrijf",
            "wanneer",
            "vertrouwenspersoon",
            "vakbond",
            "College voor de Rechten van de Mens",
        ],
        "plan-b",
    );

    let coach = right_text(c, "toestemming-begeleider");
    mentions(
        &coach,
        &["spreek", "UWV", "gemeente", "verslagen"],
        "toestemming-begeleider",
    );
}

/// The message builder has a sentence for an unlawful question about health, for a gap in the
/// CV and for an adjustment during selection; none of them asks the person to say something
/// untrue.
#[test]
fn the_message_builder_has_sentences_for_hard_moments() {
    let c = content().unwrap();
    let ids: Vec<&str> = c
        .phrases_for(Some("solliciteren"))
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    for id in ["gezondheidsvraag", "gat-in-cv", "aanpassing-selectie"] {
        assert!(
            ids.contains(&id),
            "no sentence '{id}' when applying: {ids:?}"
        );
    }
    assert!(!c.phrases_for(Some(SICK_LEAVE)).is_empty());
    for p in &c.script.phrases {
        let t = p.text.nl.to_lowercase();
        for lie in [
            "ik ben gezond",
            "ik heb geen klachten",
            "ik was op reis",
            "niets aan de hand",
        ] {
            assert!(!t.contains(lie), "{}: '{lie}'", p.id);
        }
    }
    let vraag = c
        .script
        .phrases
        .iter()
        .find(|p| p.id == "gezondheidsvraag")
        .unwrap();
    assert!(vraag.sources.iter().any(|s| s == "ap-sollicitaties"));
}

/// The no-risk policy, the wage cost subsidy and the target group register answer a fear of
/// financial risk, but using them tells the employer something: said where they come up.
#[test]
fn schemes_for_employers_say_that_they_tell_the_employer_something() {
    let c = content().unwrap();
    let text = right_text(c, "regelingen-werkgever");
    mentions(
        &text,
        &[
            "no-riskpolis",
            "loonkostensubsidie",
            "doelgroepregister",
            "weet hij",
            "vooraf",
        ],
        "regelingen-werkgever",
    );
    shown_in(
        c,
        "regelingen-werkgever",
        &["solliciteren", "nieuwe_baan", "werkend_goed"],
    );
    let reason = c.reason("tegen-financieel-risico").unwrap();
    mentions(
        &reason.explain.nl,
        &["no-riskpolis", "weet hij"],
        "tegen-financieel-risico",
    );
}

/// The evidence says who received the aid, who was trained and how, that decisional stress did
/// not differ, and how uncertain the effect is; the experiences add up to 100.
#[test]
fn the_evidence_names_its_group_its_training_and_its_uncertainty() {
    let m = &content().unwrap().meta;
    mentions(
        &m.evidence.nl,
        &[
            "nooit onderzocht",
            "153",
            "uitkering",
            "8 gemeentelijke",
            "2 keer 3 uur",
            "niet minder",
            "onzeker",
            "getrainde begeleiders",
        ],
        "meta.evidence",
    );
    assert!(m.evidence_sources.iter().any(|s| s == "decides"));
    let numbers: Vec<u32> = m
        .experiences
        .nl
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .filter(|n| *n < 100)
        .collect();
    assert_eq!(numbers, [64, 9, 23, 4], "{}", m.experiences.nl);
    assert_eq!(numbers.iter().sum::<u32>(), 100);
}

/// Stories are balanced: some where telling went badly, one where not telling went badly.
#[test]
fn stories_include_ones_that_went_badly() {
    let c = content().unwrap();
    for id in ["ilse-proeftijd", "nadia-collegas", "jeroen-niet-verteld"] {
        assert!(c.stories.iter().any(|s| s.id == id), "story '{id}'");
    }
    let jeroen = c
        .stories
        .iter()
        .find(|s| s.id == "jeroen-niet-verteld")
        .unwrap();
    assert!(jeroen.choice.nl.to_lowercase().contains("niets"));
}

/// Every English text (the aid and the glossary) is English: no Dutch left outside brackets and
/// quotes, where Dutch names stand on purpose.
#[test]
fn no_english_entry_still_holds_dutch() {
    fn walk(v: &serde_json::Value, at: String, out: &mut Vec<(String, Tekst)>) {
        match v {
            serde_json::Value::Object(map) => {
                if let (Some(serde_json::Value::String(nl)), Some(serde_json::Value::String(en))) =
                    (map.get("nl"), map.get("en"))
                {
                    out.push((
                        at.clone(),
                        Tekst {
                            nl: nl.clone(),
                            en: en.clone(),
                        },
                    ));
                }
                for (k, v) in map {
                    walk(v, format!("{at}.{k}"), out);
                }
            }
            serde_json::Value::Array(list) => {
                for (i, v) in list.iter().enumerate() {
                    walk(v, format!("{at}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let mut texts = Vec::new();
    walk(
        &serde_json::to_value(content().unwrap()).unwrap(),
        String::new(),
        &mut texts,
    );
    assert!(texts.len() > 300);
    let mut dutch = Vec::new();
    for (at, t) in &texts {
        if lijkt_nederlands(&t.en) {
            dutch.push(format!(
                "{at}: {:?} in {:?}",
                nederlandse_woorden(&t.en),
                t.en
            ));
        }
    }
    for b in glossary::begrippen() {
        for (field, en) in [("term_en", &b.term_en), ("uitleg_en", &b.uitleg_en)] {
            if lijkt_nederlands(en) {
                dutch.push(format!(
                    "begrip {}.{field}: {:?}",
                    b.id,
                    nederlandse_woorden(en)
                ));
            }
        }
    }
    assert!(
        dutch.is_empty(),
        "English entries with Dutch:\n{}",
        dutch.join("\n")
    );
}

/// The probation period, as the law gives it (review-content.md, L1): in the proeftijd either
/// side may end the contract at once (BW 7:676 lid 1), and the ban on dismissal during sickness
/// does not apply then. What is forbidden is dismissal or not renewing *because of a handicap or
/// chronic illness* (WGBH/CZ), and a dismissal can only be challenged at the kantonrechter within
/// 2 months after the contract ended (BW 7:686a lid 4 a). So no text anywhere says that dismissal
/// "because of your illness" is not allowed, and the right and the glossary say what the law says.
#[test]
fn the_probation_period_is_stated_with_the_nuance_the_law_gives() {
    // Sentences that state a ban on dismissal for illness as such.
    const TOO_BROAD: &[&str] = &[
        "om uw ziekte",
        "vanwege uw ziekte",
        "door uw ziekte",
        "om een ziekte",
        "vanwege een ziekte of beperking",
        "vanwege een ziekte of handicap",
        "because of your illness",
        "because of an illness",
    ];
    const ABOUT_DISMISSAL: &[&str] = &[
        "ontslag",
        "ontslaan",
        "proeftijd",
        "verlengen",
        "aflopen",
        "stoppen",
        "dismiss",
        "probation",
        "renew",
        "let it end",
    ];
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
    let mut files = Vec::new();
    data_files(&root, &mut files);
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("read data file");
        for (i, line) in text.lines().enumerate() {
            let lower = line.to_lowercase();
            // A source's quoted words (`citaat`) are the source's, not a claim of ours.
            if line.trim_start().starts_with('#')
                || line.trim_start().starts_with("citaat")
                || !ABOUT_DISMISSAL.iter().any(|w| lower.contains(w))
            {
                continue;
            }
            if let Some(p) = TOO_BROAD.iter().find(|p| lower.contains(*p)) {
                found.push(format!("{}:{}: '{p}'", f.display(), i + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "dismissal for illness stated as forbidden (the law forbids it for a handicap or chronic illness):\n{}",
        found.join("\n")
    );

    let c = content().unwrap();
    let r = c
        .right("proeftijd-contract")
        .expect("right 'proeftijd-contract'");
    let caveat = r.caveat.as_ref().expect("the proeftijd right has a caveat");
    let nl = format!("{} {}", r.text.nl, caveat.nl);
    let en = format!("{} {}", r.text.en, caveat.en);
    mentions(
        &nl,
        &[
            "meteen stoppen",
            "kan ook als u ziek bent",
            "handicap of chronische ziekte",
            "reden op papier",
            "binnen 2 maanden",
        ],
        "proeftijd-contract (nl)",
    );
    mentions(
        &en,
        &[
            "at once",
            "even when you are sick",
            "disability or chronic illness",
            "reason in writing",
            "within 2 months",
        ],
        "proeftijd-contract (en)",
    );
    for s in [
        "bw-7-676",
        "bw-7-686a",
        "proeftijd-geen-opzegverbod",
        "proeftijd-chronisch",
    ] {
        assert!(
            r.sources.iter().any(|x| x == s),
            "proeftijd-contract lacks source '{s}'"
        );
    }
    let plan_b = c.right("plan-b").expect("right 'plan-b'");
    let plan_b_caveat = plan_b.caveat.as_ref().expect("plan B names the deadline");
    mentions(&plan_b_caveat.nl, &["binnen 2 maanden"], "plan-b (nl)");
    mentions(&plan_b_caveat.en, &["within 2 months"], "plan-b (en)");

    let g = glossary::begrip("proeftijd").expect("glossary 'proeftijd'");
    mentions(
        &g.uitleg,
        &["meteen stoppen", "handicap of chronische ziekte"],
        "glossary proeftijd",
    );
    mentions(
        &g.uitleg_en,
        &["at once", "disability or chronic illness"],
        "glossary proeftijd (en)",
    );
}
