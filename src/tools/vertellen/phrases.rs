//! Sentences for hard moments (an unlawful question about health, a gap in the CV, asking for an
//! adjustment during selection, …), shown beside the message for the person's situation. They
//! are said in a conversation, so they are shown, not added to the message.

use super::text::VertellenText;
use super::ui::{unverified, Sources};
use crate::widgets::why::Why;
use werkkeuze_core::disclosure::Content;
use werkkeuze_core::Taal;
use yew::prelude::*;

/// The sentences for the situation (`None`: all of them), or nothing when there are none.
pub fn phrases(t: &VertellenText, c: &Content, lang: Taal, situation: Option<&str>) -> Html {
    let list = c.phrases_for(situation);
    if list.is_empty() {
        return Html::default();
    }
    let items = list
        .iter()
        .map(|p| {
            let when = p.when.get(lang).to_string();
            html! {
                <li key={p.id.clone()} id={format!("vt-zin-{}", p.id)}>
                    <p class="vt-phrase-when"><strong>{when.clone()}</strong></p>
                    <p class="vt-phrase">{p.text.get(lang)}{unverified(t, c.rests_on_unverified(&p.sources))}</p>
                    <Why about={when}>
                        <p>{t.sources_heading}{":"}</p>
                        <Sources ids={p.sources.clone()} />
                    </Why>
                </li>
            }
        })
        .collect::<Html>();
    html! {
        <section class="vt-phrases" aria-labelledby="vt-phrases-title">
            <h3 id="vt-phrases-title">{c.script.phrases_title.get(lang)}</h3>
            <p>{c.script.phrases_intro.get(lang)}</p>
            <ul class="vt-phrase-list">{items}</ul>
        </section>
    }
}
