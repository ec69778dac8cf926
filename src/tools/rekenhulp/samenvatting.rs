//! The situations side by side: the cells the comparison on the tool's page shares with the
//! summary in "Mijn plan" ([`Samenvatting`]). What they say comes from core's view model
//! (`werkkeuze_core::tools::rekenhulp::view`).

use super::inputs::soort_label;
use super::text::text;
use crate::i18n::Taal;
use werkkeuze_core::tools::rekenhulp::view::{heeft_later, kolommen, Kolom};
use werkkeuze_core::tools::rekenhulp::{bereken_alles, RekenhulpState};
use yew::prelude::*;

/// The benefit's name without its explanation ("Bijstand", "WIA: WGA-uitkering"), so three
/// situations fit side by side on a phone.
pub fn kort(label: &str) -> &str {
    label.split(" (").next().unwrap_or(label)
}

/// A situation's difference with when it applies on a line of its own, so a column stays
/// narrow on a phone: the first period, or (`later`) every period after it; "–" when there is
/// none.
pub fn verschillen(k: &Kolom, later: bool) -> Html {
    let Some(t) = &k.totalen else {
        return html! { {"–"} };
    };
    let perioden: Vec<_> = if later {
        t.later.iter().collect()
    } else {
        vec![&t.eerste]
    };
    if perioden.is_empty() {
        return html! { {"–"} };
    }
    perioden
        .into_iter()
        .map(|p| {
            html! {
                <span class="rk-period">{p.tekst.clone()}
                    if !p.wanneer.is_empty() {
                        <span class="rk-when">{p.wanneer.clone()}</span>
                    }
                </span>
            }
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct SamenvattingProps {
    pub state: RekenhulpState,
    /// The name of the table's region.
    pub label: AttrValue,
}

/// The calculator's situations side by side for "Mijn plan": a column per situation, so three of
/// them still fit a phone's screen (a row per situation needed five columns there).
#[function_component(PlanSamenvatting)]
pub fn plan_samenvatting(p: &SamenvattingProps) -> Html {
    let lang = use_context::<Taal>().unwrap_or_default();
    let t = text(lang);
    let b = bereken_alles(&p.state, lang);
    let cols = kolommen(&p.state, &b);
    let head = (1..=cols.len())
        .map(|n| html! { <th scope="col">{t.scen_label.replace("{n}", &n.to_string())}</th> })
        .collect::<Html>();
    // Words ("minimum­loon") may wrap; amounts stay on one line.
    let row_in = |label: &str, wrap: bool, cell: &dyn Fn(&Kolom) -> Option<String>| {
        let class = classes!("plan-num", wrap.then_some("plan-wrap"));
        let cells = cols
            .iter()
            .map(|k| match (cell(k), &k.totalen) {
                (Some(c), Some(_)) => html! { <td class={class.clone()}>{c}</td> },
                _ => html! { <td>{t.plan_error}</td> },
            })
            .collect::<Html>();
        html! { <tr><th scope="row">{label.to_string()}</th>{cells}</tr> }
    };
    let row = |label: &str, cell: &dyn Fn(&Kolom) -> Option<String>| row_in(label, false, cell);
    let cells = |label: &str, later: bool| {
        let tds = cols
            .iter()
            .map(|k| match &k.totalen {
                Some(_) => html! { <td class="plan-num plan-wrap">{verschillen(k, later)}</td> },
                None => html! { <td>{t.plan_error}</td> },
            })
            .collect::<Html>();
        html! { <tr><th scope="row">{label.to_string()}</th>{tds}</tr> }
    };
    html! {
        <div class="plan-table plan-rekenhulp" role="region" tabindex="0" aria-label={p.label.clone()}>
            <table>
                <thead><tr><td></td>{head}</tr></thead>
                <tbody>
                    // What was assumed, so the plan can be read without the screen it came from
                    // (fresh-eyes review §12).
                    {row_in(t.row_benefit, true, &|k| Some(kort(soort_label(t, k.soort)).to_string()))}
                    {row(t.plan_hours, &|k| Some(k.uren.clone()))}
                    {row_in(t.row_wage, true, &|k| Some(match k.uurloon {
                        // The euro sign stays with its amount when the cell wraps.
                        Some(c) => c.to_string().replacen("€ ", "€\u{a0}", 1),
                        None => t.min_wage_label.to_string(),
                    }))}
                    {row(t.plan_rent, &|k| Some(k.huur.clone()))}
                    {row(t.plan_without, &|k| k.totalen.as_ref().map(|x| x.zonder_werk.clone()))}
                    {row(t.plan_with, &|k| k.totalen.as_ref().map(|x| x.met_werk.clone()))}
                    {cells(t.plan_difference, false)}
                    if heeft_later(&cols) {
                        {cells(t.row_later, true)}
                    }
                </tbody>
            </table>
        </div>
    }
}
