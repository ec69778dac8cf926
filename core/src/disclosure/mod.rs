//! # "Vertellen of verzwijgen?" — the disclosure aid (issue 5)
//!
//! A CoRaL-style decision aid about telling an employer about a psychological condition, with the
//! person's rights under Dutch law. This module is the model; the Yew app renders it.
//!
//! - [`content`]: the texts, reasons, rights, options, script parts and stories from
//!   `data/disclosure/*.toml`, embedded at build time and validated on load (every claim has a
//!   source, ids are unique, links point to existing ids). [`content()`] gives the shipped set.
//! - [`Answers`]: what the person chose and wrote (serde, for the session codec).
//! - [`SureAnswers::score`], [`sure_feedback`], [`sure_change`]: the SURE test, 0–4,
//!   "score 4 = geen twijfel".
//! - [`weighing()`]: what matters on each side, without a verdict.
//! - [`option_links`], [`group_links`]: for each option, which of the person's reasons speak
//!   for it and which against it, weighted (belangrijk 2, een beetje 1).
//! - [`assemble`]: the message from the script parts.
//! - [`summary()`]: the data of the one-page "Mijn afweging".
//!
//! ```
//! use werkkeuze_core::disclosure::{self, Answers, Weight};
//!
//! let c = disclosure::content().unwrap();
//! let mut a = Answers::new();
//! a.situation = Some("solliciteren".into());
//! a.mark("voor-aanpassingen", Weight::Important);
//! a.mark("tegen-vooroordelen", Weight::Somewhat);
//! a.choose(c, "wat_ik_nodig_heb");
//! let links = disclosure::option_links(c, &a, "niets").unwrap();
//! assert_eq!(links.speaks_against[0].reason_id, "voor-aanpassingen");
//! a.script.set_part("wat_ik_kan", "Ik werk nauwkeurig");
//! assert!(disclosure::summary(c, &a).message.contains("Ik werk nauwkeurig."));
//! ```

pub mod answers;
pub mod content;
pub mod script;
pub mod summary;
pub mod sure;
pub mod weighing;

pub use answers::{Answers, OwnReason, ScriptAnswers, Side, Stance, SureAnswers, Weight};
pub use content::{
    content, Audience, Content, ContentError, DisclosureOption, Meta, NextStep, Note, OptionGroup,
    Phrase, Point, RawFiles, Reason, Right, ScriptContent, ScriptPart, Situation, SituationNote,
    Source, SourceKind, Statements, Story, SureContent, SureItem, WeightLabel, SHIPPED, SICK_LEAVE,
};
pub use script::{assemble, has_message};
pub use summary::{summary, Summary, SummaryChoice, SummaryRight, SummaryStep};
pub use sure::{
    change_text, sure_change, sure_feedback, Direction, SureChange, SureFeedback, SureScore,
};
pub use weighing::{
    group_links, option_links, weighing, LinkedPoint, OptionLinks, ReasonLink, WeighedReason,
    Weighing,
};
