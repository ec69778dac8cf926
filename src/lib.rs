//! Werkkeuze: the Yew app. A thin shell that renders what `werkkeuze-core` computes.
//!
//! - [`app`]: the root component, language context and page layout.
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

pub mod app;
pub mod data;
pub mod dom;
pub mod embed;
pub mod i18n;
pub mod pages;
pub mod recovery;
pub mod route;
pub mod session;
pub mod state;
pub mod tools;
pub mod widgets;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

/// Entry point: replaces the loading message in `#app` with the app.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(start)]
pub fn start() {
    recovery::install_panic_hook();
    let root = dom::take_root("app");
    yew::Renderer::<app::App>::with_root(root).render();
}
