//! What the matcher's screen shows, worded in the language asked: the questions with their
//! options and the current answer, the result (every option, the fitting ones ranked, with their
//! traced reasons), the Option Grid, and the summary for "Mijn plan". The shell only renders this;
//! its fixed labels (headings, buttons) stay in its own catalogue.

use super::{State, MAX_VERGELIJK};
use crate::matcher::catalogus::datum_voluit;
use crate::matcher::{
    catalogus, option_grid, rangschik, Antwoorden, Bron, Optie, OptieUitslag, Reden, Vraag,
};
use crate::{tekst, Taal};

/// One answer option of a question.
#[derive(Debug, Clone, PartialEq)]
pub struct KeuzeView {
    pub code: &'static str,
    pub label: &'static str,
    pub gekozen: bool,
}

/// One question with its options and the current answer.
#[derive(Debug, Clone, PartialEq)]
pub struct VraagView {
    pub id: &'static str,
    /// 1 to 10, as shown before the question.
    pub nummer: usize,
    pub vraag: &'static str,
    pub uitleg: &'static str,
    /// Checkboxes (more than one) or radio buttons (one).
    pub meerdere: bool,
    pub keuzes: Vec<KeuzeView>,
    /// Glossary ids of the words in the choices that the screen explains in place.
    pub begrippen: &'static [&'static str],
    pub beantwoord: bool,
}

/// A reason or a note, with the answers it rests on, its source and a route to follow.
#[derive(Debug, Clone, PartialEq)]
pub struct RedenView {
    /// "… (U koos: “Betaald werk vinden”.)"
    pub tekst: String,
    pub bron: Option<Bron>,
    /// An app route (`#/vertellen`, `#/rekenhulp`).
    pub link: Option<&'static str>,
}

impl RedenView {
    fn van(r: &Reden, taal: Taal) -> RedenView {
        RedenView {
            tekst: r.met_antwoorden(taal),
            bron: r.bron.clone(),
            link: r.link,
        }
    }
}

/// One option of the result.
#[derive(Debug, Clone, PartialEq)]
pub struct OptieView {
    pub id: String,
    pub naam: String,
    pub kort: String,
    /// "Nummer 1" for the fitting options, in rank order; none for the others.
    pub rang: Option<String>,
    /// Why it fits (or, for an option that does not fit, what of it matches the answers).
    pub redenen: Vec<RedenView>,
    pub let_op: Vec<RedenView>,
    /// The fold-out "Alles over …" with everything about the option.
    pub detail: DetailView,
    /// "Vergelijken: IPS".
    pub vergelijk_label: String,
    /// Chosen for the comparison.
    pub gekozen: bool,
    /// Just refused as a fourth for the comparison.
    pub geweigerd: bool,
}

/// A number from research, with the group it was measured in and its source.
#[derive(Debug, Clone, PartialEq)]
pub struct CijferView {
    pub tekst: String,
    /// The group, without a full stop at the end.
    pub groep: String,
    pub bron: Bron,
}

/// Everything about one option (the fold-out under its card).
#[derive(Debug, Clone, PartialEq)]
pub struct DetailView {
    /// "Alles over IPS".
    pub titel: String,
    pub wat_gebeurt: String,
    pub voor_wie: String,
    pub duur: String,
    pub doel: String,
    pub aanbieder: String,
    pub aanvragen: String,
    /// Who pays: the lines that fit the answers (or all when none fits specifically).
    pub betaalt: Vec<String>,
    /// When the payment facts were true.
    pub betaling_stand: String,
    /// The evidence level ("Sterk bewijs") and what it rests on.
    pub bewijs: &'static str,
    pub bewijs_uitleg: String,
    pub cijfers: Vec<CijferView>,
    /// Involves the workplace (links to the disclosure aid and the calculator).
    pub werkplek: bool,
    pub openheid: String,
    pub misgaan: String,
    pub uitkering: String,
    pub bronnen: Vec<Bron>,
}

impl DetailView {
    fn van(o: &Optie, a: &Antwoorden, taal: Taal) -> DetailView {
        let t = |x: &crate::Tekst| x.get(taal).to_string();
        DetailView {
            titel: tekst!(taal, "Alles over {}", "All about {}", o.naam.get(taal)),
            wat_gebeurt: t(&o.wat_gebeurt),
            voor_wie: t(&o.voor_wie),
            duur: t(&o.duur),
            doel: t(&o.doel),
            aanbieder: t(&o.aanbieder),
            aanvragen: t(&o.aanvragen),
            betaalt: o.wie_betaalt(Some(a)).iter().map(|b| t(&b.tekst)).collect(),
            betaling_stand: t(&o.betaling_stand),
            bewijs: o.bewijs.label().get(taal),
            bewijs_uitleg: t(&o.bewijs_uitleg),
            cijfers: o
                .cijfers
                .iter()
                .map(|c| CijferView {
                    tekst: t(&c.tekst),
                    groep: c.groep.get(taal).trim_end_matches('.').to_string(),
                    bron: c.bron.clone(),
                })
                .collect(),
            werkplek: o.werkplek,
            openheid: t(&o.openheid),
            misgaan: t(&o.misgaan),
            uitkering: t(&o.uitkering),
            bronnen: o.bronnen.clone(),
        }
    }
}

/// "Over deze lijst": when the content was checked, how it is kept up to date, who paid and how
/// it was made (the catalogue's `meta`).
#[derive(Debug, Clone, PartialEq)]
pub struct OverView {
    /// "4 december 2026".
    pub nagekeken: String,
    pub bijwerken: String,
    /// Who paid, and their interests.
    pub betaald: String,
    pub gemaakt: String,
    pub geen_advies: String,
}

impl OverView {
    fn nu(taal: Taal) -> OverView {
        let m = &catalogus().meta;
        OverView {
            nagekeken: datum_voluit(&m.production_date, taal)
                .unwrap_or_else(|| m.production_date.clone()),
            bijwerken: m.update_policy.get(taal).to_string(),
            betaald: format!("{} {}", m.funding.get(taal), m.interests.get(taal)),
            gemaakt: m.developed.get(taal).to_string(),
            geen_advies: m.not_advice.get(taal).to_string(),
        }
    }
}

/// A row of the Option Grid: the question and one cell (paragraphs and sources) per option.
#[derive(Debug, Clone, PartialEq)]
pub struct GridRijView {
    pub id: &'static str,
    pub vraag: &'static str,
    pub cellen: Vec<(Vec<String>, Vec<Bron>)>,
}

/// The Option Grid of the options chosen (two or three).
#[derive(Debug, Clone, PartialEq)]
pub struct GridView {
    pub titel: &'static str,
    pub kolommen: Vec<String>,
    pub rijen: Vec<GridRijView>,
    pub voetnoten: Vec<String>,
    pub stand: String,
}

/// Everything the matcher's screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    pub vragen: Vec<VraagView>,
    /// "U beantwoordde 2 van de 10 vragen."
    pub beantwoord: String,
    /// At least one question has an answer ("Alle antwoorden wissen" is offered).
    pub iets_beantwoord: bool,
    /// One line that says how many options fit and which one is at the top.
    pub status: String,
    /// Notes for everyone with these answers (not about one option).
    pub algemeen: Vec<RedenView>,
    /// The fitting options, best first.
    pub passend: Vec<OptieView>,
    /// Every other option of the catalogue, never hidden.
    pub overig: Vec<OptieView>,
    /// The options chosen for the comparison (id, name), in the order chosen.
    pub vergelijk: Vec<(String, String)>,
    /// "U koos 2 van de 3."
    pub vergelijk_aantal: String,
    /// A fourth option was just refused.
    pub geweigerd: bool,
    /// The Option Grid, once two or three options are chosen.
    pub grid: Option<GridView>,
    pub over: OverView,
}

/// What "Mijn plan" shows of the matcher.
#[derive(Debug, Clone, PartialEq)]
pub enum Samenvatting {
    /// Two or three options compared: the grid (without sources, to keep the page short).
    Grid(GridView),
    /// Otherwise: the best fitting options (at most three) with their first reason, and the
    /// names of the options chosen to compare.
    Top {
        opties: Vec<(String, String)>,
        vergelijk: Vec<String>,
    },
}

fn vraag_view(v: Vraag, nummer: usize, state: &State, taal: Taal) -> VraagView {
    let gekozen = state.antwoorden.codes(v.id);
    VraagView {
        id: v.id,
        nummer,
        vraag: v.vraag.get(taal),
        uitleg: v.uitleg.get(taal),
        meerdere: v.meerdere,
        keuzes: v
            .keuzes
            .iter()
            .map(|k| KeuzeView {
                code: k.code,
                label: k.label.get(taal),
                gekozen: gekozen.contains(&k.code),
            })
            .collect(),
        begrippen: v.begrippen,
        beantwoord: !gekozen.is_empty(),
    }
}

fn grid_view(state: &State, taal: Taal) -> Option<GridView> {
    let ids: Vec<&str> = state.vergelijk.iter().map(String::as_str).collect();
    let g = option_grid(&ids, Some(&state.antwoorden)).ok()?;
    Some(GridView {
        titel: g.titel.get(taal),
        kolommen: g
            .kolommen
            .iter()
            .map(|k| k.naam.get(taal).to_string())
            .collect(),
        rijen: g
            .rijen
            .iter()
            .map(|r| GridRijView {
                id: r.id,
                vraag: r.vraag.get(taal),
                cellen: r
                    .cellen
                    .iter()
                    .map(|c| {
                        let tekst = c.tekst.iter().map(|t| t.get(taal).to_string()).collect();
                        (tekst, c.bronnen.clone())
                    })
                    .collect(),
            })
            .collect(),
        voetnoten: g
            .voetnoten
            .iter()
            .map(|t| t.get(taal).to_string())
            .collect(),
        stand: g.stand.get(taal).to_string(),
    })
}

fn vergelijk_namen(state: &State, taal: Taal) -> Vec<(String, String)> {
    state
        .vergelijk
        .iter()
        .filter_map(|id| catalogus().optie(id))
        .map(|o| (o.id.clone(), o.naam.get(taal).to_string()))
        .collect()
}

impl State {
    /// Everything the screen shows, in `taal`.
    pub fn view(&self, taal: Taal) -> View {
        let uitslag = rangschik(&self.antwoorden);
        // Every option of the result is one of the catalogue's.
        let optie = |o: &OptieUitslag, rang: Option<usize>| {
            let naam = o.naam.get(taal).to_string();
            let detail = DetailView::van(catalogus().optie(&o.id)?, &self.antwoorden, taal);
            Some(OptieView {
                id: o.id.clone(),
                kort: o.kort.get(taal).to_string(),
                rang: rang.map(|n| tekst!(taal, "Nummer {}", "Number {}", n)),
                redenen: o.redenen.iter().map(|r| RedenView::van(r, taal)).collect(),
                let_op: o.let_op.iter().map(|r| RedenView::van(r, taal)).collect(),
                detail,
                vergelijk_label: tekst!(taal, "Vergelijken: {}", "Compare: {}", naam),
                gekozen: self.vergelijk.contains(&o.id),
                geweigerd: self.geweigerd.as_ref() == Some(&o.id),
                naam,
            })
        };
        let passend: Vec<OptieView> = uitslag
            .passend()
            .enumerate()
            .filter_map(|(i, o)| optie(o, Some(i + 1)))
            .collect();
        let overig = uitslag
            .opties
            .iter()
            .filter(|o| !o.passend)
            .filter_map(|o| optie(o, None))
            .collect();
        let vragen: Vec<VraagView> = crate::matcher::vragen()
            .into_iter()
            .enumerate()
            .map(|(i, v)| vraag_view(v, i + 1, self, taal))
            .collect();
        let n = self.antwoorden.beantwoord();
        let status = match passend.first() {
            _ if n == 0 => tekst!(
                taal,
                "U heeft nog geen vragen beantwoord. Daarom past nog niets in het bijzonder bij u. Hieronder staan alle vormen van begeleiding.",
                "You have not answered any questions yet. So nothing suits you in particular yet. Below are all kinds of support."
            ),
            None => tekst!(
                taal,
                "Bij uw antwoorden past nog niets duidelijk. Dat zegt niets over u. Bekijk hieronder alle vormen van begeleiding.",
                "Nothing clearly fits your answers yet. That says nothing about you. Look at all kinds of support below."
            ),
            Some(top) => {
                let aantal = match passend.len() {
                    1 => tekst!(
                        taal,
                        "1 vorm van begeleiding past bij uw antwoorden.",
                        "1 kind of support fits your answers."
                    ),
                    p => tekst!(
                        taal,
                        "{} vormen van begeleiding passen bij uw antwoorden.",
                        "{} kinds of support fit your answers.",
                        p
                    ),
                };
                let boven = tekst!(taal, "Bovenaan staat: {}.", "At the top: {}.", top.naam);
                format!("{aantal} {boven}")
            }
        };
        View {
            beantwoord: tekst!(
                taal,
                "U beantwoordde {} van de {} vragen.",
                "You answered {} of the {} questions.",
                n,
                vragen.len()
            ),
            iets_beantwoord: n > 0,
            vragen,
            status,
            algemeen: uitslag
                .algemeen
                .iter()
                .map(|r| RedenView::van(r, taal))
                .collect(),
            passend,
            overig,
            vergelijk: vergelijk_namen(self, taal),
            vergelijk_aantal: tekst!(
                taal,
                "U koos {} van de {}.",
                "You chose {} of {}.",
                self.vergelijk.len(),
                MAX_VERGELIJK
            ),
            geweigerd: self.geweigerd.is_some(),
            grid: grid_view(self, taal),
            over: OverView::nu(taal),
        }
    }

    /// What "Mijn plan" shows of the matcher, in `taal`.
    pub fn samenvatting(&self, taal: Taal) -> Samenvatting {
        if let Some(grid) = grid_view(self, taal) {
            return Samenvatting::Grid(grid);
        }
        let uitslag = rangschik(&self.antwoorden);
        Samenvatting::Top {
            opties: uitslag
                .passend()
                .take(3)
                .map(|o| {
                    let reden = o.redenen.first().map(|r| r.tekst.get(taal)).unwrap_or("");
                    (o.naam.get(taal).to_string(), reden.to_string())
                })
                .collect(),
            vergelijk: vergelijk_namen(self, taal)
                .into_iter()
                .map(|(_, naam)| naam)
                .collect(),
        }
    }
}
