//! What the aid's screen shows, worded in the language asked: the frame around the steps (which
//! step, "Stap 3 van 9", "Volgende stap" or "Overslaan"), the reasons of step 4 with "Meer redenen
//! tonen (N)", the lines with a number or a date in them, and "Mijn afweging" (step 9, and its
//! part on "Mijn plan"). The screen adds only its fixed labels.

use super::{State, STEPS};
use crate::citaat::is_datum;
use crate::disclosure::{self, Content, Reason, Side, WeighedReason, Weighing, Weight};
use crate::{tekst, Taal};

/// The step the person is on, 1–9 (a fresh or odd value starts at 1).
pub fn current_step(a: &State) -> u8 {
    a.step.clamp(1, STEPS)
}

/// Whether the person answered something on a step, so "Volgende stap" replaces "Overslaan".
/// Steps that only show information count as answered.
pub fn step_answered(c: &Content, a: &State, step: u8) -> bool {
    match step {
        1 => a.situation.is_some(),
        2 => a.sure_before.score().answered > 0,
        4 => !a.marks.is_empty() || !a.own_reasons.is_empty(),
        6 => !a.choices.is_empty(),
        7 => disclosure::has_message(c, a),
        8 => a.sure_after.score().answered > 0,
        _ => true,
    }
}

/// The frame around every step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// 1–9.
    pub step: u8,
    /// "Stap 3 van 9".
    pub step_of: String,
    /// Something was answered on this step: the next button says "Volgende stap", not
    /// "Overslaan".
    pub answered: bool,
    /// The aid's subtitle and its privacy line.
    pub subtitle: String,
    pub privacy: String,
}

pub fn frame(c: &Content, a: &State, taal: Taal) -> Frame {
    let step = current_step(a);
    Frame {
        step,
        step_of: tekst!(taal, "Stap {} van {}", "Step {} of {}", step, STEPS),
        answered: step_answered(c, a, step),
        subtitle: c.meta.subtitle.get(taal).to_string(),
        privacy: c.meta.privacy.get(taal).to_string(),
    }
}

/// A date `2026-11-24` as people write it, "24 november 2026" / "24 November 2026": the app's
/// one date style ([`crate::income::datum_tekst`]). Anything that is not a date is shown as it is.
pub fn datum(iso: &str, taal: Taal) -> String {
    if is_datum(iso) {
        crate::income::datum_tekst(iso, taal)
    } else {
        iso.to_string()
    }
}

/// What stands where nothing was filled in.
pub fn not_answered(taal: Taal) -> &'static str {
    tekst_static(taal, "niet ingevuld", "not filled in")
}

fn tekst_static(taal: Taal, nl: &'static str, en: &'static str) -> &'static str {
    match taal {
        Taal::Nl => nl,
        Taal::En => en,
    }
}

/// A SURE score: "3 van de 4", or "niet ingevuld" while not every question is answered.
pub fn score(score: Option<u8>, taal: Taal) -> String {
    match score {
        Some(s) => tekst!(taal, "{} van de 4", "{} out of 4", s),
        None => not_answered(taal).to_string(),
    }
}

/// The two SURE scores: "Aan het begin: 2 van de 4. Nu: 4 van de 4."
pub fn before_after(before: Option<u8>, after: Option<u8>, taal: Taal) -> String {
    tekst!(
        taal,
        "Aan het begin: {}. Nu: {}.",
        "At the start: {}. Now: {}.",
        score(before, taal),
        score(after, taal)
    )
}

/// The label of a weight ("Belangrijk voor mij", "Een beetje", "Niet voor mij").
pub fn weight_label(c: &Content, w: Weight, taal: Taal) -> &str {
    c.weight_label(w).map(|l| l.label.get(taal)).unwrap_or("")
}

/// How many of a side's reasons show before "Meer redenen tonen": 30 reasons with three choices
/// each are about 44 phone screens, more than a worried person reads through.
pub const FIRST_REASONS: usize = 5;

/// Step 4: the content's reasons on one side.
#[derive(Debug, Clone, PartialEq)]
pub struct ReasonList<'c> {
    /// The reasons shown at once.
    pub first: Vec<&'c Reason>,
    /// The reasons behind the button.
    pub rest: Vec<&'c Reason>,
    /// The button's words while closed ("Meer redenen tonen (12)") and while open.
    pub more: String,
    pub fewer: String,
    /// The rest starts open when one of them was already weighed (a resumed session).
    pub starts_open: bool,
}

pub fn reasons<'c>(c: &'c Content, a: &State, side: Side, taal: Taal) -> ReasonList<'c> {
    let mut first: Vec<&Reason> = c.reasons_on(side).collect();
    let rest = first.split_off(FIRST_REASONS.min(first.len()));
    ReasonList {
        more: tekst!(
            taal,
            "Meer redenen tonen ({})",
            "Show more reasons ({})",
            rest.len()
        ),
        fewer: tekst_static(taal, "Minder redenen tonen", "Show fewer reasons").to_string(),
        starts_open: rest.iter().any(|r| a.marks.contains_key(&r.id)),
        first,
        rest,
    }
}

/// Whether an own reason can be added: it has words.
pub fn own_reason_fits(text: &str) -> bool {
    !text.trim().is_empty()
}

/// Step 5: how many reasons the person has not looked at yet, when any.
pub fn unmarked(w: &Weighing, taal: Taal) -> Option<String> {
    (w.unmarked > 0).then(|| {
        tekst!(
            taal,
            "U heeft {} redenen nog niet bekeken. Dat is niet erg.",
            "You have not looked at {} reasons yet. That is fine.",
            w.unmarked
        )
    })
}

/// Step 6: the label of the choice whether an own reason speaks for or against an option.
pub fn own_link_label(reason: &str, option: &str, taal: Taal) -> String {
    tekst!(
        taal,
        "Uw reden \"{}\" en \"{}\"",
        "Your reason \"{}\" and \"{}\"",
        reason,
        option
    )
}

/// A reason on "Mijn afweging".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryReason {
    pub text: String,
    pub weight: Weight,
    pub weight_label: String,
    /// The person's own reason.
    pub own: bool,
}

/// The options chosen in one group: "Aan wie:" and "Aan mijn leidinggevende, Aan HR".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryChoice {
    pub title: String,
    pub options: String,
}

/// A next step on "Mijn afweging", with its in-app route for print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryStep {
    pub label: String,
    pub route: Option<String>,
}

/// "Mijn afweging" (step 9), worded; its first part is also what "Mijn plan" shows of the aid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub title: String,
    pub situation: Option<String>,
    pub audience: Option<String>,
    /// "Aan het begin: … Nu: …", and the sentence for the change when both tests are complete.
    pub sure: String,
    pub sure_change: Option<String>,
    pub for_telling: Vec<SummaryReason>,
    pub against_telling: Vec<SummaryReason>,
    pub choices: Vec<SummaryChoice>,
    /// What holds whatever was chosen (on sick leave, the duties that stay).
    pub let_op: Vec<String>,
    /// The message in paragraphs (empty when none was written).
    pub message: Vec<String>,
    /// The message as one text, to copy.
    pub message_text: String,
    /// The titles of the rights for the situation.
    pub rights: Vec<String>,
    /// The dates those rights were checked, each once: "24 november 2026".
    pub rights_checked: Option<String>,
    pub next_steps: Vec<SummaryStep>,
    pub statements: Vec<String>,
    /// "Gemaakt met Werkkeuze. Inhoud van 24 november 2026." with the funding, the interests
    /// and the update policy.
    pub made: String,
}

fn summary_reasons(c: &Content, list: &[WeighedReason], taal: Taal) -> Vec<SummaryReason> {
    list.iter()
        .map(|r| SummaryReason {
            text: r.text.get(taal).to_string(),
            weight: r.weight,
            weight_label: weight_label(c, r.weight, taal).to_string(),
            own: r.own,
        })
        .collect()
}

pub fn summary(c: &Content, a: &State, taal: Taal) -> Summary {
    let s = disclosure::summary(c, a);
    let mut dates: Vec<&str> = s.rights.iter().map(|r| r.checked.as_str()).collect();
    dates.sort_unstable();
    dates.dedup();
    let rights_checked = (!dates.is_empty()).then(|| {
        dates
            .iter()
            .map(|d| datum(d, taal))
            .collect::<Vec<_>>()
            .join(", ")
    });
    let made = tekst!(
        taal,
        "Gemaakt met Werkkeuze. Inhoud van {}.",
        "Made with Werkkeuze. Content of {}.",
        datum(&s.production_date, taal)
    );
    Summary {
        title: s.title.get(taal).to_string(),
        situation: s.situation.as_ref().map(|x| x.get(taal).to_string()),
        audience: s.audience.as_ref().map(|x| x.get(taal).to_string()),
        sure: before_after(s.sure_before.score, s.sure_after.score, taal),
        sure_change: s.sure_change_text.as_ref().map(|x| x.get(taal).to_string()),
        for_telling: summary_reasons(c, &s.weighing.for_telling, taal),
        against_telling: summary_reasons(c, &s.weighing.against_telling, taal),
        choices: s
            .choices
            .iter()
            .map(|ch| SummaryChoice {
                title: ch.group_title.get(taal).to_string(),
                options: ch
                    .options
                    .iter()
                    .map(|(_, l)| l.get(taal))
                    .collect::<Vec<_>>()
                    .join(", "),
            })
            .collect(),
        let_op: s.let_op.iter().map(|t| t.get(taal).to_string()).collect(),
        message: if s.message.is_empty() {
            Vec::new()
        } else {
            s.message.split("\n\n").map(str::to_string).collect()
        },
        rights: s
            .rights
            .iter()
            .map(|r| r.title.get(taal).to_string())
            .collect(),
        rights_checked,
        next_steps: s
            .next_steps
            .iter()
            .map(|n| SummaryStep {
                label: n.label.get(taal).to_string(),
                route: n.route.clone(),
            })
            .collect(),
        statements: s
            .statements
            .iter()
            .map(|t| t.get(taal).to_string())
            .collect(),
        made: [
            made.as_str(),
            s.funding.get(taal),
            s.interests.get(taal),
            s.update_policy.get(taal),
        ]
        .join(" "),
        message_text: s.message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disclosure::Weight;
    use crate::tools::vertellen::Action;
    use crate::tools::Tool;

    #[test]
    fn an_empty_step_offers_skip_and_an_answered_one_next() {
        let c = disclosure::content().unwrap();
        let mut a = State::default();
        for step in [1, 2, 4, 6, 7, 8] {
            assert!(!step_answered(c, &a, step), "step {step}");
        }
        for step in [3, 5, 9] {
            assert!(step_answered(c, &a, step), "step {step}");
        }
        a.apply(Action::ChooseSituation("solliciteren".into()));
        a.sure_before.set("s", Some(false));
        a.mark("voor-aanpassingen", Weight::NotForMe);
        a.apply(Action::Choose("niets".into()));
        a.script.set_part("wat_ik_kan", "Ik werk nauwkeurig");
        a.sure_after.set("e", Some(true));
        for step in 1..=STEPS {
            assert!(step_answered(c, &a, step), "step {step}");
        }
    }

    #[test]
    fn a_fresh_or_odd_step_starts_at_one_and_stays_within_nine() {
        let mut a = State::default();
        assert_eq!(current_step(&a), 1);
        a.step = 7;
        assert_eq!(current_step(&a), 7);
        a.step = 200;
        assert_eq!(current_step(&a), STEPS);
    }

    #[test]
    fn dates_are_written_as_people_write_them() {
        assert_eq!(datum("2026-11-24", Taal::Nl), "24 november 2026");
        assert_eq!(datum("2026-11-04", Taal::En), "4 November 2026");
        assert_eq!(datum("onbekend", Taal::Nl), "onbekend");
    }

    #[test]
    fn scores_are_worded_or_not_filled_in() {
        assert_eq!(score(Some(3), Taal::Nl), "3 van de 4");
        assert_eq!(score(None, Taal::En), "not filled in");
        assert_eq!(
            before_after(Some(2), None, Taal::Nl),
            "Aan het begin: 2 van de 4. Nu: niet ingevuld."
        );
    }
}
