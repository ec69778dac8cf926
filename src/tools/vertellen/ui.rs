//! Small pieces shared by the steps: updating the answers, the content in the current language,
//! and the list of sources under a claim.

use super::text::use_text;
use crate::state::{core_lang, VertellenHandle};
use crate::widgets::bron::BronLink;
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

/// The sources behind a claim: title, link or seed citation, and the date checked.
#[function_component(Sources)]
pub fn sources(props: &SourcesProps) -> Html {
    let t = use_text();
    let c = disclosure::content();
    let items = c
        .sources_of(&props.ids)
        .map(|s| {
            let title = match &s.url {
                Some(url) => {
                    html! { <BronLink href={url.clone()}>{&s.title}</BronLink> }
                }
                None => html! { {&s.title} },
            };
            let citation = match (s.kind, &s.citation) {
                (SourceKind::Seed, Some(cit)) => {
                    html! { <>{", "}{t.seed_lines}{" "}<code>{cit}</code></> }
                }
                _ => Html::default(),
            };
            let unverified = (!s.verified).then(|| html! { <>{" "}{t.source_unverified}</> });
            html! {
                <li>
                    {title}{citation}
                    {" ("}{t.checked_on}{" "}{date(&s.checked)}{")"}
                    {unverified}
                </li>
            }
        })
        .collect::<Html>();
    html! { <ul class="vt-sources source">{items}</ul> }
}
