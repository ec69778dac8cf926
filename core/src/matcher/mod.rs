//! # "Welke begeleiding past bij mij?" — the intervention matcher
//!
//! A person answers at most ten questions ([`antwoorden`]). The matcher ranks the whole catalogue
//! of routes back to work ([`catalogus`]) with rules that live in data ([`regels`]) and a few small
//! named principles ([`rangschikking`]): every option gets the reasons "waarom dit bij u past",
//! each traced to the person's own answers, and notes "waar u op moet letten". Two or three
//! options can be compared in a printable Option Grid ([`grid`]).
//!
//! Principles, enforced in code and tested:
//! - **IPS is zero exclusion**: anyone in GGZ care (or on its waiting list) who wants paid work
//!   sees IPS as fitting ([`rangschikking::nul_uitsluiting`]). Zero exclusion means the IPS team
//!   asks nothing else (no diagnosis, no readiness); it does not mean every GGZ team offers IPS —
//!   the rules say both.
//! - **Every text comes from the data**: reasons and notes are rules ([`regels`]); the code adds
//!   none of its own, and no sentence is shown twice.
//! - **Predictors explain, they never exclude**: rules marked `voorspeller` carry no weight; no
//!   rule has a negative weight ([`regels::Regels::parse`] refuses both).
//! - **The whole catalogue is always available**: [`rangschik`] returns every option, the fitting
//!   ones first.
//!
//! The content is Dutch first (B1, "u"), English second. Every number in the catalogue carries its
//! source (`seed-file:line` or an official web page) with the words that support it ([`Bron`]),
//! and the group it was measured in. [`Catalogus::meta`] says when it was made, how it is kept up
//! to date and who paid for it.
//!
//! ```
//! use werkkeuze_core::matcher::{rangschik, Antwoorden, Taal};
//! let antwoorden = Antwoorden::uit_json(
//!     r#"{"doel": "betaald_werk", "ggz": "ja", "klachten": "lang_zwaar"}"#,
//! ).unwrap();
//! let uitslag = rangschik(&antwoorden);
//! assert_eq!(uitslag.opties[0].id, "ips");
//! assert!(uitslag.opties[0].passend);
//! println!("{}", uitslag.opties[0].redenen[0].tekst.get(Taal::Nl));
//! ```

pub mod antwoorden;
pub mod catalogus;
pub mod grid;
pub mod rangschikking;
pub mod regels;

pub use antwoorden::{
    vragen, Antwoorden, Doel, Drempel, Ggz, Invoerfout, Keuze, Klachten, RecentWerk, Situatie,
    Structuur, Uitkering, Vertrouwen, Voorkeur, Vraag,
};
pub use catalogus::{catalogus, Bewijs, Bron, Catalogus, Cijfer, Meta, Optie};
pub use grid::{option_grid, GridCel, GridKolom, GridRij, OptionGrid};
pub use rangschikking::{rangschik, OptieUitslag, Reden, Spoor, Uitslag};

use serde::Serialize;

/// The two languages of every user-facing text (shared with the income engine).
pub use crate::Taal;

/// A user-facing text in both languages (the one bilingual text type of core).
pub use crate::Tekst;

/// A fixed label in both languages (questions, answer options, evidence levels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Label {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Label {
    pub fn get(&self, taal: Taal) -> &'static str {
        match taal {
            Taal::Nl => self.nl,
            Taal::En => self.en,
        }
    }

    pub fn tekst(&self) -> Tekst {
        Tekst::new(self.nl, self.en)
    }
}

/// The disclosure aid "Vertellen of verzwijgen?" (app route), linked from every option that
/// involves the workplace.
pub const VERTELLEN_LINK: &str = "#/vertellen";

/// The benefit calculator (app route), linked when money worries are among the barriers.
pub const REKENHULP_LINK: &str = "#/rekenhulp";
