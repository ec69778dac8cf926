//! "Welke begeleiding past bij mij?" as flows: what the person does (actions) → what the screen
//! shows (facts of the view model). The expected facts come from the rules
//! (`data/matcher/regels.toml`) and the catalogue (`data/matcher/catalogus.toml`), read through
//! core, never copied from the output.

use werkkeuze_core::matcher::antwoorden::VRAAG_IDS;
use werkkeuze_core::matcher::regels::regels;
use werkkeuze_core::matcher::{catalogus, vragen, Doel, Drempel, Ggz, Uitkering, REKENHULP_LINK};
use werkkeuze_core::tools::begeleiding::{Action, Samenvatting, State, View, MAX_VERGELIJK};
use werkkeuze_core::tools::Tool;
use werkkeuze_core::Taal;

fn na(acties: Vec<Action>) -> State {
    let mut s = State::default();
    for a in acties {
        s.apply(a);
    }
    s
}

fn kies(vraag: &'static str, code: &'static str) -> Action {
    Action::Kies {
        vraag,
        code,
        aan: true,
    }
}

fn vergelijk(id: &str) -> Action {
    Action::Vergelijk {
        id: id.to_string(),
        aan: true,
    }
}

/// The text of a rule, in one language.
fn regel(id: &str, taal: Taal) -> String {
    let r = regels().regels.iter().find(|r| r.id == id);
    r.unwrap_or_else(|| panic!("no rule {id}"))
        .tekst
        .get(taal)
        .to_string()
}

fn naam(id: &str, taal: Taal) -> String {
    catalogus().optie(id).unwrap().naam.get(taal).to_string()
}

fn chosen(view: &View, vraag: &str) -> Vec<&'static str> {
    let v = view.vragen.iter().find(|v| v.id == vraag).unwrap();
    v.keuzes
        .iter()
        .filter(|k| k.gekozen)
        .map(|k| k.code)
        .collect()
}

#[test]
fn paid_work_and_ggz_treatment_show_ips_as_fitting_with_the_rule_and_the_answers_it_rests_on() {
    let s = na(vec![kies("doel", "betaald_werk"), kies("ggz", "ja")]);
    let v = s.view(Taal::Nl);
    // Zero exclusion: IPS fits anyone in GGZ care who wants paid work (rule ips-ggz-betaald-werk).
    let ips = v
        .passend
        .iter()
        .find(|o| o.naam == naam("ips", Taal::Nl))
        .expect("IPS is among the options that fit");
    assert!(ips.rang.is_some(), "a fitting option carries its rank");
    let reden = &ips.redenen[0].tekst;
    assert!(
        reden.starts_with(&regel("ips-ggz-betaald-werk", Taal::Nl)),
        "{reden}"
    );
    // Traced to both answers, worded as the person saw them.
    for label in [Doel::BetaaldWerk.label().nl, Ggz::Ja.label().nl] {
        assert!(reden.contains(label), "{reden} names {label}");
    }
    // Two questions answered, the rest still open.
    assert_eq!(chosen(&v, "doel"), ["betaald_werk"]);
    assert_eq!(chosen(&v, "ggz"), ["ja"]);
    assert_eq!(v.vragen.iter().filter(|q| q.beantwoord).count(), 2);
    assert!(v
        .beantwoord
        .contains(&format!("2 van de {}", VRAAG_IDS.len())));
    // The status names how many fit and the one at the top.
    assert!(
        v.status.contains(&v.passend.len().to_string()),
        "{}",
        v.status
    );
    assert!(v.status.contains(&v.passend[0].naam), "{}", v.status);
    // The whole catalogue stays visible.
    assert_eq!(v.passend.len() + v.overig.len(), catalogus().opties.len());
    // One fitting option is counted in the singular, in both languages.
    if v.passend.len() == 1 {
        assert!(
            v.status.starts_with("1 vorm van begeleiding past "),
            "{}",
            v.status
        );
        let en = s.view(Taal::En).status;
        assert!(en.starts_with("1 kind of support fits "), "{en}");
    } else {
        assert!(
            v.status.contains(" vormen van begeleiding passen "),
            "{}",
            v.status
        );
    }
}

#[test]
fn a_first_visit_shows_every_question_open_and_the_whole_catalogue_unranked() {
    let v = State::default().view(Taal::Nl);
    let ids: Vec<&str> = v.vragen.iter().map(|q| q.id).collect();
    assert_eq!(ids, VRAAG_IDS);
    assert!(v.vragen.iter().all(|q| !q.beantwoord));
    assert!(!v.iets_beantwoord);
    assert!(v.passend.is_empty());
    assert_eq!(v.overig.len(), catalogus().opties.len());
    assert!(v.overig.iter().all(|o| o.rang.is_none()));
    // Question numbers run 1 to 10, the list questions are checkboxes.
    for (i, q) in v.vragen.iter().enumerate() {
        assert_eq!(q.nummer, i + 1);
        assert_eq!(
            q.meerdere,
            q.id == "voorkeuren" || q.id == "drempels",
            "{}",
            q.id
        );
    }
    // Clearing everything after some answers gives the same screen again.
    let s = na(vec![
        kies("doel", "studie"),
        kies("drempels", "schaamte"),
        Action::WisAlles,
    ]);
    assert_eq!(s.view(Taal::Nl), v);
}

#[test]
fn money_worries_give_a_general_note_that_links_to_the_calculator() {
    let s = na(vec![kies("drempels", "geldzorgen")]);
    let v = s.view(Taal::Nl);
    let note = v
        .algemeen
        .iter()
        .find(|r| r.tekst.starts_with(&regel("geldzorgen", Taal::Nl)))
        .expect("the general note on money worries");
    assert_eq!(note.link, Some(REKENHULP_LINK));
    assert!(note.tekst.contains(Drempel::Geldzorgen.label().nl));
    // Taking the answer back takes the note away.
    let mut s = s;
    s.apply(Action::Wis("drempels"));
    assert!(s.view(Taal::Nl).algemeen.is_empty());
}

#[test]
fn a_fourth_option_for_the_comparison_is_refused_and_the_grid_shows_the_three() {
    let ids = ["ips", "wgb", "oad-pra"];
    let mut s = na(ids.iter().map(|id| vergelijk(id)).collect());
    s.apply(vergelijk("sharp"));
    let v = s.view(Taal::Nl);
    assert_eq!(s.vergelijk.len(), MAX_VERGELIJK);
    assert!(v.geweigerd);
    let sharp = v.overig.iter().chain(&v.passend).find(|o| o.id == "sharp");
    assert!(sharp.unwrap().geweigerd && !sharp.unwrap().gekozen);
    let grid = v.grid.as_ref().expect("three options make a grid");
    let namen: Vec<String> = ids.iter().map(|id| naam(id, Taal::Nl)).collect();
    assert_eq!(grid.kolommen, namen);
    assert_eq!(grid.rijen.len(), werkkeuze_core::matcher::grid::RIJEN.len());
    assert!(grid.rijen.iter().all(|r| r.cellen.len() == 3));
    assert!(v
        .vergelijk_aantal
        .contains(&format!("3 van de {MAX_VERGELIJK}")));
    // "Mijn plan" shows the same comparison.
    assert_eq!(s.samenvatting(Taal::Nl), Samenvatting::Grid(grid.clone()));
    // Removing one lifts the refusal; with one left there is no grid.
    s.apply(Action::Vergelijk {
        id: "wgb".into(),
        aan: false,
    });
    assert!(!s.view(Taal::Nl).geweigerd);
    s.apply(Action::Vergelijk {
        id: "ips".into(),
        aan: false,
    });
    let v = s.view(Taal::Nl);
    assert!(v.grid.is_none());
    assert_eq!(
        v.vergelijk,
        vec![("oad-pra".to_string(), naam("oad-pra", Taal::Nl))]
    );
}

#[test]
fn in_english_the_questions_the_result_and_the_plan_are_english() {
    let s = na(vec![
        kies("doel", "betaald_werk"),
        kies("ggz", "wachtlijst"),
        kies("uitkering", "wajong"),
        vergelijk("ips"),
    ]);
    let v = s.view(Taal::En);
    assert_eq!(v.vragen[0].vraag, vragen()[0].vraag.en);
    let wajong = v.vragen[2].keuzes.iter().find(|k| k.gekozen).unwrap();
    assert_eq!(wajong.label, Uitkering::Wajong.label().en);
    // On the waiting list IPS still fits, and the note says when it starts (rule ips-wachtlijst).
    let ips = v.passend.iter().find(|o| o.id == "ips").expect("IPS fits");
    assert_eq!(ips.naam, naam("ips", Taal::En));
    // Its detail: who pays for someone with Wajong (the catalogue's lines for wajong first), the
    // evidence level and all sources of the catalogue.
    let o = catalogus().optie("ips").unwrap();
    let wajong_lijnen: Vec<String> = o
        .betaling
        .iter()
        .filter(|b| b.uitkering.iter().any(|u| u == "wajong"))
        .map(|b| b.tekst.en.clone())
        .collect();
    assert!(!wajong_lijnen.is_empty());
    for lijn in &wajong_lijnen {
        assert!(ips.detail.betaalt.contains(lijn), "{lijn}");
    }
    assert_eq!(ips.detail.bewijs, o.bewijs.label().en);
    assert_eq!(ips.detail.bronnen, o.bronnen);
    assert!(ips.detail.titel.contains(&ips.naam));
    // "About this list" says when the catalogue was checked, as a date in words.
    let jaar = &catalogus().meta.production_date[..4];
    assert!(v.over.nagekeken.ends_with(jaar), "{}", v.over.nagekeken);
    assert!(ips
        .let_op
        .iter()
        .any(|r| r.tekst.starts_with(&regel("ips-wachtlijst", Taal::En))));
    // The plan lists the best options with their first reason, and the one chosen to compare.
    match s.samenvatting(Taal::En) {
        Samenvatting::Top { opties, vergelijk } => {
            assert!(!opties.is_empty() && opties.len() <= 3);
            assert_eq!(opties[0].0, v.passend[0].naam);
            assert_eq!(vergelijk, vec![naam("ips", Taal::En)]);
        }
        Samenvatting::Grid(_) => panic!("one option chosen is no grid"),
    }
}
