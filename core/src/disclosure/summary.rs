//! "Mijn afweging": everything the one-page summary shows, gathered from the answers and the
//! content. The UI lays it out for A4; this module decides what is on it.

use super::answers::Answers;
use super::content::Content;
use super::script::assemble;
use super::sure::{change_text, sure_change, SureChange, SureScore};
use super::weighing::{weighing, Weighing};
use crate::Tekst;
use serde::{Deserialize, Serialize};

/// The options chosen in one group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryChoice {
    pub group_id: String,
    /// The group's short first-person label ("Aan wie:"), not its question.
    pub group_title: Tekst,
    /// `(option id, label)`, in the order chosen.
    pub options: Vec<(String, Tekst)>,
}

/// A right as listed on the summary (title and the date it was checked).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryRight {
    pub id: String,
    pub title: Tekst,
    pub checked: String,
}

/// A next step as listed on the summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryStep {
    pub id: String,
    pub label: Tekst,
    pub route: Option<String>,
}

/// The data of "Mijn afweging".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub title: Tekst,
    pub situation: Option<Tekst>,
    pub audience: Option<Tekst>,
    pub sure_before: SureScore,
    pub sure_after: SureScore,
    pub sure_change: SureChange,
    /// The sentence for the change, when both tests are complete.
    pub sure_change_text: Option<Tekst>,
    /// What matters on each side (no verdict).
    pub weighing: Weighing,
    /// The chosen options per group, in group order; groups without a choice are left out.
    pub choices: Vec<SummaryChoice>,
    /// What the person must keep in mind whatever they chose: the situation's note (on sick
    /// leave, the duties that stay) and the notes of the chosen options for the situation, each
    /// once.
    pub let_op: Vec<Tekst>,
    /// The assembled message ("" when none was written).
    pub message: String,
    /// The rights for the situation (titles), so the person can look them up again.
    pub rights: Vec<SummaryRight>,
    pub next_steps: Vec<SummaryStep>,
    /// "De keuze is aan u", "Niet vertellen is ook een goede keuze", "U kunt later …".
    pub statements: Vec<Tekst>,
    /// IPDAS: production date, update policy, funding, interests.
    pub production_date: String,
    pub update_policy: Tekst,
    pub funding: Tekst,
    pub interests: Tekst,
}

/// Builds the summary from the answers.
pub fn summary(content: &Content, answers: &Answers) -> Summary {
    let situation = answers.situation();
    let choices = content
        .groups
        .iter()
        .filter_map(|g| {
            let options: Vec<(String, Tekst)> = answers
                .chosen(&g.id)
                .iter()
                .filter_map(|id| content.option(id))
                .filter(|o| o.applies_to(situation))
                .map(|o| (o.id.clone(), o.label.clone()))
                .collect();
            (!options.is_empty()).then(|| SummaryChoice {
                group_id: g.id.clone(),
                group_title: g.label.clone(),
                options,
            })
        })
        .collect();
    let mut let_op: Vec<Tekst> = Vec::new();
    let mut add = |t: &Tekst| {
        if !let_op.contains(t) {
            let_op.push(t.clone());
        }
    };
    if let Some(n) = situation
        .and_then(|s| content.situation(s))
        .and_then(|s| s.let_op.as_ref())
    {
        add(&n.text);
    }
    if situation.is_some() {
        for g in &content.groups {
            for o in answers
                .chosen(&g.id)
                .iter()
                .filter_map(|id| content.option(id))
            {
                for n in o.notes_for(situation) {
                    add(&n.text);
                }
            }
        }
    }
    let rights = situation
        .map(|s| content.rights_for(s))
        .unwrap_or_default()
        .into_iter()
        .map(|r| SummaryRight {
            id: r.id.clone(),
            title: r.title.clone(),
            checked: r.checked.clone(),
        })
        .collect();
    let change = sure_change(&answers.sure_before, &answers.sure_after);
    let st = &content.statements;
    Summary {
        title: content.meta.title.clone(),
        situation: situation
            .and_then(|s| content.situation(s))
            .map(|s| s.label.clone()),
        audience: answers
            .audience
            .as_deref()
            .and_then(|a| content.audience(a))
            .map(|a| a.label.clone()),
        sure_before: answers.sure_before.score(),
        sure_after: answers.sure_after.score(),
        sure_change_text: change_text(content, &change),
        sure_change: change,
        weighing: weighing(content, answers),
        choices,
        let_op,
        message: assemble(content, answers),
        rights,
        next_steps: content
            .next_steps
            .iter()
            .map(|n| SummaryStep {
                id: n.id.clone(),
                label: n.label.clone(),
                route: n.route.clone(),
            })
            .collect(),
        statements: vec![
            st.choice_is_yours.clone(),
            st.not_telling_ok.clone(),
            st.can_change.clone(),
        ],
        production_date: content.meta.production_date.clone(),
        update_policy: content.meta.update_policy.clone(),
        funding: content.meta.funding.clone(),
        interests: content.meta.interests.clone(),
    }
}
