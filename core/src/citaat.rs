//! # Citations that carry their quote
//!
//! A claim that rests on one of the project's source documents (`../shared/seeds/`) cites it as
//! `NNN_<16 hex>.txt:<line>` or `…:<from>-<to>`; several ranges are joined by commas
//! (`003_67b7aad3d31d0557.txt:127-130,291-293`). The claim also carries a `citaat`: the few words
//! of the source that support it. [`citaat_staat_in`] says whether those words stand in the cited
//! lines, so a test can fail when a citation points at lines that do not say what the claim says.
//!
//! The comparison forgives what a PDF-to-text conversion does to a sentence (line breaks, words
//! split with a hyphen at the end of a line, curly quotes, soft hyphens, case) but nothing else. A
//! quote may skip words with `…`: each part must then stand in the lines, in order.

/// A citation of seed lines: the file name and the inclusive line ranges (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedVerwijzing<'a> {
    pub bestand: &'a str,
    pub bereiken: Vec<(usize, usize)>,
}

/// Reads `NNN_<16 hex>.txt:<ranges>`; `None` when it is not of that form (a line 0, a range that
/// runs backwards, an empty range or a malformed file name).
pub fn lees_seed_verwijzing(s: &str) -> Option<SeedVerwijzing<'_>> {
    let (bestand, regels) = s.trim().split_once(':')?;
    let stam = bestand.strip_suffix(".txt")?;
    let (nummer, hash) = stam.split_once('_')?;
    if nummer.len() != 3
        || !nummer.bytes().all(|b| b.is_ascii_digit())
        || hash.len() != 16
        || !hash.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return None;
    }
    let mut bereiken = Vec::new();
    for deel in regels.split(',') {
        let deel = deel.trim();
        let (a, b) = match deel.split_once('-') {
            Some((a, b)) => (a.trim().parse().ok()?, b.trim().parse().ok()?),
            None => {
                let n: usize = deel.parse().ok()?;
                (n, n)
            }
        };
        if a == 0 || b < a {
            return None;
        }
        bereiken.push((a, b));
    }
    (!bereiken.is_empty()).then_some(SeedVerwijzing { bestand, bereiken })
}

/// The text of the cited lines, ranges in order, joined by line breaks; `None` when a range runs
/// past the end of the document.
pub fn geciteerde_regels(document: &str, v: &SeedVerwijzing<'_>) -> Option<String> {
    let regels: Vec<&str> = document.lines().collect();
    let mut uit = Vec::new();
    for &(a, b) in &v.bereiken {
        if b > regels.len() {
            return None;
        }
        uit.extend_from_slice(&regels[a - 1..b]);
    }
    Some(uit.join("\n"))
}

/// Text as the comparison sees it: lower case; a word split by a hyphen at a line end joined
/// again; soft hyphens gone; curly quotes and dashes made plain; every run of white space one
/// space.
pub fn normaliseer(tekst: &str) -> String {
    let mut s = String::with_capacity(tekst.len());
    let mut chars = tekst.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{ad}' => {}
            // "ver-\nwijzing" -> "verwijzing"
            '-' if chars.peek() == Some(&'\n') => {
                chars.next();
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
            }
            '‘' | '’' | '‚' | '`' | '´' => s.push('\''),
            '“' | '”' | '„' => s.push('"'),
            '–' | '—' | '‑' => s.push('-'),
            c => s.extend(c.to_lowercase()),
        }
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `citaat` stands in `geciteerd` (after [`normaliseer`]). Parts separated by `…` (or
/// `...`) must each stand there, in order. An empty quote never does.
pub fn citaat_staat_in(geciteerd: &str, citaat: &str) -> bool {
    let tekst = normaliseer(geciteerd);
    let citaat = citaat.replace("...", "…");
    let delen: Vec<String> = citaat
        .split('…')
        .map(normaliseer)
        .filter(|d| !d.is_empty())
        .collect();
    if delen.is_empty() {
        return false;
    }
    let mut vanaf = 0;
    for d in &delen {
        match tekst[vanaf..].find(d.as_str()) {
            Some(i) => vanaf += i + d.len(),
            None => return false,
        }
    }
    true
}

/// Checks one seed citation with its quote against the seed documents in `seeds` (a folder).
/// `Err` says, in one line, what is wrong: the citation's form, the file, the lines or the quote.
pub fn controleer_seed_citaat(
    seeds: &std::path::Path,
    verwijzing: &str,
    citaat: &str,
) -> Result<(), String> {
    let v = lees_seed_verwijzing(verwijzing).ok_or_else(|| {
        format!("'{verwijzing}' is geen seed-verwijzing (bestand.txt:regel-regel)")
    })?;
    let document =
        std::fs::read_to_string(seeds.join(v.bestand)).map_err(|e| format!("{verwijzing}: {e}"))?;
    let regels = geciteerde_regels(&document, &v)
        .ok_or_else(|| format!("{verwijzing}: voorbij het einde van het document"))?;
    if citaat_staat_in(&regels, citaat) {
        Ok(())
    } else {
        Err(format!(
            "{verwijzing}: het citaat «{citaat}» staat niet in deze regels"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_single_lines_ranges_and_joined_ranges() {
        let v = lees_seed_verwijzing("003_67b7aad3d31d0557.txt:127-130,291-293").unwrap();
        assert_eq!(v.bestand, "003_67b7aad3d31d0557.txt");
        assert_eq!(v.bereiken, vec![(127, 130), (291, 293)]);
        let v = lees_seed_verwijzing("001_c330f0dc3297d9c7.txt:1239").unwrap();
        assert_eq!(v.bereiken, vec![(1239, 1239)]);
        for slecht in [
            "001_c330f0dc3297d9c7.txt:1319-1312",
            "001_c330f0dc3297d9c7.txt:0",
            "001_c330f0dc3297d9c7.txt",
            "1_c330f0dc3297d9c7.txt:12",
            "001_c330f0dc3297d9cz.txt:12",
            "001_c330f0dc3297d9c7.txt:12-",
            "001_c330f0dc3297d9c7.txt:",
            "https://example.org",
        ] {
            assert!(lees_seed_verwijzing(slecht).is_none(), "{slecht}");
        }
    }

    #[test]
    fn a_quote_survives_line_breaks_hyphenation_and_case_but_not_other_words() {
        let doc =
            "een\nMensen die werken met een psychi-\nsche aandoening zeggen: ‘Het hielp’.\nslot";
        let v = lees_seed_verwijzing("000_0123456789abcdef.txt:2-3").unwrap();
        let regels = geciteerde_regels(doc, &v).unwrap();
        assert!(citaat_staat_in(&regels, "psychische aandoening zeggen"));
        assert!(citaat_staat_in(&regels, "mensen die werken … 'het hielp'"));
        assert!(citaat_staat_in(&regels, "Mensen ... hielp"));
        assert!(
            !citaat_staat_in(&regels, "het hielp … mensen"),
            "order counts"
        );
        assert!(!citaat_staat_in(&regels, "slot"), "outside the cited lines");
        assert!(!citaat_staat_in(&regels, "psychische aandoening zei"));
        assert!(
            !citaat_staat_in(&regels, " … "),
            "an empty quote proves nothing"
        );
    }

    #[test]
    fn lines_past_the_end_are_an_error_not_a_panic() {
        let v = lees_seed_verwijzing("000_0123456789abcdef.txt:2-9").unwrap();
        assert!(geciteerde_regels("a\nb", &v).is_none());
    }
}
