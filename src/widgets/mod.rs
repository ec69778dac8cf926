//! Widgets shared by the tools.
//!
//! - [`number_field::NumberField`]: a number typed the Dutch way, with an inline message that never
//!   loses the last good value.
//! - [`chart`]: inline SVG line and stacked-bar charts.
//! - [`deferred::use_deferred`]: a value that follows one painted frame later, for the parts of a
//!   screen that need not keep up with every keystroke.
//! - [`term::Term`]: a term explained in place, from the glossary.
//! - [`why::Why`]: the "waarom?" fold-out that shows a rule and its source.

pub mod chart;
pub mod deferred;
pub mod number_field;
pub mod term;
pub mod why;
