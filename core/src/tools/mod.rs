//! The three tools without a screen ("headless"), in the pattern of Yew's `function_todomvc`:
//! per tool its **state** (what the person entered), its **actions** (everything the person can
//! do, as an enum) with one function that applies an action, and its **view model** (everything
//! the screen shows, already worded in Dutch or English). The shell (`src/tools/<tool>/`) holds
//! one reducer per tool over these types, renders the view model and dispatches actions; it
//! computes and decides nothing.
//!
//! Below this module lie the rules and content ([`crate::income`], [`crate::disclosure`],
//! [`crate::matcher`]); the tools use them, never the other way round.

pub mod begeleiding;
pub mod rekenhulp;
pub mod vertellen;
