//! The session in the app: the person's answers in every tool ([`Sessie`], in core with the
//! tools' states and the file and link format) as one value the pages that save, share, open and
//! clear it can read and replace. Each tool keeps its own state handle (see [`crate::state`]).

use crate::route::Route;
pub use werkkeuze_core::tools::{Sessie, ToolId};
use yew::prelude::*;

/// The tool's page.
pub fn route(tool: ToolId) -> Route {
    match tool {
        ToolId::Vertellen => Route::Vertellen,
        ToolId::Rekenhulp => Route::Rekenhulp,
        ToolId::Begeleiding => Route::Begeleiding,
    }
}

/// The file name for a download on a date (`JJJJ-MM-DD` → `werkkeuze-JJJJ-MM-DD.json`).
pub fn file_name(iso_date: &str) -> String {
    let safe: String = iso_date
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    if safe.is_empty() {
        "werkkeuze.json".into()
    } else {
        format!("werkkeuze-{safe}.json")
    }
}

/// The session as a whole, for the pages that save, share, open and clear it.
#[derive(Clone, PartialEq)]
pub struct SessieCtx {
    /// The current snapshot of every tool's state.
    pub huidig: std::rc::Rc<Sessie>,
    /// Replaces every tool's state (after opening a file or link, or clearing).
    pub zet: Callback<Sessie>,
    /// "Onthouden op dit apparaat": off unless the person switched it on.
    pub onthouden: bool,
    pub zet_onthouden: Callback<bool>,
    /// "Alles wissen": every tool back to empty, storage cleared, remembering off.
    pub wis: Callback<()>,
}

thread_local! {
    /// The answers as last drawn, for a hand-over to the full app ([`overstap_tekst`]).
    static HUIDIG: std::cell::RefCell<Option<std::rc::Rc<Sessie>>> =
        const { std::cell::RefCell::new(None) };
}

/// Keeps the answers as they are now, for a hand-over (the root calls it on every change).
pub fn voor_overstap(huidig: std::rc::Rc<Sessie>) {
    HUIDIG.with(|h| *h.borrow_mut() = Some(huidig));
}

/// The answers as a session file text, when there are any: what this build hands to the full
/// app when the person opens a page it does not hold (memory only, see `crate::stop`).
pub fn overstap_tekst() -> Option<String> {
    HUIDIG
        .with(|h| h.borrow_mut().take())
        .filter(|s| !s.is_empty())
        .map(|s| s.to_file())
}

#[hook]
pub fn use_sessie() -> SessieCtx {
    use_context::<SessieCtx>().expect("App provides the session")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_carry_only_the_date() {
        assert_eq!(file_name("2027-01-31"), "werkkeuze-2027-01-31.json");
        assert_eq!(file_name("../x"), "werkkeuze.json");
    }
}
