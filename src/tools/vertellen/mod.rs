//! "Vertellen of verzwijgen?" (issue 5): a CoRaL-style decision aid about telling an employer
//! about a psychological condition, in nine resumable steps. The model and the content live in
//! `werkkeuze_core::disclosure`, the answers, the actions and what each step shows in
//! `werkkeuze_core::tools::vertellen`; this folder renders that view and dispatches actions.
//!
//! - [`steps`]: situation, SURE, rights, weighing and the second SURE with next steps.
//! - [`reasons`]: reasons for and against, with a concrete weight per reason, and own reasons.
//! - [`options`]: how much, to whom, when and how, linked to the person's reasons.
//! - [`message`]: the message builder with a live preview and a copy button; [`phrases`]: the
//!   sentences for hard moments beside it.
//! - [`summary`]: "Mijn afweging", one page that prints on A4.
//! - [`about`]: IPDAS information (production date, update policy, sources, no funder).
//! - [`text`]: the tool's own UI texts (Dutch and English); [`ui`]: small shared pieces.
//!
//! The current step lives in the state (`step`, 1–9), so leaving the route and coming back resumes.

mod about;
mod message;
mod options;
mod phrases;
mod reasons;
mod steps;
mod summary;
pub mod text;
mod ui;

use crate::hooks::use_title;
use crate::state::use_vertellen;
use text::use_text;
use ui::{use_content_lang, Inhoud};
use werkkeuze_core::disclosure;
use werkkeuze_core::tools::vertellen::{view, Action, STEPS};
use yew::prelude::*;

pub use summary::PlanSamenvatting;

/// The aid, once its content is there; the app's data error (with "Probeer het opnieuw") when it
/// cannot be read.
#[function_component(Vertellen)]
pub fn vertellen() -> Html {
    let m = crate::hooks::use_messages();
    let retry = use_force_update();
    match disclosure::content() {
        Ok(c) => html! {
            <ContextProvider<Inhoud> context={Inhoud(c)}>
                <Steps />
            </ContextProvider<Inhoud>>
        },
        Err(_) => crate::data::failed_notice(
            m,
            m.data_failed_body,
            Callback::from(move |_| retry.force_update()),
        ),
    }
}

#[function_component(Steps)]
fn steps_page() -> Html {
    let t = use_text();
    let m = crate::hooks::use_messages();
    use_title(m.tool_vertellen_name);
    let h = use_vertellen();
    let (c, lang) = use_content_lang();
    let frame = view::frame(c, &h, lang);
    let step = frame.step;
    let heading = use_node_ref();

    // After the step changes (not on the first render), move focus to the step's heading, so
    // keyboard and screen-reader users start at the top of the new step.
    let first = use_mut_ref(|| true);
    {
        let heading = heading.clone();
        use_effect_with(step, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                    el.focus().ok();
                }
            }
        });
    }

    let go = {
        let h = h.clone();
        Callback::from(move |to: u8| h.dispatch(Action::GoTo(to)))
    };
    let titles = t.step_titles();
    let title = titles[usize::from(step - 1)];
    let step_of = frame.step_of;

    let step_list = titles
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let n = i as u8 + 1;
            let current = n == step;
            let onclick = {
                let go = go.clone();
                Callback::from(move |_: MouseEvent| go.emit(n))
            };
            html! {
                <li class={classes!("vt-step-item", current.then_some("vt-step-current"))}>
                    <button type="button" class="vt-step-button"
                        aria-current={current.then_some("step")} {onclick}>
                        <span class="vt-step-number" aria-hidden="true">{n}</span>
                        <span class="vt-step-label">{*name}</span>
                    </button>
                </li>
            }
        })
        .collect::<Html>();

    let body = match step {
        1 => html! { <steps::SituationStep /> },
        2 => html! { <steps::SureStep after={false} /> },
        3 => html! { <steps::RightsStep on_go={go.clone()} /> },
        4 => html! { <reasons::ReasonsStep /> },
        5 => html! { <steps::WeighingStep on_go={go.clone()} /> },
        6 => html! { <options::OptionsStep /> },
        7 => html! { <message::MessageStep /> },
        8 => html! { <steps::SureStep after={true} /> },
        _ => html! { <summary::SummaryStep /> },
    };

    let prev = (step > 1).then(|| {
        let go = go.clone();
        html! {
            <button type="button" class="vt-prev"
                onclick={Callback::from(move |_: MouseEvent| go.emit(step - 1))}>
                {t.prev}
            </button>
        }
    });
    let next = (step < STEPS).then(|| {
        let go = go.clone();
        let label = if frame.answered { t.next } else { t.skip };
        html! {
            <button type="button" class="primary vt-next"
                onclick={Callback::from(move |_: MouseEvent| go.emit(step + 1))}>
                {label}
            </button>
        }
    });

    html! {
        <div class={classes!("vt", (step == STEPS).then_some("vt-on-summary"))}>
            <h1 tabindex="-1">{m.tool_vertellen_name}</h1>
            <div class="vt-intro">
                <p class="lead">{frame.subtitle}</p>
                <p class="privacy-line">{frame.privacy}{" "}{t.intro_steps}</p>
            </div>
            <nav class="vt-progress" aria-label={t.steps_label}>
                <p class="vt-progress-line">
                    <strong>{step_of.clone()}</strong>
                </p>
                <progress class="vt-progress-bar" max={STEPS.to_string()} value={step.to_string()}
                    aria-hidden="true"></progress>
                <ol class="vt-step-list">{step_list}</ol>
            </nav>
            <section class="vt-step" aria-labelledby="vt-step-title">
                <h2 id="vt-step-title" class="vt-step-title" tabindex="-1" ref={heading}>
                    <span class="visually-hidden">{step_of}{": "}</span>
                    {title}
                </h2>
                {body}
            </section>
            <nav class="vt-nav" aria-label={t.step_nav_label}>
                {prev}
                {next}
            </nav>
            <about::About />
        </div>
    }
}
