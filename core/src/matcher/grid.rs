//! The Option Grid: two or three options side by side in one printable table, whose rows are the
//! questions people ask (../shared/reference/anchors.md, "Option Grid").

use super::antwoorden::Antwoorden;
use super::catalogus::{catalogus, Bron, Catalogus, Optie};
use super::{Label, Tekst};
use serde::Serialize;

/// A column: one option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GridKolom {
    pub id: String,
    pub naam: Tekst,
    pub kort: Tekst,
}

/// A cell: the answer for one option, with its sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GridCel {
    /// Paragraphs, in order.
    pub tekst: Vec<Tekst>,
    pub bronnen: Vec<Bron>,
}

/// A row: one question people ask, with one cell per column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GridRij {
    pub id: &'static str,
    pub vraag: Label,
    pub cellen: Vec<GridCel>,
}

/// The whole table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OptionGrid {
    pub titel: Label,
    pub kolommen: Vec<GridKolom>,
    pub rijen: Vec<GridRij>,
    /// Footnotes printed under the table (e.g. the way back per benefit).
    pub voetnoten: Vec<Tekst>,
    /// When the content was last checked.
    pub stand: Tekst,
}

/// The rows, in order: the questions people ask.
pub const RIJEN: [(&str, Label); 7] = [
    (
        "wat_gebeurt",
        Label {
            nl: "Wat gebeurt er?",
            en: "What happens?",
        },
    ),
    (
        "duur",
        Label {
            nl: "Hoe lang duurt het en hoe vaak?",
            en: "How long does it take, and how often?",
        },
    ),
    (
        "kans_werk",
        Label {
            nl: "Hoeveel kans op (betaald) werk? Uit welk onderzoek?",
            en: "What is the chance of (paid) work? From which study?",
        },
    ),
    (
        "wie_betaalt",
        Label {
            nl: "Wie betaalt?",
            en: "Who pays?",
        },
    ),
    (
        "werkgever",
        Label {
            nl: "Moet ik het mijn werkgever vertellen?",
            en: "Do I have to tell my employer?",
        },
    ),
    (
        "uitkering",
        Label {
            nl: "Kan ik terug naar mijn uitkering als het niet lukt?",
            en: "Can I go back to my benefit if it does not work out?",
        },
    ),
    (
        "aanvragen",
        Label {
            nl: "Hoe vraag ik erom?",
            en: "How do I ask for it?",
        },
    ),
];

fn cel(tekst: Vec<Tekst>, bronnen: Vec<Bron>) -> GridCel {
    GridCel { tekst, bronnen }
}

fn kans_werk(o: &Optie) -> GridCel {
    let mut tekst = Vec::new();
    let mut bronnen = Vec::new();
    for c in o.kans_op_werk() {
        tekst.push(Tekst::new(
            format!("{} Gemeten bij: {}.", c.tekst.nl, c.groep.nl),
            format!("{} Measured in: {}.", c.tekst.en, c.groep.en),
        ));
        bronnen.push(c.bron.clone());
    }
    if tekst.is_empty() {
        tekst.push(Tekst::new(
            "Onze bronnen hebben hierover geen cijfers.",
            "Our sources have no numbers on this.",
        ));
    }
    let label = o.bewijs.label();
    if o.bewijs_werk || !o.bewijs.zegt_effect() {
        tekst.push(Tekst::new(
            format!("Bewijs: {}.", label.nl),
            format!("Evidence: {}.", label.en),
        ));
    } else {
        // A rating about something else (own goals, fitness, studies) is named first, then
        // said not to be a rating of the chance of work.
        tekst.push(Tekst::new(
            format!(
                "Oordeel van deskundigen: ‘{}’. Dat oordeel gaat over het doel van deze begeleiding, niet over de kans op werk. Zie ‘Alles over {}’.",
                label.nl.to_lowercase(),
                o.naam.nl
            ),
            format!(
                "Experts' rating: ‘{}’. That rating is about the aim of this support, not about the chance of work. See ‘All about {}’.",
                label.en.to_lowercase(),
                o.naam.en
            ),
        ));
    }
    cel(tekst, bronnen)
}

fn wie_betaalt(o: &Optie, a: Option<&Antwoorden>) -> GridCel {
    let mut tekst: Vec<Tekst> = o
        .wie_betaalt(a)
        .into_iter()
        .map(|b| b.tekst.clone())
        .collect();
    tekst.push(o.betaling_stand.clone());
    cel(tekst, Vec::new())
}

fn werkgever(o: &Optie) -> GridCel {
    let mut tekst = vec![o.openheid.clone()];
    if o.werkplek {
        tekst.push(Tekst::new(
            "Twijfelt u wat u vertelt? Gebruik de hulp 'Vertellen of verzwijgen?'.",
            "Unsure what to tell? Use the aid 'To tell or not to tell?'.",
        ));
    }
    cel(tekst, Vec::new())
}

fn uitkering(o: &Optie, c: &Catalogus, a: Option<&Antwoorden>) -> GridCel {
    let mut tekst = vec![o.uitkering.clone(), o.misgaan.clone()];
    let mut bronnen = Vec::new();
    if let Some(t) = a
        .and_then(|a| a.uitkering)
        .and_then(|u| c.terugval(u.code()))
    {
        tekst.push(t.tekst.clone());
        bronnen.push(t.bron.clone());
    }
    cel(tekst, bronnen)
}

/// Builds the Option Grid for two or three options of a catalogue. With answers, "who pays" and
/// "back to my benefit" are made specific to the person's benefit and situation.
pub fn option_grid_met(
    c: &Catalogus,
    ids: &[&str],
    a: Option<&Antwoorden>,
) -> Result<OptionGrid, String> {
    if !(2..=3).contains(&ids.len()) {
        return Err(format!(
            "Kies twee of drie vormen van begeleiding om te vergelijken (nu {}).",
            ids.len()
        ));
    }
    let mut opties = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        if ids[..i].contains(id) {
            return Err(format!("'{id}' staat twee keer in de vergelijking."));
        }
        opties.push(
            c.optie(id)
                .ok_or_else(|| format!("Onbekende begeleiding '{id}'."))?,
        );
    }
    let rijen = RIJEN
        .iter()
        .map(|&(id, vraag)| GridRij {
            id,
            vraag,
            cellen: opties
                .iter()
                .map(|o| match id {
                    "wat_gebeurt" => cel(vec![o.wat_gebeurt.clone()], o.bronnen.clone()),
                    "duur" => cel(vec![o.duur.clone()], Vec::new()),
                    "kans_werk" => kans_werk(o),
                    "wie_betaalt" => wie_betaalt(o, a),
                    "werkgever" => werkgever(o),
                    "uitkering" => uitkering(o, c, a),
                    _ => cel(vec![o.aanvragen.clone()], Vec::new()),
                })
                .collect(),
        })
        .collect();
    let mut voetnoten = vec![Tekst::new(
        "De cijfers komen uit verschillende onderzoeken met verschillende groepen mensen. Vergelijk ze daarom voorzichtig. Niemand kan u een uitkomst beloven.",
        "The numbers come from different studies with different groups of people. So compare them with care. Nobody can promise you an outcome.",
    )];
    if a.and_then(|a| a.uitkering).is_none() {
        voetnoten.extend(c.terugval.iter().map(|t| t.tekst.clone()));
    }
    Ok(OptionGrid {
        titel: Label {
            nl: "Vergelijking van begeleiding",
            en: "Comparison of support",
        },
        kolommen: opties
            .iter()
            .map(|o| GridKolom {
                id: o.id.clone(),
                naam: o.naam.clone(),
                kort: o.kort.clone(),
            })
            .collect(),
        rijen,
        voetnoten,
        stand: c.stand.clone(),
    })
}

/// The Option Grid for two or three options of the shipped catalogue.
pub fn option_grid(ids: &[&str], a: Option<&Antwoorden>) -> Result<OptionGrid, String> {
    option_grid_met(catalogus(), ids, a)
}
