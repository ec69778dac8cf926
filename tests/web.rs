//! The app in a real browser (wasm-bindgen-test in headless Chromium): it mounts, shows the three
//! tools, switches language, and signals readiness. Run by `wasm-pack test --headless --chrome`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use werkkeuze::app::App;
use werkkeuze::i18n::{EN, NL};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Waits until `ready` holds, checking every 20 ms for at most 10 s; these machines are shared
/// and noisy, so a fixed sleep would make the tests flaky. Panics with `what` when it never holds.
async fn wait_until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..500 {
        if ready() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("waited 10 s for: {what}");
}

fn app_is_ready() -> bool {
    document()
        .document_element()
        .and_then(|html| html.get_attribute("data-app"))
        .as_deref()
        == Some("ready")
}

async fn mount() -> web_sys::Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    // The signal is per page and stays set after the first test; the language switch is in
    // this mount's own header.
    wait_until("the app is ready and this mount has its header", || {
        app_is_ready()
            && root
                .query_selector("button.lang-switch")
                .ok()
                .flatten()
                .is_some()
    })
    .await;
    root
}

#[wasm_bindgen_test]
async fn home_shows_the_three_tools_and_the_privacy_promise() {
    let root = mount().await;
    let text = root.text_content().unwrap_or_default();
    for name in [
        NL.tool_vertellen_name,
        NL.tool_rekenhulp_name,
        NL.tool_begeleiding_name,
    ] {
        assert!(text.contains(name), "home misses {name}");
    }
    assert!(text.contains(NL.home_privacy_line));
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("data-app").as_deref(), Some("ready"));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_texts_url_and_html_lang() {
    let root = mount().await;
    let button: web_sys::HtmlElement = root
        .query_selector("button.lang-switch")
        .unwrap()
        .expect("language switch")
        .dyn_into()
        .unwrap();
    button.click();
    wait_until("the English title after switching", || {
        root.text_content()
            .unwrap_or_default()
            .contains(EN.home_title)
    })
    .await;
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(
        search.contains("lang=en"),
        "language not in the URL: {search}"
    );
    // And back, so the URL is clean again.
    let button: web_sys::HtmlElement = root
        .query_selector("button.lang-switch")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    button.click();
    wait_until("the Dutch title after switching back", || {
        root.text_content()
            .unwrap_or_default()
            .contains(NL.home_title)
    })
    .await;
    assert!(!web_sys::window()
        .unwrap()
        .location()
        .search()
        .unwrap()
        .contains("lang="));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_recovery_screen_offers_the_last_snapshot_for_download() {
    werkkeuze::recovery::remember_snapshot("{\"formaat\":\"werkkeuze-sessie\"}".into());
    // The screen replaces the mount point #app; give it one of its own.
    let app = document().create_element("div").unwrap();
    app.set_id("app");
    app.set_inner_html("<p>de app</p>");
    document().body().unwrap().append_child(&app).unwrap();
    werkkeuze::recovery::render_recovery();
    let link = document()
        .query_selector("main.recovery a[download]")
        .unwrap()
        .expect("download link");
    assert_eq!(
        link.get_attribute("download").as_deref(),
        Some("werkkeuze-sessie.json")
    );
    assert!(link
        .get_attribute("href")
        .unwrap()
        .starts_with("data:application/json"));
    let text = app.text_content().unwrap();
    assert!(text.contains("Er ging iets mis"), "{text}");
    assert!(!text.contains("de app"));
    werkkeuze::recovery::forget_snapshot();
    app.remove();
}
