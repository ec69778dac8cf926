//! Irregular hours and pay periods: which calendar month an income counts in, for each payer.
//!
//! - Bijstand (Participatiewet art. 32 lid 1 b, art. 45 lid 1): the bijstand is set per calendar
//!   month, and income counts for the period it "betrekking [heeft] op". For wages paid every four
//!   weeks (13 times a year) the gemeente chooses how to spread them over the months: per working
//!   day (Súdwest-Fryslân: the four weeks' wage divided by 20 working days, summed over the working
//!   days of the month) or in the month it is paid. The result names the choice; the default is
//!   per working day, closest to the law's "de periode waarop het betrekking heeft".
//! - UWV (Algemeen Inkomensbesluit socialezekerheidswetten art. 4:1): the wage counts in the
//!   "aangiftetijdvak" the employer reports (lid 3); for the WW a four-week period counts in the
//!   calendar month in which it ends (lid 9), so one month a year holds two periods. For the WIA,
//!   Wajong and Ziektewet the same month is used here; UWV may also spread the wage over its days
//!   (lid 7).
//!
//! Hours, not money: the wage per hour can change on 1 July (the minimum wage), so this module
//! tells how many hours each payer counts in a month, and the month view turns them into money
//! with that month's wage ([`super::verloop`]).

use super::kalender::{weekdagen, Datum};
use super::scenario::{InvoerFout, Uren};
use crate::{tekst, Taal};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Hours in a month or in a period of four weeks, in hundredths (0 to 744, the hours of a month).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Maanduren(pub i64);

/// The most hours a month can hold.
pub const MAX_MAANDUREN: i64 = 744;

impl Serialize for Maanduren {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.0 as f64 / 100.0)
    }
}

impl<'de> Deserialize<'de> for Maanduren {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Maanduren, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Invoer {
            Getal(f64),
            Tekst(String),
        }
        let bericht = "het aantal uren in een maand moet tussen 0 en 744 liggen";
        let v = match Invoer::deserialize(d)
            .map_err(|_| serde::de::Error::custom("verwacht een aantal uren, zoals 30 of 12,5"))?
        {
            Invoer::Getal(x) if x.is_finite() => (x * 100.0).round() as i64,
            Invoer::Getal(_) => return Err(serde::de::Error::custom(bericht)),
            Invoer::Tekst(t) => {
                crate::money::parse_decimal(&t, 2).map_err(serde::de::Error::custom)?
            }
        };
        if !(0..=MAX_MAANDUREN * 100).contains(&v) {
            return Err(serde::de::Error::custom(bericht));
        }
        Ok(Maanduren(v))
    }
}

/// How often the employer pays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Loonbetaling {
    /// Every calendar month.
    #[default]
    Maand,
    /// Every four weeks: 13 times a year.
    VierWeken,
}

/// How the gemeente spreads a four-weekly wage over the months (its own choice).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VierWekenBijstand {
    /// The wage of four weeks divided by 20 working days, per working day in the month.
    #[default]
    Werkdagen,
    /// In the month the wage is paid.
    Betaaldatum,
}

/// Hours that go up and down within a range (per month).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bereik {
    pub van: Maanduren,
    pub tot: Maanduren,
}

/// How the work goes over the coming months. Without any of it, every month has the scenario's
/// hours per week.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Werkpatroon {
    /// Hours in each calendar month from the first month of work on (at most 12); later months
    /// have the scenario's hours per week. On-call or zero hours: enter 0 for a month.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uren_per_maand: Vec<Maanduren>,
    /// Hours that vary between `van` and `tot` per month: the months alternate between a busy
    /// month and a quiet one, busy first, to show how tight it can get.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bereik: Option<Bereik>,
    #[serde(default)]
    pub loon_per: Loonbetaling,
    /// Four-weekly pay: hours in each period, from the first period that ends in the first month
    /// of work (at most 13); later periods have the hours per week × 4.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uren_per_periode: Vec<Maanduren>,
    /// Four-weekly pay: the last day of one of the periods (`JJJJ-MM-DD`, on the payslip). Without
    /// it, the periods are counted from 1 January of the year of the first month of work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub periode_eindigt: Option<String>,
    /// The job ends after this many months (on the last day of that month).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopt_na_maanden: Option<u32>,
}

/// A period of four weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Periode {
    pub begin: Datum,
    pub eind: Datum,
    /// Hours worked in the period, in hundredths.
    pub uren: i64,
}

/// One calendar month of work, in hours as each payer counts them (hundredths).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Werkmaand {
    /// The first day of the month.
    pub eerste: Datum,
    /// The job runs in this month (at least its first day).
    pub werk: bool,
    /// The month has the scenario's hours per week and is paid monthly: the engine's own
    /// calculation applies unchanged.
    pub gewoon: bool,
    /// Hours of the wage paid this month (monthly pay: the month's hours).
    pub uren_betaald: i64,
    /// Hours UWV counts for this month.
    pub uren_uwv: i64,
    /// Hours the gemeente counts for this month.
    pub uren_bijstand: i64,
    /// Four-weekly pay: the periods paid (ending) this month.
    pub perioden: Vec<Periode>,
}

/// Days in a period of four weeks.
pub const PERIODE_DAGEN: i64 = 28;

/// Monthly hours for hours per week: × 52 / 12.
pub fn per_maand(uren: Uren) -> i64 {
    (uren.0 * 52 + 6) / 12
}

fn fout(veld: &str, taal: Taal, nl: &str, en: &str) -> InvoerFout {
    InvoerFout::new(
        veld,
        match taal {
            Taal::Nl => nl,
            Taal::En => en,
        },
    )
}

impl Werkpatroon {
    /// Checks the pattern: one way of giving hours, lists not too long, a valid date.
    pub fn valideer(&self, taal: Taal) -> Result<(), InvoerFout> {
        if self.uren_per_maand.len() > 12 {
            return Err(fout(
                "werk.uren_per_maand",
                taal,
                "geef de uren van hoogstens 12 maanden",
                "give the hours of at most 12 months",
            ));
        }
        if self.uren_per_periode.len() > 13 {
            return Err(fout(
                "werk.uren_per_periode",
                taal,
                "geef de uren van hoogstens 13 periodes",
                "give the hours of at most 13 periods",
            ));
        }
        let manieren = usize::from(!self.uren_per_maand.is_empty())
            + usize::from(self.bereik.is_some())
            + usize::from(!self.uren_per_periode.is_empty());
        if manieren > 1 {
            return Err(fout(
                "werk",
                taal,
                "geef uren per maand, een bereik of uren per periode, niet meer dan één daarvan",
                "give hours per month, a range or hours per period, not more than one of them",
            ));
        }
        if self.loon_per == Loonbetaling::Maand
            && (!self.uren_per_periode.is_empty() || self.periode_eindigt.is_some())
        {
            return Err(fout(
                "werk.loon_per",
                taal,
                "uren per periode en een einddatum van een periode horen bij loon per vier weken (loon_per: vier_weken)",
                "hours per period and the end date of a period belong to pay every four weeks (loon_per: vier_weken)",
            ));
        }
        if let Some(b) = self.bereik {
            if b.van > b.tot {
                return Err(fout(
                    "werk.bereik",
                    taal,
                    "'van' moet kleiner zijn dan of gelijk aan 'tot'",
                    "'van' must be less than or equal to 'tot'",
                ));
            }
        }
        if let Some(d) = &self.periode_eindigt {
            if Datum::lees(d).is_none() {
                return Err(fout(
                    "werk.periode_eindigt",
                    taal,
                    "gebruik een datum in de vorm JJJJ-MM-DD",
                    "use a date in the form YYYY-MM-DD",
                ));
            }
        }
        if let Some(n) = self.stopt_na_maanden {
            if !(1..=11).contains(&n) {
                return Err(fout(
                    "werk.stopt_na_maanden",
                    taal,
                    "kies 1 tot en met 11 maanden",
                    "choose 1 to 11 months",
                ));
            }
            if self.uren_per_maand.iter().skip(n as usize).any(|u| u.0 > 0) {
                return Err(fout(
                    "werk.uren_per_maand",
                    taal,
                    "er staan uren na het einde van het werk",
                    "there are hours after the work ends",
                ));
            }
        }
        Ok(())
    }

    /// The hours of month `m` (0 = the first month) for monthly pay: `None` for the scenario's
    /// hours per week.
    fn maanduren(&self, m: usize) -> Option<i64> {
        if let Some(b) = self.bereik {
            return Some(if m.is_multiple_of(2) {
                b.tot.0
            } else {
                b.van.0
            });
        }
        self.uren_per_maand.get(m).map(|u| u.0)
    }

    /// The last day of work, if the job ends.
    pub fn einde(&self, start: Datum) -> Option<Datum> {
        self.stopt_na_maanden
            .map(|n| start.maand_later(n as i32 - 1).einde_maand())
    }

    /// The months of work from `start` (a first of the month), `n` of them, with the scenario's
    /// hours per week for what the pattern leaves open.
    pub fn maanden(
        &self,
        start: Datum,
        n: usize,
        uren_per_week: Uren,
        gemeente: VierWekenBijstand,
    ) -> Vec<Werkmaand> {
        let einde = self.einde(start);
        let loopt = |d: Datum| einde.is_none_or(|e| d <= e);
        match self.loon_per {
            Loonbetaling::Maand => (0..n)
                .map(|m| {
                    let eerste = start.maand_later(m as i32);
                    let werk = loopt(eerste);
                    let (uren, gewoon) = match (werk, self.maanduren(m)) {
                        (false, _) => (0, false),
                        (true, Some(u)) => (u, false),
                        (true, None) => (per_maand(uren_per_week), true),
                    };
                    Werkmaand {
                        eerste,
                        werk,
                        gewoon,
                        uren_betaald: uren,
                        uren_uwv: uren,
                        uren_bijstand: uren,
                        perioden: Vec::new(),
                    }
                })
                .collect(),
            Loonbetaling::VierWeken => {
                let perioden = self.perioden(start, n, uren_per_week, einde);
                (0..n)
                    .map(|m| {
                        let eerste = start.maand_later(m as i32);
                        let laatste = eerste.einde_maand();
                        let betaald: Vec<Periode> = perioden
                            .iter()
                            .filter(|p| p.eind >= eerste && p.eind <= laatste)
                            .copied()
                            .collect();
                        let uren_betaald: i64 = betaald.iter().map(|p| p.uren).sum();
                        let uren_bijstand = match gemeente {
                            VierWekenBijstand::Betaaldatum => uren_betaald,
                            VierWekenBijstand::Werkdagen => perioden
                                .iter()
                                .map(|p| {
                                    let van = p.begin.max(eerste);
                                    let tot = p.eind.min(laatste);
                                    if van > tot {
                                        return 0;
                                    }
                                    p.uren * weekdagen(van, tot) / weekdagen(p.begin, p.eind)
                                })
                                .sum(),
                        };
                        Werkmaand {
                            eerste,
                            werk: loopt(eerste),
                            gewoon: false,
                            uren_betaald,
                            uren_uwv: uren_betaald,
                            uren_bijstand,
                            perioden: betaald,
                        }
                    })
                    .collect()
            }
        }
    }

    /// The four-week periods that overlap the `n` months from `start`, with their hours: the
    /// entered ones in order from the first period ending on or after `start`, otherwise the
    /// hours per week × 4, only for the working days of the job.
    fn perioden(
        &self,
        start: Datum,
        n: usize,
        uren_per_week: Uren,
        einde: Option<Datum>,
    ) -> Vec<Periode> {
        let anker = self
            .periode_eindigt
            .as_deref()
            .and_then(Datum::lees)
            .unwrap_or_else(|| {
                Datum {
                    dag: 1,
                    maand: 1,
                    ..start
                }
                .plus_dagen(PERIODE_DAGEN - 1)
            });
        // The first period ending on or after `start`.
        let verschil = start.dagnummer() - anker.dagnummer();
        let k =
            verschil.div_euclid(PERIODE_DAGEN) + i64::from(verschil.rem_euclid(PERIODE_DAGEN) != 0);
        let mut eind = anker.plus_dagen(k * PERIODE_DAGEN);
        let laatste = start.maand_later(n as i32 - 1).einde_maand();
        let werkeinde = einde.unwrap_or(Datum {
            jaar: 9999,
            maand: 12,
            dag: 31,
        });
        let mut uit = Vec::new();
        let mut i = 0;
        while eind.plus_dagen(1 - PERIODE_DAGEN) <= laatste {
            let begin = eind.plus_dagen(1 - PERIODE_DAGEN);
            let uren = match self.uren_per_periode.get(i) {
                Some(u) if begin <= werkeinde => u.0,
                Some(_) => 0,
                None => {
                    // The job's working days in the period, of the 20.
                    let van = begin.max(start);
                    let tot = eind.min(werkeinde);
                    if van > tot {
                        0
                    } else {
                        uren_per_week.0 * 4 * weekdagen(van, tot) / weekdagen(begin, eind)
                    }
                }
            };
            uit.push(Periode { begin, eind, uren });
            eind = eind.plus_dagen(PERIODE_DAGEN);
            i += 1;
        }
        uit
    }
}

/// The sentence about four-weekly pay in the bijstand: the gemeente's choice, named.
pub fn uitleg_vier_weken_bijstand(keuze: VierWekenBijstand, taal: Taal) -> String {
    match keuze {
        VierWekenBijstand::Werkdagen => tekst!(
            taal,
            "U krijgt per vier weken loon: 13 keer per jaar. Hier verdeelt de gemeente dat loon over de maanden per werkdag: het loon van vier weken gedeeld door 20 werkdagen, maal de werkdagen in de maand. Zo doet bijvoorbeeld Súdwest-Fryslân het; uw gemeente kan anders rekenen, vraag het na.",
            "You are paid every four weeks: 13 times a year. Here the municipality spreads that wage over the months per working day: four weeks' wage divided by 20 working days, times the working days in the month. That is how Súdwest-Fryslân does it, for example; your municipality may do it differently, so ask."
        ),
        VierWekenBijstand::Betaaldatum => tekst!(
            taal,
            "U krijgt per vier weken loon: 13 keer per jaar. Hier rekent de gemeente het loon in de maand waarin u het krijgt; in één maand per jaar krijgt u dan twee keer loon en minder bijstand. Uw gemeente kan anders rekenen, vraag het na.",
            "You are paid every four weeks: 13 times a year. Here the municipality counts the wage in the month you receive it; in one month a year you then get two wages and less bijstand. Your municipality may do it differently, so ask."
        ),
    }
}

/// The sentence about four-weekly pay at UWV (AIB art. 4:1 lid 9, and UWV's own example).
pub fn uitleg_vier_weken_uwv(taal: Taal) -> String {
    tekst!(
        taal,
        "U krijgt per vier weken loon: 13 keer per jaar. UWV telt het loon van een periode in de maand waarin die periode eindigt. In één maand per jaar eindigen twee periodes: dan gaat er meer van uw uitkering af, en is uw uitkering die maand lager of nul. In totaal heeft u niet minder; houd in de maand met twee keer loon iets apart.",
        "You are paid every four weeks: 13 times a year. UWV counts the wage of a period in the month in which the period ends. In one month a year two periods end: then more is deducted from your benefit, and it is lower or nil that month. In total you do not get less; in the month with two wages, put some money aside."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Datum {
        Datum::lees(s).unwrap()
    }

    #[test]
    fn monthly_hours_a_range_and_the_end_of_the_job() {
        let p = Werkpatroon {
            uren_per_maand: vec![Maanduren(0), Maanduren(3000), Maanduren(1200)],
            stopt_na_maanden: Some(4),
            ..Werkpatroon::default()
        };
        let m = p.maanden(
            d("2026-03-01"),
            6,
            Uren::heel(12),
            VierWekenBijstand::Werkdagen,
        );
        let uren: Vec<i64> = m.iter().map(|m| m.uren_betaald).collect();
        // Month 4: the hours per week (12 × 52 / 12 = 52); after the job ends: nothing.
        assert_eq!(uren, [0, 3000, 1200, 5200, 0, 0]);
        assert_eq!(
            m.iter().map(|m| m.werk).collect::<Vec<_>>(),
            [true, true, true, true, false, false]
        );
        assert!(m[3].gewoon && !m[1].gewoon);
        let b = Werkpatroon {
            bereik: Some(Bereik {
                van: Maanduren(0),
                tot: Maanduren(8000),
            }),
            ..Werkpatroon::default()
        };
        let m = b.maanden(d("2026-03-01"), 4, Uren(0), VierWekenBijstand::Werkdagen);
        assert_eq!(
            m.iter().map(|m| m.uren_bijstand).collect::<Vec<_>>(),
            [8000, 0, 8000, 0]
        );
    }

    /// Periods from 1 January 2026: they end on 28 January, 25 February, …, 2 December and 30
    /// December, so December holds two (as in UWV's example); per working day the gemeente counts
    /// each month's share.
    #[test]
    fn four_weekly_periods_and_the_month_with_two() {
        let p = Werkpatroon {
            loon_per: Loonbetaling::VierWeken,
            ..Werkpatroon::default()
        };
        let m = p.maanden(
            d("2026-01-01"),
            12,
            Uren::heel(20),
            VierWekenBijstand::Werkdagen,
        );
        let per: Vec<usize> = m.iter().map(|m| m.perioden.len()).collect();
        assert_eq!(per, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
        assert_eq!(m[11].perioden[0].eind, d("2026-12-02"));
        assert_eq!(m[11].uren_uwv, 16_000);
        // Per working day the year's hours are all counted, spread over the months, and 31
        // December (a Thursday) belongs to the fourteenth period: one of its 20 working days.
        let totaal: i64 = m.iter().map(|m| m.uren_bijstand).sum();
        assert_eq!(totaal, 13 * 8000 + 8000 / 20);
        assert!(m.iter().all(|m| m.uren_bijstand < 16_000));
        // Paid on the date: December holds both.
        let m2 = p.maanden(
            d("2026-01-01"),
            12,
            Uren::heel(20),
            VierWekenBijstand::Betaaldatum,
        );
        assert_eq!(m2[11].uren_bijstand, 16_000);
    }

    #[test]
    fn entered_hours_per_period_and_an_anchor_date() {
        let p = Werkpatroon {
            loon_per: Loonbetaling::VierWeken,
            uren_per_periode: vec![Maanduren(4000), Maanduren(0)],
            periode_eindigt: Some("2026-03-15".into()),
            ..Werkpatroon::default()
        };
        let m = p.maanden(
            d("2026-04-01"),
            2,
            Uren::heel(10),
            VierWekenBijstand::Werkdagen,
        );
        // Periods end on 12 April (40 hours) and 10 May (0).
        assert_eq!(m[0].perioden[0].eind, d("2026-04-12"));
        assert_eq!(m[0].uren_uwv, 4000);
        assert_eq!(m[1].uren_uwv, 0);
        assert!(p.valideer(Taal::Nl).is_ok());
        let fout = Werkpatroon {
            uren_per_maand: vec![Maanduren(100)],
            bereik: Some(Bereik {
                van: Maanduren(0),
                tot: Maanduren(10),
            }),
            ..Werkpatroon::default()
        };
        assert_eq!(fout.valideer(Taal::Nl).unwrap_err().veld, "werk");
    }
}
