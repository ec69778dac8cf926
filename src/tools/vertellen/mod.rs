//! "Vertellen of verzwijgen?" (issue 5): a CoRaL-style decision aid about telling an employer
//! about a psychological condition, in nine resumable steps. The model and the content live in
//! `werkkeuze_core::disclosure`; this folder only renders them.
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
//! The current step lives in `Answers.step` (1–9), so leaving the route and coming back resumes.

mod about;
mod message;
mod options;
mod phrases;
mod reasons;
mod steps;
mod summary;
pub mod text;
pub(crate) mod ui;

use crate::hooks::use_title;
use crate::state::use_vertellen;
use text::use_text;
use ui::{update, use_content_lang};
use werkkeuze_core::disclosure::{self, Answers};
use yew::prelude::*;

/// The number of steps.
pub const STEPS: u8 = 9;

/// The step the person is on, 1–9 (a fresh or odd value starts at 1).
pub fn current_step(a: &Answers) -> u8 {
    a.step.clamp(1, STEPS)
}

/// Whether the person answered something on a step, so "Volgende stap" replaces "Overslaan".
/// Steps that only show information count as answered.
pub fn step_answered(c: &disclosure::Content, a: &Answers, step: u8) -> bool {
    match step {
        1 => a.situation.is_some(),
        2 => a.sure_before.score().answered > 0,
        4 => !a.marks.is_empty() || !a.own_reasons.is_empty(),
        6 => !a.choices.is_empty(),
        7 => disclosure::has_message(c, a),
        8 => a.sure_after.score().answered > 0,
        _ => true,
    }
}

#[function_component(Vertellen)]
pub fn vertellen() -> Html {
    let t = use_text();
    let m = crate::hooks::use_messages();
    use_title(m.tool_vertellen_name);
    let h = use_vertellen();
    let (c, lang) = use_content_lang();
    let step = current_step(&h);
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
        Callback::from(move |to: u8| update(&h, |a| a.step = to.clamp(1, STEPS)))
    };
    let titles = t.step_titles();
    let title = titles[usize::from(step - 1)];
    let step_of = t
        .step_of
        .replace("{n}", &step.to_string())
        .replace("{total}", &STEPS.to_string());

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
        let label = if step_answered(c, &h, step) {
            t.next
        } else {
            t.skip
        };
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
                <p class="lead">{c.meta.subtitle.get(lang)}</p>
                <p class="privacy-line">{c.meta.privacy.get(lang)}{" "}{t.intro_steps}</p>
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

#[cfg(test)]
mod tests {
    use super::*;
    use werkkeuze_core::disclosure::Weight;

    #[test]
    fn a_fresh_or_odd_step_starts_at_one_and_stays_within_nine() {
        let mut a = Answers::new();
        assert_eq!(current_step(&a), 1);
        a.step = 7;
        assert_eq!(current_step(&a), 7);
        a.step = 200;
        assert_eq!(current_step(&a), STEPS);
    }

    #[test]
    fn an_empty_step_offers_skip_and_an_answered_one_next() {
        let c = disclosure::content();
        let mut a = Answers::new();
        for step in [1, 2, 4, 6, 7, 8] {
            assert!(!step_answered(c, &a, step), "step {step}");
        }
        for step in [3, 5, 9] {
            assert!(step_answered(c, &a, step), "step {step}");
        }
        a.situation = Some("solliciteren".into());
        a.sure_before.set("s", Some(false));
        a.mark("voor-aanpassingen", Weight::NotForMe);
        a.choose(c, "niets");
        a.script.set_part("wat_ik_kan", "Ik werk nauwkeurig");
        a.sure_after.set("e", Some(true));
        for step in 1..=STEPS {
            assert!(step_answered(c, &a, step), "step {step}");
        }
    }

    #[test]
    fn dates_are_written_as_people_write_them() {
        use werkkeuze_core::disclosure::Lang;
        assert_eq!(ui::date("2026-11-24", Lang::Nl), "24 november 2026");
        assert_eq!(ui::date("2026-11-04", Lang::En), "4 November 2026");
        assert_eq!(ui::date("onbekend", Lang::Nl), "onbekend");
    }
}
