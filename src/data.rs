//! A tool's data, loaded when the person opens it.
//!
//! The content and rules of the three tools (about 275 KB of JSON) are not part of the app's
//! first download: `dist/data/<bundle>.json` (written by `werkkeuze-data`, cached by the service
//! worker for offline use) is fetched from the same site the first time a page needs it and handed
//! to `werkkeuze_core::bundel::laad`. [`Gegevens`] wraps such a page: it shows a short loading line,
//! or a calm message with "Probeer het opnieuw" when the file cannot be fetched or read; what the
//! person entered is kept, because it lives in the app's state, not in the page.

use crate::dom;
use crate::hooks::use_messages;
use crate::i18n::Messages;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use werkkeuze_core::bundel::{laad_met, Controle};
use werkkeuze_core::data::{bundel_er, VERSIE};
use yew::prelude::*;

/// The bundles of the disclosure aid, the calculator and the matcher.
pub const VERTELLEN: &[&str] = &["vertellen"];
pub const REKENHULP: &[&str] = &["rekenhulp"];
pub const BEGELEIDING: &[&str] = &["begeleiding"];
/// The bundles whose tools account for their content on "Hoe wij dit maken".
pub const VERANTWOORDING: &[&str] = &["vertellen", "begeleiding"];
/// Every bundle: pages that show all three tools (Mijn plan, a shared session).
pub const ALLE: &[&str] = &["vertellen", "rekenhulp", "begeleiding"];

#[derive(Properties, PartialEq)]
pub struct GegevensProps {
    pub bundels: &'static [&'static str],
    #[prop_or_default]
    pub children: Html,
}

#[derive(Clone, Copy, PartialEq)]
enum Stand {
    Klaar,
    Bezig,
    Mislukt,
}

fn alles_er(bundels: &[&str]) -> bool {
    bundels.iter().all(|b| bundel_er(b))
}

/// Shows `children` once every bundle is there; loads the missing ones first.
#[function_component(Gegevens)]
pub fn gegevens(p: &GegevensProps) -> Html {
    let m = use_messages();
    // Checked on every render: the same instance may be handed other bundles (another route).
    let klaar = alles_er(p.bundels);
    if !klaar {
        // The readiness signal waits until this page can be used.
        dom::wait_for_data();
    }
    let stand = use_state_eq(|| if klaar { Stand::Klaar } else { Stand::Bezig });
    let poging = use_state_eq(|| 0u32);
    {
        let stand = stand.clone();
        use_effect_with((p.bundels, *poging), move |(bundels, _)| {
            let bundels: &'static [&'static str] = bundels;
            if alles_er(bundels) {
                stand.set(Stand::Klaar);
            } else {
                stand.set(Stand::Bezig);
                wasm_bindgen_futures::spawn_local(async move {
                    let gelukt = zorg_voor(bundels).await;
                    stand.set(if gelukt { Stand::Klaar } else { Stand::Mislukt });
                });
            }
        });
    }
    // Once the page is there: the heading gets the focus a route change asked for meanwhile, and
    // the app counts as ready.
    use_effect_with((klaar, *stand), |(klaar, s)| match (klaar, s) {
        (true, _) => dom::data_settled(true),
        (false, Stand::Mislukt) => dom::data_settled(false),
        (false, _) => {}
    });
    if klaar {
        return p.children.clone();
    }
    match *stand {
        Stand::Klaar | Stand::Bezig => loading_line(m),
        Stand::Mislukt => {
            let retry = {
                let poging = poging.clone();
                Callback::from(move |_: MouseEvent| poging.set(*poging + 1))
            };
            failed_notice(m, m.data_failed_body, retry)
        }
    }
}

/// "Even geduld…" while a part of the app loads.
pub fn loading_line(m: &Messages) -> Html {
    html! { <p class="data-loading" role="status">{m.data_loading}</p> }
}

/// A part of the app could not load: what happened (`body`: a tool's data, or the app's own
/// code), that nothing is lost, and a way to try again.
pub fn failed_notice(m: &Messages, body: &'static str, retry: Callback<MouseEvent>) -> Html {
    html! {
        <div class="notice" role="alert">
            <h1 tabindex="-1">{m.data_failed_title}</h1>
            <p>{body}</p>
            <button type="button" class="button" onclick={retry}>{m.data_retry}</button>
        </div>
    }
}

/// Loads the bundles that are not there yet, for work that needs them outside a page wrapped in
/// [`Gegevens`] (opening a session file on "Bewaren en delen"). `false` when one could not load.
pub async fn zorg_voor(bundels: &[&str]) -> bool {
    let mut gelukt = true;
    for b in bundels.iter().filter(|b| !bundel_er(b)) {
        gelukt &= haal(b).await.is_ok();
    }
    gelukt
}

/// Fetches and takes in one bundle. Any failure (no network, a wrong file, a damaged one) is an
/// `Err`; nothing half-loaded is kept.
async fn haal(bundel: &str) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let url = format!("data/{bundel}.json?v={}", VERSIE.trim());
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    let text = JsFuture::from(response.text().map_err(|_| ())?)
        .await
        .map_err(|_| ())?
        .as_string()
        .ok_or(())?;
    laad_met(bundel, &text, controle(bundel)).map_err(|e| {
        web_sys::console::warn_1(&format!("Werkkeuze: {}", e.0).into());
    })
}

/// The checks of the bundles this build's tools use: a tool's own build carries only its tool's
/// parser.
fn controle(bundel: &str) -> Option<Controle> {
    match bundel {
        #[cfg(feature = "vertellen")]
        "vertellen" => Some(werkkeuze_core::bundel::vertellen),
        #[cfg(feature = "rekenhulp")]
        "rekenhulp" => Some(werkkeuze_core::bundel::rekenhulp),
        #[cfg(feature = "begeleiding")]
        "begeleiding" => Some(werkkeuze_core::bundel::begeleiding),
        _ => None,
    }
}
