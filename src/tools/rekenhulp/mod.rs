//! "Rekenhulp: wat houd ik over?" (issue 4): what a person on a benefit will have each month if
//! they start working, and why. The rules live in `werkkeuze_core::income`, the tool's state,
//! actions and calculation in `werkkeuze_core::tools::rekenhulp`; this folder renders them and
//! dispatches the person's actions.
//!
//! - [`inputs`]: the questions, quick (six) or full.
//! - [`results`]: the answer, the breakdown with "waarom?", the curve, the timeline, the steps.
//! - [`samenvatting`]: the situations side by side, for "Mijn plan".
//! - [`text`]: the tool's own UI texts (Dutch and English).
//!
//! Results are recomputed on every change through `use_memo` on the state: a scenario is about
//! 20 µs and the 81-point curve about 30 µs natively; situations that did not change keep their
//! result. Redrawing costs more than computing on a slow phone, so the curve, the timeline and the
//! steps follow the answer one painted frame later ([`Later`]); `./scripts/bench` measures it.

// Amounts in cents are written as euros_cents (`650_00` is € 650,00), so they read as money.
#![allow(clippy::inconsistent_digit_grouping)]

pub(crate) mod inputs;
mod maanden;
pub mod maandtekst;
pub(crate) mod results;
pub mod samenvatting;
pub use samenvatting::PlanSamenvatting;
pub mod text;

use crate::hooks::{use_messages, use_title};
use crate::i18n::Taal;
use crate::state::use_rekenhulp;
use crate::widgets::deferred::use_deferred;
use inputs::{soort_label, Inputs};
use results::{Answer, Breakdown, CurveSection, Timeline, Todo};
use samenvatting::{kort, verschillen};
use std::cell::RefCell;
use std::rc::Rc;
use text::use_text;
use werkkeuze_core::income::Uitkomst;
use werkkeuze_core::tools::rekenhulp::view::{heeft_later, kolommen};
use werkkeuze_core::tools::rekenhulp::{
    bereken_opnieuw, uren_tekst, Action, Bewaard, Formulier, Modus, RekenhulpState, Uurlonen,
    MAX_SCENARIOS,
};
use yew::prelude::*;

#[function_component(Rekenhulp)]
pub fn rekenhulp() -> Html {
    let m = use_messages();
    let t = use_text();
    use_title(m.tool_rekenhulp_name);
    let h = use_rekenhulp();
    let state: RekenhulpState = h.0.clone();
    let lang = use_context::<Taal>().unwrap_or_default();
    let bewaard = use_mut_ref(Bewaard::new);
    let calc = use_memo((state.clone(), lang), move |(s, lang)| {
        bereken_opnieuw(s, *lang, &mut bewaard.borrow_mut())
    });
    let actief = state.actief();
    let formulier = state.formulier();

    // The last result that worked, so an impossible combination never blanks the page.
    let laatste = use_mut_ref(|| None::<(Rc<Uitkomst>, Uurlonen, Formulier)>);
    let fout = match (&calc.uitkomsten.get(actief), &calc.uurloon) {
        (Some(Ok(u)), Some(l)) => {
            *laatste.borrow_mut() = Some((u.clone(), l.clone(), formulier.clone()));
            None
        }
        (Some(Err(e)), _) => Some(e.clone()),
        _ => None,
    };
    let shown: Option<(Rc<Uitkomst>, Uurlonen, Formulier)> = RefCell::borrow(&laatste).clone();
    let hulp = shown.as_ref().map(|(_, l, _)| l.clone());

    let set_mode = |modus: Modus| {
        let d = h.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::Modus(modus)))
    };
    // After copying or removing a situation, focus goes to the tab of the situation now shown
    // (the button pressed may be gone), and a status line says what happened.
    let melding = use_state(|| None::<String>);
    let focus_tab = use_mut_ref(|| None::<usize>);
    {
        let focus_tab = focus_tab.clone();
        use_effect(move || {
            if let Some(i) = focus_tab.borrow_mut().take() {
                crate::dom::focus_id(&format!("rk-tab-{}", i + 1));
            }
        });
    }
    let n = state.scenarios.len();
    // Showing another situation makes the last "U ziet nu …" untrue.
    let show = |i: usize| {
        let d = h.dispatcher();
        let melding = melding.clone();
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::Toon(i));
            melding.set(None);
        })
    };
    let copy = {
        let d = h.dispatcher();
        let (melding, focus_tab) = (melding.clone(), focus_tab.clone());
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::Kopieer);
            *focus_tab.borrow_mut() = Some(n);
            melding.set(Some(
                t.scen_copied
                    .replace("{n}", &(n + 1).to_string())
                    .replace("{van}", &(actief + 1).to_string()),
            ));
        })
    };
    let remove = {
        let d = h.dispatcher();
        let (melding, focus_tab) = (melding.clone(), focus_tab.clone());
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::Verwijder(actief));
            // The one shown next: the situation after it (now with its number), or the one before.
            let volgende = actief.min(n.saturating_sub(2));
            *focus_tab.borrow_mut() = Some(volgende);
            let tekst = if volgende == actief {
                t.scen_renumbered
            } else {
                t.scen_removed
            };
            melding.set(Some(
                tekst
                    .replace("{n}", &(actief + 1).to_string())
                    .replace("{m}", &(volgende + 1).to_string()),
            ));
        })
    };

    let mode_button = |modus: Modus, label: &'static str, hint: &'static str| {
        let pressed = state.modus == modus;
        html! {
            <button type="button" class={classes!("rk-mode", pressed.then_some("rk-mode-on"))}
                aria-pressed={pressed.to_string()} onclick={set_mode(modus)}>
                <span class="rk-mode-label">{label}</span>
                <span class="rk-mode-hint">{hint}</span>
            </button>
        }
    };

    let tabs = html! {
        <div class="rk-tabs" role="group" aria-label={t.scen_heading}>
            { for (0..n).map(|i| {
                let label = t.scen_label.replace("{n}", &(i + 1).to_string());
                html! {
                    <button type="button" id={format!("rk-tab-{}", i + 1)}
                        class={classes!("rk-tab", (i == actief).then_some("rk-tab-on"))}
                        aria-pressed={(i == actief).to_string()} onclick={show(i)}
                        aria-label={t.scen_show.replace("{n}", &(i + 1).to_string())}>{label}</button>
                }
            }) }
            if n < MAX_SCENARIOS {
                <button type="button" class="rk-copy" onclick={copy}>{t.scen_copy}</button>
            }
            if n > 1 {
                <button type="button" class="rk-remove" onclick={remove}>
                    {t.scen_remove.replace("{n}", &(actief + 1).to_string())}</button>
            }
        </div>
    };
    let status = html! {
        <p class="rk-status" role="status">{(*melding).clone()}</p>
    };

    let comparison = (n > 1).then(|| {
        let cols = kolommen(&state, &calc);
        let later = heeft_later(&cols);
        html! {
            <div class="rk-table-wrap" tabindex="0" role="region" aria-label={t.table_named.replace("{x}", t.scen_compare)}>
                <table class="rk-table rk-compare" id="rk-vergelijking">
                    <caption>{t.scen_compare}</caption>
                    <thead><tr>
                        <td></td>
                        { for (0..cols.len()).map(|i| html! {
                            <th scope="col" class={classes!((i == actief).then_some("rk-col-on"))}>
                                {t.scen_label.replace("{n}", &(i + 1).to_string())}</th>
                        }) }
                    </tr></thead>
                    <tbody>
                        <tr><th scope="row">{t.row_benefit}</th>
                            { for cols.iter().map(|k| html! { <td>{kort(soort_label(t, k.soort))}</td> }) }</tr>
                        <tr><th scope="row">{t.row_hours}</th>
                            { for cols.iter().map(|k| html! { <td class="rk-num">{k.uren.clone()}</td> }) }</tr>
                        <tr><th scope="row">{t.row_wage}</th>
                            { for cols.iter().map(|k| html! { <td class="rk-num rk-wrap">{
                                k.uurloon.map_or_else(|| t.min_wage_label.to_string(), |c| c.to_string())
                            }</td> }) }</tr>
                        <tr><th scope="row">{t.col_without}</th>
                            { for cols.iter().map(|k| html! { <td class="rk-num">{k.totalen.as_ref().map_or("–", |x| x.zonder_werk.as_str())}</td> }) }</tr>
                        <tr><th scope="row">{t.col_with}</th>
                            { for cols.iter().map(|k| html! { <td class="rk-num">{k.totalen.as_ref().map_or("–", |x| x.met_werk.as_str())}</td> }) }</tr>
                        <tr class="rk-total"><th scope="row">{t.col_diff}</th>
                            { for cols.iter().map(|k| html! { <td class="rk-num rk-wrap">{verschillen(k, false)}</td> }) }</tr>
                        if later {
                            <tr class="rk-later-row"><th scope="row">{t.row_later}</th>
                                { for cols.iter().map(|k| html! { <td class="rk-num rk-wrap">{verschillen(k, true)}</td> }) }</tr>
                        }
                    </tbody>
                </table>
            </div>
        }
    });

    let result = match &shown {
        Some((u, l, f)) => html! {
            <>
                <p class="rk-for">{t.result_for.replace("{uren}", &uren_tekst(f.uren)).replace("{bedrag}", &l.gebruikt.to_string())}</p>
                <Answer uitkomst={u.clone()} />
                <p class="rk-estimate">{t.estimate}{" "}<span id="rk-bedragen">{u.bedragen.tekst.clone()}</span></p>
                if u.voorlopig {
                    <p class="rk-provisional">{t.provisional_note}</p>
                }
                <Breakdown uitkomst={u.clone()} formulier={f.clone()} />
                <button type="button" class="rk-print" onclick={Callback::from(|_: MouseEvent| crate::dom::print())}>{t.print}</button>
            </>
        },
        None => Html::default(),
    };
    let notes = shown.as_ref().map(|(u, _, _)| {
        html! {
            <section class="rk-notes" aria-labelledby="rk-notities-kop">
                <h2 id="rk-notities-kop">{t.notes_heading}</h2>
                <ul>
                    { for u.waarschuwingen.iter().map(|w| html! { <li>{w.clone()}</li> }) }
                </ul>
            </section>
        }
    });

    html! {
        <div class="rk">
            <h1 tabindex="-1">{m.tool_rekenhulp_name}</h1>
            <p class="lead">{t.intro}</p>
            if lang == Taal::En {
                <p class="rk-numbers">{t.numbers_note}</p>
            }
            <p class="privacy-line">{t.privacy_line}</p>
            <div class="rk-modes" role="group" aria-label={t.mode_legend}>
                {mode_button(Modus::Snel, t.mode_quick, t.mode_quick_hint)}
                {mode_button(Modus::Volledig, t.mode_full, t.mode_full_hint)}
            </div>
            <p class="rk-carry">{t.carry_over}</p>
            <section class={classes!("rk-scenarios", (n == 1).then_some("rk-scenarios-single"))} aria-labelledby="rk-situaties-kop">
                <h2 id="rk-situaties-kop">{t.scen_heading}</h2>
                <p>{if n >= MAX_SCENARIOS { t.scen_full } else { t.scen_intro }}</p>
                {tabs}
                {status}
                {comparison}
            </section>
            <div class="rk-layout">
                <div class="rk-inputs" key={format!("situatie-{actief}")}>
                    <Inputs handle={h.clone()} hulp={hulp} />
                </div>
                <section class="rk-result" aria-labelledby="rk-uitkomst-kop">
                    <h2 id="rk-uitkomst-kop">{t.result_heading}{" ("}{t.scen_label.replace("{n}", &(actief + 1).to_string())}{")"}</h2>
                    if let Some(e) = &fout {
                        <div class="notice rk-error" role="alert">
                            <p><strong>{t.error_heading}</strong></p>
                            <p>{e.melding.clone()}</p>
                            if shown.is_some() {
                                <p>{t.kept_last}</p>
                            }
                        </div>
                    }
                    {result}
                </section>
            </div>
            <Later shown={shown.clone().map(|(u, _, f)| (u, f))} />
            {notes}
        </div>
    }
}

/// What the sections below the answer show: the result of the situation shown, and the form it
/// came from.
type Getoond = Option<(Rc<Uitkomst>, Formulier)>;

#[derive(Properties, PartialEq)]
struct LaterProps {
    shown: Getoond,
}

/// The curve (81 more calculations), the timeline and the steps to take. They follow the answer
/// one painted frame later, so the answer keeps up with typing on a slow phone (see
/// [`use_deferred`]).
#[function_component(Later)]
fn later(p: &LaterProps) -> Html {
    let lang = use_context::<Taal>().unwrap_or_default();
    let shown = use_deferred(p.shown.clone());
    let curve = use_memo(
        (shown.as_ref().map(|(_, f)| f.clone()), lang),
        |(f, lang)| {
            let f = f.as_ref()?;
            werkkeuze_core::tools::rekenhulp::curve(f, *lang)
                .ok()
                .map(Rc::new)
        },
    );
    match shown {
        Some((u, f)) => html! {
            <>
                if let Some(c) = (*curve).clone() {
                    <CurveSection uitkomst={u.clone()} curve={c} formulier={f.clone()} />
                }
                <maanden::Maandoverzicht key="maanden" formulier={f.clone()} />
                <Timeline uitkomst={u.clone()} formulier={f.clone()} />
                <Todo soort={f.soort} stopt={u.uitkering_stopt.is_some()} />
            </>
        },
        None => Html::default(),
    }
}
