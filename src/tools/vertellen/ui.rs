//! Small pieces shared by the steps: the content and the language of the page,
//! and the list of sources under a claim.

use super::text::{use_text, VertellenText};
use crate::widgets::bron::{document_bron, BronLink};
use werkkeuze_core::disclosure::{Content, SourceKind};
use werkkeuze_core::tools::vertellen::view;
use werkkeuze_core::Taal;
use yew::prelude::*;

/// The aid's content, once it is loaded and valid: given by [`super::Vertellen`] to every step.
/// Equal when it is the same content (it is loaded once).
#[derive(Clone, Copy)]
pub struct Inhoud(pub &'static Content);

impl PartialEq for Inhoud {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// The content and the language of the page.
#[hook]
pub fn use_content_lang() -> (&'static Content, Taal) {
    let lang = use_context::<crate::i18n::Taal>().unwrap_or_default();
    let c = use_context::<Inhoud>().expect("Vertellen provides the content");
    (c.0, lang)
}

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    pub ids: Vec<String>,
}

/// The sources behind a claim: title (a link when there is an address), the document a seed
/// source comes from (title, maker, year, heading and page; never its file), the words we read,
/// where we read them, the date, and whether we read them in the source itself.
#[function_component(Sources)]
pub fn sources(props: &SourcesProps) -> Html {
    let t = use_text();
    let (c, taal) = use_content_lang();
    // The titles are written in Dutch; on the English page they say so.
    let title_lang = (taal == Taal::En).then_some("nl");
    let items = c
        .sources_of(&props.ids)
        .map(|s| {
            let title = match &s.url {
                Some(url) => {
                    html! { <BronLink href={url.clone()} lang={title_lang}>{&s.title}</BronLink> }
                }
                None => html! { <span lang={title_lang}>{&s.title}</span> },
            };
            let document = match (s.kind, s.citation.as_deref()) {
                (SourceKind::Seed, Some(v)) => html! {
                    <>{". "}{t.source_from}{": "}{document_bron(v, taal)}</>
                },
                _ => Html::default(),
            };
            // Studies are quoted in English, the rest in Dutch.
            let quote_lang = if s.kind == SourceKind::Research {
                "en"
            } else {
                "nl"
            };
            let quote = s.citaat.as_ref().map(|q| {
                html! { <>{": "}<q class="vt-quote" lang={quote_lang}>{q}</q></> }
            });
            let via = s.via.as_ref().map(|v| {
                html! { <>{" ("}<BronLink href={v.clone()}>{t.source_read_via}</BronLink>{")"}</> }
            });
            let unverified = (!s.verified).then(
                || html! { <>{" "}<strong class="vt-unverified">{t.source_unverified}</strong></> },
            );
            html! {
                <li>
                    {title}{document}{quote}{via}
                    {" ("}{t.checked_on}{" "}{view::datum(&s.checked, taal)}{")"}
                    {unverified}
                </li>
            }
        })
        .collect::<Html>();
    html! { <ul class="vt-sources source">{items}</ul> }
}

/// A mark on a claim that rests only on sources nobody here read in the source itself. A plain
/// function, not a component: it is used on every claim.
pub fn unverified(t: &VertellenText, rests_on_unverified: bool) -> Html {
    if rests_on_unverified {
        html! { <span class="vt-unverified">{" "}{t.claim_unverified}</span> }
    } else {
        Html::default()
    }
}

/// What the person must keep in mind in their situation whatever they choose (on sick leave, the
/// duties that stay; see `view::situation_note`).
pub fn situation_note(t: &VertellenText, note: Option<String>) -> Html {
    match note {
        Some(n) => html! {
            <div class="notice vt-let-op">
                <p><strong>{t.let_op}</strong>{" "}{n}</p>
            </div>
        },
        None => Html::default(),
    }
}
