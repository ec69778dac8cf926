//! The glossary page: every term the tools use, in plain words, with its source: a law or a page
//! as a link with its name, a source document by its title, maker, year and page, with the words
//! it says.

use crate::hooks::{use_messages, use_title};
use crate::i18n::Messages;
use crate::i18n::Taal;
use crate::widgets::bron::{bron_link_html, document_bron};
use werkkeuze_core::glossary::{begrippen, Begrip};
use yew::prelude::*;

/// The source of a term. A law or page is written "Naam, https://…": the name becomes the link.
/// A source document shows as a reference, followed by its quote.
fn bron(b: &Begrip, lang: Taal, m: &Messages) -> Html {
    // The names of laws and pages are Dutch; on the English page they say so.
    let nl = (lang == Taal::En).then_some(AttrValue::Static("nl"));
    if let Some(v) = b.seed_verwijzing() {
        let quote = b
            .citaat
            .as_ref()
            .map(|q| html! { <>{": "}<q lang="nl">{q}</q></> });
        return html! { <>{document_bron(v, lang)}{quote}</> };
    }
    match b.bron.rsplit_once(',') {
        Some((naam, adres)) if adres.trim_start().starts_with("https://") => bron_link_html(
            AttrValue::from(adres.trim_start().to_string()),
            nl,
            html! { {naam} },
            m.new_tab,
        ),
        _ => html! { <span lang={nl}>{&b.bron}</span> },
    }
}

#[function_component(Begrippen)]
pub fn begrippen_page() -> Html {
    let m = use_messages();
    let lang = use_context::<Taal>().unwrap_or_default();
    use_title(m.glossary_title);
    html! {
        <>
            <h1 tabindex="-1">{m.glossary_title}</h1>
            <p class="lead">{m.glossary_intro}</p>
            <dl class="glossary">
                { for begrippen().iter().map(|b| {
                    let (term, uitleg) = match lang {
                        Taal::Nl => (&b.term, &b.uitleg),
                        Taal::En => (&b.term_en, &b.uitleg_en),
                    };
                    html! {
                        <div class="glossary-entry" id={format!("begrip-{}", b.id)}>
                            <dt>{term}</dt>
                            <dd>
                                <p>{uitleg}</p>
                                <p class="source">{m.source}{": "}{bron(b, lang, m)}</p>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
        </>
    }
}
