//! "Vertellen of verzwijgen?" without a screen: the person's answers ([`State`]), everything they
//! can do to them ([`Action`], applied by [`Tool::apply`]) and what each step shows, worded in
//! Dutch or English ([`view`]). The content and the rules of the aid (reasons, rights, options,
//! SURE, weighing, message) live below it, in [`crate::disclosure`]; the screen in
//! `src/tools/vertellen/` renders the view and dispatches actions.

pub mod view;

use super::Tool;
use crate::disclosure::{self, Answers, Content, ScriptAnswers, Side, Stance, Weight};

/// The tool's state: what the person chose and wrote. Its serde shape is the one saved sessions
/// hold (`Sessie.vertellen`), so it must not change.
pub type State = Answers;

/// The number of steps.
pub const STEPS: u8 = 9;

/// "Alles vertellen" and "Niets vertellen": the two ends of "Hoeveel vertelt u?".
pub const TELL_ALL: &str = "alles";
pub const TELL_NOTHING: &str = "niets";

/// Which text of the message a field edits.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Slot {
    Salutation,
    Opening,
    /// A script part, by id (`wat_ik_kan`, …).
    Part(String),
    Closing,
    Signature,
}

impl Slot {
    /// What the person wrote in this field ("" when nothing).
    pub fn text<'a>(&self, s: &'a ScriptAnswers) -> &'a str {
        match self {
            Slot::Salutation => &s.salutation,
            Slot::Opening => &s.opening,
            Slot::Part(id) => s.part(id),
            Slot::Closing => &s.closing,
            Slot::Signature => &s.signature,
        }
    }

    fn set(&self, s: &mut ScriptAnswers, value: &str) {
        match self {
            Slot::Salutation => s.salutation = value.to_string(),
            Slot::Opening => s.opening = value.to_string(),
            Slot::Part(id) => s.set_part(id, value),
            Slot::Closing => s.closing = value.to_string(),
            Slot::Signature => s.signature = value.to_string(),
        }
    }
}

/// Everything the person can do in the aid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Opens answers saved earlier (a session file or link), replacing the current ones.
    Vervang(Box<State>),
    /// Go to a step (1–9; other numbers are brought within).
    GoTo(u8),
    /// Step 1: the situation (an id of the content).
    ChooseSituation(String),
    /// Step 1: whom the question is mainly about. Also ticks that person under "Aan wie vertelt
    /// u het?" in step 6, and moves that tick along when another person is chosen.
    ChooseAudience(String),
    /// Steps 2 and 8: a SURE answer (`item` is `s`, `u`, `r` or `e`).
    AnswerSure {
        after: bool,
        item: String,
        answer: bool,
    },
    /// Step 4: how much a reason (of the content, or the person's own) matters.
    Mark { reason: String, weight: Weight },
    /// Step 4: a reason in the person's own words. Empty text changes nothing (see
    /// [`view::own_reason_fits`]). It appears at once with both ends of "Hoeveel vertelt u?".
    AddOwnReason {
        text: String,
        side: Side,
        weight: Weight,
    },
    /// Step 4: removes an own reason.
    RemoveOwnReason(String),
    /// Step 6: whether an own reason speaks for or against an option (`None`: neither).
    LinkOwnReason {
        reason: String,
        option: String,
        stance: Option<Stance>,
    },
    /// Step 6: chooses an option (replaces the group's choice, or toggles where a group allows
    /// more than one).
    Choose(String),
    /// Step 7: what the person typed in a field of the message.
    Write { slot: Slot, text: String },
    /// Step 7: adds an example sentence after what is written (not twice).
    AddExample { slot: Slot, sentence: String },
}

impl Tool for Answers {
    type Action = Action;

    fn apply(&mut self, action: Action) {
        match action {
            Action::Vervang(state) => *self = *state,
            Action::GoTo(step) => self.step = step.clamp(1, STEPS),
            Action::ChooseSituation(id) => self.situation = Some(id),
            Action::ChooseAudience(id) => {
                if let Ok(c) = disclosure::content() {
                    choose_audience(c, self, id);
                }
            }
            Action::AnswerSure {
                after,
                item,
                answer,
            } => {
                let s = if after {
                    &mut self.sure_after
                } else {
                    &mut self.sure_before
                };
                s.set(&item, Some(answer));
            }
            Action::Mark { reason, weight } => self.mark(&reason, weight),
            Action::AddOwnReason { text, side, weight } => {
                if let Some(id) = self.add_own_reason(&text, side, weight) {
                    link_to_the_ends(self, &id, side);
                }
            }
            Action::RemoveOwnReason(id) => self.remove_own_reason(&id),
            Action::LinkOwnReason {
                reason,
                option,
                stance,
            } => self.link_own_reason(&reason, &option, stance),
            Action::Choose(option) => {
                if let Ok(c) = disclosure::content() {
                    self.choose(c, &option);
                }
            }
            Action::Write { slot, text } => slot.set(&mut self.script, &text),
            Action::AddExample { slot, sentence } => {
                let next = append(slot.text(&self.script), &sentence);
                slot.set(&mut self.script, &next);
            }
        }
    }
}

/// The "aan wie" option of an audience ("Mijn leidinggevende" → "Aan mijn leidinggevende").
pub fn audience_option<'c>(
    c: &'c Content,
    audience: &str,
) -> Option<&'c disclosure::DisclosureOption> {
    c.options
        .iter()
        .find(|o| o.audience.as_deref() == Some(audience))
}

/// Step 1's audience, carried into step 6: choosing whom one mainly thinks of also ticks that
/// person under "Aan wie vertelt u het?" (where more can be chosen), and choosing someone else
/// in step 1 moves that tick along. An option that does not apply in the situation is not ticked.
fn choose_audience(c: &Content, a: &mut Answers, audience: String) {
    if let Some(old) = a.audience.as_deref().and_then(|x| audience_option(c, x)) {
        a.unchoose(&old.id);
    }
    if let Some(new) = audience_option(c, &audience) {
        if new.applies_to(a.situation()) && !a.is_chosen(&new.id) {
            a.choose(c, &new.id);
        }
    }
    a.audience = Some(audience);
}

/// An own reason bears on the two ends of "Hoeveel vertelt u?" by its very side: a reason to tell
/// speaks for telling everything and against telling nothing; a reason not to tell, the other way
/// round. So it appears with those options in step 6 at once (the content's reasons are linked to
/// the options in the data); the person links it to other options there, or changes these.
fn link_to_the_ends(a: &mut Answers, id: &str, side: Side) {
    let (for_option, against_option) = match side {
        Side::For => (TELL_ALL, TELL_NOTHING),
        Side::Against => (TELL_NOTHING, TELL_ALL),
    };
    a.link_own_reason(id, for_option, Some(Stance::For));
    a.link_own_reason(id, against_option, Some(Stance::Against));
}

/// Whether an example sentence is already in what the person wrote.
pub fn is_added(written: &str, sentence: &str) -> bool {
    written.contains(sentence)
}

/// Adds an example sentence after what is already written; a sentence that is already there is
/// not added again (a second click, or a double tap).
fn append(current: &str, sentence: &str) -> String {
    let current = current.trim_end();
    if is_added(current, sentence) {
        current.to_string()
    } else if current.is_empty() {
        sentence.to_string()
    } else if current.ends_with(['.', '!', '?', ':']) {
        format!("{current} {sentence}")
    } else {
        format!("{current}. {sentence}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c() -> &'static Content {
        disclosure::content().expect("embedded natively")
    }

    #[test]
    fn the_audience_of_step_1_is_ticked_in_step_6_and_moves_along() {
        let c = c();
        let mut a = State::default();
        a.apply(Action::ChooseSituation("nieuwe_baan".into()));
        a.apply(Action::ChooseAudience("leidinggevende".into()));
        assert_eq!(a.chosen("aan_wie"), ["aan_leidinggevende"]);
        // Another person ticked in step 6 stays; the step-1 tick moves along.
        a.apply(Action::Choose("aan_hr".into()));
        a.apply(Action::ChooseAudience("bedrijfsarts".into()));
        assert_eq!(a.chosen("aan_wie"), ["aan_hr", "aan_bedrijfsarts"]);
        assert_eq!(a.audience.as_deref(), Some("bedrijfsarts"));
        // An option that does not apply in the situation is not ticked.
        let mut b = State::default();
        b.apply(Action::ChooseSituation("solliciteren".into()));
        choose_audience(c, &mut b, "bedrijfsarts".into());
        assert!(b.chosen("aan_wie").is_empty());
    }

    #[test]
    fn an_own_reason_appears_with_both_ends_of_how_much_by_its_side() {
        let c = c();
        let mut a = State::default();
        a.apply(Action::AddOwnReason {
            text: "Ik wil open kunnen zijn".into(),
            side: Side::For,
            weight: Weight::Important,
        });
        a.apply(Action::AddOwnReason {
            text: "Ik ken dit team nog niet".into(),
            side: Side::Against,
            weight: Weight::Somewhat,
        });
        a.apply(Action::AddOwnReason {
            text: "   ".into(),
            side: Side::Against,
            weight: Weight::Somewhat,
        });
        assert_eq!(a.own_reasons.len(), 2);
        let (open, stil) = (a.own_reasons[0].id.clone(), a.own_reasons[1].id.clone());
        fn ids(l: &[disclosure::ReasonLink]) -> Vec<&str> {
            l.iter().map(|r| r.reason_id.as_str()).collect()
        }
        let alles = disclosure::option_links(c, &a, TELL_ALL).expect("alles");
        assert_eq!(ids(&alles.speaks_for), [open.as_str()]);
        assert_eq!(ids(&alles.speaks_against), [stil.as_str()]);
        let niets = disclosure::option_links(c, &a, TELL_NOTHING).expect("niets");
        assert_eq!(ids(&niets.speaks_for), [stil.as_str()]);
        assert_eq!(ids(&niets.speaks_against), [open.as_str()]);
    }

    #[test]
    fn an_example_is_added_once_after_what_is_written() {
        let mut a = State::default();
        let slot = Slot::Part("wat_ik_kan".into());
        a.apply(Action::Write {
            slot: slot.clone(),
            text: "Ik werk nauwkeurig".into(),
        });
        for _ in 0..2 {
            a.apply(Action::AddExample {
                slot: slot.clone(),
                sentence: "Ik ben op tijd.".into(),
            });
        }
        assert_eq!(slot.text(&a.script), "Ik werk nauwkeurig. Ik ben op tijd.");
        assert_eq!(append("Klaar!", "Nog iets."), "Klaar! Nog iets.");
        assert_eq!(append("  ", "Nog iets."), "Nog iets.");
    }

    #[test]
    fn a_step_stays_within_one_and_nine() {
        let mut a = State::default();
        a.apply(Action::GoTo(0));
        assert_eq!(a.step, 1);
        a.apply(Action::GoTo(200));
        assert_eq!(a.step, STEPS);
    }
}
