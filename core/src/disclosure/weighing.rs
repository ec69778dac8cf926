//! The weighing view (what matters on each side, no verdict) and the option–reason links (for
//! each option, which of the person's marked reasons speak for it and which against it).

use super::answers::{Answers, Side, Weight};
use super::content::{Content, DisclosureOption, Point};
use crate::Tekst;
use serde::{Deserialize, Serialize};

/// A reason as the person marked it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeighedReason {
    pub id: String,
    pub text: Tekst,
    pub weight: Weight,
    /// Written by the person.
    pub own: bool,
    /// Source ids (empty for own reasons).
    pub sources: Vec<String>,
}

/// What matters to the person on each side. It holds no totals and no comparison: the aid does
/// not weigh for the person (see `Statements::no_verdict`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Weighing {
    /// Reasons for telling marked "belangrijk" or "een beetje": important first.
    pub for_telling: Vec<WeighedReason>,
    /// Reasons against telling marked "belangrijk" or "een beetje": important first.
    pub against_telling: Vec<WeighedReason>,
    /// Content reasons not marked yet.
    pub unmarked: usize,
}

impl Weighing {
    pub fn side(&self, side: Side) -> &[WeighedReason] {
        match side {
            Side::For => &self.for_telling,
            Side::Against => &self.against_telling,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.for_telling.is_empty() && self.against_telling.is_empty()
    }
}

/// All reasons that count for the person (content reasons in data order, then own reasons).
fn counting(content: &Content, answers: &Answers) -> Vec<(Side, WeighedReason)> {
    let mut list = Vec::new();
    for r in &content.reasons {
        if let Some(w) = answers.marks.get(&r.id).copied().filter(|w| w.counts()) {
            list.push((
                r.side,
                WeighedReason {
                    id: r.id.clone(),
                    text: r.text.clone(),
                    weight: w,
                    own: false,
                    sources: r.sources.clone(),
                },
            ));
        }
    }
    for r in &answers.own_reasons {
        if r.weight.counts() {
            list.push((
                r.side,
                WeighedReason {
                    id: r.id.clone(),
                    text: Tekst::same(&r.text),
                    weight: r.weight,
                    own: true,
                    sources: Vec::new(),
                },
            ));
        }
    }
    list
}

/// The weighing view: on each side, what is important to the person and what a little.
pub fn weighing(content: &Content, answers: &Answers) -> Weighing {
    let mut w = Weighing {
        unmarked: content
            .reasons
            .iter()
            .filter(|r| !answers.marks.contains_key(&r.id))
            .count(),
        ..Weighing::default()
    };
    for (side, reason) in counting(content, answers) {
        match side {
            Side::For => w.for_telling.push(reason),
            Side::Against => w.against_telling.push(reason),
        }
    }
    // Stable: within a weight, data order and then own reasons.
    w.for_telling.sort_by_key(|r| r.weight);
    w.against_telling.sort_by_key(|r| r.weight);
    w
}

/// One of the person's reasons, linked to an option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReasonLink {
    pub reason_id: String,
    pub text: Tekst,
    pub weight: Weight,
    pub own: bool,
    /// The side of the reason itself (for or against telling).
    pub side: Side,
}

/// A pro or con of an option with the person's marked reasons it relates to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkedPoint {
    pub text: Tekst,
    pub sources: Vec<String>,
    /// The person's reasons (marked "belangrijk" or "een beetje") behind this point.
    pub matches: Vec<ReasonLink>,
}

/// For one option: its pros and cons, and which of the person's reasons speak for or against it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionLinks {
    pub option_id: String,
    pub group_id: String,
    pub label: Tekst,
    pub text: Tekst,
    pub pros: Vec<LinkedPoint>,
    pub cons: Vec<LinkedPoint>,
    /// The person's reasons this option serves, important first, each once.
    pub speaks_for: Vec<ReasonLink>,
    /// The person's reasons this option works against, important first, each once.
    pub speaks_against: Vec<ReasonLink>,
    /// Sum of the weights (belangrijk 2, een beetje 1) of `speaks_for`.
    pub weight_for: u32,
    /// Sum of the weights of `speaks_against`.
    pub weight_against: u32,
    pub chosen: bool,
}

fn link_point(content: &Content, answers: &Answers, point: &Point) -> LinkedPoint {
    let matches = point
        .reasons
        .iter()
        .filter_map(|id| {
            let reason = content.reason(id)?;
            let weight = answers.marks.get(id).copied().filter(|w| w.counts())?;
            Some(ReasonLink {
                reason_id: id.clone(),
                text: reason.text.clone(),
                weight,
                own: false,
                side: reason.side,
            })
        })
        .collect();
    LinkedPoint {
        text: point.text.clone(),
        sources: point.sources.clone(),
        matches,
    }
}

fn push_unique(list: &mut Vec<ReasonLink>, link: ReasonLink) {
    if !list.iter().any(|l| l.reason_id == link.reason_id) {
        list.push(link);
    }
}

fn links_of(content: &Content, answers: &Answers, option: &DisclosureOption) -> OptionLinks {
    let pros: Vec<LinkedPoint> = option
        .pros
        .iter()
        .map(|p| link_point(content, answers, p))
        .collect();
    let cons: Vec<LinkedPoint> = option
        .cons
        .iter()
        .map(|p| link_point(content, answers, p))
        .collect();
    let mut speaks_for = Vec::new();
    let mut speaks_against = Vec::new();
    for link in pros.iter().flat_map(|p| p.matches.iter()) {
        push_unique(&mut speaks_for, link.clone());
    }
    for link in cons.iter().flat_map(|p| p.matches.iter()) {
        push_unique(&mut speaks_against, link.clone());
    }
    for own in answers.own_reasons.iter().filter(|r| r.weight.counts()) {
        let link = ReasonLink {
            reason_id: own.id.clone(),
            text: Tekst::same(&own.text),
            weight: own.weight,
            own: true,
            side: own.side,
        };
        if own.options_for.iter().any(|o| o == &option.id) {
            push_unique(&mut speaks_for, link);
        } else if own.options_against.iter().any(|o| o == &option.id) {
            push_unique(&mut speaks_against, link);
        }
    }
    speaks_for.sort_by_key(|l| l.weight);
    speaks_against.sort_by_key(|l| l.weight);
    let sum = |list: &[ReasonLink]| list.iter().map(|l| u32::from(l.weight.value())).sum();
    OptionLinks {
        option_id: option.id.clone(),
        group_id: option.group.clone(),
        label: option.label.clone(),
        text: option.text.clone(),
        weight_for: sum(&speaks_for),
        weight_against: sum(&speaks_against),
        pros,
        cons,
        speaks_for,
        speaks_against,
        chosen: answers.is_chosen(&option.id),
    }
}

/// The links for one option, or `None` for an unknown id.
pub fn option_links(content: &Content, answers: &Answers, option_id: &str) -> Option<OptionLinks> {
    content
        .option(option_id)
        .map(|o| links_of(content, answers, o))
}

/// The links for every option of a group that applies to the person's situation, in data order.
pub fn group_links(content: &Content, answers: &Answers, group_id: &str) -> Vec<OptionLinks> {
    content
        .options_for(group_id, answers.situation())
        .into_iter()
        .map(|o| links_of(content, answers, o))
        .collect()
}
