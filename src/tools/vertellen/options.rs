//! Step 6: the possibilities (how much, to whom, when, how), each with its pros and cons linked
//! to the reasons the person marked. Shown side by side, never ranked, never advised.

use super::text::{use_text, VertellenText};
use super::ui::{situation_note, unverified, use_content_lang, Sources};
use crate::state::use_vertellen;
use werkkeuze_core::disclosure::{self, Content, LinkedPoint, ReasonLink, Stance};
use werkkeuze_core::tools::vertellen::{audience_option, view, Action};
use werkkeuze_core::Taal;
use yew::prelude::*;

fn reason_list(c: &Content, t: &VertellenText, lang: Taal, list: &[ReasonLink]) -> Html {
    if list.is_empty() {
        return html! { <span class="vt-none">{t.no_reasons}</span> };
    }
    let items = list
        .iter()
        .map(|l| {
            let own = l
                .own
                .then(|| html! { <>{", "}{t.own_tag}</> });
            html! {
                <li>
                    {l.text.get(lang)}
                    <span class="vt-link-weight">{" ("}{view::weight_label(c, l.weight, lang)}{own}{")"}</span>
                </li>
            }
        })
        .collect::<Html>();
    html! { <ul class="vt-linked">{items}</ul> }
}

fn points(c: &Content, t: &VertellenText, lang: Taal, list: &[LinkedPoint]) -> Html {
    list.iter()
        .map(|p| {
            let matches = (!p.matches.is_empty()).then(|| {
                let names = p
                    .matches
                    .iter()
                    .map(|m| {
                        format!(
                            "{} ({})",
                            m.text.get(lang),
                            view::weight_label(c, m.weight, lang)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ");
                html! { <span class="vt-match">{t.matches_reason}{" "}{names}</span> }
            });
            html! {
                <li class={classes!((!p.matches.is_empty()).then_some("vt-point-matched"))}>
                    {p.text.get(lang)}
                    {unverified(t, c, &p.sources)}
                    {matches}
                </li>
            }
        })
        .collect()
}

#[derive(Properties, PartialEq)]
struct OwnLinkProps {
    option_id: AttrValue,
    option_label: AttrValue,
}

/// For each of the person's own reasons: does it speak for or against this option?
#[function_component(OwnLinks)]
fn own_links(props: &OwnLinkProps) -> Html {
    let t = use_text();
    let h = use_vertellen();
    let (_, lang) = use_content_lang();
    let counting: Vec<_> = h.own_reasons.iter().filter(|r| r.weight.counts()).collect();
    if counting.is_empty() {
        return Html::default();
    }
    let selects = counting
        .iter()
        .map(|r| {
            let id = format!("vt-link-{}-{}", props.option_id, r.id);
            let current = if r.options_for.iter().any(|o| *o == *props.option_id) {
                "voor"
            } else if r.options_against.iter().any(|o| *o == *props.option_id) {
                "tegen"
            } else {
                ""
            };
            let onchange = {
                let h = h.clone();
                let reason = r.id.clone();
                let option = props.option_id.to_string();
                Callback::from(move |e: Event| {
                    let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
                    let stance = match el.value().as_str() {
                        "voor" => Some(Stance::For),
                        "tegen" => Some(Stance::Against),
                        _ => None,
                    };
                    h.dispatch(Action::LinkOwnReason {
                        reason: reason.clone(),
                        option: option.clone(),
                        stance,
                    });
                })
            };
            html! {
                <div class="field">
                    <label for={id.clone()}>
                        {view::own_link_label(&r.text, &props.option_label, lang)}
                    </label>
                    <select id={id} {onchange}>
                        <option value="" selected={current.is_empty()}>{t.stance_none}</option>
                        <option value="voor" selected={current == "voor"}>{t.stance_for}</option>
                        <option value="tegen" selected={current == "tegen"}>{t.stance_against}</option>
                    </select>
                </div>
            }
        })
        .collect::<Html>();
    html! {
        <details class="vt-own-links">
            <summary>{t.own_link_summary}</summary>
            {selects}
        </details>
    }
}

/// Step 6.
#[function_component(OptionsStep)]
pub fn options_step() -> Html {
    let t = use_text();
    let h = use_vertellen();
    let (c, lang) = use_content_lang();

    let groups = c
        .groups
        .iter()
        .map(|g| {
            let links = disclosure::group_links(c, &h, &g.id);
            let options = links
                .iter()
                .map(|o| {
                    let id = format!("vt-opt-{}", o.option_id);
                    let desc = format!("{id}-text");
                    // Warnings for the person's situation (on sick leave: the duties that stay),
                    // read out with the option.
                    let notes: Vec<String> = c
                        .option(&o.option_id)
                        .map(|opt| {
                            opt.notes_for(h.situation())
                                .map(|n| n.text.get(lang).to_string())
                                .collect()
                        })
                        .unwrap_or_default();
                    let note_id = format!("{id}-let-op");
                    let described = if notes.is_empty() {
                        desc.clone()
                    } else {
                        format!("{desc} {note_id}")
                    };
                    let note = (!notes.is_empty()).then(|| {
                        html! {
                            <p id={note_id.clone()} class="vt-let-op">
                                <strong>{t.let_op}</strong>{" "}{notes.join(" ")}
                            </p>
                        }
                    });
                    let onchange = {
                        let h = h.clone();
                        let option = o.option_id.clone();
                        Callback::from(move |_: Event| h.dispatch(Action::Choose(option.clone())))
                    };
                    let label = o.label.get(lang).to_string();
                    let input = if g.multiple {
                        html! { <input type="checkbox" id={id.clone()} checked={o.chosen}
                            aria-describedby={described.clone()} {onchange} /> }
                    } else {
                        html! { <input type="radio" id={id.clone()} name={format!("vt-g-{}", g.id)}
                            checked={o.chosen} aria-describedby={described.clone()} {onchange} /> }
                    };
                    let sources: Vec<String> = o
                        .pros
                        .iter()
                        .chain(o.cons.iter())
                        .flat_map(|p| p.sources.iter().cloned())
                        .fold(Vec::new(), |mut acc, s| {
                            if !acc.contains(&s) {
                                acc.push(s);
                            }
                            acc
                        });
                    // The person step 1 is mainly about: said, so the tick is not a surprise.
                    let from_step_1 = h.audience.as_deref().is_some_and(|au| {
                        audience_option(c, au).is_some_and(|x| x.id == o.option_id)
                    });
                    html! {
                        <div class={classes!("vt-option", o.chosen.then_some("vt-option-chosen"))}>
                            <div class="vt-choice">
                                {input}
                                <label for={id}>{label.clone()}</label>
                                <p id={desc} class="vt-choice-hint">
                                    if from_step_1 {
                                        <strong>{t.from_step_1}</strong>{" "}
                                    }
                                    {o.text.get(lang)}
                                </p>
                                {note}
                            </div>
                            <div class="vt-option-links">
                                <div class="vt-option-side">
                                    <p class="vt-option-side-title">{t.speaks_for}</p>
                                    {reason_list(c, t, lang, &o.speaks_for)}
                                </div>
                                <div class="vt-option-side">
                                    <p class="vt-option-side-title">{t.speaks_against}</p>
                                    {reason_list(c, t, lang, &o.speaks_against)}
                                </div>
                            </div>
                            <details class="vt-procon">
                                <summary>{t.procon_summary}<span class="visually-hidden">{format!(" ({label})")}</span></summary>
                                <h4>{t.pros}</h4>
                                <ul>{points(c, t, lang, &o.pros)}</ul>
                                <h4>{t.cons}</h4>
                                <ul>{points(c, t, lang, &o.cons)}</ul>
                                <p>{t.sources_heading}{":"}</p>
                                <Sources ids={sources} />
                            </details>
                            <OwnLinks option_id={o.option_id.clone()} option_label={label} />
                        </div>
                    }
                })
                .collect::<Html>();
            html! {
                <fieldset class="vt-fieldset vt-group">
                    <legend><span class="vt-group-title">{g.title.get(lang)}</span></legend>
                    <p class="field-help">{g.question.get(lang)}</p>
                    {options}
                </fieldset>
            }
        })
        .collect::<Html>();

    html! {
        <>
            <p>{c.statements.option_links.get(lang)}</p>
            <p>{t.options_intro}</p>
            if disclosure::weighing(c, &h).is_empty() {
                <p class="notice">{t.options_no_reasons}</p>
            }
            {groups}
            <p><strong>{c.statements.not_telling_ok.get(lang)}</strong></p>
            {situation_note(t, c, lang, h.situation())}
        </>
    }
}
