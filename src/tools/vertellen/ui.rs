//! Small pieces shared by the steps: updating the answers, the content in the current language,
//! and the list of sources under a claim.

use super::text::{use_text, VertellenText};
use crate::state::{core_lang, VertellenHandle};
use crate::widgets::bron::{document_bron, BronLink};
use werkkeuze_core::disclosure::{self, Answers, Content, Lang, SourceKind, Weight};
use yew::prelude::*;

/// Sets a changed copy of the answers.
pub fn update(h: &VertellenHandle, f: impl FnOnce(&mut Answers)) {
    let mut a = (**h).clone();
    f(&mut a);
    h.set(a);
}

/// The shipped content and the content language of the page.
#[hook]
pub fn use_content_lang() -> (&'static Content, Lang) {
    let lang = use_context::<crate::i18n::Lang>().unwrap_or_default();
    (disclosure::content(), core_lang(lang))
}

/// The label of a weight ("Belangrijk voor mij", "Een beetje", "Niet voor mij").
pub fn weight_label(c: &Content, w: Weight, lang: Lang) -> &str {
    c.weight_label(w).map(|l| l.label.get(lang)).unwrap_or("")
}

/// A date `2026-11-24` as `24-11-2026` (Dutch order, also clear in English).
pub fn date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => format!("{d}-{m}-{y}"),
        _ => iso.to_string(),
    }
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
    let lang = use_context::<crate::i18n::Lang>().unwrap_or_default();
    // The titles are written in Dutch; on the English page they say so.
    let title_lang = (lang == crate::i18n::Lang::En).then_some("nl");
    let c = disclosure::content();
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
                    <>{". "}{t.source_from}{": "}{document_bron(v, lang.taal())}</>
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
                    {" ("}{t.checked_on}{" "}{date(&s.checked)}{")"}
                    {unverified}
                </li>
            }
        })
        .collect::<Html>();
    html! { <ul class="vt-sources source">{items}</ul> }
}

/// A mark on a claim that rests only on sources nobody here read in the source itself. A plain
/// function, not a component: it is used on every claim.
pub fn unverified(t: &VertellenText, ids: &[String]) -> Html {
    if disclosure::content().rests_on_unverified(ids) {
        html! { <span class="vt-unverified">{" "}{t.claim_unverified}</span> }
    } else {
        Html::default()
    }
}

/// What the person must keep in mind in their situation whatever they choose (on sick leave, the
/// duties that stay). Nothing when no situation is chosen or it has no such note.
pub fn situation_note(t: &VertellenText, lang: Lang, situation: Option<&str>) -> Html {
    let c = disclosure::content();
    match situation
        .and_then(|s| c.situation(s))
        .and_then(|s| s.let_op.as_ref())
    {
        Some(n) => html! {
            <div class="notice vt-let-op">
                <p><strong>{t.let_op}</strong>{" "}{n.text.get(lang)}</p>
            </div>
        },
        None => Html::default(),
    }
}
