//! Properties of the matcher over all answers: IPS for everyone in GGZ care who wants paid work
//! (zero exclusion), the whole catalogue always shown, reasons traced to real answers, predictors
//! never excluding, nothing panicking.

use proptest::prelude::*;
use std::collections::HashSet;
use werkkeuze_core::matcher::rangschikking::{nul_uitsluiting, rangschik_met};
use werkkeuze_core::matcher::regels::{regels, Regels};
use werkkeuze_core::matcher::{
    catalogus, rangschik, vragen, Antwoorden, Doel, Drempel, Ggz, Klachten, RecentWerk, Situatie,
    Structuur, Taal, Uitkering, Vertrouwen, Voorkeur,
};

fn een<T: Copy + std::fmt::Debug + 'static>(
    alle: &'static [T],
) -> impl Strategy<Value = Option<T>> {
    prop::option::of(prop::sample::select(alle))
}

/// Any answers: per question of the one question list, no answer or one (a one-choice question)
/// or any subset of the options (a list question).
fn antwoorden() -> impl Strategy<Value = Antwoorden> {
    let per_vraag: Vec<BoxedStrategy<(&'static str, Vec<&'static str>)>> = vragen()
        .into_iter()
        .map(|v| {
            let id = v.id;
            let codes: Vec<&'static str> = v.keuzes.iter().map(|k| k.code).collect();
            if v.meerdere {
                let n = codes.len();
                prop::sample::subsequence(codes, 0..=n)
                    .prop_map(move |c| (id, c))
                    .boxed()
            } else {
                prop::option::of(prop::sample::select(codes))
                    .prop_map(move |c| (id, c.into_iter().collect()))
                    .boxed()
            }
        })
        .collect();
    per_vraag.prop_map(|gekozen| {
        let mut a = Antwoorden::default();
        for (vraag, codes) in gekozen {
            for code in codes {
                a.zet(vraag, code, true);
            }
        }
        a
    })
}

/// The invariants every result must satisfy.
fn invarianten(a: &Antwoorden) {
    let u = rangschik(a);
    // The whole catalogue, each option once.
    let ids: HashSet<&str> = u.opties.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids.len(), catalogus().opties.len());
    assert_eq!(u.opties.len(), catalogus().opties.len());
    // Fitting options first.
    let eerste_niet = u
        .opties
        .iter()
        .position(|o| !o.passend)
        .unwrap_or(u.opties.len());
    assert!(u.opties[eerste_niet..].iter().all(|o| !o.passend));
    // Zero exclusion.
    if nul_uitsluiting(a) {
        let ips = u.optie("ips").unwrap();
        assert!(ips.passend, "IPS not shown as fitting for {a:?}");
        assert!(!ips.redenen.is_empty());
    }
    for o in &u.opties {
        assert!(o.passend == (o.score >= 20) || (o.id == "ips" && nul_uitsluiting(a)));
        // Every reason rests on answers the person actually gave.
        for r in &o.redenen {
            assert!(!r.antwoorden.is_empty(), "{}: {} untraced", o.id, r.regel);
            for s in &r.antwoorden {
                assert!(a.codes(&s.vraag).contains(&s.antwoord.as_str()));
                assert!(s.label.is_compleet());
            }
            assert!(r.tekst.is_compleet());
            assert!(!r.met_antwoorden(Taal::Nl).is_empty());
            assert!(!r.met_antwoorden(Taal::En).is_empty());
        }
        // "Waar u op moet letten" always has at least the option's own note.
        assert!(!o.let_op.is_empty());
        if o.werkplek {
            assert_eq!(o.vertellen_link, Some("#/vertellen"));
        }
    }
    // SHARP-at-work is for people back at work after sick leave, and for nobody else.
    let sharp = u.optie("sharp").unwrap();
    assert!(
        !sharp.passend || a.situatie == Some(Situatie::WerktNaVerzuim),
        "SHARP fits without sick leave: {a:?}"
    );
    // Work-focused CBT's evidence is for common complaints: with long, severe complaints it says
    // so, and that study is not given as a reason.
    let wcgt = u.optie("w-cgt").unwrap();
    if a.klachten == Some(Klachten::LangZwaar) {
        assert!(
            wcgt.let_op.iter().any(|r| r.regel == "wcgt-lang-zwaar"),
            "{a:?}"
        );
        assert!(
            wcgt.redenen.iter().all(|r| r.regel != "wcgt-ziek-gemeld"),
            "{a:?}"
        );
    }
    // The command-line form has the same order and serialises.
    let cli = u.cli(Taal::Nl);
    assert_eq!(cli.opties.len(), u.opties.len());
    assert!(serde_json::to_string(&u).is_ok());
    assert!(serde_json::to_string(&cli).is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_answers_give_a_full_traced_ranking(a in antwoorden()) {
        invarianten(&a);
    }

    /// Predictors explain, never exclude: ranking without the predictor rules gives the same
    /// order, scores and fit; and under zero exclusion IPS fits whatever the work history,
    /// confidence or substance use.
    #[test]
    fn predictors_never_exclude(
        a in antwoorden(),
        recent in een(RecentWerk::ALLE),
        vertrouwen in een(Vertrouwen::ALLE),
        middelen in any::<bool>(),
    ) {
        let alle = regels();
        let zonder = Regels {
            regels: alle.regels.iter().filter(|r| !r.voorspeller).cloned().collect(),
        };
        let met = rangschik_met(catalogus(), alle, &a);
        let zonder = rangschik_met(catalogus(), &zonder, &a);
        for (x, y) in met.opties.iter().zip(zonder.opties.iter()) {
            prop_assert_eq!(&x.id, &y.id);
            prop_assert_eq!(x.score, y.score);
            prop_assert_eq!(x.passend, y.passend);
        }
        let mut b = a.clone();
        b.recent_werk = recent;
        b.vertrouwen = vertrouwen;
        b.drempels.retain(|d| *d != Drempel::Middelen);
        if middelen {
            b.drempels.push(Drempel::Middelen);
            b.drempels.sort();
        }
        if nul_uitsluiting(&a) {
            prop_assert!(rangschik(&b).optie("ips").unwrap().passend);
        }
    }

    /// Answers round-trip through JSON (as the app stores them and the CLI reads them).
    #[test]
    fn answers_round_trip_through_json(a in antwoorden()) {
        let json = serde_json::to_string(&a).unwrap();
        let b = Antwoorden::uit_json(&json).unwrap();
        prop_assert_eq!(a, b);
    }
}

fn opt<T: Copy>(alle: &[T]) -> Vec<Option<T>> {
    std::iter::once(None)
        .chain(alle.iter().copied().map(Some))
        .collect()
}

/// Exhaustively: every combination of the single-choice answers for someone in GGZ care (or on
/// the waiting list) who wants paid work, with no, some or all preferences and barriers: IPS is
/// always there as fitting.
#[test]
fn ips_for_everyone_in_ggz_care_who_wants_paid_work_exhaustive() {
    let mut n = 0;
    let situaties = opt(Situatie::ALLE);
    let uitkeringen = opt(Uitkering::ALLE);
    let klachten = opt(Klachten::ALLE);
    let vertrouwen = opt(Vertrouwen::ALLE);
    let recent = opt(RecentWerk::ALLE);
    let structuur = opt(Structuur::ALLE);
    let multi_v = [Vec::new(), Voorkeur::ALLE.to_vec()];
    let multi_d = [vec![Drempel::Middelen], Drempel::ALLE.to_vec()];
    for ggz in [Ggz::Ja, Ggz::Wachtlijst] {
        for &s in &situaties {
            for &u in &uitkeringen {
                for &k in &klachten {
                    for &v in &vertrouwen {
                        for &r in &recent {
                            for &st in &structuur {
                                for vk in &multi_v {
                                    for dr in &multi_d {
                                        let a = Antwoorden {
                                            doel: Some(Doel::BetaaldWerk),
                                            situatie: s,
                                            uitkering: u,
                                            ggz: Some(ggz),
                                            klachten: k,
                                            voorkeuren: vk.clone(),
                                            drempels: dr.clone(),
                                            vertrouwen: v,
                                            recent_werk: r,
                                            structuur: st,
                                        };
                                        let ips = rangschik(&a);
                                        let ips = ips.optie("ips").unwrap();
                                        assert!(ips.passend, "{a:?}");
                                        n += 1;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    assert_eq!(n, 2 * 6 * 7 * 5 * 4 * 3 * 4 * 2 * 2);
}

/// Without any answer the whole catalogue is still shown, in catalogue order, none "fitting".
#[test]
fn no_answers_still_show_the_whole_catalogue() {
    let u = rangschik(&Antwoorden::default());
    let ids: Vec<&str> = u.opties.iter().map(|o| o.id.as_str()).collect();
    let cat: Vec<&str> = catalogus().opties.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, cat);
    assert!(u.opties.iter().all(|o| !o.passend && o.redenen.is_empty()));
}

/// In GGZ care and wanting paid work, IPS comes first unless the person chose another goal.
#[test]
fn ips_comes_first_for_paid_work_in_ggz_care_with_heavy_problems() {
    for k in [
        Klachten::LangZwaar,
        Klachten::LangWisselend,
        Klachten::KortZwaar,
    ] {
        for u in Uitkering::ALLE {
            let a = Antwoorden {
                doel: Some(Doel::BetaaldWerk),
                ggz: Some(Ggz::Ja),
                klachten: Some(k),
                uitkering: Some(*u),
                ..Antwoorden::default()
            };
            assert_eq!(rangschik(&a).opties[0].id, "ips", "{a:?}");
        }
    }
}

/// On sick leave and wanting to return: work-focused CBT ranks lower, and scores less, with long
/// and severe complaints than with recent ones, whatever the benefit or GGZ answer.
#[test]
fn work_focused_cbt_ranks_lower_for_long_severe_complaints() {
    let positie = |u: &werkkeuze_core::matcher::Uitslag| {
        u.opties.iter().position(|o| o.id == "w-cgt").unwrap()
    };
    for ggz in opt(Ggz::ALLE) {
        for uitkering in opt(Uitkering::ALLE) {
            let a = |klachten| Antwoorden {
                doel: Some(Doel::TerugNaVerzuim),
                situatie: Some(Situatie::WerktZiek),
                ggz,
                uitkering,
                klachten: Some(klachten),
                ..Antwoorden::default()
            };
            let licht = rangschik(&a(Klachten::KortZwaar));
            let zwaar = rangschik(&a(Klachten::LangZwaar));
            assert_eq!(licht.opties[0].id, "w-cgt", "{:?}", a(Klachten::KortZwaar));
            assert!(
                positie(&zwaar) > positie(&licht),
                "{:?}",
                a(Klachten::LangZwaar)
            );
            assert!(zwaar.optie("w-cgt").unwrap().score < licht.optie("w-cgt").unwrap().score);
        }
    }
}

/// IPS is also for keeping a job: in GGZ care (or waiting for it) and wanting to keep or return
/// to one's job, IPS fits, and on the waiting list it says that it starts with a GGZ team.
#[test]
fn ips_fits_for_job_retention_in_ggz_care_and_says_when_it_starts() {
    for doel in [Doel::BaanHouden, Doel::TerugNaVerzuim] {
        for ggz in [Ggz::Ja, Ggz::Wachtlijst] {
            for situatie in opt(Situatie::ALLE) {
                let a = Antwoorden {
                    doel: Some(doel),
                    ggz: Some(ggz),
                    situatie,
                    ..Antwoorden::default()
                };
                let u = rangschik(&a);
                let ips = u.optie("ips").unwrap();
                assert!(ips.passend, "{a:?}");
                assert!(ips.redenen.iter().any(|r| r.regel == "ips-baan-houden"));
                assert_eq!(
                    ips.let_op.iter().any(|r| r.regel == "ips-wachtlijst"),
                    ggz == Ggz::Wachtlijst,
                    "{a:?}"
                );
            }
        }
    }
    // Not in GGZ care: IPS is not offered as fitting for keeping a job.
    let a = Antwoorden {
        doel: Some(Doel::BaanHouden),
        ggz: Some(Ggz::Nee),
        ..Antwoorden::default()
    };
    assert!(!rangschik(&a).optie("ips").unwrap().passend);
}
