use crate::hooks::{use_messages, use_title};
use yew::prelude::*;

#[function_component(Privacy)]
pub fn privacy() -> Html {
    let m = use_messages();
    use_title(m.nav_privacy);
    html! {
        <>
            <h1 tabindex="-1">{m.privacy_title}</h1>
            <p class="lead">{m.privacy_intro}</p>
            <ul class="facts">
                <li>{m.privacy_no_server}</li>
                <li>{m.privacy_no_requests}</li>
                <li>{m.privacy_no_storage}</li>
                <li>{m.privacy_language}</li>
            </ul>
            <p>{m.privacy_verify}</p>
        </>
    }
}
