//! # werkkeuze-core
//!
//! The heart of Werkkeuze, in pure Rust with no web dependencies, so that every rule and every
//! decision can be read, tested natively and run from the command line.
//!
//! - [`money`]: amounts in cents and Dutch number input.
//! - [`session`]: the versioned session codec (file, link, QR code).

pub mod money;
pub mod session;
