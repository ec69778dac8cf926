//! A term explained in place: the word is a button; pressing it shows the plain-language
//! explanation right after it (and hides it again). Works with keyboard and screen readers.

use crate::i18n::Taal;
use werkkeuze_core::glossary::begrip;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TermProps {
    /// The glossary id, e.g. "wga".
    pub id: AttrValue,
    /// The text to show; defaults to the glossary term.
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Term)]
pub fn term(props: &TermProps) -> Html {
    let open = use_state(|| false);
    let lang = use_context::<Taal>().unwrap_or_default();
    let Some(b) = begrip(&props.id) else {
        return props.children.clone();
    };
    let (word, uitleg) = match lang {
        Taal::Nl => (&b.term, &b.uitleg),
        Taal::En => (&b.term_en, &b.uitleg_en),
    };
    let region = format!("uitleg-{}", b.id);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let label = if props.children == Html::default() {
        html! { {word} }
    } else {
        props.children.clone()
    };
    html! {
        <span class="term">
            <button type="button" class="term-button" aria-expanded={open.to_string()}
                aria-controls={region.clone()} onclick={toggle}>{label}</button>
            <span id={region} class="term-explanation" hidden={!*open}>{uitleg}</span>
        </span>
    }
}
