//! The Option Grid: two or three chosen options side by side in one printable table whose rows
//! are the questions people ask (`werkkeuze_core::matcher::option_grid`).

use super::text::use_text;
use super::uitslag::bronnen;
use crate::state::use_begeleiding;
use std::rc::Rc;
use werkkeuze_core::tools::begeleiding::{Action, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GridProps {
    pub heading: NodeRef,
    pub view: Rc<View>,
}

#[function_component(Vergelijking)]
pub fn vergelijking(p: &GridProps) -> Html {
    let t = use_text();
    let h = use_begeleiding();
    let lang = use_context::<crate::i18n::Taal>().unwrap_or_default();
    let v = &p.view;

    let chosen = v
        .vergelijk
        .iter()
        .map(|(id, naam)| {
            let onclick = {
                let h = h.clone();
                let id = id.clone();
                let heading = p.heading.clone();
                Callback::from(move |_: MouseEvent| {
                    h.dispatch(Action::Vergelijk {
                        id: id.clone(),
                        aan: false,
                    });
                    // The button goes away with the option: focus the comparison's heading.
                    super::focus(&heading);
                })
            };
            html! {
                <li>
                    <span>{naam.clone()}</span>{" "}
                    <button type="button" class="bg-remove" {onclick}
                        aria-label={format!("{}: {}", t.grid_remove, naam)}>
                        {t.grid_remove}
                    </button>
                </li>
            }
        })
        .collect::<Html>();

    let table = v.grid.as_ref().map(|g| {
        let head = g
            .kolommen
            .iter()
            .map(|k| html! { <th scope="col">{k.clone()}</th> })
            .collect::<Html>();
        let rows = g
            .rijen
            .iter()
            .map(|r| {
                let cells = r
                    .cellen
                    .iter()
                    .zip(&g.kolommen)
                    .map(|((tekst, cel_bronnen), k)| {
                        let paras = tekst
                            .iter()
                            .map(|x| html! { <p>{x.clone()}</p> })
                            .collect::<Html>();
                        // "Wat gebeurt er?" carries all the option's sources; those are listed
                        // in the option's detail, to keep the printed page short.
                        let src = if r.id == "wat_gebeurt" {
                            Html::default()
                        } else {
                            bronnen(t, cel_bronnen, lang)
                        };
                        // On a phone the table becomes one block per question, and each
                        // answer is headed by its option's name (hidden beside the columns).
                        html! {
                            <td>
                                <h4 class="bg-cell-name">{k.clone()}</h4>
                                {paras}{src}
                            </td>
                        }
                    })
                    .collect::<Html>();
                html! { <tr data-row={r.id}><th scope="row">{r.vraag}</th>{cells}</tr> }
            })
            .collect::<Html>();
        let notes = g
            .voetnoten
            .iter()
            .map(|n| html! { <li>{n.clone()}</li> })
            .collect::<Html>();
        html! {
            <div class="bg-grid">
                <p class="bg-scroll-hint bg-no-print">{t.grid_scroll_hint}</p>
                <div class="bg-grid-scroll" role="region" aria-labelledby="bg-grid-caption" tabindex="0">
                    <table class="bg-grid-table grid-stack">
                        <caption id="bg-grid-caption">{g.titel}</caption>
                        <thead><tr><th scope="col">{t.grid_question_col}</th>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <h3>{t.grid_footnotes}</h3>
                <ul class="bg-footnotes">
                    {notes}
                    <li>{t.grid_sources_note}</li>
                </ul>
                <p class="bg-informs">{t.grid_decide}</p>
                <p class="bg-stand">{t.stand_label}{": "}{g.stand.clone()}</p>
                <div class="bg-actions bg-no-print">
                    <button type="button" class="primary" onclick={Callback::from(|_: MouseEvent| crate::dom::print())}>
                        {t.print}
                    </button>
                </div>
            </div>
        }
    });

    html! {
        <section class={classes!("bg-grid-section", table.is_some().then_some("bg-has-grid"))}
            aria-labelledby="bg-grid-title">
            <h2 id="bg-grid-title" tabindex="-1" ref={p.heading.clone()}>{t.grid_heading}</h2>
            <p class="bg-no-print">{t.grid_intro}</p>
            <div class="bg-grid-status bg-no-print" role="status">
                <p>{v.vergelijk_aantal.clone()}</p>
                <p class="bg-refused">{if v.geweigerd { t.grid_refused } else { "" }}</p>
            </div>
            <div class="bg-no-print" hidden={v.vergelijk.is_empty()}>
                <h3 id="bg-chosen-title">{t.grid_chosen}</h3>
                <ul class="bg-chosen" aria-labelledby="bg-chosen-title">{chosen}</ul>
            </div>
            if let Some(table) = table {
                {table}
            } else {
                <p class="bg-no-print">{t.grid_need_more}</p>
            }
        </section>
    }
}
