//! Step 7: "Mijn bericht". The person writes the parts in their own words (with example sentences
//! to start from; the part about their health only when they chose to tell (part of) it), sees a
//! preview and can copy it. When the browser refuses the clipboard, the text is selected and the
//! page says how to copy it by hand.
//!
//! The preview is not a live region: a screen reader would read the whole message again on every
//! key. The text areas grow with what is written in them.

use super::text::use_text;
use super::ui::use_content_lang;
use crate::state::use_vertellen;
use werkkeuze_core::tools::vertellen::{view, Action, Slot};
use yew::prelude::*;

/// The DOM id of a field of the message.
fn dom_id(slot: &Slot) -> String {
    match slot {
        Slot::Salutation => "vt-msg-aanhef".into(),
        Slot::Opening => "vt-msg-opening".into(),
        Slot::Part(id) => format!("vt-msg-{id}"),
        Slot::Closing => "vt-msg-slot".into(),
        Slot::Signature => "vt-msg-naam".into(),
    }
}

/// Sets a text area's height to fit its text.
fn grow(el: &web_sys::HtmlElement) {
    let style = el.style();
    style.set_property("height", "auto").ok();
    // The border is outside scrollHeight (2 × 2 px, static/app.css).
    let height = el.scroll_height() + 4;
    style.set_property("height", &format!("{height}px")).ok();
}

#[derive(Properties, PartialEq)]
struct FieldProps {
    field: view::Field,
    label: AttrValue,
    /// One line (salutation, name) instead of a text area.
    #[prop_or_default]
    single: bool,
}

#[function_component(MessageField)]
fn message_field(props: &FieldProps) -> Html {
    let t = use_text();
    let h = use_vertellen();
    let field = &props.field;
    let id = dom_id(&field.slot);
    let help_id = format!("{id}-help");
    let value = field.text.clone();
    let oninput = {
        let h = h.clone();
        let slot = field.slot.clone();
        Callback::from(move |e: InputEvent| {
            let value = if let Some(el) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                el.value()
            } else {
                let el: web_sys::HtmlInputElement = e.target_unchecked_into();
                el.value()
            };
            h.dispatch(Action::Write {
                slot: slot.clone(),
                text: value,
            });
        })
    };
    let described = field.help.as_ref().map(|_| help_id.clone());
    // A text area grows with its text (typed, or an example added), so nothing hides behind a
    // scroll bar inside a small box.
    let area = use_node_ref();
    {
        let area = area.clone();
        use_effect_with(value.clone(), move |_| {
            if let Some(el) = area.cast::<web_sys::HtmlElement>() {
                grow(&el);
            }
        });
    }
    let control = if props.single {
        html! { <input type="text" id={id.clone()} class="vt-wide" value={value.clone()}
        aria-describedby={described} {oninput} autocomplete="off" /> }
    } else {
        html! { <textarea id={id.clone()} class="vt-textarea" rows="3" value={value.clone()}
        aria-describedby={described} {oninput} ref={area} /> }
    };
    let examples = (!field.examples.is_empty()).then(|| {
        let items = field
            .examples
            .iter()
            .map(|ex| {
                let sentence = ex.sentence.clone();
                let added = ex.added;
                let onclick = {
                    let h = h.clone();
                    let slot = field.slot.clone();
                    let sentence = sentence.clone();
                    Callback::from(move |_: MouseEvent| {
                        h.dispatch(Action::AddExample {
                            slot: slot.clone(),
                            sentence: sentence.clone(),
                        })
                    })
                };
                html! {
                    <li>
                        <button type="button" class={classes!("vt-example", added.then_some("vt-example-added"))} {onclick}>
                            <span class="visually-hidden">{t.use_example}{" "}</span>
                            <span aria-hidden="true" class="vt-example-plus">{if added { "✓ " } else { "+ " }}</span>
                            {sentence}
                            if added {
                                <span class="visually-hidden">{" "}{t.example_added}</span>
                            }
                        </button>
                    </li>
                }
            })
            .collect::<Html>();
        html! {
            <div class="vt-examples">
                <p class="vt-examples-title">{t.examples}</p>
                <ul>{items}</ul>
            </div>
        }
    });
    html! {
        <div class="field vt-msg-field">
            <label for={id}>{props.label.clone()}</label>
            if let Some(help) = &field.help {
                <p id={help_id} class="field-help">{help.clone()}</p>
            }
            {control}
            {examples}
        </div>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    Refused,
}

/// Step 7.
#[function_component(MessageStep)]
pub fn message_step() -> Html {
    let t = use_text();
    let h = use_vertellen();
    let (c, lang) = use_content_lang();
    let copied = use_state(|| Copied::Not);
    let fallback = use_node_ref();
    let view::Message {
        intro,
        salutation,
        opening,
        parts,
        closing,
        signature,
        preview_title,
        empty_preview,
        text: message,
    } = view::message(c, &h, lang);
    let summary = view::summary(c, &h, lang);

    // When copying was refused, select the text so the person can copy it by hand.
    {
        let fallback = fallback.clone();
        use_effect_with(*copied, move |state| {
            if *state == Copied::Refused {
                if let Some(el) = fallback.cast::<web_sys::HtmlTextAreaElement>() {
                    el.focus().ok();
                    el.select();
                }
            }
        });
    }
    // A new text makes an old "copied" message untrue.
    {
        let copied = copied.clone();
        use_effect_with(message.clone(), move |_| {
            if *copied == Copied::Yes {
                copied.set(Copied::Not);
            }
        });
    }

    let on_copy = {
        let copied = copied.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            crate::dom::copy_text(
                &message,
                Callback::from(move |ok: bool| {
                    copied.set(if ok { Copied::Yes } else { Copied::Refused })
                }),
            );
        })
    };

    let chosen = (!summary.choices.is_empty()).then(|| {
        let items = summary
            .choices
            .iter()
            .map(|ch| html! { <li><strong>{ch.title.clone()}</strong>{" "}{ch.options.clone()}</li> })
            .collect::<Html>();
        html! {
            <div class="vt-reminder">
                <p>{t.you_chose}</p>
                <ul>{items}</ul>
            </div>
        }
    });

    let parts = parts
        .into_iter()
        .map(|p| {
            let (key, label) = (dom_id(&p.slot), p.label.clone().unwrap_or_default());
            html! { <MessageField {key} {label} field={p} /> }
        })
        .collect::<Html>();

    let preview = if message.is_empty() {
        html! { <p class="vt-empty">{empty_preview}</p> }
    } else {
        html! { <div class="vt-preview-text">{message.clone()}</div> }
    };
    let status = match *copied {
        Copied::Not => Html::default(),
        Copied::Yes => html! { <p>{t.copied}</p> },
        Copied::Refused => html! { <p>{t.copy_refused}</p> },
    };

    html! {
        <>
            <p>{intro}</p>
            {chosen}
            <div class="vt-message">
                <div class="vt-builder">
                    <MessageField field={salutation} label={t.salutation_label} single={true} />
                    <MessageField field={opening} label={t.opening_label} />
                    {parts}
                    <MessageField field={closing} label={t.closing_label} />
                    <MessageField field={signature} label={t.signature_label} single={true} />
                </div>
                <section class="vt-preview" aria-labelledby="vt-preview-title">
                    <h3 id="vt-preview-title">{preview_title}</h3>
                    <div id="vt-preview" class="vt-preview-box">{preview}</div>
                    <button type="button" class="primary" onclick={on_copy} disabled={message.is_empty()}>
                        {t.copy}
                    </button>
                    <div class="vt-status" role="status">{status}</div>
                    if *copied == Copied::Refused {
                        <div class="field">
                            <label for="vt-copy-field">{t.copy_field_label}</label>
                            <textarea id="vt-copy-field" class="vt-textarea" readonly={true} rows="8"
                                value={message.clone()} ref={fallback} />
                        </div>
                    }
                </section>
            </div>
            {super::phrases::phrases(t, c, lang, h.situation())}
        </>
    }
}
