//! "Welke begeleiding past bij mij?" (issue 6): the intervention matcher. The person answers up to
//! ten questions (every one may be skipped); the result updates at once and shows every option of
//! the catalogue, the fitting ones ranked first with reasons traced to the answers; two or three
//! options can be compared in a printable Option Grid. The tool's state, actions and view model
//! live in `werkkeuze_core::tools::begeleiding` (the rules in `werkkeuze_core::matcher`); this
//! folder only renders the view and dispatches the person's actions.
//!
//! - [`vragen`]: the questions. [`uitslag`]: the ranked result and each option's detail.
//! - [`grid`]: the Option Grid. [`plan`]: the summary for "Mijn plan".
//! - [`text`]: the tool's fixed UI labels (Dutch and English).
//!
//! The answers and the comparison live at app level (`state::use_begeleiding`), so leaving the
//! route and coming back keeps them.

mod grid;
mod plan;
pub mod text;
mod uitslag;
mod vragen;

pub use plan::PlanSamenvatting;

use crate::hooks::{use_messages, use_title};
use std::rc::Rc;
use text::use_text;
use werkkeuze_core::tools::begeleiding::view::OverView;
use werkkeuze_core::tools::begeleiding::View;
use yew::prelude::*;

/// The view model, computed once per change of the answers or the language.
#[hook]
fn use_view() -> Rc<View> {
    let h = crate::state::use_begeleiding();
    let taal = use_context::<crate::i18n::Taal>().unwrap_or_default();
    use_memo((h.0.clone(), taal), |(s, taal)| s.view(*taal))
}

/// Moves keyboard focus to a section heading and scrolls it to the top of the screen, e.g. for
/// "Naar de uitslag", or after the button that was pressed disappears, so focus never falls back
/// to the top of the page.
pub(crate) fn focus(r: &NodeRef) {
    if let Some(el) = r.cast::<web_sys::HtmlElement>() {
        crate::dom::focus_at_top(&el);
    }
}

#[function_component(Begeleiding)]
pub fn begeleiding() -> Html {
    let m = use_messages();
    let t = use_text();
    use_title(m.tool_begeleiding_name);
    let view = use_view();
    let vragen_kop = use_node_ref();
    let uitslag_kop = use_node_ref();
    let grid_kop = use_node_ref();
    let naar = |r: &NodeRef| {
        let r = r.clone();
        Callback::from(move |_: MouseEvent| focus(&r))
    };
    let naar_uitslag = {
        let r = uitslag_kop.clone();
        Callback::from(move |_: ()| focus(&r))
    };
    let print_grid = view.grid.is_some();
    html! {
        <div class={classes!("bg", print_grid.then_some("bg-print-grid"))}>
            <h1 tabindex="-1">{m.tool_begeleiding_name}</h1>
            <div class="bg-intro bg-no-print">
                <p class="lead">{t.lead}</p>
                <p class="bg-informs">{t.informs}</p>
                <p class="privacy-line">{t.privacy}</p>
            </div>
            <nav class="bg-page-nav bg-no-print" aria-label={t.page_nav_label}>
                <ul>
                    <li><button type="button" onclick={naar(&vragen_kop)}>{t.to_questions}</button></li>
                    <li><button type="button" onclick={naar(&uitslag_kop)}>{t.to_results}</button></li>
                    <li><button type="button" onclick={naar(&grid_kop)}>{t.to_grid}</button></li>
                </ul>
            </nav>
            <vragen::Vragen heading={vragen_kop.clone()} on_results={naar_uitslag} view={view.clone()} />
            <uitslag::UitslagLijst heading={uitslag_kop.clone()} view={view.clone()} />
            <grid::Vergelijking heading={grid_kop.clone()} view={view.clone()} />
            <OverDezeLijst over={view.over.clone()} />
        </div>
    }
}

/// "Over deze lijst": when the content was checked, how it is kept up to date, who paid and how
/// it was made (the catalogue's `meta`, the same fields as the disclosure aid's).
#[derive(Properties, PartialEq)]
struct OverProps {
    over: OverView,
}

#[function_component(OverDezeLijst)]
fn over_deze_lijst(p: &OverProps) -> Html {
    let t = use_text();
    let o = &p.over;
    html! {
        <section class="bg-about bg-no-print" aria-labelledby="bg-about-title">
            <h2 id="bg-about-title">{t.about_heading}</h2>
            <dl class="bg-about-facts">
                <div><dt>{t.about_made}</dt><dd>{o.nagekeken.clone()}</dd></div>
                <div><dt>{t.about_update}</dt><dd>{o.bijwerken.clone()}</dd></div>
                <div><dt>{t.about_funding}</dt><dd>{o.betaald.clone()}</dd></div>
                <div><dt>{t.about_developed}</dt><dd>{o.gemaakt.clone()}</dd></div>
            </dl>
            <p>{o.geen_advies.clone()}</p>
        </section>
    }
}
