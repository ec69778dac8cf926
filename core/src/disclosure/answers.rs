//! The person's answers: everything they chose and wrote, serde-serialisable for the session
//! codec. Ids refer to the content; [`Answers::clean`] drops ids the content no longer has.

use super::content::Content;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How much a reason matters to the person: a concrete choice, never an abstract 1–5 scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Weight {
    /// "Belangrijk voor mij".
    #[serde(rename = "belangrijk")]
    Important,
    /// "Een beetje".
    #[serde(rename = "een_beetje")]
    Somewhat,
    /// "Niet voor mij": seen, and set aside.
    #[serde(rename = "niet_voor_mij")]
    NotForMe,
}

impl Weight {
    /// The weight in the option–reason links: 2, 1 or 0.
    pub fn value(self) -> u8 {
        match self {
            Weight::Important => 2,
            Weight::Somewhat => 1,
            Weight::NotForMe => 0,
        }
    }

    /// The id used in the data and the saved session.
    pub fn id(self) -> &'static str {
        match self {
            Weight::Important => "belangrijk",
            Weight::Somewhat => "een_beetje",
            Weight::NotForMe => "niet_voor_mij",
        }
    }

    pub const ALL: [Weight; 3] = [Weight::Important, Weight::Somewhat, Weight::NotForMe];

    /// Whether the reason counts at all (important or a little).
    pub fn counts(self) -> bool {
        self.value() > 0
    }
}

/// The side of a reason: for telling, or against telling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Side {
    #[serde(rename = "voor")]
    For,
    #[serde(rename = "tegen")]
    Against,
}

impl Side {
    pub fn id(self) -> &'static str {
        match self {
            Side::For => "voor",
            Side::Against => "tegen",
        }
    }
}

/// A reason the person adds in their own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnReason {
    /// `eigen-1`, `eigen-2`, … (never reused within one session).
    pub id: String,
    pub text: String,
    pub side: Side,
    pub weight: Weight,
    /// Options this reason speaks for, in the person's own judgement.
    #[serde(default)]
    pub options_for: Vec<String>,
    /// Options this reason speaks against.
    #[serde(default)]
    pub options_against: Vec<String>,
}

/// Where an own reason stands towards one option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stance {
    #[serde(rename = "voor")]
    For,
    #[serde(rename = "tegen")]
    Against,
}

/// The four SURE answers; `None` is not answered yet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SureAnswers {
    /// S: Sure of myself.
    pub sure: Option<bool>,
    /// U: Understand the information.
    pub understand: Option<bool>,
    /// R: Risk–benefit ratio clear.
    pub risk_benefit: Option<bool>,
    /// E: Encouragement and support.
    pub encouragement: Option<bool>,
}

impl SureAnswers {
    /// The answer to item `s`, `u`, `r` or `e`.
    pub fn get(&self, item: &str) -> Option<bool> {
        match item {
            "s" => self.sure,
            "u" => self.understand,
            "r" => self.risk_benefit,
            "e" => self.encouragement,
            _ => None,
        }
    }

    /// Sets (or with `None` clears) the answer to item `s`, `u`, `r` or `e`. Unknown items are
    /// ignored and return false.
    pub fn set(&mut self, item: &str, answer: Option<bool>) -> bool {
        let slot = match item {
            "s" => &mut self.sure,
            "u" => &mut self.understand,
            "r" => &mut self.risk_benefit,
            "e" => &mut self.encouragement,
            _ => return false,
        };
        *slot = answer;
        true
    }

    /// The answers in item order s, u, r, e.
    pub fn in_order(&self) -> [Option<bool>; 4] {
        [
            self.sure,
            self.understand,
            self.risk_benefit,
            self.encouragement,
        ]
    }
}

/// What the person wrote for their message.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScriptAnswers {
    /// "Beste Marleen," — optional.
    pub salutation: String,
    /// An opening sentence — optional (the data offers examples).
    pub opening: String,
    /// Text per script part id (`wat_ik_kan`, `wat_mij_helpt`, `wat_ik_vraag_als`, `wie_weet_het`).
    pub parts: BTreeMap<String, String>,
    /// A closing sentence — optional.
    pub closing: String,
    /// The name under the message — optional.
    pub signature: String,
}

impl ScriptAnswers {
    /// The text of one part, or "" when not written.
    pub fn part(&self, id: &str) -> &str {
        self.parts.get(id).map(String::as_str).unwrap_or("")
    }

    pub fn set_part(&mut self, id: &str, text: &str) {
        if text.trim().is_empty() {
            self.parts.remove(id);
        } else {
            self.parts.insert(id.to_string(), text.to_string());
        }
    }
}

/// Everything the person answered in the aid. All fields default, so an old or partial session
/// loads; the UI keeps its current step in `step`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    /// The step the person was on (for resuming); the UI decides what the numbers mean.
    pub step: u8,
    /// A situation id (`solliciteren`, `nieuwe_baan`, `werkend_goed`, `ziekteverzuim`, `terugkeer`).
    pub situation: Option<String>,
    /// An audience id: whom the question is about.
    pub audience: Option<String>,
    pub sure_before: SureAnswers,
    pub sure_after: SureAnswers,
    /// Reason id → how much it matters. A reason not in the map is not marked yet.
    pub marks: BTreeMap<String, Weight>,
    pub own_reasons: Vec<OwnReason>,
    /// Group id → chosen option ids (one, or several where the group allows it).
    pub choices: BTreeMap<String, Vec<String>>,
    pub script: ScriptAnswers,
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn situation(&self) -> Option<&str> {
        self.situation.as_deref()
    }

    /// Marks a reason (content or own) with a weight.
    pub fn mark(&mut self, reason_id: &str, weight: Weight) {
        if let Some(own) = self.own_reasons.iter_mut().find(|r| r.id == reason_id) {
            own.weight = weight;
        } else {
            self.marks.insert(reason_id.to_string(), weight);
        }
    }

    pub fn unmark(&mut self, reason_id: &str) {
        self.marks.remove(reason_id);
    }

    /// The weight the person gave a content or own reason.
    pub fn weight_of(&self, reason_id: &str) -> Option<Weight> {
        self.marks.get(reason_id).copied().or_else(|| {
            self.own_reasons
                .iter()
                .find(|r| r.id == reason_id)
                .map(|r| r.weight)
        })
    }

    /// Adds a reason in the person's own words; returns its id, or `None` for empty text.
    pub fn add_own_reason(&mut self, text: &str, side: Side, weight: Weight) -> Option<String> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let next = self
            .own_reasons
            .iter()
            .filter_map(|r| r.id.strip_prefix("eigen-")?.parse::<u32>().ok())
            .max()
            .unwrap_or(0)
            + 1;
        let id = format!("eigen-{next}");
        self.own_reasons.push(OwnReason {
            id: id.clone(),
            text: text.to_string(),
            side,
            weight,
            options_for: Vec::new(),
            options_against: Vec::new(),
        });
        Some(id)
    }

    pub fn remove_own_reason(&mut self, id: &str) {
        self.own_reasons.retain(|r| r.id != id);
    }

    /// Says whether an own reason speaks for or against an option (`None`: neither).
    pub fn link_own_reason(&mut self, id: &str, option_id: &str, stance: Option<Stance>) {
        if let Some(r) = self.own_reasons.iter_mut().find(|r| r.id == id) {
            r.options_for.retain(|o| o != option_id);
            r.options_against.retain(|o| o != option_id);
            match stance {
                Some(Stance::For) => r.options_for.push(option_id.to_string()),
                Some(Stance::Against) => r.options_against.push(option_id.to_string()),
                None => {}
            }
        }
    }

    /// The chosen options of a group.
    pub fn chosen(&self, group: &str) -> &[String] {
        self.choices.get(group).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn is_chosen(&self, option_id: &str) -> bool {
        self.choices
            .values()
            .any(|v| v.iter().any(|o| o == option_id))
    }

    /// Chooses an option: in a single-choice group it replaces the earlier choice; in a
    /// multiple-choice group it toggles. Returns false for an unknown option.
    pub fn choose(&mut self, content: &Content, option_id: &str) -> bool {
        let Some(option) = content.option(option_id) else {
            return false;
        };
        let multiple = content.group(&option.group).is_some_and(|g| g.multiple);
        let list = self.choices.entry(option.group.clone()).or_default();
        if multiple {
            if let Some(i) = list.iter().position(|o| o == option_id) {
                list.remove(i);
            } else {
                list.push(option_id.to_string());
            }
        } else {
            *list = vec![option_id.to_string()];
        }
        if list.is_empty() {
            self.choices.remove(&option.group);
        }
        true
    }

    /// Removes an option from the choices.
    pub fn unchoose(&mut self, option_id: &str) {
        for list in self.choices.values_mut() {
            list.retain(|o| o != option_id);
        }
        self.choices.retain(|_, v| !v.is_empty());
    }

    /// Drops every id the content does not know (after a data update, or from a foreign
    /// session), and choices that do not apply to the situation. Returns how many were dropped.
    pub fn clean(&mut self, content: &Content) -> usize {
        let mut dropped = 0;
        if self
            .situation
            .as_deref()
            .is_some_and(|s| content.situation(s).is_none())
        {
            self.situation = None;
            dropped += 1;
        }
        if self
            .audience
            .as_deref()
            .is_some_and(|a| content.audience(a).is_none())
        {
            self.audience = None;
            dropped += 1;
        }
        let before = self.marks.len();
        self.marks.retain(|id, _| content.reason(id).is_some());
        dropped += before - self.marks.len();

        let situation = self.situation.clone();
        for (group, list) in self.choices.iter_mut() {
            let before = list.len();
            list.retain(|o| {
                content
                    .option(o)
                    .is_some_and(|opt| &opt.group == group && opt.applies_to(situation.as_deref()))
            });
            if content.group(group).is_some_and(|g| !g.multiple) {
                list.truncate(1);
            }
            dropped += before - list.len();
        }
        self.choices.retain(|_, v| !v.is_empty());

        for r in &mut self.own_reasons {
            let before = r.options_for.len() + r.options_against.len();
            r.options_for.retain(|o| content.option(o).is_some());
            r.options_against.retain(|o| content.option(o).is_some());
            dropped += before - r.options_for.len() - r.options_against.len();
        }
        let before = self.script.parts.len();
        self.script
            .parts
            .retain(|id, _| content.script_part(id).is_some());
        dropped += before - self.script.parts.len();
        dropped
    }
}
