//! Step 6: the possibilities (how much, to whom, when, how), each with its pros and cons linked
//! to the reasons the person marked. Shown side by side, never ranked, never advised.

use super::text::{use_text, VertellenText};
use super::ui::{situation_note, unverified, use_content_lang, Sources};
use crate::state::use_vertellen;
use werkkeuze_core::disclosure::{self, Stance};
use werkkeuze_core::tools::vertellen::{view, Action};
use yew::prelude::*;

fn reason_list(t: &VertellenText, list: &[view::LinkedReason]) -> Html {
    if list.is_empty() {
        return html! { <span class="vt-none">{t.no_reasons}</span> };
    }
    let items = list
        .iter()
        .map(|l| {
            let own = l.own.then(|| html! { <>{", "}{t.own_tag}</> });
            html! {
                <li>
                    {l.text.clone()}
                    <span class="vt-link-weight">{" ("}{l.weight_label.clone()}{own}{")"}</span>
                </li>
            }
        })
        .collect::<Html>();
    html! { <ul class="vt-linked">{items}</ul> }
}

fn points(t: &VertellenText, list: &[view::Point]) -> Html {
    list.iter()
        .map(|p| {
            let matches = p.matches.as_ref().map(|names| {
                html! { <span class="vt-match">{t.matches_reason}{" "}{names.clone()}</span> }
            });
            html! {
                <li class={classes!(p.matches.is_some().then_some("vt-point-matched"))}>
                    {p.text.clone()}
                    {unverified(t, p.unverified)}
                    {matches}
                </li>
            }
        })
        .collect()
}

#[derive(Properties, PartialEq)]
struct OwnLinkProps {
    option_id: AttrValue,
    links: Vec<view::OwnLink>,
}

/// For each of the person's own reasons: does it speak for or against this option?
#[function_component(OwnLinks)]
fn own_links(props: &OwnLinkProps) -> Html {
    let t = use_text();
    let h = use_vertellen();
    if props.links.is_empty() {
        return Html::default();
    }
    let selects = props
        .links
        .iter()
        .map(|r| {
            let id = format!("vt-link-{}-{}", props.option_id, r.reason_id);
            let current = match r.stance {
                Some(Stance::For) => "voor",
                Some(Stance::Against) => "tegen",
                None => "",
            };
            let onchange = {
                let h = h.clone();
                let reason = r.reason_id.clone();
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
                    <label for={id.clone()}>{r.label.clone()}</label>
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

    let groups = view::options(c, &h, lang)
        .into_iter()
        .map(|g| {
            let options = g
                .options
                .into_iter()
                .map(|o| {
                    let id = format!("vt-opt-{}", o.id);
                    let desc = format!("{id}-text");
                    // Warnings for the person's situation (on sick leave: the duties that stay),
                    // read out with the option.
                    let note_id = format!("{id}-let-op");
                    let described = if o.notes.is_none() {
                        desc.clone()
                    } else {
                        format!("{desc} {note_id}")
                    };
                    let note = o.notes.as_ref().map(|notes| {
                        html! {
                            <p id={note_id.clone()} class="vt-let-op">
                                <strong>{t.let_op}</strong>{" "}{notes.clone()}
                            </p>
                        }
                    });
                    let onchange = {
                        let h = h.clone();
                        let option = o.id.clone();
                        Callback::from(move |_: Event| h.dispatch(Action::Choose(option.clone())))
                    };
                    let label = o.label.clone();
                    let input = if g.multiple {
                        html! { <input type="checkbox" id={id.clone()} checked={o.chosen}
                            aria-describedby={described.clone()} {onchange} /> }
                    } else {
                        html! { <input type="radio" id={id.clone()} name={format!("vt-g-{}", g.id)}
                            checked={o.chosen} aria-describedby={described.clone()} {onchange} /> }
                    };
                    html! {
                        <div class={classes!("vt-option", o.chosen.then_some("vt-option-chosen"))}>
                            <div class="vt-choice">
                                {input}
                                <label for={id}>{label.clone()}</label>
                                <p id={desc} class="vt-choice-hint">
                                    if o.from_step_1 {
                                        <strong>{t.from_step_1}</strong>{" "}
                                    }
                                    {o.text.clone()}
                                </p>
                                {note}
                            </div>
                            <div class="vt-option-links">
                                <div class="vt-option-side">
                                    <p class="vt-option-side-title">{t.speaks_for}</p>
                                    {reason_list(t, &o.speaks_for)}
                                </div>
                                <div class="vt-option-side">
                                    <p class="vt-option-side-title">{t.speaks_against}</p>
                                    {reason_list(t, &o.speaks_against)}
                                </div>
                            </div>
                            <details class="vt-procon">
                                <summary>{t.procon_summary}<span class="visually-hidden">{format!(" ({label})")}</span></summary>
                                <h4>{t.pros}</h4>
                                <ul>{points(t, &o.pros)}</ul>
                                <h4>{t.cons}</h4>
                                <ul>{points(t, &o.cons)}</ul>
                                <p>{t.sources_heading}{":"}</p>
                                <Sources ids={o.sources} />
                            </details>
                            <OwnLinks option_id={o.id} links={o.own_links} />
                        </div>
                    }
                })
                .collect::<Html>();
            html! {
                <fieldset class="vt-fieldset vt-group">
                    <legend><span class="vt-group-title">{g.title}</span></legend>
                    <p class="field-help">{g.question}</p>
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
            {situation_note(t, view::situation_note(c, &h, lang))}
        </>
    }
}
