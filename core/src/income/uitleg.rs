//! Result lines with their explanation ("waarom?"). The explanation of a line is written next to
//! the rule that computes it (`bijstand::uitleg`, `zorgtoeslag::uitleg`, …), as OpenFisca keeps a
//! variable's label, formula and reference together; every number in it is read from the
//! parameters. This module only puts the lines together: a line's parameters are what its
//! formula read ([`Maand::gelezen`]) plus what its explanation read, recorded by [`Lees`], never a
//! list kept by hand.

use super::parameters::{Gelezen, Lees, Ppm};
use super::reken::{Invoer, Maand};
use super::scenario::{euro, Uitkering, Uren};
use super::{bijstand, huurtoeslag, kinderbijslag, kindgebonden_budget, loonheffing};
use super::{wajong, wga, ww, ziektewet, zorgtoeslag};
use crate::money::Cents;
use crate::{tekst, Taal};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// One line of a month: an amount per month with its explanation and provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lijn {
    /// `nettoloon`, `uitkering`, `partner`, `zorgtoeslag`, `huurtoeslag`, `kindgebonden_budget`,
    /// `kinderbijslag` or `gemeentelijk`.
    pub id: String,
    /// Label for the screen, in the language asked for.
    pub naam: String,
    /// Per month.
    #[serde(with = "euro")]
    pub bedrag: Cents,
    /// The rule in one sentence, with its numbers from the parameters.
    #[serde(default)]
    pub kort: String,
    /// Why this amount, in plain language (Dutch or English, as asked for).
    pub uitleg: String,
    /// Ids of the rules used (see `regels` in the result for their sources).
    pub regels: Vec<Cow<'static, str>>,
    /// Ids of the parameters used (see `bronnen` in the result): what the formula and the
    /// explanation read.
    pub parameters: Vec<Cow<'static, str>>,
    /// Uses a value that is not yet confirmed.
    pub voorlopig: bool,
    /// The amount could not be estimated (it is left out of the total, and the explanation says
    /// why): for instance huurtoeslag when the income of the people you live with is unknown.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub niet_geschat: bool,
}

/// A line's "waarom?" without repeats: the sentences that hold with and without work once, then
/// what differs, in labelled parts (issue 16 point 5).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Waarom {
    /// Sentences that are the same with and without work.
    pub beide: Vec<String>,
    /// Only without work.
    pub zonder: Vec<String>,
    /// Only with work.
    pub met: Vec<String>,
}

/// The sentences of an explanation: split after ". ", "? " or "! " where a capital letter
/// follows ("art. 2:40" and "€ 1.234,56" stay whole).
pub fn zinnen(tekst: &str) -> Vec<&str> {
    let mut uit = Vec::new();
    let mut begin = 0;
    let b = tekst.as_bytes();
    for (i, c) in tekst.char_indices() {
        if matches!(c, '.' | '?' | '!')
            && b.get(i + 1) == Some(&b' ')
            && tekst[i + 2..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            uit.push(tekst[begin..=i].trim());
            begin = i + 2;
        }
    }
    let rest = tekst[begin..].trim();
    if !rest.is_empty() {
        uit.push(rest);
    }
    uit
}

/// The "waarom?" of a line from its explanation without and with work.
pub fn waarom(zonder: Option<&str>, met: Option<&str>) -> Waarom {
    let z = zonder.map(zinnen).unwrap_or_default();
    let m = met.map(zinnen).unwrap_or_default();
    let mut w = Waarom::default();
    for s in &z {
        let lijst = if m.contains(s) {
            &mut w.beide
        } else {
            &mut w.zonder
        };
        if !lijst.iter().any(|x| x == s) {
            lijst.push(s.to_string());
        }
    }
    for s in m {
        if !z.contains(&s) && !w.met.iter().any(|x| x == s) {
            w.met.push(s.to_string());
        }
    }
    w
}

/// What a rule says about its line: written by the rule's own module.
#[derive(Debug, Clone, PartialEq)]
pub struct Uitleg {
    pub naam: String,
    /// The rule in one sentence.
    pub kort: String,
    /// How this month's amount follows from the rule.
    pub tekst: String,
    /// Ids of the rules (legal concepts) used, each with a source in the data.
    pub regels: Vec<&'static str>,
    /// Provisional for a reason that is not a parameter (e.g. a default amount).
    pub voorlopig: bool,
}

impl Uitleg {
    /// An empty explanation, for a line whose benefit does not match the month (never shown).
    pub fn leeg(taal: Taal) -> Uitleg {
        Uitleg {
            naam: tekst!(taal, "Uitkering", "Benefit"),
            kort: String::new(),
            tekst: String::new(),
            regels: Vec::new(),
            voorlopig: false,
        }
    }
}

/// Hours in Dutch notation: "16", "16,5".
pub fn uren_tekst(u: Uren) -> String {
    let heel = u.0 / 100;
    let rest = u.0 % 100;
    if rest == 0 {
        heel.to_string()
    } else if rest % 10 == 0 {
        format!("{heel},{}", rest / 10)
    } else {
        format!("{heel},{rest:02}")
    }
}

/// A percentage: "12,5%", with the decimal comma in English too: the app writes every number
/// the Dutch way, as on a person's letters (the English page says so), so "€ 1.234,56" and
/// "12,5%" never stand side by side in two styles (issue 16 point 13).
pub fn pct(p: Ppm, _taal: Taal) -> String {
    let komma = ',';
    let teken = if p.0 < 0 { "-" } else { "" };
    let abs = p.0.unsigned_abs();
    let heel = abs / 10_000;
    let mut rest = format!("{:04}", abs % 10_000);
    while rest.ends_with('0') {
        rest.pop();
    }
    if rest.is_empty() {
        format!("{teken}{heel}%")
    } else {
        format!("{teken}{heel}{komma}{rest}%")
    }
}

/// A percentage as a bare number: "8", "12,5".
pub fn getal(p: Ppm, taal: Taal) -> String {
    let mut t = pct(p, taal);
    t.pop();
    t
}

/// The holiday pay inside a WW or WIA benefit: "Daarin zit € 145,19 vakantiegeld (8/108 van de
/// uitkering), dat UWV in mei betaalt." (WW art. 33 lid 3, WIA art. 68 lid 1; the fraction
/// follows the percentage of the Wet minimumloon, WW art. 33 lid 4.)
pub fn vakantiegeld_in_uitkering(w: &Lees, bruto: Cents, taal: Taal) -> String {
    let vg = w.vakantiegeld_loon();
    let deel = bruto.times_fraction(vg.0, 1_000_000 + vg.0);
    let breuk = format!("{}/{}", getal(vg, taal), getal(Ppm(vg.0 + 1_000_000), taal));
    tekst!(
        taal,
        "Daarin zit {deel} vakantiegeld ({breuk} van de uitkering), dat UWV elk jaar in mei betaalt.",
        "This includes {deel} holiday pay ({breuk} of the benefit), which UWV pays every year in May."
    )
}

/// How UWV counts the earnings: with the holiday pay built up (WIA, Ziektewet, Wajong), and
/// scaled when the maandloon is above the maximum (C/D).
pub fn inkomsten_tekst(w: &Lees, m: &Maand, maandloon: Option<Cents>, taal: Taal) -> String {
    if m.bruto_loon <= Cents::ZERO {
        return String::new();
    }
    let mut t = tekst!(
        taal,
        " UWV telt uw loon mee met het vakantiegeld dat u elke maand opbouwt: {} per maand.",
        " UWV counts your wage together with the holiday pay you build up each month: {} per month.",
        m.uitkering_inkomsten
    );
    if let Some(ml) = maandloon {
        let ml = super::wga::Maandloon::van(w, ml);
        if ml.volledig > ml.gemaximeerd {
            t.push_str(&tekst!(
                taal,
                " Uw maandloon ({}) is hoger dan het maximum ({}); daarom telt UWV uw inkomsten voor {} mee.",
                " Your monthly wage ({}) is above the maximum ({}); so UWV counts {} of your earnings.",
                ml.volledig,
                ml.gemaximeerd,
                pct(Ppm((ml.gemaximeerd.0 as i128 * 1_000_000 / ml.volledig.0 as i128) as i64), taal)
            ));
        }
    }
    t
}

/// A number of months: "6 maanden", "1 maand" ("6 months", "1 month").
pub fn maanden(n: i64, taal: Taal) -> String {
    match (n, taal) {
        (1, Taal::Nl) => "1 maand".into(),
        (_, Taal::Nl) => format!("{n} maanden"),
        (1, Taal::En) => "1 month".into(),
        (_, Taal::En) => format!("{n} months"),
    }
}

/// Builds the lines of a month, with names and explanations in `inv.taal`. `is_voorlopig` is
/// called once for every parameter id of every line and tells whether it is provisional.
pub fn lijnen(inv: &Invoer, m: &Maand, is_voorlopig: &mut dyn FnMut(&str) -> bool) -> Vec<Lijn> {
    let mut uit = Vec::new();
    let mut voeg = |id: &str,
                    bedrag: Cents,
                    formule: Gelezen,
                    niet_geschat: bool,
                    maak: &dyn Fn(&Lees) -> Uitleg| {
        let l = Lees::new(inv.w);
        let u = maak(&l);
        let gelezen = formule.met(l.gelezen());
        let params: Vec<Cow<'static, str>> = gelezen.ids().map(Cow::Borrowed).collect();
        let voorlopig = params
            .iter()
            .fold(u.voorlopig, |acc, p| is_voorlopig(p) | acc);
        uit.push(Lijn {
            id: id.to_string(),
            naam: u.naam,
            bedrag,
            kort: u.kort,
            uitleg: u.tekst,
            regels: u.regels.into_iter().map(Cow::Borrowed).collect(),
            parameters: params,
            voorlopig,
            niet_geschat,
        });
    };
    let g = &m.gelezen;

    if m.uren > Uren(0) {
        voeg("nettoloon", m.nettoloon, g[0], false, &|l| {
            loonheffing::uitleg_nettoloon(l, inv, m)
        });
    }
    let uitkering: Option<fn(&Lees, &Invoer, &Maand) -> Uitleg> = match inv.uitkering {
        Uitkering::Geen => None,
        Uitkering::Bijstand { .. } => Some(bijstand::uitleg),
        Uitkering::Wajong { .. } => Some(wajong::uitleg),
        Uitkering::Wga { .. } => Some(wga::uitleg),
        Uitkering::Iva { .. } => Some(wga::uitleg_iva),
        Uitkering::Ww { .. } => Some(ww::uitleg),
        Uitkering::Ziektewet { .. } => Some(ziektewet::uitleg),
    };
    if let Some(f) = uitkering {
        voeg("uitkering", m.uitkering_netto, g[1], false, &|l| {
            f(l, inv, m)
        });
    }
    if m.partner_netto > Cents::ZERO {
        voeg("partner", m.partner_netto, g[2], false, &|l| {
            loonheffing::uitleg_partner(l, inv, m)
        });
    }
    voeg("zorgtoeslag", m.zorgtoeslag.per_maand, g[3], false, &|l| {
        zorgtoeslag::uitleg(l, inv, m)
    });
    if inv.huur.is_some() {
        voeg(
            "huurtoeslag",
            m.huurtoeslag.per_maand,
            g[4],
            !m.huurtoeslag_geschat,
            &|l| huurtoeslag::uitleg(l, inv, m),
        );
    }
    if !inv.kinderen.is_empty() {
        voeg(
            "kindgebonden_budget",
            m.kindgebonden_budget.per_maand,
            g[5],
            false,
            &|l| kindgebonden_budget::uitleg(l, inv, m),
        );
        voeg("kinderbijslag", m.kinderbijslag, g[6], false, &|l| {
            kinderbijslag::uitleg(l, inv, m)
        });
    }
    if m.gemeentelijk > Cents::ZERO || inv.gemeentelijk_met != inv.gemeentelijk_zonder {
        let taal = inv.taal;
        voeg("gemeentelijk", m.gemeentelijk, g[7], false, &|_| {
            Uitleg {
            naam: tekst!(taal, "Gemeentelijke regelingen", "Municipal schemes"),
            kort: tekst!(
                taal,
                "Bedragen die u zelf heeft ingevuld; de regels verschillen per gemeente.",
                "Amounts you entered yourself; the rules differ per municipality."
            ),
            tekst: tekst!(
                taal,
                "Regelingen van uw gemeente, met de bedragen die u zelf heeft ingevuld. Vraag bij uw gemeente na of ze doorlopen als u meer gaat verdienen.",
                "Schemes of your municipality, with the amounts you entered yourself. Ask your municipality whether they continue if you start earning more."
            ),
            regels: vec!["gemeentelijk"],
            voorlopig: false,
        }
        });
    }
    uit
}

/// The name of a line of the breakdown (with and without work together, so "Uitkering" for any
/// benefit). An id that is no line of the breakdown ("kinderopvangtoeslag" of the month view)
/// has its own name; an unknown id is given back as it is.
pub fn lijn_naam(id: &str, taal: Taal) -> &str {
    let (nl, en) = match id {
        "nettoloon" => ("Nettoloon", "Net wage"),
        "uitkering" => ("Uitkering", "Benefit"),
        "partner" => ("Inkomen partner (netto)", "Partner's income (net)"),
        "zorgtoeslag" => ("Zorgtoeslag", "Healthcare allowance (zorgtoeslag)"),
        "huurtoeslag" => ("Huurtoeslag", "Rent allowance (huurtoeslag)"),
        "kindgebonden_budget" => (
            "Kindgebonden budget",
            "Child-related budget (kindgebonden budget)",
        ),
        "kinderbijslag" => ("Kinderbijslag", "Child benefit (kinderbijslag)"),
        "kinderopvangtoeslag" => (
            "Kinderopvangtoeslag",
            "Childcare allowance (kinderopvangtoeslag)",
        ),
        "gemeentelijk" => ("Gemeentelijke regelingen", "Municipal schemes"),
        _ => return id,
    };
    match taal {
        Taal::Nl => nl,
        Taal::En => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explanation_splits_into_sentences_and_keeps_articles_and_amounts_whole() {
        assert_eq!(
            zinnen("Dat is € 1.234,56. Hier geldt art. 2:40 lid 3. En dan? Klaar."),
            [
                "Dat is € 1.234,56.",
                "Hier geldt art. 2:40 lid 3.",
                "En dan?",
                "Klaar."
            ]
        );
        let w = waarom(Some("A is 1. B is 2."), Some("A is 1. B is 3. C."));
        assert_eq!(w.beide, ["A is 1."]);
        assert_eq!(w.zonder, ["B is 2."]);
        assert_eq!(w.met, ["B is 3.", "C."]);
        let w = waarom(None, Some("A. B."));
        assert!(w.beide.is_empty() && w.zonder.is_empty());
        assert_eq!(w.met, ["A.", "B."]);
    }

    #[test]
    fn percentages_show_every_decimal_of_the_data_and_no_more() {
        assert_eq!(pct(Ppm(250_000), Taal::Nl), "25%");
        assert_eq!(pct(Ppm(125_000), Taal::Nl), "12,5%");
        assert_eq!(pct(Ppm(125_000), Taal::En), "12,5%");
        assert_eq!(pct(Ppm(137_300), Taal::Nl), "13,73%");
        assert_eq!(pct(Ppm(63_980), Taal::Nl), "6,398%");
        assert_eq!(pct(Ppm(7), Taal::Nl), "0,0007%");
        assert_eq!(maanden(1, Taal::Nl), "1 maand");
        assert_eq!(maanden(30, Taal::En), "30 months");
    }
}
