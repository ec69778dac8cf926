//! An entry build hands over to the full app. The start build (the home page and the pages about
//! the app) and each tool's own build (a first visit straight to that tool, a site that embeds it)
//! are small, so the page is ready quickly on a slow line; they do not hold every page. When the
//! person opens one they do not hold, [`Overstap`] asks `static/boot.js` for the full app. That
//! fetches and compiles it while this build still shows the page, then lets it take over at the
//! same address (route, language and theme are all in the address; the answers are handed over
//! in memory, see `crate::stop`). If it cannot load, the person gets a calm message and a way to
//! try again, and stays where they were with everything they entered.

use crate::data::{failed_notice, loading_line};
use crate::hooks::use_messages;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// The name of the function `static/boot.js` puts on `window` in every entry build.
const LOAD_FULL: &str = "werkkeuzeVolledig";

#[function_component(Overstap)]
pub fn overstap() -> Html {
    let m = use_messages();
    let failed = use_state_eq(|| false);
    let attempt = use_state_eq(|| 0u32);
    {
        let failed = failed.clone();
        use_effect_with(*attempt, move |_| {
            failed.set(false);
            wasm_bindgen_futures::spawn_local(async move {
                if load_full().await.is_err() {
                    failed.set(true);
                }
            });
        });
    }
    if *failed {
        let retry = {
            let attempt = attempt.clone();
            Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
        };
        failed_notice(m, m.app_failed_body, retry)
    } else {
        loading_line(m)
    }
}

/// Calls boot.js' loader and waits for it. `Err` when it is missing or its promise fails (no
/// network and no copy in the service worker, a damaged file).
async fn load_full() -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let load: js_sys::Function = js_sys::Reflect::get(&window, &LOAD_FULL.into())
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    let promise: js_sys::Promise = load
        .call0(&window)
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    JsFuture::from(promise).await.map(|_| ()).map_err(|e| {
        web_sys::console::warn_1(&e);
    })
}
