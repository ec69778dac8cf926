//! The month view's own questions (issue 18: hours that vary, four-weekly pay, childcare, work
//! costs, whether the work stops, what the person reports) as the person typed them, the actions
//! that change them, and their reading into the engine's input: each typed amount is parsed and
//! checked once, here, with `crate::money`'s Dutch number input.

use super::{Formulier, Soort};
use crate::income::aangiftetijdvak::{Bereik, Loonbetaling, Maanduren, Werkpatroon, MAX_MAANDUREN};
use crate::income::kinderopvangtoeslag::{Opvang, Opvangsoort};
use crate::income::loonkostensubsidie::{Besluit, Loonkostensubsidie};
use crate::income::maand_tekst;
use crate::income::uitbetaling::BijstandBetaling;
use crate::income::verloop::{
    Betaling, Doorgeven, Geldmaand, Verloop, Verloopinvoer, KLEIN_VERSCHIL,
};
use crate::income::werkkosten::Werkkosten;
use crate::money::{format_whole_euros, parse_typed, Cents, NumberError};
use crate::tools::Tool;
use crate::{tekst, Taal};

/// At most this many children in the childcare questions.
pub const MAX_OPVANG: usize = 6;

/// How the hours are given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Urensoort {
    /// The hours per week of the situation, every month.
    #[default]
    Vast,
    /// Hours per month (or per four-week period).
    PerMaand,
    /// A range: at least and at most.
    Bereik,
}

/// One child in childcare, as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OpvangVeld {
    pub soort: Opvangsoort,
    pub uren: String,
    pub prijs: String,
}

/// What the person typed, as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Velden {
    pub urensoort: Urensoort,
    /// Hours per month (12) or per four-week period (13).
    pub uren: Vec<String>,
    pub van: String,
    pub tot: String,
    pub vier_weken: bool,
    pub periode_eind: String,
    /// 0: the work goes on; 1 to 11: it stops after that month.
    pub stopt: u32,
    pub opvang: Vec<OpvangVeld>,
    pub reis: String,
    pub overig: String,
    pub vergoeding: String,
    pub uitgaven: String,
    pub niet_doorgeven: bool,
    pub schatting: bool,
    /// 0: no loonkostensubsidie; 1: yes, more hours not possible; 2: more possible; 3: not decided.
    pub lks: u8,
}

/// Everything the person can do in the month view's questions.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Urensoort(Urensoort),
    VierWeken(bool),
    PeriodeEind(String),
    /// The hours of month (or period) `i`, from 0.
    Uren(usize, String),
    Van(String),
    Tot(String),
    Stopt(u32),
    OpvangSoort(usize, Opvangsoort),
    OpvangUren(usize, String),
    OpvangPrijs(usize, String),
    /// One more child in childcare (at most [`MAX_OPVANG`]).
    OpvangErbij,
    OpvangWeg(usize),
    Reis(String),
    Overig(String),
    Vergoeding(String),
    Uitgaven(String),
    NietDoorgeven(bool),
    Schatting(bool),
    Lks(u8),
}

impl Tool for Velden {
    type Action = Action;

    fn apply(&mut self, action: Action) {
        match action {
            Action::Urensoort(u) => self.urensoort = u,
            Action::VierWeken(b) => self.vier_weken = b,
            Action::PeriodeEind(s) => self.periode_eind = s,
            Action::Uren(i, s) => {
                if i < 13 {
                    if self.uren.len() <= i {
                        self.uren.resize(i + 1, String::new());
                    }
                    self.uren[i] = s;
                }
            }
            Action::Van(s) => self.van = s,
            Action::Tot(s) => self.tot = s,
            Action::Stopt(n) => self.stopt = n.min(11),
            Action::OpvangSoort(i, s) => {
                if let Some(o) = self.opvang.get_mut(i) {
                    o.soort = s;
                }
            }
            Action::OpvangUren(i, s) => {
                if let Some(o) = self.opvang.get_mut(i) {
                    o.uren = s;
                }
            }
            Action::OpvangPrijs(i, s) => {
                if let Some(o) = self.opvang.get_mut(i) {
                    o.prijs = s;
                }
            }
            Action::OpvangErbij => {
                if self.opvang.len() < MAX_OPVANG {
                    self.opvang.push(OpvangVeld::default());
                }
            }
            Action::OpvangWeg(i) => {
                if i < self.opvang.len() {
                    self.opvang.remove(i);
                }
            }
            Action::Reis(s) => self.reis = s,
            Action::Overig(s) => self.overig = s,
            Action::Vergoeding(s) => self.vergoeding = s,
            Action::Uitgaven(s) => self.uitgaven = s,
            Action::NietDoorgeven(b) => self.niet_doorgeven = b,
            Action::Schatting(b) => self.schatting = b,
            Action::Lks(n) => self.lks = n.min(3),
        }
    }
}

/// What is wrong with a field.
#[derive(Debug, Clone, PartialEq)]
pub enum Fout {
    /// Not a number as the Dutch type it (amounts and hours with two decimals).
    Getal(NumberError),
    /// Above the highest value the field takes (scaled by 100).
    BovenMax(i64),
    /// Empty where a number is needed.
    Leeg,
    /// An earlier month is empty while a later one is filled.
    MaandOntbreekt,
    /// "From" is more than "to".
    Bereik,
}

/// The fields as the engine's input, or the fields that are wrong: (element id, what).
pub type Gelezen = Result<Verloopinvoer, Vec<(String, Fout)>>;

/// An optional number with two decimals: empty is `None`.
fn getal(tekst: &str, max: i64) -> Result<Option<i64>, Fout> {
    if tekst.trim().is_empty() {
        return Ok(None);
    }
    let v = parse_typed(tekst, 2).map_err(Fout::Getal)?;
    if v > max {
        return Err(Fout::BovenMax(max));
    }
    Ok(Some(v))
}

/// Reads the fields into the month view's input for the form `f`.
pub fn lees(v: &Velden, f: &Formulier) -> Gelezen {
    let mut fouten: Vec<(String, Fout)> = Vec::new();
    let veld = |fouten: &mut Vec<(String, Fout)>, id: &str, tekst: &str, max: i64| {
        getal(tekst, max)
            .map_err(|e| fouten.push((id.to_string(), e)))
            .ok()
            .flatten()
    };
    let euro = |x: Option<i64>| Cents(x.unwrap_or(0));
    let mut werk = Werkpatroon {
        loon_per: if v.vier_weken {
            Loonbetaling::VierWeken
        } else {
            Loonbetaling::Maand
        },
        stopt_na_maanden: (v.stopt > 0).then_some(v.stopt),
        periode_eindigt: (v.vier_weken && !v.periode_eind.trim().is_empty())
            .then(|| v.periode_eind.trim().to_string()),
        ..Werkpatroon::default()
    };
    let n = if v.vier_weken { 13 } else { 12 };
    match v.urensoort {
        Urensoort::Vast => {}
        Urensoort::PerMaand => {
            let uren: Vec<Option<i64>> = (0..n)
                .map(|i| {
                    let tekst = v.uren.get(i).map(String::as_str).unwrap_or("");
                    veld(
                        &mut fouten,
                        &format!("rkm-uren-{}", i + 1),
                        tekst,
                        MAX_MAANDUREN * 100,
                    )
                })
                .collect();
            let laatste = (0..n)
                .rev()
                .find(|&i| v.uren.get(i).is_some_and(|s| !s.trim().is_empty()));
            let mut lijst = Vec::new();
            for (i, u) in uren.iter().enumerate().take(laatste.map_or(0, |l| l + 1)) {
                let leeg = v.uren.get(i).is_none_or(|s| s.trim().is_empty());
                if leeg {
                    fouten.push((format!("rkm-uren-{}", i + 1), Fout::MaandOntbreekt));
                }
                lijst.push(Maanduren(u.unwrap_or(0)));
            }
            if v.vier_weken {
                werk.uren_per_periode = lijst;
            } else {
                werk.uren_per_maand = lijst;
            }
        }
        Urensoort::Bereik => {
            let max = MAX_MAANDUREN * 100;
            let van = veld(&mut fouten, "rkm-van", &v.van, max);
            let tot = veld(&mut fouten, "rkm-tot", &v.tot, max);
            for (id, tekst) in [("rkm-van", &v.van), ("rkm-tot", &v.tot)] {
                if tekst.trim().is_empty() {
                    fouten.push((id.to_string(), Fout::Leeg));
                }
            }
            if let (Some(a), Some(b)) = (van, tot) {
                if a > b {
                    fouten.push(("rkm-tot".into(), Fout::Bereik));
                }
                werk.bereik = Some(Bereik {
                    van: Maanduren(a),
                    tot: Maanduren(b),
                });
            }
        }
    }
    let mut kinderopvang = Vec::new();
    for (i, o) in v.opvang.iter().enumerate() {
        // A child just added, with nothing typed yet, is not counted and not an error.
        if o.uren.trim().is_empty() && o.prijs.trim().is_empty() {
            continue;
        }
        let uren_id = format!("rkm-opvang-uren-{}", i + 1);
        let prijs_id = format!("rkm-opvang-prijs-{}", i + 1);
        let uren = veld(&mut fouten, &uren_id, &o.uren, MAX_MAANDUREN * 100);
        let prijs = veld(&mut fouten, &prijs_id, &o.prijs, 100_00);
        for (id, tekst) in [(uren_id, &o.uren), (prijs_id, &o.prijs)] {
            if tekst.trim().is_empty() {
                fouten.push((id, Fout::Leeg));
            }
        }
        if let (Some(u), Some(p)) = (uren, prijs) {
            kinderopvang.push(Opvang {
                soort: o.soort,
                uren_per_maand: Maanduren(u),
                uurprijs: Cents(p),
            });
        }
    }
    let max = 100_000_00;
    let reis = veld(&mut fouten, "rkm-reis", &v.reis, max);
    let overig = veld(&mut fouten, "rkm-overig", &v.overig, max);
    let vergoeding = veld(&mut fouten, "rkm-vergoeding", &v.vergoeding, max);
    let uitgaven = veld(&mut fouten, "rkm-uitgaven", &v.uitgaven, max);
    if !fouten.is_empty() {
        return Err(fouten);
    }
    let bijstand = f.soort == Soort::Bijstand;
    Ok(Verloopinvoer {
        scenario: f.scenario(),
        werk,
        betaling: Betaling {
            bijstand: if bijstand && v.schatting {
                BijstandBetaling::Schatting
            } else {
                BijstandBetaling::NaAfloop
            },
            toeslagen: if v.niet_doorgeven {
                Doorgeven::NietDoorgeven
            } else {
                Doorgeven::Doorgeven
            },
            ..Betaling::default()
        },
        kinderopvang,
        werkkosten: Werkkosten {
            eigen_per_maand: euro(reis) + euro(overig),
            vergoeding_per_maand: euro(vergoeding),
        },
        loonkostensubsidie: (bijstand && v.lks > 0).then_some(Loonkostensubsidie {
            meer_uren_niet_mogelijk: match v.lks {
                1 => Besluit::Ja,
                2 => Besluit::Nee,
                _ => Besluit::Onbekend,
            },
        }),
        uitgaven_per_maand: uitgaven.map(Cents),
    })
}

/// The month view's summary above the table, worded from the months (core decides which
/// sentence fits; the screen only shows it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Samenvatting {
    /// The months with less in than out, or that there is none.
    pub tekort: String,
    /// There is at least one such month (the screen adds its tip).
    pub tekortmaanden: bool,
    /// What the work brings or costs over the twelve months, or that it is about even.
    pub opbrengst: String,
}

/// The summary of `v` in `taal`.
pub fn samenvatting(v: &Verloop, taal: Taal) -> Samenvatting {
    let tot = &v.totaal;
    // The month with the largest shortfall (the first, if two are as short).
    let krapste = v
        .maanden
        .iter()
        .filter(|g| g.tekort)
        .min_by_key(|g| g.saldo)
        .map(|g| maand_tekst(&format!("{}-01", g.periode), taal))
        .unwrap_or_default();
    let tekort = if tot.tekortmaanden > 0 {
        tekst!(
            taal,
            "In {} van de 12 maanden komt er naar schatting minder binnen dan eruit gaat. Het \
             grootste tekort is in {}: ongeveer {}.",
            "In {} of the 12 months, less comes in than goes out, by our estimate. The largest \
             shortfall is in {}: about {}.",
            tot.tekortmaanden,
            krapste,
            format_whole_euros(tot.grootste_tekort)
        )
    } else {
        tekst!(
            taal,
            "Naar schatting is er geen maand waarin er meer dan {} minder binnenkomt dan eruit \
             gaat.",
            "By our estimate there is no month in which more than {} less comes in than goes \
             out.",
            format_whole_euros(KLEIN_VERSCHIL)
        )
    };
    let bedrag = format_whole_euros(Cents(tot.opbrengst.0.abs()));
    let met_kosten = tot.kosten_werk > Cents::ZERO;
    let opbrengst = if tot.opbrengst.0.abs() < KLEIN_VERSCHIL.0 {
        tekst!(
            taal,
            "Over deze 12 maanden houdt u met het werk naar schatting ongeveer evenveel over als \
             zonder.",
            "Over these 12 months you keep about the same with the work as without it, by our \
             estimate."
        )
    } else if tot.opbrengst > Cents::ZERO && met_kosten {
        tekst!(
            taal,
            "Over deze 12 maanden levert het werk u naar schatting {} op, na de kosten van het \
             werk en de kinderopvang.",
            "Over these 12 months the work brings you about {}, by our estimate, after the costs \
             of working and childcare.",
            bedrag
        )
    } else if tot.opbrengst > Cents::ZERO {
        tekst!(
            taal,
            "Over deze 12 maanden levert het werk u naar schatting {} op.",
            "Over these 12 months the work brings you about {}, by our estimate.",
            bedrag
        )
    } else if met_kosten {
        tekst!(
            taal,
            "Over deze 12 maanden kost het werk u naar schatting {}, na de kosten van het werk \
             en de kinderopvang.",
            "Over these 12 months the work costs you about {}, by our estimate, after the costs \
             of working and childcare.",
            bedrag
        )
    } else {
        tekst!(
            taal,
            "Over deze 12 maanden kost het werk u naar schatting {}.",
            "Over these 12 months the work costs you about {}, by our estimate.",
            bedrag
        )
    };
    Samenvatting {
        tekort,
        tekortmaanden: tot.tekortmaanden > 0,
        opbrengst,
    }
}

/// One month's balance as the table shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saldo {
    /// Less in than out: the shortfall ("-€ 120").
    Tekort(String),
    /// Within [`KLEIN_VERSCHIL`] of even.
    Gelijk,
    /// More in than out ("+€ 85").
    Over(String),
}

/// The balance of month `g`.
pub fn saldo(g: &Geldmaand) -> Saldo {
    if g.tekort {
        Saldo::Tekort(format_whole_euros(g.saldo))
    } else if g.saldo.0.abs() <= KLEIN_VERSCHIL.0 {
        Saldo::Gelijk
    } else {
        Saldo::Over(format!("+{}", format_whole_euros(g.saldo)))
    }
}

/// A month's heading in the details: its name, and the shortfall when there is one.
pub fn maand_kop(g: &Geldmaand, taal: Taal) -> String {
    let naam = maand_tekst(&format!("{}-01", g.periode), taal);
    if g.tekort {
        tekst!(
            taal,
            "{}: tekort van ongeveer {}",
            "{}: short by about {}",
            naam,
            format_whole_euros(Cents(-g.saldo.0))
        )
    } else {
        naam
    }
}

/// What is paid back (`terug`) or received afterwards (`erbij`), in words.
fn terug_tekst(terug: Cents, erbij: Cents, taal: Taal) -> String {
    if terug > Cents::ZERO {
        tekst!(
            taal,
            "{} terug",
            "{} to pay back",
            format_whole_euros(terug)
        )
    } else if erbij > Cents::ZERO {
        tekst!(taal, "{} erbij", "{} to receive", format_whole_euros(erbij))
    } else {
        tekst!(taal, "niets terug", "nothing to pay back")
    }
}

/// One row of the settlement table: an allowance (or the total) if the person does not report
/// the new income, and if they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AfrekeningRij {
    pub naam: String,
    pub niet_doorgeven: String,
    pub doorgeven: String,
}

/// The settlement afterwards, worded: the allowances' table with its total (empty when no
/// allowance is settled), and a line for each UWV advance and for the bijstand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AfrekeningView {
    pub toeslagen: Vec<AfrekeningRij>,
    /// The total row (its `naam` is empty: the screen writes "Samen").
    pub totaal: AfrekeningRij,
    pub overig: Vec<String>,
}

/// The settlement of `v` in `taal`.
pub fn afrekening(v: &Verloop, taal: Taal) -> AfrekeningView {
    let a = &v.afrekening;
    let naam = |periode: &str| maand_tekst(&format!("{periode}-01"), taal);
    let mut overig: Vec<String> = a
        .uwv
        .iter()
        .map(|u| {
            tekst!(
                taal,
                "UWV, voorschot van {} – {}: daarna {}",
                "UWV, advance for {} – {}: afterwards {}",
                naam(&u.van),
                naam(&u.tot),
                terug_tekst(
                    Cents(-u.verschil.0).max(Cents::ZERO),
                    u.verschil.max(Cents::ZERO),
                    taal
                )
            )
        })
        .collect();
    if a.bijstand_open > Cents::ZERO {
        overig.push(tekst!(
            taal,
            "Bijstand: na de laatste maand krijgt u naar schatting nog {} van de gemeente.",
            "Bijstand: after the last month you will still get about {} from the gemeente.",
            format_whole_euros(a.bijstand_open)
        ));
    }
    if a.bijstand_open < Cents::ZERO {
        overig.push(tekst!(
            taal,
            "Bijstand: na de laatste maand heeft u naar schatting {} te veel gekregen. De \
             gemeente verrekent dat of vraagt het terug.",
            "Bijstand: after the last month you have received about {} too much. The gemeente \
             offsets it or asks it back.",
            format_whole_euros(Cents(-a.bijstand_open.0))
        ));
    }
    if a.bijstand_verrekend > Cents::ZERO {
        overig.push(tekst!(
            taal,
            "Bijstand: {} te veel betaald verrekent de gemeente in deze maanden met latere \
             bijstand.",
            "Bijstand: {} paid too much is offset by the gemeente against later bijstand in \
             these months.",
            format_whole_euros(a.bijstand_verrekend)
        ));
    }
    AfrekeningView {
        toeslagen: a
            .toeslagen
            .iter()
            .map(|s| AfrekeningRij {
                naam: s.naam.clone(),
                niet_doorgeven: terug_tekst(
                    s.niet_doorgeven.terug,
                    s.niet_doorgeven.nabetaling,
                    taal,
                ),
                doorgeven: terug_tekst(
                    s.terug_nu + s.doorgeven.terug,
                    s.doorgeven.nabetaling,
                    taal,
                ),
            })
            .collect(),
        totaal: AfrekeningRij {
            naam: String::new(),
            niet_doorgeven: terug_tekst(a.terug_niet_doorgeven, Cents::ZERO, taal),
            doorgeven: terug_tekst(a.terug_doorgeven, Cents::ZERO, taal),
        },
        overig,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn velden() -> Velden {
        Velden {
            urensoort: Urensoort::PerMaand,
            uren: vec!["0".into(), "30".into(), "12".into()],
            ..Velden::default()
        }
    }

    #[test]
    fn hours_per_month_become_the_engines_months() {
        let f = Formulier::default();
        let v = lees(&velden(), &f).unwrap();
        assert_eq!(
            v.werk.uren_per_maand,
            vec![Maanduren(0), Maanduren(3000), Maanduren(1200)]
        );
    }

    #[test]
    fn a_half_typed_or_missing_month_names_the_field_and_computes_nothing() {
        let f = Formulier::default();
        let mut v = velden();
        v.apply(Action::Uren(1, String::new()));
        let e = lees(&v, &f).unwrap_err();
        assert_eq!(e[0], ("rkm-uren-2".to_string(), Fout::MaandOntbreekt));
        v.apply(Action::Uren(1, "3x".into()));
        let e = lees(&v, &f).unwrap_err();
        assert_eq!(
            e[0],
            (
                "rkm-uren-2".to_string(),
                Fout::Getal(NumberError::NotANumber)
            )
        );
        let mut v = velden();
        v.apply(Action::OpvangErbij);
        v.apply(Action::OpvangUren(0, "100".into()));
        let e = lees(&v, &f).unwrap_err();
        assert_eq!(e[0], ("rkm-opvang-prijs-1".to_string(), Fout::Leeg));
    }

    #[test]
    fn costs_add_up_and_a_range_must_run_upwards() {
        let f = Formulier::default();
        let mut v = Velden::default();
        v.apply(Action::Reis("40".into()));
        v.apply(Action::Overig("12,50".into()));
        let i = lees(&v, &f).unwrap();
        assert_eq!(i.werkkosten.eigen_per_maand, Cents(52_50));
        v.apply(Action::Urensoort(Urensoort::Bereik));
        v.apply(Action::Van("80".into()));
        v.apply(Action::Tot("20".into()));
        let e = lees(&v, &f).unwrap_err();
        assert_eq!(e[0], ("rkm-tot".to_string(), Fout::Bereik));
    }

    #[test]
    fn a_typed_amount_is_read_once_the_dutch_way() {
        let f = Formulier::default();
        let mut v = Velden::default();
        v.apply(Action::Uitgaven("1.250".into()));
        assert_eq!(
            lees(&v, &f).unwrap().uitgaven_per_maand,
            Some(Cents(1_250_00))
        );
        // "12.5" in an amount may be the start of "12.500": not guessed.
        v.apply(Action::Reis("12.5".into()));
        let e = lees(&v, &f).unwrap_err();
        assert_eq!(
            e[0],
            (
                "rkm-reis".to_string(),
                Fout::Getal(NumberError::DotInAmount)
            )
        );
        v.apply(Action::Reis("100.000,01".into()));
        let e = lees(&v, &f).unwrap_err();
        assert_eq!(e[0], ("rkm-reis".to_string(), Fout::BovenMax(100_000_00)));
    }

    #[test]
    fn the_summary_and_each_balance_are_worded_from_the_months() {
        let f = Formulier::default();
        let invoer = lees(&velden(), &f).unwrap();
        let v = super::super::verloop(&invoer, Taal::Nl).unwrap();
        let sv = samenvatting(&v, Taal::Nl);
        assert_eq!(sv.tekortmaanden, v.totaal.tekortmaanden > 0);
        if sv.tekortmaanden {
            assert!(sv
                .tekort
                .starts_with(&format!("In {} van de 12", v.totaal.tekortmaanden)));
        } else {
            assert!(
                sv.tekort
                    .contains("geen maand waarin er meer dan € 10 minder"),
                "{}",
                sv.tekort
            );
        }
        for g in &v.maanden {
            match saldo(g) {
                Saldo::Tekort(b) => assert!(g.tekort && b.starts_with("-€ "), "{b}"),
                Saldo::Gelijk => assert!(g.saldo.0.abs() <= KLEIN_VERSCHIL.0),
                Saldo::Over(b) => assert!(g.saldo > KLEIN_VERSCHIL && b.starts_with("+€ ")),
            }
        }

        // The twelve months' result, in each of its four wordings and "about even".
        let mut w = v.clone();
        let bedrag = |w: &Verloop| samenvatting(w, Taal::Nl).opbrengst;
        w.totaal.opbrengst = Cents(1_234_00);
        w.totaal.kosten_werk = Cents(50_00);
        assert!(bedrag(&w).contains("levert het werk u naar schatting € 1.234 op, na de kosten"));
        w.totaal.kosten_werk = Cents::ZERO;
        assert!(bedrag(&w).ends_with("levert het werk u naar schatting € 1.234 op."));
        w.totaal.opbrengst = Cents(-300_00);
        assert!(bedrag(&w).ends_with("kost het werk u naar schatting € 300."));
        w.totaal.kosten_werk = Cents(50_00);
        assert!(bedrag(&w).contains("kost het werk u naar schatting € 300, na de kosten"));
        w.totaal.opbrengst = Cents(9_99);
        assert!(bedrag(&w).contains("ongeveer evenveel"));
        assert!(samenvatting(&w, Taal::En)
            .opbrengst
            .contains("about the same"));
        w.totaal.tekortmaanden = 2;
        w.totaal.grootste_tekort = Cents(120_00);
        let tekort = samenvatting(&w, Taal::Nl).tekort;
        assert!(tekort.starts_with("In 2 van de 12 maanden"), "{tekort}");
        assert!(tekort.ends_with(": ongeveer € 120."), "{tekort}");
    }

    #[test]
    fn the_settlement_and_the_month_headings_are_worded_from_the_months() {
        let f = Formulier::default();
        let invoer = lees(&velden(), &f).unwrap();
        let v = super::super::verloop(&invoer, Taal::Nl).unwrap();
        for g in &v.maanden {
            let kop = maand_kop(g, Taal::Nl);
            assert_eq!(kop.contains(": tekort van ongeveer € "), g.tekort, "{kop}");
        }
        let a = afrekening(&v, Taal::Nl);
        assert_eq!(a.toeslagen.len(), v.afrekening.toeslagen.len());
        for rij in a.toeslagen.iter().chain([&a.totaal]) {
            for cel in [&rij.niet_doorgeven, &rij.doorgeven] {
                assert!(
                    cel == "niets terug" || cel.ends_with(" terug") || cel.ends_with(" erbij"),
                    "{cel}"
                );
            }
        }
        assert_eq!(
            terug_tekst(Cents(120_00), Cents::ZERO, Taal::Nl),
            "€ 120 terug"
        );
        assert_eq!(
            terug_tekst(Cents::ZERO, Cents(80_00), Taal::En),
            "€ 80 to receive"
        );
        assert_eq!(
            terug_tekst(Cents::ZERO, Cents::ZERO, Taal::Nl),
            "niets terug"
        );
        let mut w = v.clone();
        w.afrekening.bijstand_open = Cents(-45_00);
        w.afrekening.bijstand_verrekend = Cents(30_00);
        let o = afrekening(&w, Taal::Nl).overig;
        assert!(
            o.iter().any(|l| l.contains("€ 45 te veel gekregen")),
            "{o:?}"
        );
        assert!(
            o.iter()
                .any(|l| l.starts_with("Bijstand: € 30 te veel betaald")),
            "{o:?}"
        );
    }
}
