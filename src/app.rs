//! The root component: the language context, the router and the page layout.
//!
//! The same shell is built as several builds (`Cargo.toml` features, README "Builds"): the full
//! app, the start build that a first visit to the home page loads (the home page and the pages
//! about the app, no tool, no answers), and one build per tool for a first visit straight to that
//! tool. [`switch`] holds the pages of the build; any other page loads the full app, which takes
//! over the page at the same address, with the answers ([`crate::overstap`]).

use crate::dom;
use crate::hooks::use_messages;
use crate::i18n::Taal;
use crate::route::Route;
#[cfg(feature = "begeleiding")]
use crate::state::BegeleidingHandle;
#[cfg(feature = "rekenhulp")]
use crate::state::RekenhulpHandle;
#[cfg(feature = "vertellen")]
use crate::state::VertellenHandle;
use crate::widgets::wissen::AllesWissen;
#[cfg(feature = "antwoorden")]
use crate::{
    session::{Sessie, SessieCtx},
    state::{ToolState, Vervang},
};
use yew::prelude::*;
use yew_router::prelude::*;

/// What every build's root shares: the language (from the address, kept there), embed mode, the
/// theme and the readiness signal. Returns the language and the Layout.
#[hook]
fn use_shell() -> (UseStateHandle<Taal>, Html) {
    let lang = use_state(dom::lang_from_url);
    let embed = *use_memo((), |_| dom::embed_from_url());
    {
        let lang = *lang;
        use_effect_with(lang, move |_| dom::set_lang(lang));
    }
    use_effect_with((), |_| {
        dom::apply_theme_from_url();
        dom::mark_ready();
    });
    // The same callback on every render, so the Layout (header, menu, footer) is not drawn again
    // on every key typed in a tool; only what reads the session is.
    let on_lang = {
        let setter = lang.setter();
        use_callback((), move |l: Taal, _| setter.set(l))
    };
    let layout = html! {
        <HashRouter>
            <Layout on_lang={on_lang} embed={embed} />
        </HashRouter>
    };
    (lang, layout)
}

/// The start build's root: no tool, so no answers to hold.
#[cfg(not(feature = "antwoorden"))]
#[function_component(App)]
pub fn app() -> Html {
    let (lang, layout) = use_shell();
    html! {
        <ContextProvider<Taal> context={*lang}>{layout}</ContextProvider<Taal>>
    }
}

#[cfg(feature = "antwoorden")]
#[function_component(App)]
pub fn app() -> Html {
    let (lang, layout) = use_shell();
    // A session kept on this device earlier (only if the person switched "onthouden" on). A
    // stored copy that no longer opens is left alone and remembering stays off.
    let stored = use_memo((), |_| {
        dom::stored_session()
            .filter(|t| !t.is_empty())
            .and_then(|t| Sessie::from_file(&t).ok())
    });
    let onthouden = use_state(|| stored.is_some());
    // The answers of the build this app took over from (a tool's own build), newer than any
    // stored copy.
    let overgedragen = use_memo((), |_| {
        dom::take_overdracht().and_then(|t| Sessie::from_file(&t).ok())
    });
    let start = (*overgedragen)
        .clone()
        .or_else(|| (*stored).clone())
        .unwrap_or_default();
    // Each tool's answers: its reducer in a build with the tool; in a tool's own build the other
    // tools' answers are only carried (from a kept or handed-over session, into the next
    // hand-over), so that build holds none of their code.
    #[cfg(feature = "vertellen")]
    let vertellen = use_reducer_eq(|| ToolState(start.vertellen.clone()));
    #[cfg(not(feature = "vertellen"))]
    let vertellen = use_state_eq(|| ToolState(start.vertellen.clone()));
    #[cfg(feature = "rekenhulp")]
    let rekenhulp = use_reducer_eq(|| ToolState(start.rekenhulp.clone()));
    #[cfg(not(feature = "rekenhulp"))]
    let rekenhulp = use_state_eq(|| ToolState(start.rekenhulp.clone()));
    #[cfg(feature = "begeleiding")]
    let begeleiding = use_reducer_eq(|| ToolState(start.begeleiding.clone()));
    #[cfg(not(feature = "begeleiding"))]
    let begeleiding = use_state_eq(|| ToolState(start.begeleiding.clone()));
    let huidig = std::rc::Rc::new(Sessie {
        vertellen: vertellen.0.clone(),
        rekenhulp: rekenhulp.0.clone(),
        begeleiding: begeleiding.0.clone(),
        gerekend: None,
    });
    // What a hand-over to the full app carries, always the latest (crate::stop).
    crate::session::voor_overstap(huidig.clone());
    // Keep the latest snapshot for the recovery screen (memory), and on the device only when the
    // person asked for it. Writing the snapshot takes a few milliseconds on a slow phone, so while
    // the person types it waits for a pause; switching "onthouden" and hiding the page write it
    // at once.
    let wachtend = use_mut_ref(|| None::<(std::rc::Rc<Sessie>, bool)>);
    let vorig_onthouden = use_mut_ref(|| *onthouden);
    {
        let wachtend = wachtend.clone();
        use_effect_with((huidig.clone(), *onthouden), move |(s, on)| {
            *wachtend.borrow_mut() = Some((s.clone(), *on));
            let gewisseld = std::mem::replace(&mut *vorig_onthouden.borrow_mut(), *on) != *on;
            let timer = if gewisseld {
                bewaar_snapshot(&wachtend);
                None
            } else {
                Some(gloo::timers::callback::Timeout::new(
                    SNAPSHOT_PAUZE_MS,
                    move || bewaar_snapshot(&wachtend),
                ))
            };
            // A newer change replaces a snapshot still waiting.
            move || drop(timer)
        });
    }
    {
        let wachtend = wachtend.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "pagehide", move |_| {
                    bewaar_snapshot(&wachtend)
                })
            });
            move || drop(listener)
        });
    }
    let sessie_ctx = {
        let zet = {
            let vertellen = vertellen.clone();
            let rekenhulp = rekenhulp.clone();
            let begeleiding = begeleiding.clone();
            Callback::from(move |s: Sessie| {
                vertellen.vervang(s.vertellen);
                rekenhulp.vervang(s.rekenhulp);
                begeleiding.vervang(s.begeleiding);
            })
        };
        let zet_onthouden = {
            let onthouden = onthouden.clone();
            Callback::from(move |on: bool| {
                if !on {
                    dom::clear_storage();
                }
                onthouden.set(on);
            })
        };
        let wis = {
            let zet = zet.clone();
            let onthouden = onthouden.clone();
            Callback::from(move |_: ()| {
                dom::clear_storage();
                crate::recovery::forget_snapshot();
                onthouden.set(false);
                zet.emit(Sessie::default());
            })
        };
        SessieCtx {
            huidig,
            zet,
            onthouden: *onthouden,
            zet_onthouden,
            wis,
        }
    };
    let mut inhoud = layout;
    #[cfg(feature = "vertellen")]
    {
        inhoud = html! { <ContextProvider<VertellenHandle> context={vertellen}>{inhoud}</ContextProvider<VertellenHandle>> };
    }
    #[cfg(feature = "rekenhulp")]
    {
        inhoud = html! { <ContextProvider<RekenhulpHandle> context={rekenhulp}>{inhoud}</ContextProvider<RekenhulpHandle>> };
    }
    #[cfg(feature = "begeleiding")]
    {
        inhoud = html! { <ContextProvider<BegeleidingHandle> context={begeleiding}>{inhoud}</ContextProvider<BegeleidingHandle>> };
    }
    html! {
        <ContextProvider<Taal> context={*lang}>
        <ContextProvider<SessieCtx> context={sessie_ctx}>
            {inhoud}
        </ContextProvider<SessieCtx>>
        </ContextProvider<Taal>>
    }
}

/// How long typing must pause before the session snapshot is written.
#[cfg(feature = "antwoorden")]
const SNAPSHOT_PAUZE_MS: u32 = 300;

/// Writes the waiting snapshot, if any: to memory for the recovery screen, and to the device when
/// "onthouden" is on.
#[cfg(feature = "antwoorden")]
fn bewaar_snapshot(wachtend: &std::cell::RefCell<Option<(std::rc::Rc<Sessie>, bool)>>) {
    let Some((s, on)) = wachtend.borrow_mut().take() else {
        return;
    };
    let text = s.to_file();
    if on {
        dom::store_session(&text);
    }
    crate::recovery::remember_snapshot(text);
}

#[derive(Properties, PartialEq)]
struct LayoutProps {
    on_lang: Callback<Taal>,
    /// Embed mode: one tool inside another site, without our navigation and footer.
    embed: bool,
}

#[function_component(Layout)]
fn layout(props: &LayoutProps) -> Html {
    let m = use_messages();
    let lang = use_context::<Taal>().unwrap_or_default();
    let route = use_route::<Route>().unwrap_or(Route::Home);

    // After a route change (not on the first render), move focus to the new page's heading so
    // keyboard and screen-reader users land on the new content.
    let first = use_mut_ref(|| true);
    use_effect_with(route.clone(), move |_| {
        // The full app taking over from an entry build is a route change too: the person
        // just opened another page.
        if std::mem::replace(&mut *first.borrow_mut(), false) && !dom::take_handover() {
            return;
        }
        dom::focus_heading();
    });

    // "Alles wissen" on every page: one press clears every tool and anything remembered.
    let other = match lang {
        Taal::Nl => Taal::En,
        Taal::En => Taal::Nl,
    };
    let switch_lang = {
        let cb = props.on_lang.clone();
        Callback::from(move |_| cb.emit(other))
    };
    let skip = Callback::from(|e: MouseEvent| {
        // A plain "#inhoud" link would change the hash route; focus the content instead.
        e.prevent_default();
        dom::focus_heading();
    });
    let nav_link = |to: Route, label: &'static str| {
        let current = (route == to).then_some("page");
        html! {
            <li><Link<Route> to={to} classes="nav-link">
                <span aria-current={current}>{label}</span>
            </Link<Route>></li>
        }
    };

    let lang_button = html! {
        <button type="button" class="lang-switch" onclick={switch_lang}
            lang={other.code()}
            aria-label={format!("{}: {}", m.lang_switch_label, m.lang_other_name)}>
            {m.lang_other_name}
        </button>
    };
    // In embed mode the brand opens the full app in a new window, and there is no site navigation.
    let (brand, nav, footer) = if props.embed {
        (
            html! {
                <a class="brand" href={dom::full_app_href()} target="_blank" rel="noopener">
                    <span class="brand-name">{m.app_name}</span>
                    <span class="brand-tagline">{m.embed_open_full}</span>
                </a>
            },
            Html::default(),
            html! { <p>{m.footer_privacy}{" "}{m.footer_estimate}</p> },
        )
    } else {
        (
            html! {
                <Link<Route> to={Route::Home} classes="brand">
                    <span class="brand-name">{m.app_name}</span>
                    <span class="brand-tagline">{m.tagline}</span>
                </Link<Route>>
            },
            html! {
                <nav class="wrap" aria-label={m.nav_label}>
                    <ul class="nav-list">
                        {nav_link(Route::Home, m.nav_home)}
                        {nav_link(Route::Vertellen, m.nav_vertellen)}
                        {nav_link(Route::Rekenhulp, m.nav_rekenhulp)}
                        {nav_link(Route::Begeleiding, m.nav_begeleiding)}
                        {nav_link(Route::Begrippen, m.nav_glossary)}
                        {nav_link(Route::Privacy, m.nav_privacy)}
                    </ul>
                </nav>
            },
            html! {
                <>
                    <p>{m.footer_privacy}{" "}
                        <Link<Route> to={Route::Privacy} classes="footer-link">{m.nav_privacy}</Link<Route>></p>
                    <p>{m.footer_estimate}</p>
                    <p>
                        <Link<Route> to={Route::HoeWijMaken} classes="footer-link">
                            {crate::pages::hoe_wij_maken::title(lang)}
                        </Link<Route>>
                        {" · "}
                        <Link<Route> to={Route::Insluiten} classes="footer-link">{m.nav_embed}</Link<Route>>
                    </p>
                    <FooterSession />
                </>
            },
        )
    };

    html! {
        <>
            <a class="skip-link" href="#inhoud" onclick={skip}>{m.skip_to_content}</a>
            <header class={classes!("site-header", props.embed.then_some("embed-header"))}>
                <div class="wrap header-row">
                    {brand}
                    {lang_button}
                </div>
                {nav}
            </header>
            <main id="inhoud" class="wrap">
                <Switch<Route> render={switch} />
            </main>
            <footer class="site-footer">
                <div class="wrap">{footer}</div>
            </footer>
        </>
    }
}

/// The footer's "Bewaren en delen", "Mijn plan" and "Alles wissen". It reads the session, so it
/// is its own component: it is drawn again when the answers change; the rest of the Layout is not.
#[cfg(feature = "antwoorden")]
#[function_component(FooterSession)]
fn footer_session() -> Html {
    let sessie = crate::session::use_sessie();
    let cleared = use_state(|| false);
    {
        // Entering something again makes "Alles is gewist" untrue.
        let cleared = cleared.clone();
        use_effect_with(sessie.huidig.is_empty(), move |empty| {
            if !*empty {
                cleared.set(false);
            }
        });
    }
    let on_clear = {
        let wis = sessie.wis.clone();
        let cleared = cleared.clone();
        Callback::from(move |_: ()| {
            wis.emit(());
            cleared.set(true);
        })
    };
    html! { <FooterLinks {on_clear} cleared={*cleared} /> }
}

/// The start build holds no answers, but "Alles wissen" still removes what "onthouden" kept on
/// this device in an earlier visit.
#[cfg(not(feature = "antwoorden"))]
#[function_component(FooterSession)]
fn footer_session() -> Html {
    let cleared = use_state(|| false);
    let on_clear = {
        let cleared = cleared.clone();
        Callback::from(move |_: ()| {
            dom::clear_storage();
            crate::recovery::forget_snapshot();
            cleared.set(true);
        })
    };
    html! { <FooterLinks {on_clear} cleared={*cleared} /> }
}

#[derive(Properties, PartialEq)]
struct FooterLinksProps {
    on_clear: Callback<()>,
    cleared: bool,
}

#[function_component(FooterLinks)]
fn footer_links(p: &FooterLinksProps) -> Html {
    let lang = use_context::<Taal>().unwrap_or_default();
    let bt = crate::pages::bewaren_text::text(lang);
    html! {
        <ul class="footer-session">
            <li><Link<Route> to={Route::Bewaren} classes="footer-link">{bt.title}</Link<Route>></li>
            <li><Link<Route> to={Route::Plan} classes="footer-link">
                {crate::pages::plan::text(lang).title}</Link<Route>></li>
            <li><AllesWissen id="footer-wissen" on_clear={p.on_clear.clone()} cleared={p.cleared}
                class={classes!("link-button", "footer-link")} /></li>
        </ul>
    }
}

/// The pages of this build. A page it does not hold (another tool, the pages about the answers)
/// loads the full app first.
fn switch(route: Route) -> Html {
    #[cfg(feature = "antwoorden")]
    use crate::data::Gegevens;
    match route {
        Route::Home => html! { <crate::pages::home::Home /> },
        Route::Privacy => html! { <crate::pages::privacy::Privacy /> },
        Route::Insluiten => html! { <crate::pages::insluiten::Insluiten /> },
        Route::Begrippen => html! { <crate::pages::begrippen::Begrippen /> },
        Route::NotFound => html! { <crate::pages::not_found::NotFound /> },
        #[cfg(feature = "vertellen")]
        Route::Vertellen => html! {
            <Gegevens bundels={crate::data::VERTELLEN}><crate::tools::vertellen::Vertellen /></Gegevens>
        },
        #[cfg(feature = "rekenhulp")]
        Route::Rekenhulp => html! {
            <Gegevens bundels={crate::data::REKENHULP}><crate::tools::rekenhulp::Rekenhulp /></Gegevens>
        },
        #[cfg(feature = "begeleiding")]
        Route::Begeleiding => html! {
            <Gegevens bundels={crate::data::BEGELEIDING}><crate::tools::begeleiding::Begeleiding /></Gegevens>
        },
        #[cfg(feature = "sessie")]
        Route::Bewaren => html! { <crate::pages::bewaren::Bewaren /> },
        #[cfg(feature = "sessie")]
        Route::Plan => html! {
            <Gegevens bundels={crate::data::ALLE}><crate::pages::plan::Plan /></Gegevens>
        },
        #[cfg(feature = "sessie")]
        Route::HoeWijMaken => html! {
            <Gegevens bundels={crate::data::VERANTWOORDING}><crate::pages::hoe_wij_maken::HoeWijMaken /></Gegevens>
        },
        #[cfg(feature = "sessie")]
        Route::Openen { data } => html! {
            <Gegevens bundels={crate::data::ALLE}><crate::pages::bewaren::Openen data={data} /></Gegevens>
        },
        #[allow(unreachable_patterns)]
        _ => html! { <crate::overstap::Overstap /> },
    }
}
