//! Widgets shared by the tools.
//!
//! - [`number_field::NumberField`]: a number typed the Dutch way, with an inline message that never
//!   loses the last good value.
//! - [`chart`]: inline SVG line and stacked-bar charts.
//! - [`term::Term`]: a term explained in place, from the glossary.
//! - [`why::Why`]: the "waarom?" fold-out that shows a rule and its source.

pub mod chart;
pub mod number_field;
pub mod term;
pub mod why;
