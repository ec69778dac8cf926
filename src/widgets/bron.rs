//! A link to a source outside Werkkeuze (a law, a page of UWV or the Belastingdienst): it opens in
//! a new tab, so a person who follows it never loses their answers, and says so — in words for
//! screen readers, with a small arrow for the eye.

use crate::app::use_messages;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BronLinkProps {
    pub href: AttrValue,
    /// The language of the link text when it differs from the page's (a Dutch title on the
    /// English page is a name, so it is not translated).
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    pub children: Html,
}

#[function_component(BronLink)]
pub fn bron_link(p: &BronLinkProps) -> Html {
    let m = use_messages();
    html! {
        <a href={p.href.clone()} target="_blank" rel="noopener noreferrer" class="bron-link">
            <span lang={p.lang.clone()}>{p.children.clone()}</span>
            <span class="visually-hidden">{" "}{m.new_tab}</span>
            <span class="bron-link-mark" aria-hidden="true">{"↗"}</span>
        </a>
    }
}
