//! "Welke begeleiding past bij mij?" without a screen: the person's answers and the options
//! chosen for the Option Grid ([`State`]), everything they can do to them ([`Action`], applied by
//! [`Tool::apply`]), and what the screen shows, worded in Dutch or English ([`view`]). The rules
//! and the content live below, in [`crate::matcher`].

pub mod view;

pub use view::{OptieView, RedenView, Samenvatting, View};

use super::Tool;
use crate::matcher::{catalogus, Antwoorden};
use serde::{Deserialize, Serialize};

/// At most this many options side by side in the Option Grid.
pub const MAX_VERGELIJK: usize = 3;

/// What the app holds for this tool (and a session file saves): the answers and the options
/// chosen for the comparison, in the order they were chosen.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    pub antwoorden: Antwoorden,
    pub vergelijk: Vec<String>,
    /// The option just refused as a fourth for the comparison: a message on the screen until the
    /// next change to the comparison, never saved.
    #[serde(skip)]
    pub geweigerd: Option<String>,
}

/// Everything the person can do in the matcher.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Chooses (`aan`) or takes back one answer option of a question. A one-choice question
    /// replaces its answer; unknown questions and codes change nothing.
    Kies {
        vraag: &'static str,
        code: &'static str,
        aan: bool,
    },
    /// Clears the answer to one question.
    Wis(&'static str),
    /// Clears all answers (the comparison stays).
    WisAlles,
    /// Adds (`aan`) or removes an option for the comparison. A fourth is refused
    /// ([`State::geweigerd`]), as is an id the catalogue does not know.
    Vergelijk { id: String, aan: bool },
    /// Replaces everything, e.g. by a session the person opened.
    Vervang(State),
}

impl Tool for State {
    type Action = Action;

    fn apply(&mut self, action: Action) {
        match action {
            Action::Kies { vraag, code, aan } => self.antwoorden.zet(vraag, code, aan),
            Action::Wis(vraag) => self.antwoorden.wis(vraag),
            Action::WisAlles => self.antwoorden = Antwoorden::default(),
            Action::Vergelijk { id, aan } => {
                self.geweigerd = None;
                if !aan {
                    self.vergelijk.retain(|x| *x != id);
                } else if self.vergelijk.contains(&id) || catalogus().optie(&id).is_none() {
                } else if self.vergelijk.len() >= MAX_VERGELIJK {
                    self.geweigerd = Some(id);
                } else {
                    self.vergelijk.push(id);
                }
            }
            Action::Vervang(state) => *self = state,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::{vragen, Doel, Drempel};

    fn kies(vraag: &'static str, code: &'static str, aan: bool) -> Action {
        Action::Kies { vraag, code, aan }
    }

    fn vergelijk(id: &str, aan: bool) -> Action {
        Action::Vergelijk {
            id: id.to_string(),
            aan,
        }
    }

    #[test]
    fn one_choice_answers_are_set_replaced_and_cleared() {
        let mut s = State::default();
        s.apply(kies("doel", "betaald_werk", true));
        assert_eq!(s.antwoorden.doel, Some(Doel::BetaaldWerk));
        s.apply(kies("doel", "studie", true));
        assert_eq!(s.antwoorden.doel, Some(Doel::Studie));
        s.apply(kies("doel", "bestaat_niet", true));
        assert_eq!(
            s.antwoorden.doel,
            Some(Doel::Studie),
            "an unknown code changes nothing"
        );
        s.apply(kies("doel", "studie", false));
        assert_eq!(s.antwoorden.doel, None);
        s.apply(kies("ggz", "ja", true));
        s.apply(Action::Wis("ggz"));
        assert_eq!(s, State::default());
    }

    #[test]
    fn list_answers_toggle_and_stay_sorted_without_repeats() {
        let mut s = State::default();
        s.apply(kies("drempels", "grenzen", true));
        s.apply(kies("drempels", "angst_terugkeer", true));
        s.apply(kies("drempels", "grenzen", true));
        assert_eq!(
            s.antwoorden.drempels,
            vec![Drempel::AngstTerugkeer, Drempel::Grenzen]
        );
        s.apply(kies("drempels", "angst_terugkeer", false));
        assert_eq!(s.antwoorden.drempels, vec![Drempel::Grenzen]);
        // The same as the answers read from JSON, so saved sessions compare equal.
        let json = Antwoorden::uit_json(r#"{"drempels": ["grenzen"]}"#).unwrap();
        assert_eq!(s.antwoorden, json);
    }

    #[test]
    fn every_question_and_choice_can_be_set_and_cleared() {
        for v in vragen() {
            for k in &v.keuzes {
                let mut s = State::default();
                s.apply(kies(v.id, k.code, true));
                assert_eq!(
                    s.antwoorden.codes(v.id),
                    vec![k.code],
                    "{}: {}",
                    v.id,
                    k.code
                );
                assert_eq!(s.antwoorden.beantwoord(), 1);
                s.apply(Action::Wis(v.id));
                assert_eq!(s, State::default(), "{}", v.id);
            }
        }
    }

    #[test]
    fn a_fourth_option_for_the_grid_is_refused() {
        let mut s = State::default();
        for id in ["ips", "wgb", "ips", "oad-pra"] {
            s.apply(vergelijk(id, true));
        }
        assert_eq!(s.geweigerd, None);
        s.apply(vergelijk("sharp", true));
        assert_eq!(s.geweigerd.as_deref(), Some("sharp"));
        assert_eq!(s.vergelijk, vec!["ips", "wgb", "oad-pra"]);
        s.apply(vergelijk("wgb", false));
        assert_eq!(
            s.geweigerd, None,
            "a change to the comparison clears the message"
        );
        s.apply(vergelijk("sharp", true));
        assert_eq!(s.vergelijk, vec!["ips", "oad-pra", "sharp"]);
        s.apply(vergelijk("bestaat-niet", false));
        s.apply(vergelijk("ips", false));
        s.apply(vergelijk("bestaat-niet", true));
        assert_eq!(s.vergelijk, vec!["oad-pra", "sharp"]);
    }

    #[test]
    fn the_state_keeps_its_json_shape() {
        let mut s = State::default();
        s.apply(kies("doel", "betaald_werk", true));
        s.apply(kies("voorkeuren", "online", true));
        s.apply(vergelijk("ips", true));
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(
            json,
            r#"{"antwoorden":{"doel":"betaald_werk","situatie":null,"uitkering":null,"ggz":null,"klachten":null,"voorkeuren":["online"],"drempels":[],"vertrouwen":null,"recent_werk":null,"structuur":null},"vergelijk":["ips"]}"#
        );
        let terug: State = serde_json::from_str(&json).unwrap();
        assert_eq!(terug, s);
        let leeg: State = serde_json::from_str("{}").unwrap();
        assert_eq!(leeg, State::default());
        // The matcher's part of a session file the app wrote before the state moved to core
        // (core/tests/data/sessies/v1-f67fd3b-drie-tools.json on main) opens and saves the same.
        let oud = r#"{"antwoorden": {"doel": "betaald_werk", "drempels": [], "ggz": null, "klachten": null, "recent_werk": null, "situatie": "geen_werk", "structuur": null, "uitkering": null, "vertrouwen": null, "voorkeuren": ["snel_beginnen", "hulp_op_werkplek"]}, "vergelijk": ["ips", "jobcoaching"]}"#;
        let state: State = serde_json::from_str(oud).unwrap();
        assert_eq!(state.vergelijk, ["ips", "jobcoaching"]);
        assert_eq!(state.antwoorden.beantwoord(), 3);
        assert_eq!(
            serde_json::to_value(&state).unwrap(),
            serde_json::from_str::<serde_json::Value>(oud).unwrap()
        );
        // A refusal message is not saved.
        s.geweigerd = Some("sharp".into());
        assert_eq!(serde_json::to_string(&s).unwrap(), json);
    }
}
