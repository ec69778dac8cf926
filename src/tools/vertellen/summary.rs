//! Step 9: "Mijn afweging", one page with everything the person chose and wrote. The print
//! stylesheet hides the navigation and the controls, so it prints on one A4 page.

use super::text::use_text;
use super::ui::{date, use_content_lang, weight_label};
use crate::state::use_vertellen;
use werkkeuze_core::disclosure::{self, Content, Lang, WeighedReason, Weight};
use yew::prelude::*;

fn side(c: &Content, t: &super::text::VertellenText, lang: Lang, list: &[WeighedReason]) -> Html {
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
                    {r.text.get(lang)}
                    <span class="vt-link-weight">{" ("}{weight_label(c, r.weight, lang)}{own}{")"}</span>
                </li>
            }
        })
        .collect::<Html>();
    html! { <ul>{items}</ul> }
}

/// Step 9.
#[function_component(SummaryStep)]
pub fn summary_step() -> Html {
    let t = use_text();
    let h = use_vertellen();
    let (c, lang) = use_content_lang();
    let s = disclosure::summary(c, &h);
    let none = || html! { <span class="vt-empty">{t.not_answered}</span> };
    let score = |sc: Option<u8>| match sc {
        Some(v) => t.score_of.replace("{score}", &v.to_string()),
        None => t.not_answered.to_string(),
    };

    let choices = if s.choices.is_empty() {
        html! { <p class="vt-empty">{t.nothing_chosen}</p> }
    } else {
        let items = s
            .choices
            .iter()
            .map(|ch| {
                let labels = ch
                    .options
                    .iter()
                    .map(|(_, l)| l.get(lang))
                    .collect::<Vec<_>>()
                    .join(", ");
                html! { <li><strong>{ch.group_title.get(lang)}</strong>{" "}{labels}</li> }
            })
            .collect::<Html>();
        html! { <ul class="vt-sum-choices">{items}</ul> }
    };
    let message = if s.message.is_empty() {
        html! { <p class="vt-empty">{t.no_message}</p> }
    } else {
        let paragraphs = s
            .message
            .split("\n\n")
            .map(|p| html! { <p>{p}</p> })
            .collect::<Html>();
        html! { <div class="vt-preview-text vt-sum-message">{paragraphs}</div> }
    };
    // The dates the rights were checked, once in the heading (a date per right would make the
    // list too long for one printed page; the rights step shows each right's own date).
    let mut dates: Vec<&str> = s.rights.iter().map(|r| r.checked.as_str()).collect();
    dates.sort_unstable();
    dates.dedup();
    let checked_dates = (!dates.is_empty()).then(|| {
        dates
            .iter()
            .map(|d| date(d, lang))
            .collect::<Vec<_>>()
            .join(", ")
    });
    let rights = if s.rights.is_empty() {
        html! { <p class="vt-empty">{t.rights_need_situation}</p> }
    } else {
        let items = s
            .rights
            .iter()
            .map(|r| html! { <li>{r.title.get(lang)}</li> })
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
            html! { <li>{n.label.get(lang)}{route}</li> }
        })
        .collect::<Html>();
    let statements = s
        .statements
        .iter()
        .map(|st| html! { <li>{st.get(lang)}</li> })
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
                <p class="vt-sum-sub">{s.title.get(lang)}</p>
                <dl class="vt-sum-facts">
                    <div><dt>{t.sum_situation}</dt>
                        <dd>{s.situation.as_ref().map(|x| html!{ {x.get(lang)} }).unwrap_or_else(none)}</dd></div>
                    <div><dt>{t.sum_audience}</dt>
                        <dd>{s.audience.as_ref().map(|x| html!{ {x.get(lang)} }).unwrap_or_else(none)}</dd></div>
                    <div><dt>{t.sum_sure}</dt>
                        <dd>
                            {t.before_after.replace("{before}", &score(s.sure_before.score)).replace("{after}", &score(s.sure_after.score))}
                            if let Some(ct) = &s.sure_change_text { {" "}{ct.get(lang)} }
                        </dd></div>
                </dl>
                <section class="vt-sum-block">
                    <h4>{t.sum_weighing}</h4>
                    <div class="vt-sum-columns">
                        <div>
                            <h5>{t.sum_for}</h5>
                            {side(c, t, lang, &s.weighing.for_telling)}
                        </div>
                        <div>
                            <h5>{t.sum_against}</h5>
                            {side(c, t, lang, &s.weighing.against_telling)}
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
                        <ul>{ for s.let_op.iter().map(|n| html! { <li>{n.get(lang)}</li> }) }</ul>
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
                            if let Some(d) = &checked_dates {
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
                <p class="vt-sum-meta">
                    {t.sum_made.replace("{date}", &date(&s.production_date, lang))}{" "}
                    {s.funding.get(lang)}{" "}{s.interests.get(lang)}{" "}{s.update_policy.get(lang)}
                </p>
            </article>
        </>
    }
}
