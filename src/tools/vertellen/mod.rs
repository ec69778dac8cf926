//! The "vertellen" tool.

use crate::app::use_messages;
use crate::tools::Soon;
use yew::prelude::*;

#[function_component(Vertellen)]
pub fn vertellen() -> Html {
    let m = use_messages();
    html! { <Soon name={m.tool_vertellen_name} will={m.soon_vertellen_will} meanwhile={m.soon_vertellen_meanwhile} /> }
}
