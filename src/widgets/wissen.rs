//! "Alles wissen" that asks first. Pressing it shows the question right where the button was, with
//! "Ja, wis alles" and "Nee, niets wissen"; focus goes to "Nee" (the safe choice), and the question
//! is the group's name, so a screen reader reads it with the button. Afterwards focus returns to
//! "Alles wissen", and "Alles is gewist" is said in a status line beside it.

use crate::i18n::Taal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AllesWissenProps {
    /// Unique prefix for the ids (the footer and the Bewaren page both have one).
    pub id: AttrValue,
    /// Wipes everything; called only after "Ja".
    pub on_clear: Callback<()>,
    /// Whether "Alles is gewist" is still true.
    pub cleared: bool,
    /// Classes of the "Alles wissen" button.
    #[prop_or_default]
    pub class: Classes,
}

#[derive(Clone, Copy, PartialEq)]
enum Focus {
    None,
    No,
    Button,
}

#[function_component(AllesWissen)]
pub fn alles_wissen(p: &AllesWissenProps) -> Html {
    let lang = use_context::<Taal>().unwrap_or_default();
    let bt = crate::pages::bewaren_text::text(lang);
    let asking = use_state(|| false);
    let focus = use_mut_ref(|| Focus::None);
    let button = use_node_ref();
    let no = use_node_ref();
    {
        let (button, no, focus) = (button.clone(), no.clone(), focus.clone());
        use_effect(move || {
            let target = match std::mem::replace(&mut *focus.borrow_mut(), Focus::None) {
                Focus::None => None,
                Focus::No => no.cast::<web_sys::HtmlElement>(),
                Focus::Button => button.cast::<web_sys::HtmlElement>(),
            };
            if let Some(el) = target {
                el.focus().ok();
            }
        });
    }
    let set = |ask: bool, then: Focus| {
        let (asking, focus) = (asking.clone(), focus.clone());
        move || {
            *focus.borrow_mut() = then;
            asking.set(ask);
        }
    };
    let on_ask = {
        let ask = set(true, Focus::No);
        Callback::from(move |_: MouseEvent| ask())
    };
    let on_no = {
        let back = set(false, Focus::Button);
        Callback::from(move |_: MouseEvent| back())
    };
    let on_yes = {
        let back = set(false, Focus::Button);
        let on_clear = p.on_clear.clone();
        Callback::from(move |_: MouseEvent| {
            on_clear.emit(());
            back();
        })
    };
    let ask_id = format!("{}-vraag", p.id);
    html! {
        <span class="wissen">
            if *asking {
                <span class="wissen-vraag" role="group" aria-labelledby={ask_id.clone()}>
                    <span id={ask_id} class="wissen-tekst">{bt.clear_ask}</span>
                    <button type="button" class="danger" onclick={on_yes}>{bt.clear_yes}</button>
                    <button type="button" ref={no} onclick={on_no}>{bt.clear_no}</button>
                </span>
            } else {
                <button type="button" class={p.class.clone()} ref={button} onclick={on_ask}>
                    {bt.footer_clear}</button>
            }
            <span class="wissen-status" role="status">{p.cleared.then_some(bt.cleared)}</span>
        </span>
    }
}
