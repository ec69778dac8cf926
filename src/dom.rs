//! The few direct browser calls the shell needs, kept in one place. Each one degrades quietly when
//! the browser refuses (for example inside a sandboxed frame): the app keeps working.

use crate::i18n::Lang;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The mount point, emptied of the loading message. Falls back to `<body>`.
pub fn take_root(id: &str) -> web_sys::Element {
    let doc = document().expect("de pagina heeft geen document");
    match doc.get_element_by_id(id) {
        Some(el) => {
            el.set_inner_html("");
            el.remove_attribute("aria-busy").ok();
            el
        }
        None => doc.body().expect("de pagina heeft geen body").into(),
    }
}

/// The language in the page address (`?lang=en`), if any.
pub fn lang_from_url() -> Lang {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok())
        .and_then(|p| p.get("lang"))
        .map(|c| Lang::from_code(&c))
        .unwrap_or_default()
}

/// Puts the language in the address without reloading the page, keeping the route after `#`, and
/// sets `<html lang>`.
pub fn set_lang(lang: Lang) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(html) = document().and_then(|d| d.document_element()) {
        html.set_attribute("lang", lang.code()).ok();
    }
    let location = window.location();
    let (Ok(href), Ok(history)) = (location.href(), window.history()) else {
        return;
    };
    if let Ok(url) = web_sys::Url::new(&href) {
        match lang {
            Lang::Nl => url.search_params().delete("lang"),
            _ => url.search_params().set("lang", lang.code()),
        }
        history
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()))
            .ok();
    }
}

pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

/// Moves keyboard and screen-reader focus to the page heading after a route change.
pub fn focus_heading() {
    let heading = document().and_then(|d| d.query_selector("#inhoud h1").ok().flatten());
    if let Some(h) = heading {
        use wasm_bindgen::JsCast;
        if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
            h.focus().ok();
        }
    }
}

/// The readiness signal: `<html data-app="ready">` once the app has mounted and handles input.
pub fn mark_ready() {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        html.set_attribute("data-app", "ready").ok();
    }
}
