//! The three tools without a screen ("headless"), in the pattern of Yew's `function_todomvc`:
//! per tool its **state** (what the person entered), its **actions** (everything the person can
//! do, as an enum) with one function that applies an action, and its **view model** (everything
//! the screen shows, already worded in Dutch or English). The shell (`src/tools/<tool>/`) holds
//! one reducer per tool over these types, renders the view model and dispatches actions; it
//! computes and decides nothing.
//!
//! Above the three tools, [`sessie`] holds them together: the session a person saves, shares and
//! opens again.
//!
//! Below this module lie the rules and content ([`crate::income`], [`crate::disclosure`],
//! [`crate::matcher`]); the tools use them, never the other way round.

pub mod begeleiding;
pub mod rekenhulp;
pub mod sessie;
pub mod vertellen;

pub use sessie::{Sessie, ToolId};

/// A tool's state: everything the person can do to it is one [`Tool::Action`], applied by
/// [`Tool::apply`]. The shell wraps it once (`src/state.rs`, `ToolState`) as a Yew reducer, so a
/// callback made once always applies its action to the newest state.
pub trait Tool: Clone + Default + PartialEq {
    /// One thing the person did (typed a value, chose an option, removed a situation, …).
    type Action;
    /// Applies `action`. Never panics: an action that does not fit the state changes nothing.
    fn apply(&mut self, action: Self::Action);
}
