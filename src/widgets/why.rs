//! "Waarom?": a native fold-out (details/summary, so it works with keyboard and screen readers
//! without script) that shows why a line is what it is, and where the rule comes from.

use crate::app::use_messages;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WhyProps {
    /// Names what the explanation is about, for screen readers: "Waarom? (huurtoeslag)".
    pub about: AttrValue,
    pub children: Html,
}

#[function_component(Why)]
pub fn why(props: &WhyProps) -> Html {
    let m = use_messages();
    html! {
        <details class="why">
            <summary>
                {m.why}<span class="visually-hidden">{format!(" ({})", props.about)}</span>
            </summary>
            <div class="why-body">{props.children.clone()}</div>
        </details>
    }
}
