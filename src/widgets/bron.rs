//! Sources on the screen.
//!
//! - [`BronLink`]: a link to a source outside Werkkeuze (a law, a page of UWV or the
//!   Belastingdienst): it opens in a new tab, so a person who follows it never loses their
//!   answers, and says so — in words for screen readers, with a small arrow for the eye.
//! - [`document_bron`]: one of the project's source documents, named as a reference list would
//!   name it, never by its file.

use crate::hooks::use_messages;
use werkkeuze_core::{citaat, Taal};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BronLinkProps {
    pub href: AttrValue,
    /// The language of the link text when it differs from the page's (a Dutch title on the
    /// English page is a name, so it is not translated).
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    pub children: Html,
}

#[function_component(BronLink)]
pub fn bron_link(p: &BronLinkProps) -> Html {
    let m = use_messages();
    bron_link_html(
        p.href.clone(),
        p.lang.clone(),
        p.children.clone(),
        m.new_tab,
    )
}

/// The link of [`BronLink`] as a plain function, for a page in the first download that already
/// has the messages at hand (a component costs more bytes there).
pub fn bron_link_html(
    href: AttrValue,
    lang: Option<AttrValue>,
    text: Html,
    new_tab: &'static str,
) -> Html {
    html! {
        <a href={href} target="_blank" rel="noopener noreferrer" class="bron-link">
            <span lang={lang}>{text}</span>
            <span class="visually-hidden">{" "}{new_tab}</span>
            <span class="bron-link-mark" aria-hidden="true">{"↗"}</span>
        </a>
    }
}

/// A seed citation (`001_….txt:1232-1261`) as a reader finds it again: the document's title, who
/// made it and when, and the heading and pages of the cited lines — "Samen werken aan werk
/// (Programmaraad, …, 2017), onderdeel ‘3.5 IPS’, p. 22". The file and lines stay in
/// `data-bron`, for whoever maintains the content; they are never shown. A real title is a
/// `<cite>`; a title we describe ourselves is plain text. On the English page the Dutch title and
/// headings carry `lang="nl"`. Nothing for a citation whose document is not described (a test
/// forbids that).
pub fn document_bron(verwijzing: &str, taal: Taal) -> Html {
    citaat::leesbare_bron(verwijzing)
        .map(|b| leesbare_bron_html(&b, verwijzing.to_string(), taal))
        .unwrap_or_default()
}

/// [`document_bron`] for a reference already read (several citations of one document taken
/// together); `data_bron` holds the citations.
pub fn leesbare_bron_html(b: &citaat::LeesbareBron, data_bron: String, taal: Taal) -> Html {
    let doc_lang = document_lang(b.document, taal);
    let plaatsen = b
        .plaatsen
        .iter()
        .enumerate()
        .map(|(i, p)| {
            html! {
                <>
                    {if i > 0 { "; ‘" } else { "‘" }}
                    <span lang={doc_lang.clone()}>{p.kop}</span>{"’"}
                    {p.paginas_tekst().map(|s| format!(", {s}")).unwrap_or_default()}
                </>
            }
        })
        .collect::<Html>();
    html! {
        <span class="doc-bron" data-bron={data_bron}>
            {document_naam(b.document, taal)}
            if !b.plaatsen.is_empty() {
                {", "}{b.plaats_woord(taal)}{" "}{plaatsen}
            }
        </span>
    }
}

/// The document's language, when it is not the page's.
fn document_lang(d: &citaat::Document, taal: Taal) -> Option<AttrValue> {
    (d.taal != taal.code()).then(|| AttrValue::from(d.taal.clone()))
}

/// A source document as a reference list names it: "Titel (door, jaar)".
pub fn document_naam(d: &citaat::Document, taal: Taal) -> Html {
    let titel_lang = document_lang(d, taal).filter(|_| d.titel_in_documenttaal(taal));
    let titel = if d.titel_beschreven {
        html! { <span lang={titel_lang}>{d.titel(taal)}</span> }
    } else {
        html! { <cite lang={titel_lang}>{d.titel(taal)}</cite> }
    };
    html! { <>{titel}{format!(" ({}, {})", d.door(taal), d.jaar(taal))}</> }
}
