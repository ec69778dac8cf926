//! The matching rules, as data (`data/matcher/regels.toml`).
//!
//! A rule says: for option `optie`, when every condition in `als` holds and none in `niet`, add
//! `gewicht` to its score and show the text — as a reason "waarom dit bij u past"
//! (`soort = "past"`) or as a note "waar u op moet letten" (`soort = "let_op"`). A condition names
//! a question and the answer codes that satisfy it; for questions with more than one answer, any
//! chosen code counts. `niet` says where the evidence stops (e.g. work-focused CBT was not studied
//! in long, severe complaints); an unanswered question never meets a `niet` condition either.
//! A rule for `optie = "algemeen"` is a note for the whole result, not for one option.
//!
//! Every text the result shows comes from a rule (or from the option's own note in the
//! catalogue): the code adds no reasons of its own.
//!
//! Rules marked `voorspeller` state a predictor from the research (work history, confidence,
//! substance use …). They explain and never exclude: they must weigh 0 and cite a source.

use super::antwoorden::{vragen, Antwoorden};
use super::catalogus::{Bron, Catalogus};
use super::Tekst;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

/// The shipped rules, as JSON.
pub const DATA: &str = crate::embedded!("matcher/regels");

/// Reason or note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Soort {
    /// "Waarom dit bij u past".
    Past,
    /// "Waar u op moet letten".
    LetOp,
}

/// The `optie` of a note for the whole result rather than one option.
pub const ALGEMEEN: &str = "algemeen";

/// Another part of the app a rule points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Link {
    /// The disclosure aid "Vertellen of verzwijgen?".
    Vertellen,
    /// The benefit calculator.
    Rekenhulp,
}

impl Link {
    pub fn route(self) -> &'static str {
        match self {
            Link::Vertellen => super::VERTELLEN_LINK,
            Link::Rekenhulp => super::REKENHULP_LINK,
        }
    }
}

/// One rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Regel {
    pub id: String,
    /// An option id, or [`ALGEMEEN`].
    pub optie: String,
    /// Question id → answer codes that satisfy the condition. All conditions must hold.
    pub als: BTreeMap<String, Vec<String>>,
    /// Question id → answer codes of which none may have been chosen.
    pub niet: BTreeMap<String, Vec<String>>,
    pub gewicht: u32,
    pub soort: Soort,
    pub voorspeller: bool,
    pub tekst: Tekst,
    /// A seed line or an https page, with its quote; required for predictors.
    pub bron: Option<Bron>,
    pub link: Option<Link>,
}

/// One condition that held: the question and the codes of the person's answers that matched.
pub type Treffer = (String, Vec<&'static str>);

impl Regel {
    /// Whether the rule applies to these answers, and if so which answers made it apply.
    /// An unanswered question never satisfies a condition.
    pub fn treft(&self, a: &Antwoorden) -> Option<Vec<Treffer>> {
        let mut treffers = Vec::new();
        for (vraag, codes) in &self.als {
            let gekozen: Vec<&'static str> = a
                .codes(vraag)
                .into_iter()
                .filter(|c| codes.iter().any(|k| k == c))
                .collect();
            if gekozen.is_empty() {
                return None;
            }
            treffers.push((vraag.clone(), gekozen));
        }
        for (vraag, codes) in &self.niet {
            if a.codes(vraag).iter().any(|c| codes.iter().any(|k| k == c)) {
                return None;
            }
        }
        Some(treffers)
    }
}

/// All rules.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Regels {
    pub regels: Vec<Regel>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegels {
    regel: Vec<RawRegel>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegel {
    id: String,
    optie: String,
    als: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    niet: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    gewicht: u32,
    soort: Soort,
    #[serde(default)]
    voorspeller: bool,
    nl: String,
    en: String,
    #[serde(default)]
    bron: Option<String>,
    #[serde(default)]
    citaat: String,
    #[serde(default)]
    gelezen: Option<String>,
    #[serde(default)]
    ongeverifieerd: bool,
    #[serde(default)]
    link: Option<Link>,
}

impl Regels {
    /// Parses (JSON, as embedded) and validates the rules against the questions and the
    /// catalogue. All problems are listed.
    pub fn parse(json: &str, catalogus: &Catalogus) -> Result<Regels, Vec<String>> {
        let raw: RawRegels = crate::data::lees(json).map_err(|e| vec![format!("regels: {e}")])?;
        let mut fouten = Vec::new();
        let mut regels = Vec::new();
        for r in raw.regel {
            if r.bron.is_none() && (!r.citaat.is_empty() || r.gelezen.is_some()) {
                fouten.push(format!("regel '{}': een citaat zonder bron", r.id));
            }
            regels.push(Regel {
                id: r.id,
                optie: r.optie,
                als: r.als,
                niet: r.niet,
                gewicht: r.gewicht,
                soort: r.soort,
                voorspeller: r.voorspeller,
                tekst: Tekst::new(r.nl, r.en),
                bron: r.bron.map(|bron| Bron {
                    bron,
                    citaat: r.citaat,
                    gelezen: r.gelezen,
                    ongeverifieerd: r.ongeverifieerd,
                }),
                link: r.link,
            });
        }
        let mut ids = HashSet::new();
        let vragen = vragen();
        for r in &regels {
            let id = &r.id;
            if !ids.insert(id.as_str()) {
                fouten.push(format!("regel '{id}' staat er twee keer in"));
            }
            if r.optie == ALGEMEEN {
                if r.gewicht != 0 {
                    fouten.push(format!("regel '{id}': een algemene notitie weegt 0"));
                }
            } else if catalogus.optie(&r.optie).is_none() {
                fouten.push(format!("regel '{id}': onbekende optie '{}'", r.optie));
            }
            if r.als.is_empty() {
                fouten.push(format!("regel '{id}' heeft geen voorwaarde (als)"));
            }
            for (vraag, codes) in r.als.iter().chain(&r.niet) {
                let Some(v) = vragen.iter().find(|v| v.id == vraag) else {
                    fouten.push(format!("regel '{id}': onbekende vraag '{vraag}'"));
                    continue;
                };
                if codes.is_empty() {
                    fouten.push(format!("regel '{id}': geen antwoorden bij '{vraag}'"));
                }
                for c in codes {
                    if !v.keuzes.iter().any(|k| k.code == c) {
                        fouten.push(format!(
                            "regel '{id}': onbekend antwoord '{c}' bij '{vraag}'"
                        ));
                    }
                }
            }
            if !r.tekst.is_compleet() || r.tekst.nl == r.tekst.en {
                fouten.push(format!("regel '{id}' mist Nederlands of Engels"));
            }
            if r.voorspeller && r.gewicht != 0 {
                fouten.push(format!(
                    "regel '{id}': een voorspeller verklaart alleen en weegt dus 0 (nu {})",
                    r.gewicht
                ));
            }
            if r.soort == Soort::LetOp && r.gewicht != 0 {
                fouten.push(format!("regel '{id}': een let-op-regel weegt 0"));
            }
            if r.soort == Soort::Past && r.gewicht == 0 && !r.voorspeller {
                fouten.push(format!(
                    "regel '{id}': een reden zonder gewicht moet een voorspeller zijn"
                ));
            }
            match &r.bron {
                Some(b) => {
                    if let Some(f) = catalogus.bron_fout(b) {
                        fouten.push(format!("regel '{id}': {f}"));
                    }
                }
                None if r.voorspeller => fouten.push(format!(
                    "regel '{id}': een voorspeller heeft een bron nodig"
                )),
                None => {}
            }
        }
        if fouten.is_empty() {
            Ok(Regels { regels })
        } else {
            Err(fouten)
        }
    }

    /// The rules for one option, in file order.
    pub fn voor<'a>(&'a self, optie: &'a str) -> impl Iterator<Item = &'a Regel> + 'a {
        self.regels.iter().filter(move |r| r.optie == optie)
    }
}

/// The shipped rules, parsed once against the shipped catalogue. Empty if invalid — which the
/// tests forbid.
/// Also empty, without remembering it, while the app has not loaded the matcher's data.
pub fn regels() -> &'static Regels {
    static CELL: OnceLock<Regels> = OnceLock::new();
    static LEEG: OnceLock<Regels> = OnceLock::new();
    match crate::data::bestand("matcher/regels") {
        Some(json) if crate::data::bundel_er("begeleiding") => {
            CELL.get_or_init(|| Regels::parse(json, super::catalogus()).unwrap_or_default())
        }
        _ => LEEG.get_or_init(Regels::default),
    }
}
