//! The few direct browser calls the shell needs, kept in one place. Each one degrades quietly when
//! the browser refuses (for example inside a sandboxed frame): the app keeps working.

use crate::i18n::Taal;

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

/// A parameter from the page address before the `#` (`?lang=en&embed=1`).
pub fn url_param(name: &str) -> Option<String> {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok())
        .and_then(|p| p.get(name))
}

/// The language in the page address (`?lang=en`), if any.
pub fn lang_from_url() -> Taal {
    url_param("lang")
        .map(|c| crate::i18n::taal_uit_code(&c))
        .unwrap_or_default()
}

/// Embed mode (`?embed=1`): one tool without the site's chrome, for an iframe on another site.
pub fn embed_from_url() -> bool {
    matches!(url_param("embed").as_deref(), Some("1" | "ja" | "true"))
}

/// Theming for embeds through the address: `kleur` and `achtergrond` as 6-digit hex colours
/// without '#', `tekstgrootte` as a percentage from 80 to 150. Invalid values are ignored. Set
/// through the CSSOM, which the Content-Security-Policy allows (style attributes it does not).
pub fn apply_theme_from_url() {
    let Some(html) = document()
        .and_then(|d| d.document_element())
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    else {
        return;
    };
    let style = html.style();
    if let Some(c) = url_param("kleur").filter(|c| crate::embed::is_hex_colour(c)) {
        style.set_property("--wk-primary", &format!("#{c}")).ok();
    }
    if let Some(c) = url_param("achtergrond").filter(|c| crate::embed::is_hex_colour(c)) {
        style.set_property("--wk-bg", &format!("#{c}")).ok();
    }
    if let Some(pct) = url_param("tekstgrootte").and_then(|t| crate::embed::font_percent(&t)) {
        style
            .set_property(
                "--wk-font-size",
                &format!("{:.3}rem", 1.0625 * pct as f64 / 100.0),
            )
            .ok();
    }
}

/// The address of the full app for the current page: the same route, without `embed=1`.
pub fn full_app_href() -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let href = window.location().href().unwrap_or_default();
    match web_sys::Url::new(&href) {
        Ok(url) => {
            url.search_params().delete("embed");
            url.href()
        }
        Err(_) => href,
    }
}

/// Puts the language in the address without reloading the page, keeping the route after `#`, and
/// sets `<html lang>`.
pub fn set_lang(lang: Taal) {
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
            Taal::Nl => url.search_params().delete("lang"),
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
///
/// A page still loading its data has no heading yet: the focus then waits for it
/// ([`data_settled`]).
pub fn focus_heading() {
    let heading = document().and_then(|d| d.query_selector("#inhoud h1").ok().flatten());
    match heading.and_then(|h| {
        use wasm_bindgen::JsCast;
        h.dyn_into::<web_sys::HtmlElement>().ok()
    }) {
        Some(h) => {
            h.focus().ok();
            FOCUS_WAITING.set(false);
        }
        None => FOCUS_WAITING.set(true),
    }
}

/// Moves keyboard focus to the element with this id, if it is there.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    let el = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        el.focus().ok();
    }
}

/// Moves keyboard focus to `el` (a section heading) and scrolls it to the top of the screen.
/// Focus alone scrolls only as far as needed, which can leave the heading at the bottom of a
/// phone's screen with the section itself still out of sight.
pub fn focus_at_top(el: &web_sys::HtmlElement) {
    let focus = web_sys::FocusOptions::new();
    focus.set_prevent_scroll(true);
    el.focus_with_options(&focus).ok();
    let scroll = web_sys::ScrollIntoViewOptions::new();
    scroll.set_block(web_sys::ScrollLogicalPosition::Start);
    el.scroll_into_view_with_scroll_into_view_options(&scroll);
}

/// Marks `<html data-wasm>` with the build that runs (see `crate::BOUW`).
pub fn mark_build(bouw: &str) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        html.set_attribute("data-wasm", bouw).ok();
    }
}

/// Whether this app just took over from an entry build (static/boot.js marks `<html>` with
/// `data-overstap`), so the first page counts as a route change. Removes the mark.
pub fn take_handover() -> bool {
    let Some(html) = document().and_then(|d| d.document_element()) else {
        return false;
    };
    let marked = html.has_attribute("data-overstap");
    html.remove_attribute("data-overstap").ok();
    marked
}

thread_local! {
    /// A route change asked for the heading's focus while the page was loading its data.
    static FOCUS_WAITING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The first page is loading its data: the app is not ready yet.
    static DATA_PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The app has mounted (the readiness signal waits only for the first page's data).
    static MOUNTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A page waits for its data (see `crate::data`). Before the app has mounted, this holds back the
/// readiness signal until the data is there.
pub fn wait_for_data() {
    if !MOUNTED.get() {
        DATA_PENDING.set(true);
    }
}

/// A page's data is there and the page has rendered (`loaded`), or it could not load and the page
/// offers to try again: give a loaded page the focus a route change asked for, and send the
/// readiness signal if it was waiting for this.
pub fn data_settled(loaded: bool) {
    if loaded && FOCUS_WAITING.get() {
        focus_heading();
    }
    if DATA_PENDING.replace(false) {
        signal_ready();
    }
}

/// The readiness signal: `<html data-app="ready">` once the app has mounted and handles input,
/// and a performance mark `werkkeuze-ready` that scripts/bench reads. When the first page is
/// still loading its data, the signal follows once it is there.
pub fn mark_ready() {
    MOUNTED.set(true);
    if !DATA_PENDING.get() {
        signal_ready();
    }
}

fn signal_ready() {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        html.set_attribute("data-app", "ready").ok();
    }
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        perf.mark("werkkeuze-ready").ok();
    }
}

/// The app's own address without query or hash, e.g. "https://example.org/werkkeuze/".
pub fn app_base_href() -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let loc = window.location();
    format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname()
            .unwrap_or_default()
            .trim_end_matches("index.html")
    )
}

/// The key of the one item "onthouden op dit apparaat" writes. Nothing else is ever stored.
pub const STORAGE_KEY: &str = "werkkeuze-sessie";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The name of the answers static/boot.js hands from a tool's own build to the full app: a
/// value in the page's memory, never stored.
const OVERDRACHT: &str = "werkkeuzeOverdracht";

/// The answers handed over by the build this app took over from, if any; removes them from the
/// page at once.
pub fn take_overdracht() -> Option<String> {
    let window = web_sys::window()?;
    let key = wasm_bindgen::JsValue::from_str(OVERDRACHT);
    let tekst = js_sys::Reflect::get(&window, &key).ok()?.as_string();
    js_sys::Reflect::delete_property(&window, &key).ok();
    tekst
}

/// The session file text kept on this device, if the person switched "onthouden" on earlier.
pub fn stored_session() -> Option<String> {
    local_storage()?.get_item(STORAGE_KEY).ok().flatten()
}

/// Keeps the session file text on this device. Returns false when the browser refuses (private
/// mode, full, blocked in a frame), so the page can say so.
pub fn store_session(file_text: &str) -> bool {
    local_storage()
        .map(|s| s.set_item(STORAGE_KEY, file_text).is_ok())
        .unwrap_or(false)
}

/// "Alles wissen": removes every trace this app could have left in web storage.
pub fn clear_storage() {
    if let Some(s) = local_storage() {
        s.remove_item(STORAGE_KEY).ok();
        s.clear().ok();
    }
    if let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        s.clear().ok();
    }
}

/// Today's date as `JJJJ-MM-DD` in the person's time zone.
pub fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Reads the first chosen file of a file input as text, at most `max_bytes` long.
pub async fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
) -> Result<String, FileReadError> {
    let file = input
        .files()
        .and_then(|l| l.get(0))
        .ok_or(FileReadError::NoFile)?;
    if file.size() > max_bytes as f64 {
        return Err(FileReadError::TooLarge);
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| FileReadError::Unreadable)?;
    text.as_string().ok_or(FileReadError::Unreadable)
}

/// Why a chosen file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileReadError {
    NoFile,
    TooLarge,
    Unreadable,
}

/// Writes `text` to the clipboard; `done` hears whether it worked. Browsers without a clipboard
/// (or that refuse it) report `false`, never a panic.
pub fn copy_text(text: &str, done: yew::Callback<bool>) {
    let Some(window) = web_sys::window() else {
        done.emit(false);
        return;
    };
    let navigator = window.navigator();
    let available = js_sys::Reflect::get(&navigator, &wasm_bindgen::JsValue::from_str("clipboard"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    if !available {
        done.emit(false);
        return;
    }
    let promise = navigator.clipboard().write_text(text);
    let ok_done = done.clone();
    let ok =
        wasm_bindgen::closure::Closure::once(move |_: wasm_bindgen::JsValue| ok_done.emit(true));
    let err =
        wasm_bindgen::closure::Closure::once(move |_: wasm_bindgen::JsValue| done.emit(false));
    let _ = promise.then2(&ok, &err);
    // The promise settles once; both closures are tiny and live until then.
    ok.forget();
    err.forget();
}

/// Opens the browser's print dialog (every "Afdrukken" button; the print stylesheet decides what
/// is on paper).
pub fn print() {
    if let Some(w) = web_sys::window() {
        w.print().ok();
    }
}
