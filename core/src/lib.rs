//! # werkkeuze-core
//!
//! The heart of Werkkeuze, in pure Rust with no web dependencies, so that every rule and every
//! decision can be read, tested natively and run from the command line.
//!
//! - [`bundel`]: the bundle of data files each tool downloads in the app, checked by that tool's
//!   parser before it is taken in.
//! - [`citaat`]: seed citations and the quote each must carry (checked against the sources).
//! - [`data`]: the data files, embedded as JSON at build time.
//! - [`disclosure`]: the disclosure aid "Vertellen of verzwijgen?" (content, SURE, weighing,
//!   option–reason links, message, summary).
//! - [`glossary`]: the glossary of terms, with sources.
//! - [`income`]: the income engine (rekenhulp): Dutch 2026 benefit-to-work rules with sourced
//!   parameters, explanations per line, a 12-month timeline and the cliff finder.
//! - [`matcher`]: the intervention matcher "Welke begeleiding past bij mij?" (answers, catalogue,
//!   rules, ranking with traced reasons, Option Grid).
//! - [`money`]: amounts in cents and Dutch number input.
//! - [`opdrachtregel`]: what the command-line tools share (short error lines, the current month).
//! - [`session`]: the versioned session codec (file, link, QR code).
//! - [`tools`]: the three tools without a screen: each one's state, actions and view model;
//!   the shell in `src/` only renders them.
//! - [`verantwoording`]: what each tool says about how its content is made and kept up to date
//!   (the page "Hoe wij dit maken").
//! - [`Taal`]: the two languages (Dutch first, English second) and the [`tekst!`] macro;
//!   [`lijkt_nederlands`] finds an English text that still holds Dutch.

pub mod bundel;
pub mod citaat;
pub mod data;
pub mod disclosure;
pub mod glossary;
pub mod income;
pub mod matcher;
pub mod money;
pub mod opdrachtregel;
pub mod session;
mod taal;
pub mod tools;
pub mod verantwoording;

pub use taal::{lijkt_nederlands, nederlandse_woorden, Taal, Tekst};
