//! The hooks every page and widget shares: the messages of the current language and the page
//! title. They live here, below the root component ([`crate::app`]), so nothing imports the root.

use crate::dom;
use crate::i18n::{Messages, Taal};
use yew::prelude::*;

/// The messages of the current language, for any component below the root component.
#[hook]
pub fn use_messages() -> &'static Messages {
    crate::i18n::messages(use_context::<Taal>().unwrap_or_default())
}

/// Sets the document title to "page — Werkkeuze".
#[hook]
pub fn use_title(page: &'static str) {
    let m = use_messages();
    use_effect_with(page, move |p| {
        dom::set_title(&format!("{p} — {}", m.app_name))
    });
}
