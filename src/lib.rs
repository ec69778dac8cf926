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
//! - [`overstap`]: an entry build (the start build, a tool's own build) handing over to the full app.

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

/// Which build this is (README "Builds", scripts/lib.sh): the full app holds every tool.
pub const BOUW: &str = if cfg!(feature = "sessie") {
    "pkg"
} else if cfg!(feature = "vertellen") {
    "pkg-vertellen"
} else if cfg!(feature = "rekenhulp") {
    "pkg-rekenhulp"
} else if cfg!(feature = "begeleiding") {
    "pkg-begeleiding"
} else {
    "pkg-start"
};

/// Entry point: replaces the loading message in `#app` with the app.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(start)]
pub fn start() {
    recovery::install_panic_hook();
    // Which build runs, as <html data-wasm>: the service worker may answer a tool's build with
    // the full app, and the tests check which one came.
    dom::mark_build(BOUW);
    // The rekenhulp's default first month of work is the current month, from the browser.
    werkkeuze_core::tools::rekenhulp::zet_vandaag(dom::today_iso());
    let root = dom::take_root("app");
    let handle = yew::Renderer::<app::App>::with_root(root).render();
    RUNNING.with(|r| *r.borrow_mut() = Some(handle));
}

/// Takes the app out of the page (its nodes and its listeners), so the full app can take over
/// `#app`, and returns the person's answers as a session file text for it (nothing in the start
/// build, which holds none). static/boot.js calls this on an entry build; see [`overstap`].
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn stop() -> Option<String> {
    if let Some(handle) = RUNNING.with(|r| r.borrow_mut().take()) {
        handle.destroy();
    }
    #[cfg(feature = "antwoorden")]
    return session::overstap_tekst();
    #[cfg(not(feature = "antwoorden"))]
    None
}

/// The shell's shape, read from its own source (issue 17): it renders what core computes, so its
/// code names no year and no amount of the rules, never calls the income rules itself, and the
/// shared layers (session, state, hooks) import no tool screen and nothing from the root component.
#[cfg(test)]
mod shape {
    use std::path::{Path, PathBuf};

    /// Every file's code without its test module and its comment lines.
    fn sources() -> Vec<(PathBuf, String)> {
        let mut out = Vec::new();
        let mut todo = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
        while let Some(p) = todo.pop() {
            if p.is_dir() {
                todo.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
            } else if p.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                out.push((p, code(&text)));
            }
        }
        assert!(out.len() > 20, "the shell's files were found");
        out
    }

    fn code(text: &str) -> String {
        let mut end = text.len();
        let mut from = 0;
        while let Some(i) = text[from..].find("#[cfg(test)]") {
            let at = from + i;
            if text[at + 12..].trim_start().starts_with("mod ") {
                end = at;
                break;
            }
            from = at + 1;
        }
        text[..end]
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The four-digit numbers 2000–2099 standing on their own (a year).
    fn years(code: &str) -> Vec<String> {
        let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
        code.split(|c: char| !word(c))
            .filter(|w| {
                w.len() == 4 && w.starts_with("20") && w.chars().all(|c| c.is_ascii_digit())
            })
            .map(String::from)
            .collect()
    }

    /// Whether `code` imports `module` under `parent` (`parent::module`, or in a group
    /// `parent::{…, module…}` over any number of lines).
    fn names(code: &str, parent: &str, module: &str) -> bool {
        let prefix = format!("{parent}::");
        code.match_indices(&prefix).any(|(i, _)| {
            let rest = &code[i + prefix.len()..];
            let list = match rest.strip_prefix('{') {
                Some(group) => group.split('}').next().unwrap_or(""),
                None => rest,
            };
            list.split(|c: char| c == ',' || c.is_whitespace())
                .filter(|x| !x.is_empty())
                .map(|x| {
                    x.split("::")
                        .next()
                        .unwrap_or("")
                        .trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                })
                .take(if rest.starts_with('{') { usize::MAX } else { 1 })
                .any(|x| x == module)
        })
    }

    #[test]
    fn the_checks_see_what_they_look_for() {
        let text = "use crate::{\n    hooks,\n    tools::rekenhulp,\n};\n// 2026\nlet j = 2027;\n\
                    #[cfg(test)]\nmod tests { const X: i32 = 2025; }";
        let c = code(text);
        assert_eq!(years(&c), ["2027"]);
        assert!(names(&c, "crate", "tools"));
        assert!(names("use crate::app;", "crate", "app"));
        assert!(names(
            "use werkkeuze_core::income::{reken, Uitkomst};",
            "income",
            "reken"
        ));
        assert!(!names("use crate::hooks::use_title;", "crate", "tools"));
        assert!(!names("x = crate::tools_of(y);", "crate", "tools"));
    }

    #[test]
    fn the_shell_names_no_year_no_amount_of_the_rules_and_no_income_rule() {
        // The minimum wage per hour the issue named, as typed in three ways.
        let amounts = [
            ["14", "_71"].concat(),
            ["1_", "471"].concat(),
            ["14", ",71"].concat(),
        ];
        for (path, code) in sources() {
            let p = path.display();
            assert!(
                years(&code).is_empty(),
                "{p} names a year: {:?}",
                years(&code)
            );
            for a in &amounts {
                assert!(!code.contains(a.as_str()), "{p} names {a}");
            }
            assert!(
                !names(&code, "income", "reken"),
                "{p} calls the income rules"
            );
        }
    }

    #[test]
    fn shared_layers_import_no_tool_screen_and_nothing_of_the_root_component() {
        for (path, code) in sources() {
            let p = path.display();
            let shared = ["src/state.rs", "src/session.rs", "src/hooks.rs"]
                .iter()
                .any(|f| path.ends_with(f));
            if shared {
                assert!(
                    !names(&code, "crate", "tools"),
                    "{p} imports a tool's screen"
                );
            }
            if !path.ends_with("src/app.rs") {
                assert!(!names(&code, "crate", "app"), "{p} imports from app.rs");
            }
        }
    }
}
