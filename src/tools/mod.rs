//! One folder per tool. Each renders what `werkkeuze-core` computes for it.

pub mod begeleiding;
pub mod rekenhulp;
pub mod vertellen;
