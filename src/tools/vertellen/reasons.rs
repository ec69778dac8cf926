//! Step 4: reasons for and against telling. Each reason gets a concrete weight ("Belangrijk voor
//! mij", "Een beetje", "Niet voor mij"), never an abstract scale, and the person can add their own.

use super::text::use_text;
use super::ui::{unverified, use_content_lang, Sources};
use crate::state::use_vertellen;
use crate::widgets::why::Why;
use werkkeuze_core::disclosure::{self, Side, Weight};
use werkkeuze_core::tools::vertellen::{view, Action};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct WeightChoiceProps {
    /// The reason id (content or own).
    id: AttrValue,
    /// The legend: the reason in the person's voice.
    legend: Html,
    current: Option<Weight>,
    /// Extra content after the radios (explanation, remove button).
    #[prop_or_default]
    children: Html,
}

/// One reason as a fieldset with three radio buttons.
#[function_component(WeightChoice)]
fn weight_choice(props: &WeightChoiceProps) -> Html {
    let h = use_vertellen();
    let (c, lang) = use_content_lang();
    let radios = Weight::ALL
        .iter()
        .map(|&w| {
            let id = format!("vt-r-{}-{}", props.id, w.id());
            let onchange = {
                let h = h.clone();
                let reason = props.id.to_string();
                Callback::from(move |_: Event| {
                    h.dispatch(Action::Mark {
                        reason: reason.clone(),
                        weight: w,
                    })
                })
            };
            html! {
                <span class={classes!("vt-inline-choice", format!("vt-weight-{}", w.id()))}>
                    <input type="radio" id={id.clone()} name={format!("vt-r-{}", props.id)}
                        checked={props.current == Some(w)} {onchange} />
                    <label for={id}>{view::weight_label(c, w, lang)}</label>
                </span>
            }
        })
        .collect::<Html>();
    let marked = props.current.is_some_and(|w| w.counts());
    html! {
        <fieldset class={classes!("vt-fieldset", "vt-reason", marked.then_some("vt-reason-marked"))}>
            <legend>{props.legend.clone()}</legend>
            <div class="vt-inline-choices">{radios}</div>
            {props.children.clone()}
        </fieldset>
    }
}

/// Step 4.
#[function_component(ReasonsStep)]
pub fn reasons_step() -> Html {
    let t = use_text();
    let h = use_vertellen();
    let (c, lang) = use_content_lang();
    let for_list = view::reasons(c, &h, Side::For, lang);
    let against_list = view::reasons(c, &h, Side::Against, lang);
    // A side starts open when one of its further reasons was already weighed (a resumed session).
    let more_for = use_state(|| for_list.starts_open);
    let more_against = use_state(|| against_list.starts_open);

    let reason = |r: &disclosure::Reason| {
        let text = r.text.get(lang).to_string();
        html! {
            <WeightChoice key={r.id.clone()} id={r.id.clone()} legend={html!{ {text.clone()} }}
                current={h.marks.get(&r.id).copied()}>
                <Why about={text}>
                    <p>{r.explain.get(lang)}{unverified(t, c.rests_on_unverified(&r.sources))}</p>
                    <Sources ids={r.sources.clone()} />
                </Why>
            </WeightChoice>
        }
    };
    // The first reasons, then a button that stays where it is (so focus stays on it) and opens
    // the rest below it; hidden reasons keep their answers and open "Waarom?" fold-outs.
    let side_list = |side: Side, list: &view::ReasonList, open: &UseStateHandle<bool>| {
        let more = (!list.rest.is_empty()).then(|| {
            let id = format!("vt-more-{}", side.id());
            let onclick = {
                let open = open.clone();
                Callback::from(move |_: MouseEvent| open.set(!*open))
            };
            let label = if **open {
                list.fewer.clone()
            } else {
                list.more.clone()
            };
            html! {
                <>
                    <button type="button" class="vt-more" aria-expanded={open.to_string()}
                        aria-controls={id.clone()} {onclick}>{label}</button>
                    <div {id} hidden={!**open}>
                        {for list.rest.iter().map(|r| reason(r))}
                    </div>
                </>
            }
        });
        html! {
            <>
                {for list.first.iter().map(|r| reason(r))}
                {more}
            </>
        }
    };
    let own_list = |side: Side| {
        h.own_reasons
            .iter()
            .filter(|r| r.side == side)
            .map(|r| {
                let remove = {
                    let h = h.clone();
                    let id = r.id.clone();
                    Callback::from(move |_: MouseEvent| h.dispatch(Action::RemoveOwnReason(id.clone())))
                };
                let legend = html! {
                    <>{r.text.clone()}<span class="vt-own-tag">{" ("}{t.own_tag}{")"}</span></>
                };
                html! {
                    <WeightChoice key={r.id.clone()} id={r.id.clone()} {legend} current={Some(r.weight)}>
                        <button type="button" class="vt-link-button" onclick={remove}>
                            {t.own_remove}<span class="visually-hidden">{": "}{r.text.clone()}</span>
                        </button>
                    </WeightChoice>
                }
            })
            .collect::<Html>()
    };
    // The form for an own reason is at the end; this takes one there without scrolling.
    let to_own = Callback::from(|_: MouseEvent| crate::dom::focus_id(OWN_TEXT));

    html! {
        <>
            <p>{t.reasons_intro}</p>
            <p><button type="button" class="vt-link-button" onclick={to_own}>{t.own_jump}</button></p>
            <section class="vt-reasons" aria-labelledby="vt-reasons-for">
                <h3 id="vt-reasons-for">{t.reasons_for_heading}</h3>
                {side_list(Side::For, &for_list, &more_for)}
                {own_list(Side::For)}
            </section>
            <section class="vt-reasons" aria-labelledby="vt-reasons-against">
                <h3 id="vt-reasons-against">{t.reasons_against_heading}</h3>
                {side_list(Side::Against, &against_list, &more_against)}
                {own_list(Side::Against)}
            </section>
            <OwnReasonForm />
        </>
    }
}

/// The text field of the own-reason form.
const OWN_TEXT: &str = "vt-own-text";

/// The form to add a reason in one's own words.
#[function_component(OwnReasonForm)]
fn own_reason_form() -> Html {
    let t = use_text();
    let h = use_vertellen();
    let (c, lang) = use_content_lang();
    let text = use_state(String::new);
    let side = use_state(|| Side::For);
    let weight = use_state(|| Weight::Important);
    let status = use_state(|| "");
    let input_ref = use_node_ref();

    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            text.set(el.value());
        })
    };
    let onsubmit = {
        let h = h.clone();
        let text = text.clone();
        let side = side.clone();
        let weight = weight.clone();
        let status = status.clone();
        let input_ref = input_ref.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if view::own_reason_fits(&text) {
                h.dispatch(Action::AddOwnReason {
                    text: (*text).clone(),
                    side: *side,
                    weight: *weight,
                });
                text.set(String::new());
                status.set(t.own_added);
            } else {
                status.set(t.own_empty);
                if let Some(el) = input_ref.cast::<web_sys::HtmlElement>() {
                    el.focus().ok();
                }
            }
        })
    };
    let side_radio = |s: Side, label: &'static str| {
        let id = format!("vt-own-side-{}", s.id());
        let onchange = {
            let side = side.clone();
            Callback::from(move |_: Event| side.set(s))
        };
        html! {
            <span class="vt-inline-choice">
                <input type="radio" id={id.clone()} name="vt-own-side" checked={*side == s} {onchange} />
                <label for={id}>{label}</label>
            </span>
        }
    };
    let weight_radios = [Weight::Important, Weight::Somewhat]
        .iter()
        .map(|&w| {
            let id = format!("vt-own-weight-{}", w.id());
            let onchange = {
                let weight = weight.clone();
                Callback::from(move |_: Event| weight.set(w))
            };
            html! {
                <span class="vt-inline-choice">
                    <input type="radio" id={id.clone()} name="vt-own-weight" checked={*weight == w} {onchange} />
                    <label for={id}>{view::weight_label(c, w, lang)}</label>
                </span>
            }
        })
        .collect::<Html>();

    html! {
        <section class="vt-own" aria-labelledby="vt-own-title">
            <h3 id="vt-own-title">{t.own_heading}</h3>
            <p>{t.own_intro}</p>
            <form class="vt-own-form" {onsubmit}>
                <div class="field">
                    <label for="vt-own-text">{t.own_text_label}</label>
                    <input type="text" id={OWN_TEXT} class="vt-wide" ref={input_ref}
                        value={(*text).clone()} {oninput} autocomplete="off" />
                </div>
                <fieldset class="vt-fieldset">
                    <legend>{t.own_side_legend}</legend>
                    <div class="vt-inline-choices">
                        {side_radio(Side::For, t.own_side_for)}
                        {side_radio(Side::Against, t.own_side_against)}
                    </div>
                </fieldset>
                <fieldset class="vt-fieldset">
                    <legend>{t.own_weight_legend}</legend>
                    <div class="vt-inline-choices">{weight_radios}</div>
                </fieldset>
                <button type="submit">{t.own_add}</button>
                <p class="vt-status" role="status">{*status}</p>
            </form>
        </section>
    }
}
