//! "Bewaren en delen": the person's session in their own hands — a file to download and open
//! again, a link (state after `#`), its QR code, "onthouden op dit apparaat" (off by default) and
//! "alles wissen". And [`Openen`], the page a shared link lands on: it says what the link holds
//! and opens it only when the person agrees; a damaged link changes nothing.

use super::bewaren_text::use_text;
use crate::dom;
use crate::hooks::use_title;
use crate::i18n::Taal;
use crate::route::Route;
use crate::session::{self, file_name, use_sessie, Sessie, ToolId};
use crate::widgets::wissen::AllesWissen;
use web_sys::HtmlInputElement;
use werkkeuze_core::session::{qr_svg, SessionError, MAX_FILE_BYTES};
use werkkeuze_core::tools::sessie::Veranderingen;
use yew::prelude::*;
use yew_router::prelude::*;

/// "Vertellen of verzwijgen?, Rekenhulp: …" for the tools a session holds.
fn tool_names(lang: Taal, tools: &[ToolId]) -> String {
    let m = crate::i18n::messages(lang);
    tools
        .iter()
        .map(|tool| match tool {
            ToolId::Vertellen => m.tool_vertellen_name,
            ToolId::Rekenhulp => m.tool_rekenhulp_name,
            ToolId::Begeleiding => m.tool_begeleiding_name,
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Why a file or link did not open, in the page's language. Dutch is core's own message (the
/// command-line tools show the same); English says the same thing.
pub fn error_text(e: &SessionError, lang: Taal) -> String {
    if lang == Taal::Nl {
        return e.to_string();
    }
    let why = match e {
        SessionError::TooLarge => {
            "This file is too large for a Werkkeuze session. Choose the file you saved from Werkkeuze.".to_string()
        }
        SessionError::NotJson => {
            "We cannot read this file. It is not a Werkkeuze session, or it is damaged.".to_string()
        }
        SessionError::Foreign => {
            "This file is not from Werkkeuze. Choose the file you saved from Werkkeuze.".to_string()
        }
        SessionError::TooNew { versie } => format!(
            "This file comes from a newer version of Werkkeuze (version {versie}). Reload the page to get the newest version."
        ),
        SessionError::Damaged { .. } => "This file is damaged or incomplete.".to_string(),
        SessionError::LinkDamaged => {
            "This link is incomplete or damaged. Ask for the link again, or copy all of it.".to_string()
        }
    };
    format!("{why} What you had entered has not changed.")
}

/// The address that opens `payload` in this app, in the current language.
pub fn share_link(base: &str, payload: &str, lang: Taal) -> String {
    let query = match lang {
        Taal::Nl => String::new(),
        other => format!("?lang={}", other.code()),
    };
    format!("{base}{query}#/openen/{payload}")
}

#[derive(Clone, PartialEq)]
enum Notice {
    None,
    /// The file opened, and what changed for the person since it was saved, if anything.
    Ok(&'static str, Option<Veranderingen>),
    Error(String),
}

fn notice_html(n: &Notice) -> Html {
    match n {
        Notice::None => Html::default(),
        Notice::Ok(text, changed) => html! {
            <>
                <p class="notice-ok">{*text}</p>
                if let Some(changed) = changed { {veranderingen_html(changed)} }
            </>
        },
        Notice::Error(text) => html! { <p class="field-error">{text.clone()}</p> },
    }
}

/// What changed for the person since the session was saved (the amounts of the Rekenhulp).
fn veranderingen_html(v: &Veranderingen) -> Html {
    html! {
        <div class="warning veranderingen">
            <p>{v.tekst.clone()}</p>
            if !v.situaties.is_empty() {
                <ul>{for v.situaties.iter().map(|s| html! { <li>{s.clone()}</li> })}</ul>
            }
        </div>
    }
}

/// "Bewaren en delen". A file or link made here records what the Rekenhulp computes, so when the
/// Rekenhulp holds answers its parameters are loaded first; without them the page needs nothing,
/// and saving the other tools' answers never waits for a download that may fail offline.
#[function_component(Bewaren)]
pub fn bewaren() -> Html {
    let s = use_sessie();
    let nodig: &'static [&'static str] = if s.huidig.rekenhulp == Default::default() {
        &[]
    } else {
        crate::data::REKENHULP
    };
    html! { <crate::data::Gegevens bundels={nodig}><BewarenPagina /></crate::data::Gegevens> }
}

#[function_component(BewarenPagina)]
fn bewaren_pagina() -> Html {
    let t = use_text();
    use_title(t.title);
    let s = use_sessie();
    let lang = use_context::<Taal>().unwrap_or_default();
    let open_notice = use_state(|| Notice::None);
    let cleared = use_state(|| false);
    let remember_refused = use_state(|| false);
    let link = use_state(|| None::<String>);
    let copied = use_state(|| None::<bool>);
    let link_ref = use_node_ref();

    // A changed session makes a link made earlier out of date.
    {
        let link = link.clone();
        let copied = copied.clone();
        use_effect_with(s.huidig.clone(), move |_| {
            link.set(None);
            copied.set(None);
        });
    }

    let tools = s.huidig.filled_tools();
    let holds = if tools.is_empty() {
        html! { <p class="lead">{t.empty}</p> }
    } else {
        html! { <p class="lead">{t.holds.replace("{tools}", &tool_names(lang, &tools))}</p> }
    };

    let file_href = recovery_href(&s.huidig);
    let on_file = {
        let zet = s.zet.clone();
        let open_notice = open_notice.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let zet = zet.clone();
            let open_notice = open_notice.clone();
            yew::platform::spawn_local(async move {
                let read = dom::read_chosen_file(&input, MAX_FILE_BYTES).await;
                input.set_value("");
                let result = match read {
                    Ok(text) => Sessie::from_file(&text).map_err(|e| error_text(&e, lang)),
                    Err(dom::FileReadError::NoFile) => Err(t.open_no_file.to_string()),
                    Err(dom::FileReadError::TooLarge) => Err(t.open_too_large.to_string()),
                    Err(dom::FileReadError::Unreadable) => Err(t.open_unreadable.to_string()),
                };
                match result {
                    Ok(sessie) => {
                        // What changed needs the Rekenhulp's parameters; if they cannot load,
                        // the file still opens and the Rekenhulp says so when it is opened.
                        let rekenhulp = sessie.rekenhulp != Default::default();
                        let changed =
                            if !rekenhulp || crate::data::zorg_voor(crate::data::REKENHULP).await {
                                sessie.veranderingen(lang)
                            } else {
                                None
                            };
                        zet.emit(sessie);
                        open_notice.set(Notice::Ok(t.opened, changed));
                    }
                    Err(msg) => open_notice.set(Notice::Error(msg)),
                }
            });
        })
    };

    let on_make_link = {
        let link = link.clone();
        let huidig = s.huidig.clone();
        Callback::from(move |_: MouseEvent| {
            link.set(Some(share_link(
                &dom::app_base_href(),
                &huidig.met_gerekend().to_link(),
                lang,
            )));
        })
    };
    let on_copy = {
        let copied = copied.clone();
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = (*link).clone() {
                let copied = copied.clone();
                dom::copy_text(&text, Callback::from(move |ok| copied.set(Some(ok))));
            }
        })
    };
    // When copying was refused, select the link so the person can copy it by hand.
    {
        let link_ref = link_ref.clone();
        use_effect_with(*copied, move |c| {
            if *c == Some(false) {
                if let Some(el) = link_ref.cast::<web_sys::HtmlTextAreaElement>() {
                    el.focus().ok();
                    el.select();
                }
            }
        });
    }
    let link_block = match (*link).clone() {
        None => Html::default(),
        Some(href) => {
            let qr = match qr_svg(&href) {
                // Drawn at 4 CSS pixels a module or more (as wide as the screen allows), so a
                // camera can read it from another screen; a long link makes a dense code.
                Some(qr) => html! {
                    <figure class="qr" role="img" aria-label={t.qr_title} data-modules={qr.modules.to_string()}>
                        {Html::from_html_unchecked(AttrValue::from(qr.svg))}
                    </figure>
                },
                None => html! { <p>{t.qr_too_long}</p> },
            };
            let copy_state = match *copied {
                Some(true) => html! { <p class="notice-ok" role="status">{t.copied}</p> },
                Some(false) => html! { <p class="field-error" role="status">{t.copy_refused}</p> },
                None => html! { <p role="status"></p> },
            };
            html! {
                <div class="share-link">
                    <p class="warning"><strong>{t.link_warning}</strong></p>
                    <label for="share-link-text">{t.link_label}</label>
                    <textarea id="share-link-text" readonly=true rows="4" ref={link_ref.clone()}
                        value={href.clone()} />
                    <p><button type="button" onclick={on_copy}>{t.copy}</button></p>
                    {copy_state}
                    <h3>{t.qr_heading}</h3>
                    <p>{t.qr_body}</p>
                    {qr}
                </div>
            }
        }
    };

    let on_remember = {
        let zet_onthouden = s.zet_onthouden.clone();
        let remember_refused = remember_refused.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let on = input.checked();
            // Try a write first, so a browser that refuses is told at once.
            if on && !dom::store_session("") {
                input.set_checked(false);
                remember_refused.set(true);
                return;
            }
            remember_refused.set(false);
            zet_onthouden.emit(on);
        })
    };

    let on_clear = {
        let wis = s.wis.clone();
        let cleared = cleared.clone();
        let open_notice = open_notice.clone();
        Callback::from(move |_: ()| {
            wis.emit(());
            open_notice.set(Notice::None);
            cleared.set(true);
        })
    };

    html! {
        <div class="bewaren">
            <h1 tabindex="-1">{t.title}</h1>
            <p>{t.intro}</p>
            {holds}

            <section aria-labelledby="file-heading">
                <h2 id="file-heading">{t.file_heading}</h2>
                <p>{t.file_body}</p>
                <p><a class="button" href={file_href} download={file_name(&dom::today_iso())}>
                    {t.file_button}</a></p>
            </section>

            <section aria-labelledby="open-heading">
                <h2 id="open-heading">{t.open_heading}</h2>
                <p>{t.open_body}</p>
                <label for="open-file">{t.open_label}</label>
                <input id="open-file" type="file" accept=".json,application/json,text/plain"
                    onchange={on_file} />
                <div role="status" aria-live="polite">{notice_html(&open_notice)}</div>
            </section>

            <section aria-labelledby="link-heading">
                <h2 id="link-heading">{t.link_heading}</h2>
                <p>{t.link_body}</p>
                <p><button type="button" onclick={on_make_link}>{t.link_button}</button></p>
                {link_block}
            </section>

            <section aria-labelledby="remember-heading">
                <h2 id="remember-heading">{t.remember_heading}</h2>
                <p id="remember-help">{t.remember_body}</p>
                <p class="check">
                    <input id="remember" type="checkbox" checked={s.onthouden}
                        aria-describedby="remember-help" onchange={on_remember} />
                    <label for="remember">{t.remember_label}</label>
                </p>
                <div role="status" aria-live="polite">
                    if s.onthouden { <p class="notice-ok">{t.remember_on}</p> }
                    if *remember_refused { <p class="field-error">{t.remember_refused}</p> }
                </div>
            </section>

            <section aria-labelledby="clear-heading">
                <h2 id="clear-heading">{t.clear_heading}</h2>
                <p>{t.clear_body}</p>
                <p><AllesWissen id="bewaren-wissen" {on_clear} cleared={*cleared && s.huidig.is_empty()}
                    class="danger" /></p>
            </section>
        </div>
    }
}

/// The session file as a `data:` address for the download link (no Blob, no object URL), with
/// what the Rekenhulp computes for it now.
fn recovery_href(s: &Sessie) -> String {
    crate::recovery::data_url(&s.met_gerekend().to_file())
}

#[derive(Properties, PartialEq)]
pub struct OpenenProps {
    pub data: AttrValue,
}

/// Where a shared link lands: what it holds, and open only when the person agrees.
#[function_component(Openen)]
pub fn openen(props: &OpenenProps) -> Html {
    let t = use_text();
    use_title(t.link_open_title);
    let s = use_sessie();
    let lang = use_context::<Taal>().unwrap_or_default();
    let navigator = use_navigator();
    let decoded = use_memo(props.data.clone(), |d| Sessie::from_link(d));

    let go_home = {
        let navigator = navigator.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(n) = &navigator {
                n.replace(&Route::Home);
            }
        })
    };
    match &*decoded {
        Err(e) => html! {
            <>
                <h1 tabindex="-1">{t.link_bad_title}</h1>
                <p class="field-error" role="alert">{error_text(e, lang)}</p>
                <p><button type="button" onclick={go_home}>{t.back_home}</button></p>
            </>
        },
        Ok(sessie) => {
            let tools = sessie.filled_tools();
            let body = if tools.is_empty() {
                t.link_open_empty.to_string()
            } else {
                t.link_open_body
                    .replace("{tools}", &tool_names(lang, &tools))
            };
            let on_open = {
                let zet = s.zet.clone();
                let sessie = sessie.clone();
                let navigator = navigator.clone();
                Callback::from(move |_: MouseEvent| {
                    zet.emit(sessie.clone());
                    if let Some(n) = &navigator {
                        // The first tool it holds; the payload leaves the address bar.
                        let to = sessie
                            .filled_tools()
                            .first()
                            .map_or(Route::Home, |t| session::route(*t));
                        n.replace(&to);
                    }
                })
            };
            html! {
                <>
                    <h1 tabindex="-1">{t.link_open_title}</h1>
                    <p class="lead">{body}</p>
                    if let Some(changed) = sessie.veranderingen(lang) {
                        {veranderingen_html(&changed)}
                    }
                    if !s.huidig.is_empty() { <p>{t.link_open_replace}</p> }
                    <p class="button-row">
                        <button type="button" class="primary" onclick={on_open}>{t.link_open_yes}</button>
                        {" "}
                        <button type="button" onclick={go_home}>{t.link_open_no}</button>
                    </p>
                </>
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_error_speaks_the_pages_language_and_says_nothing_changed() {
        let e = SessionError::TooNew { versie: 7 };
        assert_eq!(error_text(&e, Taal::Nl), e.to_string());
        let en = error_text(&e, Taal::En);
        assert!(
            en.contains("newer version of Werkkeuze (version 7)"),
            "{en}"
        );
        for e in [
            SessionError::TooLarge,
            SessionError::NotJson,
            SessionError::Foreign,
            SessionError::Damaged { detail: "x".into() },
            SessionError::LinkDamaged,
        ] {
            let en = error_text(&e, Taal::En);
            assert!(
                en.ends_with("What you had entered has not changed."),
                "{en}"
            );
            assert_ne!(en, e.to_string());
        }
    }

    #[test]
    fn a_share_link_keeps_the_state_after_the_hash_and_the_language_before_it() {
        assert_eq!(
            share_link("https://x.nl/app/", "s1.abc", Taal::Nl),
            "https://x.nl/app/#/openen/s1.abc"
        );
        assert_eq!(
            share_link("https://x.nl/app/", "s1.abc", Taal::En),
            "https://x.nl/app/?lang=en#/openen/s1.abc"
        );
    }
}
