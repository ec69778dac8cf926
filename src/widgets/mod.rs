//! Widgets shared by the tools.
//!
//! - [`bron::BronLink`]: a link to a source, opened in a new tab so the person keeps their work;
//!   [`bron::document_bron`]: a source document by its title, maker, year and page, never its file.
//! - [`number_field::NumberField`]: a number typed the Dutch way; while it is not valid, the tool
//!   computes with the value last confirmed and says which.
//! - [`chart`]: inline SVG line and stacked-bar charts.
//! - [`deferred::use_deferred`]: a value that follows one painted frame later, for the parts of a
//!   screen that need not keep up with every keystroke.
//! - [`term::Term`]: a term explained in place, from the glossary.
//! - [`why::Why`]: the "waarom?" fold-out that shows a rule and its source.
//! - [`wissen::AllesWissen`]: "Alles wissen", asking first where the person is looking.

pub mod bron;
pub mod chart;
pub mod deferred;
pub mod number_field;
pub mod term;
pub mod why;
pub mod wissen;
