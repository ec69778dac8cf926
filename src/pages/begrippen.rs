//! The glossary page: every term the tools use, in plain words, with its source.

use crate::app::{use_messages, use_title};
use crate::i18n::Lang;
use werkkeuze_core::glossary::begrippen;
use yew::prelude::*;

#[function_component(Begrippen)]
pub fn begrippen_page() -> Html {
    let m = use_messages();
    let lang = use_context::<Lang>().unwrap_or_default();
    use_title(m.glossary_title);
    html! {
        <>
            <h1 tabindex="-1">{m.glossary_title}</h1>
            <p class="lead">{m.glossary_intro}</p>
            <dl class="glossary">
                { for begrippen().iter().map(|b| {
                    let (term, uitleg) = match lang {
                        Lang::Nl => (&b.term, &b.uitleg),
                        Lang::En => (&b.term_en, &b.uitleg_en),
                    };
                    html! {
                        <div class="glossary-entry" id={format!("begrip-{}", b.id)}>
                            <dt>{term}</dt>
                            <dd>
                                <p>{uitleg}</p>
                                <p class="source">{m.source}{": "}{&b.bron}</p>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
        </>
    }
}
