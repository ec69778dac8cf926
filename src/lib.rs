//! Werkkeuze: the Yew app. A thin shell that renders what `werkkeuze-core` computes.
//!
//! - [`app`]: the root component, language context and page layout.
//! - [`hooks`]: the hooks every page shares (messages of the language, page title).
//! - [`route`]: hash routes (`#/rekenhulp`), so any static host works without rewrites.
//! - [`state`]: each tool's answers, held once at the top of the app.
//! - [`i18n`]: the typed message catalogue (Dutch first, English second).
//! - [`pages`]: home, privacy, not found. [`tools`]: one folder per tool.
//! - [`widgets`]: shared widgets (number field, "waarom?").
//! - [`embed`]: embedding on other sites (snippet, theme checks).
//! - [`session`]: one session for all tools (file, link, QR, "onthouden", "alles wissen").
//! - [`recovery`]: the panic hook and its calm recovery screen.
//! - [`data`]: a tool's data, loaded when the person opens it.
//! - [`dom`]: the few direct browser calls the shell needs, in one place.
//! - [`overstap`]: the start build (feature `start`) handing over to the full app.

pub mod app;
pub mod data;
pub mod dom;
pub mod embed;
pub mod hooks;
pub mod i18n;
pub mod overstap;
pub mod pages;
pub mod recovery;
pub mod route;
pub mod session;
pub mod state;
pub mod tools;
pub mod widgets;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
thread_local! {
    static RUNNING: std::cell::RefCell<Option<yew::AppHandle<app::App>>> =
        const { std::cell::RefCell::new(None) };
}

/// Entry point: replaces the loading message in `#app` with the app.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(start)]
pub fn start() {
    recovery::install_panic_hook();
    // The rekenhulp's default first month of work is the current month, from the browser.
    werkkeuze_core::tools::rekenhulp::zet_vandaag(dom::today_iso());
    let root = dom::take_root("app");
    let handle = yew::Renderer::<app::App>::with_root(root).render();
    RUNNING.with(|r| *r.borrow_mut() = Some(handle));
}

/// Takes the app out of the page (its nodes and its listeners), so the full app can take over
/// `#app` (static/boot.js calls this on the start build; see [`overstap`]).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn stop() {
    if let Some(handle) = RUNNING.with(|r| r.borrow_mut().take()) {
        handle.destroy();
    }
}
