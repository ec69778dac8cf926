use crate::hooks::{use_messages, use_title};
use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(Home)]
pub fn home() -> Html {
    let m = use_messages();
    use_title(m.tagline);
    let card = |route: Route, name: &'static str, line: &'static str| {
        html! {
            <li class="tool-card">
                <h3><Link<Route> to={route}>{name}</Link<Route>></h3>
                <p>{line}</p>
            </li>
        }
    };
    html! {
        <>
            <h1 tabindex="-1">{m.home_title}</h1>
            <p class="lead">{m.home_intro}</p>
            <p class="privacy-line">{m.home_privacy_line}</p>
            <section aria-labelledby="tools-heading">
                <h2 id="tools-heading">{m.tools_heading}</h2>
                <ul class="tool-list">
                    {card(Route::Vertellen, m.tool_vertellen_name, m.tool_vertellen_line)}
                    {card(Route::Rekenhulp, m.tool_rekenhulp_name, m.tool_rekenhulp_line)}
                    {card(Route::Begeleiding, m.tool_begeleiding_name, m.tool_begeleiding_line)}
                </ul>
            </section>
            <p>{m.home_choice_line}</p>
        </>
    }
}
