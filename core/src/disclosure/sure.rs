//! The SURE test (Légaré, O'Connor et al. 2010): four yes/no questions, one point per "yes".
//! Score 4 means no doubt; 3 or less suggests that more support may help. The score is never a
//! verdict on the choice itself.

use super::answers::SureAnswers;
use super::content::{Content, SURE_ITEMS};
use crate::Tekst;
use serde::{Deserialize, Serialize};

/// The highest score: "score 4 = geen twijfel".
pub const MAX_SCORE: u8 = 4;

/// The score of one SURE test.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SureScore {
    /// How many of the four questions were answered.
    pub answered: u8,
    /// How many were answered "yes".
    pub yes: u8,
    /// The score 0–4, only when all four are answered.
    pub score: Option<u8>,
    /// Score 4: no doubt.
    pub no_doubt: bool,
    /// All answered and score below 4: more support may help.
    pub suggests_support: bool,
    /// The items answered "no" (`s`, `u`, `r`, `e`), for the tips.
    pub no_items: Vec<String>,
}

impl SureAnswers {
    /// Scores the test: one point per "yes".
    pub fn score(&self) -> SureScore {
        let answers = self.in_order();
        let answered = answers.iter().filter(|a| a.is_some()).count() as u8;
        let yes = answers.iter().filter(|a| **a == Some(true)).count() as u8;
        let complete = answered == MAX_SCORE;
        let score = complete.then_some(yes);
        let no_items = SURE_ITEMS
            .iter()
            .zip(answers)
            .filter(|(_, a)| *a == Some(false))
            .map(|(id, _)| id.to_string())
            .collect();
        SureScore {
            answered,
            yes,
            score,
            no_doubt: score == Some(MAX_SCORE),
            suggests_support: complete && yes < MAX_SCORE,
            no_items,
        }
    }
}

/// Which way the score moved between the first and the second test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// More sure than before.
    Better,
    Same,
    /// Less sure than before (this can happen when one knows more; it is not a failure).
    Worse,
}

/// The change between the SURE test at the start and at the end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SureChange {
    pub before: Option<u8>,
    pub after: Option<u8>,
    /// `after - before`, when both are complete.
    pub delta: Option<i8>,
    pub direction: Option<Direction>,
}

/// Compares two complete tests; incomplete tests give no delta.
pub fn sure_change(before: &SureAnswers, after: &SureAnswers) -> SureChange {
    let b = before.score().score;
    let a = after.score().score;
    let delta = match (b, a) {
        (Some(b), Some(a)) => Some(a as i8 - b as i8),
        _ => None,
    };
    let direction = delta.map(|d| match d {
        d if d > 0 => Direction::Better,
        0 => Direction::Same,
        _ => Direction::Worse,
    });
    SureChange {
        before: b,
        after: a,
        delta,
        direction,
    }
}

/// What to show the person about a SURE test.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SureFeedback {
    pub score: SureScore,
    /// "Uw score: 3 van de 4. Score 4 = geen twijfel." — `None` while incomplete.
    pub score_line: Option<Tekst>,
    /// No doubt, some doubt, or "answer all four".
    pub message: Tekst,
    /// One gentle tip per question answered "no".
    pub tips: Vec<Tekst>,
}

/// The score line, the message and the tips for one test.
pub fn sure_feedback(content: &Content, answers: &SureAnswers) -> SureFeedback {
    let score = answers.score();
    let sure = &content.sure;
    let score_line = score
        .score
        .map(|s| sure.score_label.fill("score", &s.to_string()));
    let message = match score.score {
        None => sure.incomplete.clone(),
        Some(MAX_SCORE) => sure.no_doubt.clone(),
        Some(_) => sure.some_doubt.clone(),
    };
    let tips = score
        .no_items
        .iter()
        .filter_map(|id| sure.items.iter().find(|i| &i.id == id))
        .map(|i| i.if_no.clone())
        .collect();
    SureFeedback {
        score,
        score_line,
        message,
        tips,
    }
}

/// The sentence for a change, when both tests are complete.
pub fn change_text(content: &Content, change: &SureChange) -> Option<Tekst> {
    let sure = &content.sure;
    change.direction.map(|d| match d {
        Direction::Better => sure.change_better.clone(),
        Direction::Same => sure.change_same.clone(),
        Direction::Worse => sure.change_worse.clone(),
    })
}
