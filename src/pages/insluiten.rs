//! For site owners: how to embed one tool on their own website.

use crate::dom;
use crate::embed::snippet;
use crate::hooks::{use_messages, use_title};
use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(Insluiten)]
pub fn insluiten() -> Html {
    let m = use_messages();
    use_title(m.embed_title);
    let base = dom::app_base_href();
    let tools = [
        (Route::Vertellen, m.tool_vertellen_name),
        (Route::Rekenhulp, m.tool_rekenhulp_name),
        (Route::Begeleiding, m.tool_begeleiding_name),
    ];
    html! {
        <>
            <h1 tabindex="-1">{m.embed_title}</h1>
            <p class="lead">{m.embed_intro}</p>
            <ul class="facts">
                <li>{m.embed_fact_privacy}</li>
                <li>{m.embed_fact_height}</li>
                <li>{m.embed_fact_theme}</li>
            </ul>
            { for tools.iter().enumerate().map(|(i, (route, name))| {
                let id = format!("snippet-{i}");
                html! {
                    <section class="snippet" aria-labelledby={format!("{id}-kop")}>
                        <h2 id={format!("{id}-kop")}>{*name}</h2>
                        <label for={id.clone()}>{m.embed_snippet_label}</label>
                        <textarea id={id} readonly=true rows="4" class="code"
                            value={snippet(&base, &route.to_path(), name)} />
                    </section>
                }
            }) }
            <p><Link<Route> to={Route::Home}>{m.back_home}</Link<Route>></p>
        </>
    }
}
