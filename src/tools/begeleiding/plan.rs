//! The matcher's part of "Mijn plan": the options compared side by side, or else the best fitting
//! options with their first reason (`State::samenvatting` in core).

use super::text::use_text;
use werkkeuze_core::tools::begeleiding::{Samenvatting, State};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanProps {
    /// The matcher's state in the session the plan is made of.
    pub state: State,
}

#[function_component(PlanSamenvatting)]
pub fn plan_samenvatting(p: &PlanProps) -> Html {
    let t = use_text();
    let taal = use_context::<crate::i18n::Taal>().unwrap_or_default();
    match p.state.samenvatting(taal) {
        Samenvatting::Grid(grid) => {
            let head = grid
                .kolommen
                .iter()
                .map(|naam| html! { <th scope="col">{naam.clone()}</th> })
                .collect::<Html>();
            let rows = grid
                .rijen
                .iter()
                .map(|r| {
                    let cells = r
                        .cellen
                        .iter()
                        .zip(&grid.kolommen)
                        .map(|((tekst, _), naam)| {
                            // On a phone each answer is headed by its option's name.
                            html! {
                                <td><h4 class="bg-cell-name">{naam.clone()}</h4>{tekst.join(" ")}</td>
                            }
                        })
                        .collect::<Html>();
                    html! { <tr><th scope="row">{r.vraag}</th>{cells}</tr> }
                })
                .collect::<Html>();
            html! {
                <>
                    <h3>{t.plan_compared}</h3>
                    <div class="plan-table" role="region" tabindex="0"
                        aria-label={format!("{}: {}", t.table, t.plan_compared)}>
                        <table class="grid-stack">
                            <thead><tr><td></td>{head}</tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                </>
            }
        }
        Samenvatting::Top { opties, vergelijk } => html! {
            <>
                <h3>{t.plan_top}</h3>
                <ol>
                    {for opties.iter().map(|(naam, reden)| html! {
                        <li><strong>{naam.clone()}</strong>{" — "}{reden.clone()}</li>
                    })}
                </ol>
                if !vergelijk.is_empty() {
                    <h3>{t.plan_compared}</h3>
                    <ul>{for vergelijk.iter().map(|naam| html! { <li>{naam.clone()}</li> })}</ul>
                }
            </>
        },
    }
}
