//! Step 9: "Mijn afweging", one page with everything the person chose and wrote. The print
//! stylesheet hides the navigation and the controls, so it prints on one A4 page.

use super::text::{use_text, VertellenText};
use super::ui::use_content_lang;
use crate::state::use_vertellen;
use werkkeuze_core::disclosure::{self, Weight};
use werkkeuze_core::tools::vertellen::{self as tool, view};
use yew::prelude::*;

fn side(t: &VertellenText, list: &[view::SummaryReason]) -> Html {
    if list.is_empty() {
        return html! { <p class="vt-empty">{t.weighing_empty}</p> };
    }
    let items = list
        .iter()
        .map(|r| {
            let own = r.own.then(|| html! { <>{", "}{t.own_tag}</> });
            let class = (r.weight == Weight::Important).then_some("vt-sum-important");
            html! {
                <li class={classes!(class)}>
                    {r.text.clone()}
                    <span class="vt-link-weight">{" ("}{r.weight_label.clone()}{own}{")"}</span>
                </li>
            }
        })
        .collect::<Html>();
    html! { <ul>{items}</ul> }
}

/// The message in paragraphs.
fn paragraphs(message: &[String]) -> Html {
    message.iter().map(|p| html! { <p>{p}</p> }).collect()
}

/// Step 9.
#[function_component(SummaryStep)]
pub fn summary_step() -> Html {
    let t = use_text();
    let h = use_vertellen();
    let (c, lang) = use_content_lang();
    let s = view::summary(c, &h, lang);
    let none = || html! { <span class="vt-empty">{view::not_answered(lang)}</span> };

    let choices = if s.choices.is_empty() {
        html! { <p class="vt-empty">{t.nothing_chosen}</p> }
    } else {
        let items = s
            .choices
            .iter()
            .map(|ch| html! { <li><strong>{ch.title.clone()}</strong>{" "}{ch.options.clone()}</li> })
            .collect::<Html>();
        html! { <ul class="vt-sum-choices">{items}</ul> }
    };
    let message = if s.message.is_empty() {
        html! { <p class="vt-empty">{t.no_message}</p> }
    } else {
        html! { <div class="vt-preview-text vt-sum-message">{paragraphs(&s.message)}</div> }
    };
    // The dates the rights were checked, once in the heading (a date per right would make the
    // list too long for one printed page; the rights step shows each right's own date).
    let checked_dates = &s.rights_checked;
    let rights = if s.rights.is_empty() {
        html! { <p class="vt-empty">{t.rights_need_situation}</p> }
    } else {
        let items = s
            .rights
            .iter()
            .map(|r| html! { <li>{r}</li> })
            .collect::<Html>();
        html! { <ul class="vt-sum-rights">{items}</ul> }
    };
    let next = s
        .next_steps
        .iter()
        .map(|n| {
            let route = n
                .route
                .as_ref()
                .map(|r| html! { <span class="vt-print-only">{" ("}{r.clone()}{")"}</span> });
            html! { <li>{n.label.clone()}{route}</li> }
        })
        .collect::<Html>();
    let statements = s
        .statements
        .iter()
        .map(|st| html! { <li>{st}</li> })
        .collect::<Html>();

    html! {
        <>
            <p class="vt-no-print">{t.summary_intro}</p>
            <div class="vt-no-print vt-actions">
                <button type="button" class="primary" onclick={Callback::from(|_: MouseEvent| crate::dom::print())}>
                    {t.print}
                </button>
            </div>
            <article class="vt-summary" aria-labelledby="vt-summary-title">
                <h3 id="vt-summary-title" class="vt-summary-title">{t.summary_title}</h3>
                <p class="vt-sum-sub">{s.title.clone()}</p>
                <dl class="vt-sum-facts">
                    <div><dt>{t.sum_situation}</dt>
                        <dd>{s.situation.clone().map(|x| html!{ {x} }).unwrap_or_else(none)}</dd></div>
                    <div><dt>{t.sum_audience}</dt>
                        <dd>{s.audience.clone().map(|x| html!{ {x} }).unwrap_or_else(none)}</dd></div>
                    <div><dt>{t.sum_sure}</dt>
                        <dd>
                            {s.sure.clone()}
                            if let Some(ct) = &s.sure_change { {" "}{ct.clone()} }
                        </dd></div>
                </dl>
                <section class="vt-sum-block">
                    <h4>{t.sum_weighing}</h4>
                    <div class="vt-sum-columns">
                        <div>
                            <h5>{t.sum_for}</h5>
                            {side(t, &s.for_telling)}
                        </div>
                        <div>
                            <h5>{t.sum_against}</h5>
                            {side(t, &s.against_telling)}
                        </div>
                    </div>
                </section>
                <section class="vt-sum-block">
                    <h4>{t.sum_choices}</h4>
                    {choices}
                </section>
                if !s.let_op.is_empty() {
                    <section class="vt-sum-block vt-let-op">
                        <h4>{t.sum_let_op}</h4>
                        <ul>{ for s.let_op.iter().map(|n| html! { <li>{n}</li> }) }</ul>
                    </section>
                }
                <section class="vt-sum-block">
                    <h4>{t.sum_message}</h4>
                    {message}
                </section>
                <div class="vt-sum-columns">
                    <section class="vt-sum-block">
                        <h4>
                            {t.sum_rights}
                            if let Some(d) = checked_dates {
                                {" ("}{t.checked_on.to_lowercase()}{" "}{d.clone()}{")"}
                            }
                        </h4>
                        {rights}
                    </section>
                    <section class="vt-sum-block">
                        <h4>{t.next_heading}</h4>
                        <ul>{next}</ul>
                    </section>
                </div>
                <ul class="vt-sum-statements">{statements}</ul>
                <p class="vt-sum-meta">{s.made.clone()}</p>
            </article>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct PlanSamenvattingProps {
    /// The answers of the session "Mijn plan" shows.
    pub answers: tool::State,
}

/// What "Mijn plan" shows of the aid: the situation, whom it is about, the choices, what holds
/// whatever was chosen, and the message.
#[function_component(PlanSamenvatting)]
pub fn plan_samenvatting(props: &PlanSamenvattingProps) -> Html {
    let lang = use_context::<crate::i18n::Taal>().unwrap_or_default();
    let t = use_text();
    let m = crate::hooks::use_messages();
    let c = match disclosure::content() {
        Ok(c) => c,
        Err(_) => return html! { <p class="notice" role="alert">{m.data_failed_body}</p> },
    };
    let sum = view::summary(c, &props.answers, lang);
    let choices = if sum.choices.is_empty() {
        html! { <p>{t.plan_nothing}</p> }
    } else {
        let items = sum
            .choices
            .iter()
            .map(|ch| html! { <li><strong>{ch.title.clone()}</strong>{" "}{ch.options.clone()}</li> })
            .collect::<Html>();
        html! { <ul>{items}</ul> }
    };
    let situation = sum
        .situation
        .map(|x| html! { <p><strong>{t.plan_situation}</strong>{" "}{x}</p> });
    let audience = sum
        .audience
        .map(|x| html! { <p><strong>{t.plan_audience}</strong>{" "}{x}</p> });
    let message = (!sum.message.is_empty()).then(|| {
        html! {
            <>
                <h3>{t.plan_message}</h3>
                <div class="plan-message">{paragraphs(&sum.message)}</div>
            </>
        }
    });
    html! {
        <>
            {situation}
            {audience}
            <h3>{t.plan_choices}</h3>
            {choices}
            // What holds whatever was chosen (on sick leave, the duties that stay).
            { for sum.let_op.iter().map(|n| html! { <p class="vt-let-op">{n}</p> }) }
            {message}
        </>
    }
}
