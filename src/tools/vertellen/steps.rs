//! Steps 1, 2, 3, 5 and 8: the situation, the SURE test (before and after, with next steps),
//! the rights for the situation, and the weighing view without a verdict.

use super::text::use_text;
use super::ui::{situation_note, unverified, use_content_lang, Sources};
use crate::route::Route;
use crate::state::use_vertellen;
use crate::widgets::term::Term;
use crate::widgets::why::Why;
use werkkeuze_core::tools::vertellen::{view, Action};
use yew::prelude::*;
use yew_router::prelude::*;

/// Step 1: the situation and whom the question is about.
#[function_component(SituationStep)]
pub fn situation_step() -> Html {
    let t = use_text();
    let h = use_vertellen();
    let (c, lang) = use_content_lang();

    let situations = c
        .situations
        .iter()
        .map(|s| {
            let id = format!("vt-sit-{}", s.id);
            let hint = format!("{id}-hint");
            let onchange = {
                let h = h.clone();
                let value = s.id.clone();
                Callback::from(move |_: Event| h.dispatch(Action::ChooseSituation(value.clone())))
            };
            html! {
                <div class="vt-choice">
                    <input type="radio" name="vt-situatie" id={id.clone()} value={s.id.clone()}
                        checked={h.situation.as_deref() == Some(s.id.as_str())}
                        aria-describedby={hint.clone()} {onchange} />
                    <label for={id}>{s.label.get(lang)}</label>
                    <p id={hint} class="vt-choice-hint">{s.hint.get(lang)}</p>
                </div>
            }
        })
        .collect::<Html>();

    let audiences = c
        .audiences
        .iter()
        .map(|au| {
            let id = format!("vt-aud-{}", au.id);
            let hint = format!("{id}-hint");
            let onchange = {
                let h = h.clone();
                let value = au.id.clone();
                Callback::from(move |_: Event| h.dispatch(Action::ChooseAudience(value.clone())))
            };
            let term = au.glossary.as_ref().map(|g| {
                html! { <span class="vt-choice-term">{t.explain}{" "}<Term id={g.clone()} /></span> }
            });
            html! {
                <div class="vt-choice">
                    <input type="radio" name="vt-publiek" id={id.clone()} value={au.id.clone()}
                        checked={h.audience.as_deref() == Some(au.id.as_str())}
                        aria-describedby={hint.clone()} {onchange} />
                    <label for={id}>{au.label.get(lang)}</label>
                    <p id={hint} class="vt-choice-hint">{au.hint.get(lang)}</p>
                    {term}
                </div>
            }
        })
        .collect::<Html>();

    html! {
        <>
            <p>{t.situation_intro}</p>
            <fieldset class="vt-fieldset">
                <legend>{t.situation_legend}</legend>
                {situations}
            </fieldset>
            <fieldset class="vt-fieldset">
                <legend>{t.audience_legend}</legend>
                <p class="field-help">{t.audience_help}</p>
                {audiences}
            </fieldset>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct SureProps {
    /// The second test (step 8), with the change and the next steps.
    pub after: bool,
}

/// Steps 2 and 8: the four SURE questions, the score and a tip per "no". Step 8 adds the change
/// since step 2 and the next steps.
#[function_component(SureStep)]
pub fn sure_step(props: &SureProps) -> Html {
    let t = use_text();
    let h = use_vertellen();
    let (c, lang) = use_content_lang();
    let after = props.after;
    let sure = view::sure(c, &h, after, lang);
    let prefix = if after { "vt-sure2" } else { "vt-sure1" };

    let items = sure
        .questions
        .iter()
        .map(|item| {
            let current = item.answer;
            let radio = |value: bool, label: &'static str| {
                let id = format!(
                    "{prefix}-{}-{}",
                    item.item,
                    if value { "ja" } else { "nee" }
                );
                let onchange = {
                    let h = h.clone();
                    let item_id = item.item.clone();
                    Callback::from(move |_: Event| {
                        h.dispatch(Action::AnswerSure {
                            after,
                            item: item_id.clone(),
                            answer: value,
                        })
                    })
                };
                html! {
                    <span class="vt-inline-choice">
                        <input type="radio" id={id.clone()} name={format!("{prefix}-{}", item.item)}
                            checked={current == Some(value)} {onchange} />
                        <label for={id}>{label}</label>
                    </span>
                }
            };
            html! {
                <fieldset class="vt-fieldset vt-sure-item">
                    // No letter S, U, R, E before the question: unexplained there, and read
                    // into the question ("SVoelt u zich"). The name is explained under "Waarom?".
                    <legend>{item.question.clone()}</legend>
                    <div class="vt-inline-choices">
                        {radio(true, t.yes)}
                        {radio(false, t.no)}
                    </div>
                </fieldset>
            }
        })
        .collect::<Html>();

    let tips = sure
        .tips
        .iter()
        .map(|tip| html! { <li>{tip}</li> })
        .collect::<Html>();
    let feedback = html! {
        <div class="vt-feedback" aria-live="polite">
            if let Some(line) = &sure.score_line {
                <p><strong>{line}</strong></p>
            }
            <p>{&sure.message}</p>
            if !sure.tips.is_empty() {
                <ul>{tips}</ul>
            }
        </div>
    };

    let extra = if let Some(change) = sure.change {
        html! {
            <>
                <section class="vt-change" aria-labelledby="vt-change-title">
                    <h3 id="vt-change-title">{t.change_heading}</h3>
                    <p>{change.line}</p>
                    if let Some(text) = change.text {
                        <p>{text}</p>
                    } else {
                        <p>{t.change_incomplete}</p>
                    }
                </section>
                <NextSteps />
            </>
        }
    } else {
        html! { <p class="vt-note">{t.sure_again_later}</p> }
    };

    html! {
        <>
            <p>{if after { t.sure_after_intro } else { t.sure_before_intro }}{" "}{sure.intro}</p>
            {items}
            {feedback}
            <Why about={t.sure_about}>
                <p>{t.sure_why}</p>
                <Sources ids={sure.sources} />
            </Why>
            {extra}
        </>
    }
}

/// The next steps after the second SURE test, with a link to the support matcher.
#[function_component(NextSteps)]
fn next_steps() -> Html {
    let t = use_text();
    let (c, lang) = use_content_lang();
    let items = c
        .next_steps
        .iter()
        .map(|n| {
            let route = n
                .route
                .as_deref()
                .and_then(|r| Route::recognize(r.trim_start_matches('#')));
            let label = match route {
                Some(route) => html! { <Link<Route> to={route}>{n.label.get(lang)}</Link<Route>> },
                None => html! { <strong>{n.label.get(lang)}</strong> },
            };
            let term = n.glossary.as_ref().map(|g| {
                html! { <span class="vt-choice-term">{t.explain}{" "}<Term id={g.clone()} /></span> }
            });
            html! {
                <li>
                    {label}
                    <p>{n.text.get(lang)}{unverified(t, c.rests_on_unverified(&n.sources))}</p>
                    {term}
                </li>
            }
        })
        .collect::<Html>();
    html! {
        <section class="vt-next-steps" aria-labelledby="vt-next-title">
            <h3 id="vt-next-title">{t.next_heading}</h3>
            <p>{t.next_intro}</p>
            <ul class="vt-next-list">{items}</ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct GoProps {
    /// Jumps to another step.
    pub on_go: Callback<u8>,
}

/// Step 3: the rights for the person's situation, each dated and sourced.
#[function_component(RightsStep)]
pub fn rights_step(props: &GoProps) -> Html {
    let t = use_text();
    let h = use_vertellen();
    let (c, lang) = use_content_lang();
    let view::Rights { situation, rights } = view::rights(c, &h, lang);
    let intro = match situation {
        Some(s) => html! { <p>{t.rights_for}{" "}<strong>{s}</strong>{"."}</p> },
        None => {
            let go = props.on_go.clone();
            html! {
                <div class="notice">
                    <p>{t.rights_no_situation}</p>
                    <button type="button" onclick={Callback::from(move |_: MouseEvent| go.emit(1))}>
                        {t.to_step_1}
                    </button>
                </div>
            }
        }
    };
    let list = rights
        .into_iter()
        .map(|r| {
            let caveat = r.caveat.map(|cv| {
                html! { <p class="vt-caveat"><strong>{t.caveat}</strong>{" "}{cv}</p> }
            });
            let term = r.glossary.map(|g| {
                html! { <p class="vt-choice-term">{t.explain}{" "}<Term id={g} /></p> }
            });
            html! {
                <li class="vt-right" id={format!("recht-{}", r.id)}>
                    <h3>{r.title.clone()}</h3>
                    <p>{r.text}{unverified(t, r.unverified)}</p>
                    {caveat}
                    {term}
                    <p class="vt-checked">{t.checked_on}{" "}{r.checked}</p>
                    <Why about={r.title}>
                        <p>{t.sources_heading}{":"}</p>
                        <Sources ids={r.sources} />
                    </Why>
                </li>
            }
        })
        .collect::<Html>();
    html! {
        <>
            {intro}
            {situation_note(t, view::situation_note(c, &h, lang))}
            <ul class="vt-rights">{list}</ul>
            <p class="notice">{c.meta.not_advice.get(lang)}</p>
        </>
    }
}

fn weighed_list(t: &super::text::VertellenText, groups: &[view::WeightGroup]) -> Html {
    if groups.is_empty() {
        return html! { <p class="vt-empty">{t.weighing_empty}</p> };
    }
    groups
        .iter()
        .map(|g| {
            let lis = g
                .reasons
                .iter()
                .map(|(text, own)| {
                    let own = own
                        .then(|| html! { <span class="vt-own-tag">{" ("}{t.own_tag}{")"}</span> });
                    html! { <li>{text}{own}</li> }
                })
                .collect::<Html>();
            html! {
                <>
                    <h4 class={classes!("vt-weight-heading", format!("vt-weight-{}", g.weight.id()))}>
                        {&g.label}
                    </h4>
                    <ul>{lis}</ul>
                </>
            }
        })
        .collect()
}

/// Step 5: what matters to the person on each side. No totals, no verdict.
#[function_component(WeighingStep)]
pub fn weighing_step(props: &GoProps) -> Html {
    let t = use_text();
    let h = use_vertellen();
    let (c, lang) = use_content_lang();
    let w = view::weighing(c, &h, lang);
    let st = &c.statements;
    let unmarked = w.unmarked.map(|line| {
        let go = props.on_go.clone();
        html! {
            <p class="vt-note">
                {line}{" "}
                <button type="button" class="vt-link-button"
                    onclick={Callback::from(move |_: MouseEvent| go.emit(4))}>{t.to_reasons}</button>
            </p>
        }
    });
    let stories = c
        .stories_for(h.situation())
        .into_iter()
        .map(|s| {
            html! {
                <li class="vt-story">
                    <h4>{s.title.get(lang)}</h4>
                    <p class="vt-composite">{st.composite.get(lang)}</p>
                    <p><strong>{t.story_choice}</strong>{" "}{s.choice.get(lang)}</p>
                    <p>{s.text.get(lang)}{unverified(t, c.rests_on_unverified(&s.sources))}</p>
                    <Why about={s.title.get(lang).to_string()}>
                        <Sources ids={s.sources.clone()} />
                    </Why>
                </li>
            }
        })
        .collect::<Html>();
    html! {
        <>
            <p>{st.no_verdict.get(lang)}</p>
            <div class="vt-weighing">
                <section class="vt-side vt-side-for" aria-labelledby="vt-w-for">
                    <h3 id="vt-w-for">{t.side_for}</h3>
                    {weighed_list(t, &w.for_telling)}
                </section>
                <section class="vt-side vt-side-against" aria-labelledby="vt-w-against">
                    <h3 id="vt-w-against">{t.side_against}</h3>
                    {weighed_list(t, &w.against_telling)}
                </section>
            </div>
            {unmarked}
            <div class="vt-statements">
                <p><strong>{st.choice_is_yours.get(lang)}</strong></p>
                <p><strong>{st.not_telling_ok.get(lang)}</strong></p>
                <p>{st.can_change.get(lang)}</p>
            </div>
            {situation_note(t, view::situation_note(c, &h, lang))}
            <section class="vt-stories" aria-labelledby="vt-stories-title">
                <h3 id="vt-stories-title">{t.stories_heading}</h3>
                <p>{t.stories_intro}</p>
                <h4>{t.experiences_heading}</h4>
                <p>{c.meta.experiences.get(lang)}</p>
                <Why about={t.experiences_heading}>
                    <Sources ids={c.meta.experiences_sources.clone()} />
                </Why>
                <ul class="vt-story-list">{stories}</ul>
            </section>
        </>
    }
}
