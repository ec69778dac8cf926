//! What the command-line tools share: one short error line, never a whole bad value, and the
//! current month from the system clock (the library itself never reads the clock, so it runs the
//! same in the browser).

/// At most this many characters of a value a person typed are quoted back.
pub const CITAAT_MAX: usize = 40;
/// At most this many characters in an error line.
pub const REGEL_MAX: usize = 300;

/// A value a person typed, as it may be quoted in a message: control characters replaced and at
/// most [`CITAAT_MAX`] characters, with "…" when it was longer.
pub fn kort(waarde: &str) -> String {
    afgekapt(waarde, CITAAT_MAX)
}

/// `tekst` with control characters replaced by spaces and at most `max` characters, with "…"
/// when it was longer.
fn afgekapt(tekst: &str, max: usize) -> String {
    let mut t: String = tekst
        .chars()
        .take(max)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if tekst.chars().nth(max).is_some() {
        t.push('…');
    }
    t
}

/// One line for stderr: control characters replaced, every quoted part ('…', "…" or `…`)
/// shortened with [`kort`], and at most [`REGEL_MAX`] characters in all.
pub fn een_regel(tekst: &str) -> String {
    let mut uit = String::with_capacity(tekst.len().min(REGEL_MAX + 8));
    let mut rest = tekst;
    while let Some(start) = rest.find(['\'', '"', '`']) {
        let teken = rest[start..].chars().next().unwrap_or('\'');
        uit.push_str(&rest[..start + teken.len_utf8()]);
        let na = &rest[start + teken.len_utf8()..];
        match na.find(teken) {
            Some(eind) => {
                uit.push_str(&kort(&na[..eind]));
                uit.push(teken);
                rest = &na[eind + teken.len_utf8()..];
            }
            None => {
                uit.push_str(&kort(na));
                rest = "";
            }
        }
    }
    uit.push_str(rest);
    afgekapt(&uit, REGEL_MAX)
}

/// The first day of the month of a date given as days since 1 January 1970 (`YYYY-MM-01`), by the
/// civil-from-days algorithm of Howard Hinnant (proleptic Gregorian calendar).
pub fn eerste_van_de_maand(dagen_sinds_1970: i64) -> String {
    let z = dagen_sinds_1970 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let maand = if mp < 10 { mp + 3 } else { mp - 9 };
    let jaar = yoe + era * 400 + i64::from(maand <= 2);
    format!("{jaar:04}-{maand:02}-01")
}

/// The first day of the current month by the system clock (native tools only).
pub fn deze_maand() -> String {
    let seconden = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    eerste_van_de_maand(seconden.div_euclid(86_400))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_value_is_quoted_short_and_the_line_stays_one_line() {
        let lang = "x".repeat(10_000);
        let r = een_regel(&format!(
            "Fout in opdracht: onbekende opdracht '{lang}'\nnog iets"
        ));
        assert!(r.chars().count() < 120, "{r}");
        assert!(r.contains(&format!("'{}…'", "x".repeat(CITAAT_MAX))), "{r}");
        assert!(!r.contains('\n'));
        assert_eq!(kort("kort"), "kort");
        assert_eq!(een_regel("geen citaat"), "geen citaat");
        let r = een_regel(&format!("a \"{}", "y".repeat(500)));
        assert!(r.chars().count() < 60, "{r}");
    }

    #[test]
    fn days_since_1970_give_the_month() {
        assert_eq!(eerste_van_de_maand(0), "1970-01-01");
        assert_eq!(eerste_van_de_maand(20_454), "2026-01-01");
        assert_eq!(eerste_van_de_maand(20_454 + 180), "2026-06-01");
        assert_eq!(eerste_van_de_maand(20_454 + 181), "2026-07-01");
        assert_eq!(eerste_van_de_maand(20_818), "2026-12-01");
        assert_eq!(eerste_van_de_maand(20_819), "2027-01-01");
        assert_eq!(eerste_van_de_maand(10_988), "2000-02-01");
        assert_eq!(eerste_van_de_maand(10_988 + 28), "2000-02-01");
        assert_eq!(eerste_van_de_maand(10_988 + 29), "2000-03-01");
    }
}
