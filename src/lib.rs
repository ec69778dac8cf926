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

/// The shell's shape, read from its own source (issue 17): it renders what core computes, so it
/// names no year and no amount, never calls the income rules itself, and the shared layers
/// (session, state, hooks) import no tool screen and nothing from the root component.
#[cfg(test)]
mod shape {
    use std::path::{Path, PathBuf};

    fn sources() -> Vec<(PathBuf, String)> {
        let mut out = Vec::new();
        let mut todo = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
        while let Some(p) = todo.pop() {
            if p.is_dir() {
                todo.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
            } else if p.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                out.push((p, text));
            }
        }
        assert!(out.len() > 20, "the shell's files were found");
        out
    }

    #[test]
    fn the_shell_names_no_year_no_minimum_wage_and_no_income_rule() {
        // Built from pieces, so this file does not match itself.
        let banned = [
            ["20", "26"].concat(),
            ["14", "_71"].concat(),
            ["income", "::reken"].concat(),
        ];
        for (path, text) in sources() {
            for b in &banned {
                assert!(!text.contains(b.as_str()), "{} names {b}", path.display());
            }
        }
    }

    #[test]
    fn shared_layers_import_no_tool_screen_and_nothing_of_the_root_component() {
        for (path, text) in sources() {
            let name = path.file_name().unwrap().to_str().unwrap();
            let shared = path.ends_with("src/state.rs")
                || path.ends_with("src/session.rs")
                || path.ends_with("src/hooks.rs");
            if shared {
                assert!(
                    !text.contains(&["crate::", "tools"].concat()),
                    "{name} imports a tool's screen"
                );
            }
            if !path.ends_with("src/app.rs") {
                assert!(
                    !text.contains(&["crate::", "app::"].concat()),
                    "{} imports from app.rs",
                    path.display()
                );
            }
        }
    }
}
