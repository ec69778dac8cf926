//! One session for all three tools: what the person entered, held in memory at the top of the
//! app, and the only thing that can leave it — as a file they download, a link they copy, a QR
//! code, or (only when they switch it on) a copy on this device. The codec itself (envelope,
//! version, migrations, compression, limits, Dutch error messages) is `werkkeuze_core::session`.
//!
//! Each tool keeps its own state handle (see [`crate::state`]); [`Sessie`] is the snapshot of all
//! of them, and [`SessieCtx`] lets the "Bewaren en delen" page read and replace it as a whole.

use serde::{Deserialize, Serialize};
use werkkeuze_core::session::{self, SessionError};
use werkkeuze_core::tools::vertellen;
use yew::prelude::*;

/// Everything the person entered, in every tool. A tool added later gets a field with
/// `#[serde(default)]`, so older files still open.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Sessie {
    /// "Vertellen of verzwijgen?"
    pub vertellen: vertellen::State,
    /// "Rekenhulp": the situations entered (up to three) and the mode.
    pub rekenhulp: werkkeuze_core::tools::rekenhulp::RekenhulpState,
    /// "Welke begeleiding past bij mij?": the answers and the options chosen to compare.
    pub begeleiding: werkkeuze_core::tools::begeleiding::State,
}

impl Sessie {
    /// Whether the person entered nothing yet (a fresh app).
    pub fn is_empty(&self) -> bool {
        *self == Sessie::default()
    }

    /// Which tools hold answers, for "this link contains …".
    pub fn filled_tools(&self) -> Vec<Tool> {
        let mut tools = Vec::new();
        if self.vertellen != vertellen::State::default() {
            tools.push(Tool::Vertellen);
        }
        if self.rekenhulp != Default::default() {
            tools.push(Tool::Rekenhulp);
        }
        if self.begeleiding != Default::default() {
            tools.push(Tool::Begeleiding);
        }
        tools
    }

    /// The file text to download (readable JSON with format name and version).
    pub fn to_file(&self) -> String {
        session::to_file(self)
    }

    /// Opens a file's text; on any problem the caller keeps the session it had.
    pub fn from_file(text: &str) -> Result<Sessie, SessionError> {
        session::from_file(text)
    }

    /// The payload for a link (after `#/openen/`).
    pub fn to_link_payload(&self) -> String {
        session::to_link(self)
    }

    /// Opens a link payload; on any problem the caller keeps the session it had.
    pub fn from_link_payload(payload: &str) -> Result<Sessie, SessionError> {
        session::from_link(payload)
    }
}

/// The tools, for telling the person what a file or link holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    Vertellen,
    Rekenhulp,
    Begeleiding,
}

impl Tool {
    /// The tool's page.
    pub fn route(self) -> crate::route::Route {
        match self {
            Tool::Vertellen => crate::route::Route::Vertellen,
            Tool::Rekenhulp => crate::route::Route::Rekenhulp,
            Tool::Begeleiding => crate::route::Route::Begeleiding,
        }
    }
}

/// The file name for a download on a date (`2026-12-01` → `werkkeuze-2026-12-01.json`).
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

#[hook]
pub fn use_sessie() -> SessieCtx {
    use_context::<SessieCtx>().expect("App provides the session")
}

#[cfg(test)]
mod tests {
    use super::*;
    use werkkeuze_core::disclosure::Weight;
    use werkkeuze_core::tools::vertellen::{Action, Slot};
    use werkkeuze_core::tools::Tool as _;

    fn filled() -> Sessie {
        let mut s = Sessie::default();
        for action in [
            Action::ChooseSituation("solliciteren".into()),
            Action::Mark {
                reason: "voor-aanpassingen".into(),
                weight: Weight::Important,
            },
            Action::Choose("niets".into()),
            Action::Write {
                slot: Slot::Part("wat_ik_kan".into()),
                text: "Ik werk nauwkeurig, €5 & \"quotes\"".into(),
            },
            Action::GoTo(6),
        ] {
            s.vertellen.apply(action);
        }
        s
    }

    #[test]
    fn a_fresh_session_is_empty_and_holds_no_tool() {
        assert!(Sessie::default().is_empty());
        assert!(Sessie::default().filled_tools().is_empty());
        assert_eq!(filled().filled_tools(), vec![Tool::Vertellen]);
    }

    #[test]
    fn file_and_link_reproduce_the_session_exactly() {
        let s = filled();
        assert_eq!(Sessie::from_file(&s.to_file()).unwrap(), s);
        let payload = s.to_link_payload();
        assert!(payload
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)));
        assert_eq!(Sessie::from_link_payload(&payload).unwrap(), s);
    }

    #[test]
    fn a_file_without_a_tool_of_a_later_release_still_opens() {
        let text = r#"{"formaat": "werkkeuze-sessie", "versie": 1, "inhoud": {}}"#;
        assert_eq!(Sessie::from_file(text).unwrap(), Sessie::default());
    }

    #[test]
    fn a_foreign_or_damaged_file_says_so_in_dutch() {
        let unknown = r#"{"formaat": "werkkeuze-sessie", "versie": 1, "inhoud": {"x": 1}}"#;
        let e = Sessie::from_file(unknown).unwrap_err();
        assert!(e.to_string().contains("beschadigd"), "{e}");
        let e = Sessie::from_file("{\"a\": 1}").unwrap_err();
        assert!(e.to_string().contains("niet van Werkkeuze"), "{e}");
        let e = Sessie::from_link_payload("s1.!!!").unwrap_err();
        assert!(e.to_string().contains("niet veranderd"), "{e}");
    }

    #[test]
    fn file_names_carry_only_the_date() {
        assert_eq!(file_name("2026-12-01"), "werkkeuze-2026-12-01.json");
        assert_eq!(file_name("../x"), "werkkeuze.json");
    }
}
