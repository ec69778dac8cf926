//! "Over deze keuzehulp": the IPDAS information (how it was made, the evidence, production date,
//! update policy, no funder and no interest, privacy) and every source, on every step.

use super::text::use_text;
use super::ui::{use_content_lang, Sources};
use crate::route::Route;
use werkkeuze_core::tools::vertellen::view;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(About)]
pub fn about() -> Html {
    let t = use_text();
    let (c, lang) = use_content_lang();
    let m = &c.meta;
    let all: Vec<String> = c.sources.iter().map(|s| s.id.clone()).collect();
    html! {
        <section class="vt-about" aria-labelledby="vt-about-title">
            <h2 id="vt-about-title">{t.about_heading}</h2>
            <dl class="vt-about-facts">
                <div><dt>{t.about_made}</dt><dd>{view::datum(&m.production_date, lang)}</dd></div>
                <div><dt>{t.about_update}</dt><dd>{m.update_policy.get(lang)}</dd></div>
                <div><dt>{t.about_funding}</dt><dd>{m.funding.get(lang)}{" "}{m.interests.get(lang)}</dd></div>
                <div><dt>{t.about_privacy}</dt><dd>{m.privacy.get(lang)}</dd></div>
            </dl>
            <details class="vt-about-more">
                <summary>{t.about_developed}</summary>
                <p>{m.developed.get(lang)}</p>
                <Sources ids={m.developed_sources.clone()} />
            </details>
            <details class="vt-about-more">
                <summary>{t.about_evidence}</summary>
                <p>{m.evidence.get(lang)}</p>
                <Sources ids={m.evidence_sources.clone()} />
            </details>
            <details class="vt-about-more">
                <summary>{t.experiences_heading}</summary>
                <p>{m.experiences.get(lang)}</p>
                <Sources ids={m.experiences_sources.clone()} />
            </details>
            <details class="vt-about-more">
                <summary>{t.about_sources.replace("{n}", &c.sources.len().to_string())}</summary>
                <p>{t.about_sources_intro}</p>
                <Sources ids={all} />
            </details>
            <p>{m.not_advice.get(lang)}</p>
            <p><Link<Route> to={Route::HoeWijMaken}>{t.how_we_make}</Link<Route>></p>
        </section>
    }
}
