//! The calendar the money rules need: dates as days, weekdays, the first working day on or after a
//! date (a payer who "pays on the 20th" pays later when that is a weekend or a public holiday), and
//! the weekdays of a period. No clock: the dates come from the scenario.
//!
//! Public holidays: Nieuwjaarsdag, tweede Paasdag, Koningsdag, Hemelvaartsdag, tweede Pinksterdag
//! and both Christmas days, with Easter from the Gregorian computus (Meeus/Jones/Butcher). 5 May is
//! left out: it never falls on a payment day used here (days 8, 20 and 23 of a month). A date
//! shifted this way is shown as approximate ("rond").

use std::fmt;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Datum {
    pub jaar: i32,
    pub maand: u32,
    pub dag: u32,
}

impl fmt::Display for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.jaar, self.maand, self.dag)
    }
}

/// The number of days in a month.
pub fn dagen_in_maand(jaar: i32, maand: u32) -> u32 {
    match maand {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (jaar % 4 == 0 && jaar % 100 != 0) || jaar % 400 == 0 => 29,
        _ => 28,
    }
}

impl Datum {
    /// A valid date, or `None`.
    pub fn new(jaar: i32, maand: u32, dag: u32) -> Option<Datum> {
        ((1..=12).contains(&maand) && dag >= 1 && dag <= dagen_in_maand(jaar, maand))
            .then_some(Datum { jaar, maand, dag })
    }

    /// Reads `JJJJ-MM-DD`.
    pub fn lees(s: &str) -> Option<Datum> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        Datum::new(
            s.get(0..4)?.parse().ok()?,
            s.get(5..7)?.parse().ok()?,
            s.get(8..10)?.parse().ok()?,
        )
    }

    /// Days since 1 January 1970 (Howard Hinnant's days-from-civil).
    pub fn dagnummer(self) -> i64 {
        let y = i64::from(self.jaar) - i64::from(self.maand <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.maand);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.dag) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date of a day number (civil-from-days).
    pub fn uit_dagnummer(n: i64) -> Datum {
        let z = n + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let dag = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let maand = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let jaar = (yoe + era * 400 + i64::from(maand <= 2)) as i32;
        Datum { jaar, maand, dag }
    }

    /// `n` days later (or earlier).
    pub fn plus_dagen(self, n: i64) -> Datum {
        Datum::uit_dagnummer(self.dagnummer() + n)
    }

    /// The first day of the month `n` months later.
    pub fn maand_later(self, n: i32) -> Datum {
        let index = self.jaar * 12 + self.maand as i32 - 1 + n;
        Datum {
            jaar: index.div_euclid(12),
            maand: (index.rem_euclid(12) + 1) as u32,
            dag: 1,
        }
    }

    /// The last day of this date's month.
    pub fn einde_maand(self) -> Datum {
        Datum {
            dag: dagen_in_maand(self.jaar, self.maand),
            ..self
        }
    }

    /// 1 = Monday … 7 = Sunday.
    pub fn weekdag(self) -> u32 {
        // 1 January 1970 was a Thursday (4).
        ((self.dagnummer() + 3).rem_euclid(7) + 1) as u32
    }

    /// Monday to Friday.
    pub fn is_weekdag(self) -> bool {
        self.weekdag() <= 5
    }

    /// A working day: a weekday that is not a general public holiday.
    pub fn is_werkdag(self) -> bool {
        self.is_weekdag() && !is_feestdag(self)
    }

    /// This date, or the first working day after it.
    pub fn werkdag_vanaf(self) -> Datum {
        let mut d = self;
        while !d.is_werkdag() {
            d = d.plus_dagen(1);
        }
        d
    }

    /// This date, or the last working day before it.
    pub fn werkdag_tot(self) -> Datum {
        let mut d = self;
        while !d.is_werkdag() {
            d = d.plus_dagen(-1);
        }
        d
    }

    /// The month as `JJJJ-MM`.
    pub fn periode(self) -> String {
        format!("{:04}-{:02}", self.jaar, self.maand)
    }
}

/// Easter Sunday (Gregorian, anonymous algorithm of Meeus/Jones/Butcher).
pub fn pasen(jaar: i32) -> Datum {
    let a = jaar % 19;
    let b = jaar / 100;
    let c = jaar % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let maand = (h + l - 7 * m + 114) / 31;
    let dag = (h + l - 7 * m + 114) % 31 + 1;
    Datum {
        jaar,
        maand: maand as u32,
        dag: dag as u32,
    }
}

/// A general public holiday (see the module documentation).
pub fn is_feestdag(d: Datum) -> bool {
    let vast = matches!((d.maand, d.dag), (1, 1) | (12, 25) | (12, 26));
    // Koningsdag: 27 April, or 26 April when the 27th is a Sunday.
    let koningsdag = Datum::new(d.jaar, 4, 27).map(|k| {
        if k.weekdag() == 7 {
            k.plus_dagen(-1)
        } else {
            k
        }
    }) == Some(d);
    let p = pasen(d.jaar).dagnummer();
    let n = d.dagnummer();
    vast || koningsdag || n == p + 1 || n == p + 39 || n == p + 50
}

/// The weekdays (Monday to Friday) from `van` to `tot` inclusive.
pub fn weekdagen(van: Datum, tot: Datum) -> i64 {
    let (a, b) = (van.dagnummer(), tot.dagnummer());
    if b < a {
        return 0;
    }
    let dagen = b - a + 1;
    // Whole weeks have five; the rest is counted from `van`'s weekday (0 = Monday).
    let eerste = (a + 3).rem_euclid(7);
    let rest = (0..dagen % 7).filter(|k| (eerste + k) % 7 < 5).count() as i64;
    dagen / 7 * 5 + rest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Datum {
        Datum::lees(s).unwrap()
    }

    #[test]
    fn days_weekdays_and_months() {
        assert_eq!(d("1970-01-01").dagnummer(), 0);
        assert_eq!(Datum::uit_dagnummer(20_454), d("2026-01-01"));
        // 1 January 2026 is a Thursday; 20 December 2026 a Sunday.
        assert_eq!(d("2026-01-01").weekdag(), 4);
        assert_eq!(d("2026-12-20").weekdag(), 7);
        assert_eq!(d("2026-12-20").werkdag_vanaf(), d("2026-12-21"));
        assert_eq!(d("2026-12-05").maand_later(2), d("2027-02-01"));
        assert_eq!(d("2028-02-10").einde_maand(), d("2028-02-29"));
        assert!(Datum::lees("2026-02-30").is_none());
        // A period of four weeks has exactly 20 weekdays; the count agrees with day by day.
        assert_eq!(weekdagen(d("2026-01-01"), d("2026-01-28")), 20);
        for van in 0..14 {
            for lengte in 0..40 {
                let a = d("2026-03-01").plus_dagen(van);
                let b = a.plus_dagen(lengte);
                let teller = (a.dagnummer()..=b.dagnummer())
                    .filter(|&n| Datum::uit_dagnummer(n).is_weekdag())
                    .count() as i64;
                assert_eq!(weekdagen(a, b), teller, "{a} {b}");
            }
        }
        assert_eq!(weekdagen(d("2026-03-02"), d("2026-03-01")), 0);
    }

    #[test]
    fn public_holidays() {
        // Easter 2026: 5 April; 2027: 28 March.
        assert_eq!(pasen(2026), d("2026-04-05"));
        assert_eq!(pasen(2027), d("2027-03-28"));
        for f in [
            "2026-01-01",
            "2026-04-06",
            "2026-04-27",
            "2026-05-14",
            "2026-05-25",
            "2026-12-25",
            "2026-12-26",
            "2025-04-26",
        ] {
            assert!(is_feestdag(d(f)), "{f}");
        }
        assert!(!is_feestdag(d("2026-04-05")) && !d("2026-04-05").is_werkdag());
        assert_eq!(d("2026-04-06").werkdag_vanaf(), d("2026-04-07"));
    }
}
