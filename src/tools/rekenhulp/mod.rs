//! The "rekenhulp" tool.

use crate::app::use_messages;
use crate::tools::Soon;
use yew::prelude::*;

#[function_component(Rekenhulp)]
pub fn rekenhulp() -> Html {
    let m = use_messages();
    html! { <Soon name={m.tool_rekenhulp_name} will={m.soon_rekenhulp_will} meanwhile={m.soon_rekenhulp_meanwhile} /> }
}
