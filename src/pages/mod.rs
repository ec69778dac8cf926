//! Pages of the shell that are not tools.

pub mod begrippen;
pub mod bewaren;
pub mod bewaren_text;
pub mod hoe_wij_maken;
pub mod home;
pub mod insluiten;
pub mod not_found;
pub mod plan;
pub mod privacy;
