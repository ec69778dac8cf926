//! "Waarom?": a native fold-out (details/summary, so it works with keyboard and screen readers
//! without script) that shows why a line is what it is, and where the rule comes from.

use crate::hooks::use_messages;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WhyProps {
    /// Names what the explanation is about, for screen readers: "Waarom? (huurtoeslag)".
    pub about: AttrValue,
    pub children: Html,
}

/// The explanation is in the page only while it is open. A closed one shows nothing, and a
/// screen reader reads nothing of it either; leaving it out means a key typed in the calculator
/// does not update the text of every closed explanation (scripts/bench measures that).
#[function_component(Why)]
pub fn why(props: &WhyProps) -> Html {
    let m = use_messages();
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            open.set(details.open());
        })
    };
    html! {
        <details class="why" {ontoggle}>
            <summary>
                {m.why}<span class="visually-hidden">{format!(" ({})", props.about)}</span>
            </summary>
            <div class="why-body">
                if *open {
                    {props.children.clone()}
                }
            </div>
        </details>
    }
}
