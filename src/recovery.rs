//! Failure without loss. If the app ever panics, a hook replaces it with a calm recovery screen
//! that offers the person's answers as a file to download (the last session snapshot the app
//! kept in memory), and a way to start again. Nothing is sent anywhere.

use std::cell::RefCell;

thread_local! {
    /// The latest session file text, kept in memory only, for the recovery screen.
    static SNAPSHOT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps the latest session file text for the recovery screen (memory only, never stored).
pub fn remember_snapshot(file_text: String) {
    SNAPSHOT.with(|s| *s.borrow_mut() = Some(file_text));
}

/// Forgets the snapshot ("alles wissen").
pub fn forget_snapshot() {
    SNAPSHOT.with(|s| *s.borrow_mut() = None);
}

/// Installs the panic hook. Call once at start.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        #[cfg(target_arch = "wasm32")]
        web_sys::console::error_1(&format!("Werkkeuze: {info}").into());
        #[cfg(not(target_arch = "wasm32"))]
        eprintln!("Werkkeuze: {info}");
        render_recovery();
    }));
}

/// Percent-encodes text for a `data:` URL.
pub fn data_url(json: &str) -> String {
    let mut out = String::from("data:application/json;charset=utf-8,");
    for b in json.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

struct RecoveryText {
    title: &'static str,
    body: &'static str,
    download: &'static str,
    nothing: &'static str,
    restart: &'static str,
}

const NL: RecoveryText = RecoveryText {
    title: "Er ging iets mis",
    body: "Werkkeuze liep vast. Dat ligt niet aan u. Er is niets verstuurd.",
    download: "Download uw antwoorden als bestand",
    nothing: "U had nog niets ingevuld dat we kunnen bewaren.",
    restart: "Opnieuw beginnen",
};

const EN: RecoveryText = RecoveryText {
    title: "Something went wrong",
    body: "Werkkeuze got stuck. This is not your fault. Nothing was sent.",
    download: "Download your answers as a file",
    nothing: "You had not entered anything we could keep yet.",
    restart: "Start again",
};

/// Replaces the page content with the recovery screen. Uses only plain DOM calls, because the
/// app itself can no longer be trusted at this point.
pub fn render_recovery() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let english = doc
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .is_some_and(|l| l == "en");
    let t = if english { &EN } else { &NL };
    let snapshot = SNAPSHOT.with(|s| s.borrow().clone());
    // The mount point (#app) if there is one, else the whole body.
    let root: web_sys::Element = match doc.get_element_by_id("app") {
        Some(el) => el,
        None => match doc.body() {
            Some(b) => b.into(),
            None => return,
        },
    };
    let make = |tag: &str, text: &str| {
        let el = doc.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        Some(el)
    };
    let Ok(main) = doc.create_element("main") else {
        return;
    };
    main.set_class_name("wrap recovery");
    main.set_attribute("role", "alert").ok();
    for el in [make("h1", t.title), make("p", t.body)]
        .into_iter()
        .flatten()
    {
        main.append_child(&el).ok();
    }
    match snapshot {
        Some(json) => {
            if let Some(a) = make("a", t.download) {
                a.set_attribute("href", &data_url(&json)).ok();
                a.set_attribute("download", "werkkeuze-sessie.json").ok();
                a.set_class_name("button primary");
                let p = doc.create_element("p").ok();
                if let Some(p) = p {
                    p.append_child(&a).ok();
                    main.append_child(&p).ok();
                }
            }
        }
        None => {
            if let Some(p) = make("p", t.nothing) {
                main.append_child(&p).ok();
            }
        }
    }
    if let Some(a) = make("a", t.restart) {
        a.set_attribute("href", "./").ok();
        if let Ok(p) = doc.create_element("p") {
            p.append_child(&a).ok();
            main.append_child(&p).ok();
        }
    }
    root.set_inner_html("");
    root.append_child(&main).ok();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_url_encodes_everything_but_safe_characters() {
        assert_eq!(
            data_url("{\"a\": 1}"),
            "data:application/json;charset=utf-8,%7B%22a%22%3A%201%7D"
        );
        assert!(data_url("€").ends_with("%E2%82%AC"));
    }
}
