//! What the aid's screen shows, worded in the language asked: the frame around the steps (which
//! step, "Stap 3 van 9", "Volgende stap" or "Overslaan"), the reasons of step 4 with "Meer redenen
//! tonen (N)", the lines with a number or a date in them, and "Mijn afweging" (step 9, and its
//! part on "Mijn plan"). The screen adds only its fixed labels.

use super::{Slot, State, STEPS};
use crate::citaat::is_datum;
use crate::disclosure::{self, Content, Reason, Side, Stance, WeighedReason, Weighing, Weight};
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

/// Steps 2 and 8: one SURE question and the person's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SureQuestion {
    /// `s`, `u`, `r` or `e`.
    pub item: String,
    pub question: String,
    pub answer: Option<bool>,
}

/// Step 8: the change since step 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SureChangeView {
    /// "Aan het begin: 2 van de 4. Nu: 4 van de 4."
    pub line: String,
    /// The sentence for the change, when both tests are complete.
    pub text: Option<String>,
}

/// Steps 2 and 8: the SURE test (step 8 with the change since step 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sure {
    pub intro: String,
    pub questions: Vec<SureQuestion>,
    /// "Uw score: 3 van de 4. …" once all four are answered.
    pub score_line: Option<String>,
    pub message: String,
    /// A gentle tip per "no".
    pub tips: Vec<String>,
    pub sources: Vec<String>,
    /// Step 8 only.
    pub change: Option<SureChangeView>,
}

pub fn sure(c: &Content, a: &State, after: bool, taal: Taal) -> Sure {
    let answers = if after { &a.sure_after } else { &a.sure_before };
    let fb = disclosure::sure_feedback(c, answers);
    Sure {
        intro: c.sure.intro.get(taal).to_string(),
        questions: c
            .sure
            .items
            .iter()
            .map(|i| SureQuestion {
                item: i.id.clone(),
                question: i.question.get(taal).to_string(),
                answer: answers.get(&i.id),
            })
            .collect(),
        score_line: fb.score_line.map(|l| l.get(taal).to_string()),
        message: fb.message.get(taal).to_string(),
        tips: fb.tips.iter().map(|t| t.get(taal).to_string()).collect(),
        sources: c.sure.sources.clone(),
        change: after.then(|| {
            let change = disclosure::sure_change(&a.sure_before, &a.sure_after);
            SureChangeView {
                line: before_after(change.before, change.after, taal),
                text: disclosure::change_text(c, &change).map(|t| t.get(taal).to_string()),
            }
        }),
    }
}

/// Step 5: the reasons of one weight on one side ("Belangrijk voor mij": …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeightGroup {
    pub weight: Weight,
    pub label: String,
    /// The reasons, each with whether it is the person's own.
    pub reasons: Vec<(String, bool)>,
}

/// Step 5: what matters to the person on each side, by weight (important first), without a
/// verdict; a weight with no reasons is left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeighingView {
    pub for_telling: Vec<WeightGroup>,
    pub against_telling: Vec<WeightGroup>,
    /// "U heeft 12 redenen nog niet bekeken. …", when there are any.
    pub unmarked: Option<String>,
}

pub fn weighing(c: &Content, a: &State, taal: Taal) -> WeighingView {
    let w = disclosure::weighing(c, a);
    let groups = |list: &[WeighedReason]| {
        [Weight::Important, Weight::Somewhat]
            .into_iter()
            .filter_map(|weight| {
                let reasons: Vec<(String, bool)> = list
                    .iter()
                    .filter(|r| r.weight == weight)
                    .map(|r| (r.text.get(taal).to_string(), r.own))
                    .collect();
                (!reasons.is_empty()).then(|| WeightGroup {
                    weight,
                    label: weight_label(c, weight, taal).to_string(),
                    reasons,
                })
            })
            .collect()
    };
    WeighingView {
        for_telling: groups(&w.for_telling),
        against_telling: groups(&w.against_telling),
        unmarked: unmarked(&w, taal),
    }
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

/// Step 3: a right, dated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RightView {
    pub id: String,
    pub title: String,
    pub text: String,
    pub caveat: Option<String>,
    /// An id in the glossary.
    pub glossary: Option<String>,
    /// The date it was checked: "4 december 2026".
    pub checked: String,
    pub sources: Vec<String>,
    /// It rests only on sources nobody here read in the source itself.
    pub unverified: bool,
}

/// Step 3: the rights for the person's situation (named), or every right while none is chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rights {
    pub situation: Option<String>,
    pub rights: Vec<RightView>,
}

/// What the person must keep in mind in their situation whatever they choose (on sick leave, the
/// duties that stay): shown with the rights, the weighing and the options. `None` when no
/// situation is chosen or it has no such note.
pub fn situation_note(c: &Content, a: &State, taal: Taal) -> Option<String> {
    a.situation()
        .and_then(|s| c.situation(s))
        .and_then(|s| s.let_op.as_ref())
        .map(|n| n.text.get(taal).to_string())
}

pub fn rights(c: &Content, a: &State, taal: Taal) -> Rights {
    let situation = a.situation().and_then(|s| c.situation(s));
    let list: Vec<&disclosure::Right> = match situation {
        Some(s) => c.rights_for(&s.id),
        None => c.rights.iter().collect(),
    };
    Rights {
        situation: situation.map(|s| s.label.get(taal).to_string()),
        rights: list
            .into_iter()
            .map(|r| RightView {
                id: r.id.clone(),
                title: r.title.get(taal).to_string(),
                text: r.text.get(taal).to_string(),
                caveat: r.caveat.as_ref().map(|cv| cv.get(taal).to_string()),
                glossary: r.glossary.clone(),
                checked: datum(&r.checked, taal),
                sources: r.sources.clone(),
                unverified: c.rests_on_unverified(&r.sources),
            })
            .collect(),
    }
}

/// Step 6: one of the person's reasons that an option serves or works against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkedReason {
    pub text: String,
    pub weight_label: String,
    /// The person's own reason.
    pub own: bool,
}

/// Step 6: a pro or con of an option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    pub text: String,
    pub sources: Vec<String>,
    /// It rests only on sources nobody here read in the source itself.
    pub unverified: bool,
    /// The person's reasons behind it: "Ik wil … (Belangrijk voor mij); …", when there are any.
    pub matches: Option<String>,
}

/// Step 6: whether one of the person's own reasons (that counts) speaks for or against an option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnLink {
    pub reason_id: String,
    /// "Uw reden "…" en "…"".
    pub label: String,
    pub stance: Option<Stance>,
}

/// Step 6: one possibility.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionView {
    pub id: String,
    pub label: String,
    pub text: String,
    pub chosen: bool,
    /// It is the person step 1 is mainly about (so the tick is not a surprise).
    pub from_step_1: bool,
    /// The warnings for the person's situation (on sick leave: the duties that stay), as one text.
    pub notes: Option<String>,
    pub speaks_for: Vec<LinkedReason>,
    pub speaks_against: Vec<LinkedReason>,
    pub pros: Vec<Point>,
    pub cons: Vec<Point>,
    /// The sources of the pros and cons, each once.
    pub sources: Vec<String>,
    pub own_links: Vec<OwnLink>,
}

/// Step 6: a group of possibilities ("Hoeveel vertelt u?").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionGroup {
    pub id: String,
    pub title: String,
    pub question: String,
    /// More than one may be chosen (check boxes, not radio buttons).
    pub multiple: bool,
    pub options: Vec<OptionView>,
}

/// Step 6: the groups of the options that apply in the person's situation.
pub fn options(c: &Content, a: &State, taal: Taal) -> Vec<OptionGroup> {
    let linked = |list: &[disclosure::ReasonLink]| {
        list.iter()
            .map(|l| LinkedReason {
                text: l.text.get(taal).to_string(),
                weight_label: weight_label(c, l.weight, taal).to_string(),
                own: l.own,
            })
            .collect::<Vec<_>>()
    };
    let points = |list: &[disclosure::LinkedPoint]| {
        list.iter()
            .map(|p| Point {
                text: p.text.get(taal).to_string(),
                sources: p.sources.clone(),
                unverified: c.rests_on_unverified(&p.sources),
                matches: (!p.matches.is_empty()).then(|| {
                    p.matches
                        .iter()
                        .map(|m| {
                            format!("{} ({})", m.text.get(taal), weight_label(c, m.weight, taal))
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                }),
            })
            .collect::<Vec<_>>()
    };
    let step_1_option = a
        .audience
        .as_deref()
        .and_then(|au| super::audience_option(c, au));
    c.groups
        .iter()
        .map(|g| OptionGroup {
            id: g.id.clone(),
            title: g.title.get(taal).to_string(),
            question: g.question.get(taal).to_string(),
            multiple: g.multiple,
            options: disclosure::group_links(c, a, &g.id)
                .into_iter()
                .map(|o| {
                    let label = o.label.get(taal).to_string();
                    let notes: Vec<&str> = c
                        .option(&o.option_id)
                        .map(|opt| {
                            opt.notes_for(a.situation())
                                .map(|n| n.text.get(taal))
                                .collect()
                        })
                        .unwrap_or_default();
                    let mut sources: Vec<String> = Vec::new();
                    for s in o.pros.iter().chain(&o.cons).flat_map(|p| &p.sources) {
                        if !sources.contains(s) {
                            sources.push(s.clone());
                        }
                    }
                    let own_links = a
                        .own_reasons
                        .iter()
                        .filter(|r| r.weight.counts())
                        .map(|r| OwnLink {
                            reason_id: r.id.clone(),
                            label: own_link_label(&r.text, &label, taal),
                            stance: if r.options_for.contains(&o.option_id) {
                                Some(Stance::For)
                            } else if r.options_against.contains(&o.option_id) {
                                Some(Stance::Against)
                            } else {
                                None
                            },
                        })
                        .collect();
                    OptionView {
                        from_step_1: step_1_option.is_some_and(|x| x.id == o.option_id),
                        notes: (!notes.is_empty()).then(|| notes.join(" ")),
                        speaks_for: linked(&o.speaks_for),
                        speaks_against: linked(&o.speaks_against),
                        pros: points(&o.pros),
                        cons: points(&o.cons),
                        text: o.text.get(taal).to_string(),
                        chosen: o.chosen,
                        id: o.option_id,
                        label,
                        sources,
                        own_links,
                    }
                })
                .collect(),
        })
        .collect()
}

/// Step 7: an example sentence under a field, and whether it is already in what was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    pub sentence: String,
    pub added: bool,
}

/// Step 7: one field of the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub slot: Slot,
    /// What the person wrote.
    pub text: String,
    /// For a script part: "Wat ik kan — …" and its help. The fixed fields (salutation, opening,
    /// closing, name) carry the screen's own labels.
    pub label: Option<String>,
    pub help: Option<String>,
    pub examples: Vec<Example>,
}

/// Step 7: "Mijn bericht", the fields in order and the message they make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub intro: String,
    pub salutation: Field,
    pub opening: Field,
    /// The script parts that belong in the message (the part about one's health only with "een
    /// deel vertellen" or "alles vertellen").
    pub parts: Vec<Field>,
    pub closing: Field,
    pub signature: Field,
    pub preview_title: String,
    /// What the preview shows while nothing is written.
    pub empty_preview: String,
    /// The message ("" while nothing is written).
    pub text: String,
}

pub fn message(c: &Content, a: &State, taal: Taal) -> Message {
    let field = |slot: Slot, label: Option<String>, help: Option<String>, ex: &[crate::Tekst]| {
        let text = slot.text(&a.script).to_string();
        Field {
            examples: ex
                .iter()
                .map(|e| Example {
                    sentence: e.get(taal).to_string(),
                    added: super::is_added(&text, e.get(taal)),
                })
                .collect(),
            slot,
            text,
            label,
            help,
        }
    };
    let s = &c.script;
    Message {
        intro: s.intro.get(taal).to_string(),
        salutation: field(Slot::Salutation, None, None, &[]),
        opening: field(Slot::Opening, None, None, &s.opening),
        parts: s
            .parts
            .iter()
            .filter(|p| p.applies(a))
            .map(|p| {
                field(
                    Slot::Part(p.id.clone()),
                    Some(format!("{} — {}", p.title.get(taal), p.prompt.get(taal))),
                    Some(p.help.get(taal).to_string()),
                    &p.examples,
                )
            })
            .collect(),
        closing: field(Slot::Closing, None, None, &s.closing),
        signature: field(Slot::Signature, None, None, &[]),
        preview_title: s.preview_title.get(taal).to_string(),
        empty_preview: s.empty_preview.get(taal).to_string(),
        text: disclosure::assemble(c, a),
    }
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
