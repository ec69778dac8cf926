//! Ranking: the rules from data plus two small, named principles.
//!
//! Every option of the catalogue is in the result (the person can always see the whole
//! catalogue); the fitting ones (`passend`) come first, by score, then in catalogue order. Every
//! reason and note comes from a rule in `data/matcher/regels.toml` (or is the option's own note
//! from the catalogue): this code adds no text of its own.

use super::antwoorden::{Antwoorden, Doel, Ggz};
use super::catalogus::{catalogus, Bron, Catalogus, Optie};
use super::regels::{regels, Regel, Regels, Soort, Treffer, ALGEMEEN};
use super::{Taal, Tekst, VERTELLEN_LINK};
use serde::Serialize;

/// An option with this score or more is shown as fitting ("past bij u").
pub const DREMPEL: u32 = 20;

/// One of the person's answers that a reason rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Spoor {
    /// Question id.
    pub vraag: String,
    /// Answer code.
    pub antwoord: String,
    /// The answer as the person saw it.
    pub label: Tekst,
}

/// A reason "waarom dit bij u past" or a note "waar u op moet letten", traced to the answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reden {
    /// The rule id (stable; tests and the UI may refer to it).
    pub regel: String,
    pub tekst: Tekst,
    /// The answers that made this rule apply.
    pub antwoorden: Vec<Spoor>,
    pub bron: Option<Bron>,
    /// An app route to follow, e.g. the disclosure aid.
    pub link: Option<&'static str>,
}

impl Reden {
    /// The text followed by the answers it rests on: "… (U koos: "Betaald werk vinden".)"
    pub fn met_antwoorden(&self, taal: Taal) -> String {
        if self.antwoorden.is_empty() {
            return self.tekst.get(taal).to_string();
        }
        let labels: Vec<String> = self
            .antwoorden
            .iter()
            .map(|s| {
                format!(
                    "\u{201c}{}\u{201d}",
                    s.label.get(taal).trim_end_matches('.')
                )
            })
            .collect();
        let koos = match taal {
            Taal::Nl => "U koos",
            Taal::En => "You chose",
        };
        format!("{} ({koos}: {}.)", self.tekst.get(taal), labels.join("; "))
    }
}

/// The result for one option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OptieUitslag {
    pub id: String,
    pub naam: Tekst,
    pub kort: Tekst,
    pub passend: bool,
    pub score: u32,
    /// "Waarom dit bij u past".
    pub redenen: Vec<Reden>,
    /// "Waar u op moet letten": notes from the answers, then the option's general note.
    pub let_op: Vec<Reden>,
    /// Involves the workplace (and so some openness).
    pub werkplek: bool,
    /// The disclosure aid, for options that involve the workplace.
    pub vertellen_link: Option<&'static str>,
}

/// The ranked result: every option of the catalogue, fitting ones first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Uitslag {
    pub opties: Vec<OptieUitslag>,
    /// Notes for the whole result (not tied to one option).
    pub algemeen: Vec<Reden>,
}

/// The command-line form: `{"opties": [{"id", "passend", "redenen": ["…"], "bronnen": […]}]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CliUitslag {
    pub opties: Vec<CliOptie>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CliOptie {
    pub id: String,
    pub passend: bool,
    pub redenen: Vec<String>,
    /// The sources of the reasons, in their order, each once.
    pub bronnen: Vec<CliBron>,
}

/// A source on the command line: as a reader finds it (a document's title, maker, year and page;
/// a web page's address) and, for whoever maintains the content, the citation itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CliBron {
    pub bron: String,
    pub verwijzing: String,
}

impl CliBron {
    fn van(b: &Bron, taal: Taal) -> CliBron {
        CliBron {
            bron: crate::citaat::leesbaar(&b.bron, taal).unwrap_or_else(|| b.bron.clone()),
            verwijzing: b.bron.clone(),
        }
    }
}

impl Uitslag {
    /// The compact command-line form, in one language.
    pub fn cli(&self, taal: Taal) -> CliUitslag {
        CliUitslag {
            opties: self
                .opties
                .iter()
                .map(|o| {
                    let mut bronnen: Vec<CliBron> = Vec::new();
                    for b in o.redenen.iter().filter_map(|r| r.bron.as_ref()) {
                        if !bronnen.iter().any(|c| c.verwijzing == b.bron) {
                            bronnen.push(CliBron::van(b, taal));
                        }
                    }
                    CliOptie {
                        id: o.id.clone(),
                        passend: o.passend,
                        redenen: o.redenen.iter().map(|r| r.met_antwoorden(taal)).collect(),
                        bronnen,
                    }
                })
                .collect(),
        }
    }

    pub fn optie(&self, id: &str) -> Option<&OptieUitslag> {
        self.opties.iter().find(|o| o.id == id)
    }

    /// The fitting options, in rank order.
    pub fn passend(&self) -> impl Iterator<Item = &OptieUitslag> {
        self.opties.iter().filter(|o| o.passend)
    }
}

/// IPS is zero exclusion: anyone in GGZ care (or waiting for it) who wants paid work can take
/// part (004_24eb8d71a2b8b69e.txt:140-141; 001_c330f0dc3297d9c7.txt:1239). Nothing else is asked.
/// The rules give the reason (`ips-ggz-betaald-werk`, `ips-wachtlijst`); this makes sure IPS is
/// shown as fitting whatever else the rules say.
pub fn nul_uitsluiting(a: &Antwoorden) -> bool {
    a.doel == Some(Doel::BetaaldWerk) && matches!(a.ggz, Some(Ggz::Ja | Ggz::Wachtlijst))
}

fn spoor(treffers: &[Treffer]) -> Vec<Spoor> {
    treffers
        .iter()
        .flat_map(|(vraag, codes)| {
            codes.iter().map(move |c| Spoor {
                vraag: vraag.clone(),
                antwoord: c.to_string(),
                label: Antwoorden::label(vraag, c)
                    .map(|l| l.tekst())
                    .unwrap_or_default(),
            })
        })
        .collect()
}

fn reden(regel: &Regel, treffers: &[Treffer]) -> Reden {
    Reden {
        regel: regel.id.clone(),
        tekst: regel.tekst.clone(),
        antwoorden: spoor(treffers),
        bron: regel.bron.clone(),
        link: regel.link.map(|l| l.route()),
    }
}

/// Scores one option: the weights of the rules that apply, the reasons and notes they give.
pub fn beoordeel(optie: &Optie, regels: &Regels, a: &Antwoorden) -> OptieUitslag {
    let mut score = 0;
    let mut redenen = Vec::new();
    let mut let_op = Vec::new();
    for regel in regels.voor(&optie.id) {
        if let Some(treffers) = regel.treft(a) {
            score += regel.gewicht;
            match regel.soort {
                Soort::Past => redenen.push(reden(regel, &treffers)),
                Soort::LetOp => let_op.push(reden(regel, &treffers)),
            }
        }
    }
    let passend = score >= DREMPEL || (optie.id == "ips" && nul_uitsluiting(a));
    let_op.push(Reden {
        regel: format!("{}-algemeen", optie.id),
        tekst: optie.let_op.clone(),
        antwoorden: Vec::new(),
        bron: None,
        link: None,
    });
    OptieUitslag {
        id: optie.id.clone(),
        naam: optie.naam.clone(),
        kort: optie.kort.clone(),
        passend,
        score,
        redenen,
        let_op,
        werkplek: optie.werkplek,
        vertellen_link: optie.werkplek.then_some(VERTELLEN_LINK),
    }
}

/// Ranks a catalogue with a set of rules.
pub fn rangschik_met(catalogus: &Catalogus, regels: &Regels, a: &Antwoorden) -> Uitslag {
    let mut opties: Vec<(usize, OptieUitslag)> = catalogus
        .opties
        .iter()
        .enumerate()
        .map(|(i, o)| (i, beoordeel(o, regels, a)))
        .collect();
    opties.sort_by(|(i, x), (j, y)| {
        y.passend
            .cmp(&x.passend)
            .then(y.score.cmp(&x.score))
            .then(i.cmp(j))
    });
    Uitslag {
        opties: opties.into_iter().map(|(_, o)| o).collect(),
        algemeen: regels
            .voor(ALGEMEEN)
            .filter_map(|r| r.treft(a).map(|t| reden(r, &t)))
            .collect(),
    }
}

/// Ranks the shipped catalogue for these answers.
pub fn rangschik(a: &Antwoorden) -> Uitslag {
    rangschik_met(catalogus(), regels(), a)
}
