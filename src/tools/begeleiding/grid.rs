//! The Option Grid: two or three chosen options side by side in one printable table whose rows
//! are the questions people ask (`werkkeuze_core::matcher::option_grid`).

use super::logic::{vergelijk, vul, MAX_VERGELIJK};
use super::text::use_text;
use super::uitslag::bronnen;
use crate::state::use_begeleiding;
use werkkeuze_core::matcher::{catalogus, option_grid};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GridProps {
    pub heading: NodeRef,
    /// A fourth option was refused: say so here, where the person reads the count.
    pub refused: bool,
    pub on_refused: Callback<Option<String>>,
}

#[function_component(Vergelijking)]
pub fn vergelijking(p: &GridProps) -> Html {
    let t = use_text();
    let h = use_begeleiding();
    let lang = use_context::<crate::i18n::Lang>()
        .unwrap_or_default()
        .taal();
    let gekozen = &h.vergelijk;
    let ids: Vec<&str> = gekozen.iter().map(String::as_str).collect();
    let grid = option_grid(&ids, Some(&h.antwoorden)).ok();

    let chosen = gekozen
        .iter()
        .filter_map(|id| catalogus().optie(id))
        .map(|o| {
            let onclick = {
                let h = h.clone();
                let id = o.id.clone();
                let refused = p.on_refused.clone();
                let heading = p.heading.clone();
                Callback::from(move |_: MouseEvent| {
                    let mut s = (*h).clone();
                    vergelijk(&mut s.vergelijk, &id, false);
                    refused.emit(None);
                    h.set(s);
                    // The button goes away with the option: focus the comparison's heading.
                    super::focus(&heading);
                })
            };
            html! {
                <li>
                    <span>{o.naam.get(lang)}</span>{" "}
                    <button type="button" class="bg-remove" {onclick}
                        aria-label={format!("{}: {}", t.grid_remove, o.naam.get(lang))}>
                        {t.grid_remove}
                    </button>
                </li>
            }
        })
        .collect::<Html>();

    let table = grid.map(|g| {
        let head = g
            .kolommen
            .iter()
            .map(|k| html! { <th scope="col">{k.naam.get(lang)}</th> })
            .collect::<Html>();
        let rows = g
            .rijen
            .iter()
            .map(|r| {
                let cells = r
                    .cellen
                    .iter()
                    .zip(&g.kolommen)
                    .map(|(c, k)| {
                        let paras = c
                            .tekst
                            .iter()
                            .map(|x| html! { <p>{x.get(lang)}</p> })
                            .collect::<Html>();
                        // "Wat gebeurt er?" carries all the option's sources; those are listed
                        // in the option's detail, to keep the printed page short.
                        let src = if r.id == "wat_gebeurt" {
                            Html::default()
                        } else {
                            bronnen(t, &c.bronnen, lang)
                        };
                        // On a phone the table becomes one block per question, and each
                        // answer is headed by its option's name (hidden beside the columns).
                        html! {
                            <td>
                                <h4 class="bg-cell-name">{k.naam.get(lang)}</h4>
                                {paras}{src}
                            </td>
                        }
                    })
                    .collect::<Html>();
                html! { <tr data-row={r.id}><th scope="row">{r.vraag.get(lang)}</th>{cells}</tr> }
            })
            .collect::<Html>();
        let notes = g
            .voetnoten
            .iter()
            .map(|n| html! { <li>{n.get(lang)}</li> })
            .collect::<Html>();
        html! {
            <div class="bg-grid">
                <p class="bg-scroll-hint bg-no-print">{t.grid_scroll_hint}</p>
                <div class="bg-grid-scroll" role="region" aria-labelledby="bg-grid-caption" tabindex="0">
                    <table class="bg-grid-table grid-stack">
                        <caption id="bg-grid-caption">{g.titel.get(lang)}</caption>
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
                <p class="bg-stand">{t.stand_label}{": "}{g.stand.get(lang)}</p>
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
                <p>{vul(t.grid_count, "", gekozen.len(), MAX_VERGELIJK)}</p>
                <p class="bg-refused">{if p.refused { t.grid_refused } else { "" }}</p>
            </div>
            <div class="bg-no-print" hidden={gekozen.is_empty()}>
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
