//! The "begeleiding" tool.

use crate::app::use_messages;
use crate::tools::Soon;
use yew::prelude::*;

#[function_component(Begeleiding)]
pub fn begeleiding() -> Html {
    let m = use_messages();
    html! { <Soon name={m.tool_begeleiding_name} will={m.soon_begeleiding_will} meanwhile={m.soon_begeleiding_meanwhile} /> }
}
