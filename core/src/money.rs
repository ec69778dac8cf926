//! Money as whole euro cents, and numbers as people type them in the Netherlands.
//!
//! Results never use floating point: an amount is an `i64` count of cents. Rounding is always
//! explicit and named after the rule that asks for it (see [`Cents::round_down_to_euro`] and
//! friends). Parsing accepts the ways Dutch people write numbers ("1.234,56", "1234,56", "12,5",
//! "€ 1.234") and rejects everything else with a message in Dutch that the screen can show.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};

/// An amount of money in euro cents.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Cents(pub i64);

impl Cents {
    pub const ZERO: Cents = Cents(0);

    /// Whole euros.
    pub const fn euros(e: i64) -> Cents {
        Cents(e * 100)
    }

    /// The value in euros as a float, only for output (JSON, charts), never for arithmetic.
    pub fn as_euro_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// Round towards zero to whole euros (e.g. a payment "afgerond op hele euro's naar beneden").
    pub fn round_down_to_euro(self) -> Cents {
        Cents(self.0 - self.0 % 100)
    }

    /// Round half away from zero to whole euros.
    pub fn round_to_euro(self) -> Cents {
        let r = self.0 % 100;
        if r >= 50 {
            Cents(self.0 - r + 100)
        } else if r <= -50 {
            Cents(self.0 - r - 100)
        } else {
            Cents(self.0 - r)
        }
    }

    /// Zero when negative.
    pub fn max_zero(self) -> Cents {
        Cents(self.0.max(0))
    }

    /// Multiply by a rate given in parts per million (e.g. 13,730% = 137_300 ppm), rounding half
    /// away from zero to the cent. Using integer ppm keeps legal percentages with up to four
    /// decimals exact.
    pub fn times_ppm(self, ppm: i64) -> Cents {
        Cents(div_round(self.0 as i128 * ppm as i128, 1_000_000))
    }

    /// Multiply by a fraction `num / den`, rounding half away from zero to the cent.
    pub fn times_fraction(self, num: i64, den: i64) -> Cents {
        assert!(den != 0, "noemer mag niet nul zijn");
        Cents(div_round(self.0 as i128 * num as i128, den as i128))
    }
}

/// Integer division rounding half away from zero.
fn div_round(n: i128, d: i128) -> i64 {
    let (n, d) = if d < 0 { (-n, -d) } else { (n, d) };
    let q = if n >= 0 {
        (n + d / 2) / d
    } else {
        -((-n + d / 2) / d)
    };
    q.clamp(i64::MIN as i128, i64::MAX as i128) as i64
}

impl Add for Cents {
    type Output = Cents;
    fn add(self, o: Cents) -> Cents {
        Cents(self.0.saturating_add(o.0))
    }
}
impl Sub for Cents {
    type Output = Cents;
    fn sub(self, o: Cents) -> Cents {
        Cents(self.0.saturating_sub(o.0))
    }
}
impl AddAssign for Cents {
    fn add_assign(&mut self, o: Cents) {
        *self = *self + o;
    }
}
impl SubAssign for Cents {
    fn sub_assign(&mut self, o: Cents) {
        *self = *self - o;
    }
}
impl Neg for Cents {
    type Output = Cents;
    fn neg(self) -> Cents {
        Cents(self.0.saturating_neg())
    }
}
impl std::iter::Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(iter: I) -> Cents {
        iter.fold(Cents::ZERO, |a, b| a + b)
    }
}

impl fmt::Display for Cents {
    /// Dutch notation: "€ 1.234,56", "-€ 12,00".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let abs = self.0.unsigned_abs();
        let mut buf = [0u8; GROUPED_MAX];
        f.write_str(if self.0 < 0 { "-€ " } else { "€ " })?;
        f.write_str(group_thousands(abs / 100, &mut buf))?;
        let cents = (abs % 100) as u8;
        let cents = [b',', b'0' + cents / 10, b'0' + cents % 10];
        f.write_str(std::str::from_utf8(&cents).unwrap_or_default())
    }
}

/// Whole euros with a thousands dot, without cents: "€ 1.235" (rounded half away from zero).
pub fn format_whole_euros(c: Cents) -> String {
    let r = c.round_to_euro().0 / 100;
    let mut buf = [0u8; GROUPED_MAX];
    let digits = group_thousands(r.unsigned_abs(), &mut buf);
    let mut s = String::with_capacity(digits.len() + 6);
    s.push_str(if r < 0 { "-€ " } else { "€ " });
    s.push_str(digits);
    s
}

/// The longest `u64` with thousands dots: 20 digits and 6 dots.
const GROUPED_MAX: usize = 26;

/// `n` with a dot between each group of three digits ("1.234.567"), written into `buf` without
/// allocating: the engine writes many amounts into its explanations, and this is most of the cost.
fn group_thousands(mut n: u64, buf: &mut [u8; GROUPED_MAX]) -> &str {
    let mut i = buf.len();
    let mut digits = 0;
    loop {
        if digits > 0 && digits % 3 == 0 {
            i -= 1;
            buf[i] = b'.';
        }
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        digits += 1;
        if n == 0 {
            break;
        }
    }
    // Only ASCII digits and dots were written.
    std::str::from_utf8(&buf[i..]).unwrap_or_default()
}

/// Why a typed number was not accepted. `Display` gives a short Dutch sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    NotANumber,
    TooManyDecimals {
        max: u32,
    },
    Negative,
    TooLarge,
    /// A dot with one or two digits after it in an amount with cents ("1.2", "12.50"): it can be
    /// the start of "1.250" as well as cents, so the amount is not guessed.
    DotInAmount,
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NumberError::Empty => write!(f, "Vul een getal in."),
            NumberError::NotANumber => write!(
                f,
                "Dit is geen getal. Gebruik alleen cijfers, met een komma voor decimalen, bijvoorbeeld 1.234,56."
            ),
            NumberError::TooManyDecimals { max } => {
                write!(f, "Gebruik hoogstens {max} cijfers na de komma.")
            }
            NumberError::Negative => write!(f, "Het getal mag niet negatief zijn."),
            NumberError::TooLarge => write!(f, "Dit getal is te groot."),
            NumberError::DotInAmount => write!(
                f,
                "Gebruik een komma voor centen, bijvoorbeeld 12,50. Een punt staat alleen tussen duizendtallen, bijvoorbeeld 1.250."
            ),
        }
    }
}

impl std::error::Error for NumberError {}

/// A non-negative decimal number typed in Dutch notation, as a scaled integer:
/// `parse_decimal("12,5", 2)` is `Ok(1250)`.
///
/// Accepted: digits, an optional decimal comma, dots as thousands separators ("1.234,56") when
/// they group by three, a leading "€", spaces. A single dot followed by one or two digits and no
/// comma ("12.5") is read as a decimal point (data files and the command line). What a person
/// types in a field goes through [`parse_typed`], which is stricter about the dot in amounts.
/// Anything else is an error; the caller keeps the previous value.
pub fn parse_decimal(input: &str, decimals: u32) -> Result<i64, NumberError> {
    let s: String = input
        .trim()
        .trim_start_matches('€')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    if s.is_empty() {
        return Err(NumberError::Empty);
    }
    if let Some(rest) = s.strip_prefix('-') {
        if !rest.is_empty()
            && rest
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            return Err(NumberError::Negative);
        }
        return Err(NumberError::NotANumber);
    }
    if !s
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return Err(NumberError::NotANumber);
    }
    let commas = s.matches(',').count();
    let (int_part, frac_part): (String, &str) = match commas {
        0 => {
            let dots: Vec<&str> = s.split('.').collect();
            if dots.len() == 2 && !dots[1].is_empty() && dots[1].len() <= 2 {
                // "24.5": a decimal point typed on a phone keyboard.
                (dots[0].to_string(), dots[1])
            } else {
                (strip_thousands(&s)?, "")
            }
        }
        1 => {
            let (i, f) = s.split_once(',').unwrap_or((&s, ""));
            if f.contains('.') {
                return Err(NumberError::NotANumber);
            }
            (strip_thousands(i)?, f)
        }
        _ => return Err(NumberError::NotANumber),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(NumberError::NotANumber);
    }
    if frac_part.len() > decimals as usize {
        return Err(NumberError::TooManyDecimals { max: decimals });
    }
    if int_part.len() > 12 {
        return Err(NumberError::TooLarge);
    }
    let int_val: i64 = if int_part.is_empty() {
        0
    } else {
        int_part.parse().map_err(|_| NumberError::NotANumber)?
    };
    let mut frac_val: i64 = if frac_part.is_empty() {
        0
    } else {
        frac_part.parse().map_err(|_| NumberError::NotANumber)?
    };
    for _ in frac_part.len()..decimals as usize {
        frac_val *= 10;
    }
    int_val
        .checked_mul(10i64.pow(decimals))
        .and_then(|v| v.checked_add(frac_val))
        .ok_or(NumberError::TooLarge)
}

/// A number as a person types it in a field, scaled by 10^decimals. One rule for the dot: a dot
/// followed by exactly three digits separates thousands ("1.250"); in a number with at most one
/// decimal ("24.5" hours) a dot followed by one digit is a decimal point, as phone keyboards type
/// it; in an amount in euros (two decimals) a dot followed by one or two digits ("1.2", "12.50")
/// is `DotInAmount`, because "1.2" is also the start of "1.250": the amount is not guessed.
pub fn parse_typed(input: &str, decimals: u32) -> Result<i64, NumberError> {
    if decimals >= 2 && !input.contains(',') {
        let parts: Vec<&str> = input.trim().split('.').collect();
        if parts.len() == 2 && (1..=2).contains(&parts[1].trim().len()) {
            return Err(NumberError::DotInAmount);
        }
    }
    parse_decimal(input, decimals)
}

/// Whether a typed text is a number that is still being typed: it ends in a "." or "," and what
/// comes before it is a number ("24.", "1.250,"). Such a text changes nothing until a digit
/// follows or the person leaves the field.
pub fn still_typing(input: &str, decimals: u32) -> bool {
    let t = input.trim_end();
    match t.strip_suffix(['.', ',']) {
        Some(rest) => {
            !rest.is_empty() && !rest.ends_with(['.', ',']) && parse_decimal(rest, decimals).is_ok()
        }
        None => false,
    }
}

/// "1.234.567" → "1234567"; dots must group digits by three.
fn strip_thousands(s: &str) -> Result<String, NumberError> {
    if !s.contains('.') {
        return Ok(s.to_string());
    }
    let groups: Vec<&str> = s.split('.').collect();
    let first_ok = !groups[0].is_empty() && groups[0].len() <= 3;
    let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
    if first_ok && rest_ok {
        Ok(groups.concat())
    } else {
        Err(NumberError::NotANumber)
    }
}

/// An amount in euros typed in Dutch notation: "1.234,56" → `Cents(123456)`.
pub fn parse_euros(input: &str) -> Result<Cents, NumberError> {
    parse_decimal(input, 2).map(Cents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_dutch_amounts() {
        assert_eq!(Cents(123456).to_string(), "€ 1.234,56");
        assert_eq!(Cents(5).to_string(), "€ 0,05");
        assert_eq!(Cents(-1200).to_string(), "-€ 12,00");
        assert_eq!(Cents(100_000_000).to_string(), "€ 1.000.000,00");
        assert_eq!(format_whole_euros(Cents(123450)), "€ 1.235");
        assert_eq!(format_whole_euros(Cents(-123449)), "-€ 1.234");
        // Every group boundary, zero, and the extremes.
        assert_eq!(Cents(0).to_string(), "€ 0,00");
        assert_eq!(Cents(99_999).to_string(), "€ 999,99");
        assert_eq!(Cents(100_000).to_string(), "€ 1.000,00");
        assert_eq!(Cents(-100_010_007).to_string(), "-€ 1.000.100,07");
        assert_eq!(Cents(i64::MIN).to_string(), "-€ 92.233.720.368.547.758,08");
        assert_eq!(Cents(i64::MAX).to_string(), "€ 92.233.720.368.547.758,07");
        assert_eq!(format_whole_euros(Cents(0)), "€ 0");
        assert_eq!(format_whole_euros(Cents(-49)), "€ 0");
        assert_eq!(format_whole_euros(Cents(99_950)), "€ 1.000");
        let mut buf = [0u8; GROUPED_MAX];
        assert_eq!(
            group_thousands(u64::MAX, &mut buf),
            "18.446.744.073.709.551.615"
        );
    }

    #[test]
    fn parses_the_ways_people_type_numbers() {
        assert_eq!(parse_euros("1.234,56"), Ok(Cents(123456)));
        assert_eq!(parse_euros("1234,56"), Ok(Cents(123456)));
        assert_eq!(parse_euros("€ 1.234"), Ok(Cents(123400)));
        assert_eq!(parse_euros(" 12,5 "), Ok(Cents(1250)));
        assert_eq!(parse_euros("12.5"), Ok(Cents(1250)));
        // Typed in a field: one rule for the dot. Three digits after it: thousands. In an amount
        // with cents, one or two digits after it are not guessed ("1.2" is also the start of
        // "1.250"); with one decimal (hours) a dot followed by one digit is the decimal point.
        assert_eq!(parse_typed("1.250", 2), Ok(125_000));
        assert_eq!(parse_typed("1.2", 2), Err(NumberError::DotInAmount));
        assert_eq!(parse_typed("12.50", 2), Err(NumberError::DotInAmount));
        assert_eq!(parse_typed("1.250,50", 2), Ok(125_050));
        assert_eq!(parse_typed("12,50", 2), Ok(1_250));
        assert_eq!(parse_typed("24.5", 1), Ok(245));
        assert_eq!(parse_typed("24,5", 1), Ok(245));
        // A trailing separator is still being typed; a text that is wrong before it is not.
        for t in ["24.", "24,", "1.", "1.250,", "2"] {
            assert_eq!(still_typing(t, 2), t != "2", "{t}");
        }
        assert!(!still_typing("x.", 1));
        assert!(!still_typing("2..", 1));
        assert!(!still_typing(".", 1));
        assert_eq!(parse_euros("12.50"), Ok(Cents(1250)));
        assert_eq!(parse_euros("1.234"), Ok(Cents(123400)));
        assert_eq!(parse_euros("0"), Ok(Cents(0)));
        assert_eq!(parse_euros(",5"), Ok(Cents(50)));
        assert_eq!(parse_decimal("12,5", 1), Ok(125));
    }

    #[test]
    fn rejects_what_is_not_a_number_with_a_dutch_message() {
        assert_eq!(parse_euros(""), Err(NumberError::Empty));
        assert_eq!(parse_euros("abc"), Err(NumberError::NotANumber));
        assert_eq!(parse_euros("12a"), Err(NumberError::NotANumber));
        assert_eq!(parse_euros("-5"), Err(NumberError::Negative));
        assert_eq!(parse_euros("1,2,3"), Err(NumberError::NotANumber));
        assert_eq!(parse_euros("12.34.5"), Err(NumberError::NotANumber));
        assert_eq!(
            parse_euros("1,234"),
            Err(NumberError::TooManyDecimals { max: 2 })
        );
        assert_eq!(parse_euros("99999999999999999"), Err(NumberError::TooLarge));
        assert_eq!(parse_euros("NaN"), Err(NumberError::NotANumber));
        assert!(NumberError::NotANumber.to_string().contains("geen getal"));
    }

    #[test]
    fn rounds_explicitly() {
        assert_eq!(Cents(12999).round_down_to_euro(), Cents(12900));
        assert_eq!(Cents(12950).round_to_euro(), Cents(13000));
        assert_eq!(Cents(12949).round_to_euro(), Cents(12900));
        assert_eq!(Cents(-12950).round_to_euro(), Cents(-13000));
        // 13,730% of € 10.000,00
        assert_eq!(Cents(1_000_000).times_ppm(137_300), Cents(137_300));
        assert_eq!(Cents(100).times_fraction(1, 3), Cents(33));
        assert_eq!(Cents(200).times_fraction(1, 3), Cents(67));
    }
}
