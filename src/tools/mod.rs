//! One folder per tool. Until a tool is built, its route shows an honest "binnenkort" page.

pub mod begeleiding;
pub mod rekenhulp;
pub mod vertellen;

use crate::app::{use_messages, use_title};
use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SoonProps {
    pub name: &'static str,
    pub will: &'static str,
    pub meanwhile: &'static str,
}

/// The page of a tool that is not built yet: what it will do, and what to do in the meantime.
#[function_component(Soon)]
pub fn soon(props: &SoonProps) -> Html {
    let m = use_messages();
    use_title(props.name);
    html! {
        <>
            <h1 tabindex="-1">{props.name}</h1>
            <p class="badge">{m.soon_badge}</p>
            <section class="notice" aria-labelledby="soon-title">
                <h2 id="soon-title">{m.soon_title}</h2>
                <p>{m.soon_body}</p>
                <p>{props.will}</p>
            </section>
            <h2>{m.soon_meanwhile}</h2>
            <p>{props.meanwhile}</p>
            <p><Link<Route> to={Route::Home}>{m.back_home}</Link<Route>></p>
        </>
    }
}
