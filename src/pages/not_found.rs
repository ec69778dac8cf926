use crate::hooks::{use_messages, use_title};
use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(NotFound)]
pub fn not_found() -> Html {
    let m = use_messages();
    use_title(m.not_found_title);
    html! {
        <>
            <h1 tabindex="-1">{m.not_found_title}</h1>
            <p>{m.not_found_body}</p>
            <p><Link<Route> to={Route::Home}>{m.back_home}</Link<Route>></p>
        </>
    }
}
