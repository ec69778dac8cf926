//! # Citations that carry their quote, and the documents they point at
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
//!
//! A file name means nothing to the person reading the screen. [`leesbare_bron`] turns a citation
//! into what a reference list would say — "Samen werken aan werk (Programmaraad, 2017), onderdeel
//! ‘3.5 IPS’, p. 22" — from the document's title, maker, year and headings in
//! `data/documenten.toml` ([`documenten`]).
//!
//! This is the one place that reads a citation and checks a date: every source model of the
//! rules and content (the income parameters' `Bron`, the matcher's `Bron`, the disclosure aid's
//! `Source`, the glossary) calls [`lees_seed_verwijzing`], [`seed_verwijzing_in`] and
//! [`is_datum`] from here.

use crate::Taal;
use serde_json::Value;
use std::sync::OnceLock;

/// A date as the data write it, `YYYY-MM-DD`, with a plausible year, month and day: the date a
/// source was read, a production date, the first day a value holds.
pub fn is_datum(d: &str) -> bool {
    let b = d.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let getal = |r: std::ops::Range<usize>| {
        d.get(r)
            .filter(|x| x.bytes().all(|c| c.is_ascii_digit()))
            .and_then(|x| x.parse::<u32>().ok())
    };
    matches!(
        (getal(0..4), getal(5..7), getal(8..10)),
        (Some(2000..=2100), Some(1..=12), Some(1..=31))
    )
}

/// The seed citation (`NNN_<hex>.txt:<lines>`) in a source written as text ("Wet …, zie
/// 001_….txt:12-14."), if it names one; read it with [`lees_seed_verwijzing`].
pub fn seed_verwijzing_in(tekst: &str) -> Option<&str> {
    tekst
        .split_whitespace()
        .find(|w| w.contains(".txt:"))
        .map(|w| w.trim_end_matches(['.', ';']))
}

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

/// One of the source documents: what a reader needs to find it again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The seed file, `NNN_<16 hex>.txt`.
    pub bestand: String,
    /// The title as the document or its publisher names it (a name: not translated), or, with
    /// `titel_beschreven`, our description of a document whose title we do not have.
    pub titel: String,
    pub titel_beschreven: bool,
    /// The English description, for a described title only.
    pub titel_en: Option<String>,
    /// Who made or published it (organisations, or authors as in a reference list).
    pub door: String,
    pub door_en: String,
    pub jaar: String,
    pub jaar_en: Option<String>,
    /// The language of the document (`nl`).
    pub taal: String,
    /// A sentence or two about the document.
    pub over: String,
    pub over_en: String,
    /// The page the text ends on, for the last heading's pages.
    pub laatste_pagina: Option<u32>,
    /// Where the title, maker and year come from: document lines or web pages, with the words.
    pub bewijs: Vec<Bewijs>,
    /// The headings, in the order of the document.
    pub deel: Vec<Deel>,
}

/// The words that show a fact about a document, and where they stand: a line of the document
/// (`NNN_<hex>.txt:<lines>`) or a web page read on `gelezen`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bewijs {
    pub bron: String,
    pub citaat: String,
    pub gelezen: Option<String>,
}

/// A heading of a document: the line it stands on, its words, and the page it starts on when the
/// document's own table of contents says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deel {
    pub regel: usize,
    pub kop: String,
    pub pagina: Option<u32>,
}

impl Document {
    /// The title, or for a described title its description in `taal`.
    pub fn titel(&self, taal: Taal) -> &str {
        match (taal, &self.titel_en) {
            (Taal::En, Some(en)) if self.titel_beschreven => en,
            _ => &self.titel,
        }
    }

    /// Whether the title shown in `taal` is in the document's own language (a name, not ours).
    pub fn titel_in_documenttaal(&self, taal: Taal) -> bool {
        !(taal == Taal::En && self.titel_beschreven && self.titel_en.is_some())
    }

    pub fn door(&self, taal: Taal) -> &str {
        match taal {
            Taal::Nl => &self.door,
            Taal::En => &self.door_en,
        }
    }

    pub fn jaar(&self, taal: Taal) -> &str {
        match (taal, &self.jaar_en) {
            (Taal::En, Some(en)) => en,
            _ => &self.jaar,
        }
    }

    pub fn over(&self, taal: Taal) -> &str {
        match taal {
            Taal::Nl => &self.over,
            Taal::En => &self.over_en,
        }
    }

    /// "Titel (door, jaar)".
    pub fn verwijzing(&self, taal: Taal) -> String {
        format!(
            "{} ({}, {})",
            self.titel(taal),
            self.door(taal),
            self.jaar(taal)
        )
    }

    /// The heading a line stands under: the last one at or above it.
    fn deel_bij(&self, regel: usize) -> Option<usize> {
        self.deel.iter().rposition(|d| d.regel <= regel)
    }

    /// The pages of heading `i`: from its first page to the page the next heading starts on (or
    /// the last page). Unknown when either end is not known.
    fn paginas(&self, i: usize) -> Option<(u32, u32)> {
        let van = self.deel.get(i)?.pagina?;
        let tot = match self.deel.get(i + 1) {
            Some(volgend) => volgend.pagina?,
            None => self.laatste_pagina?,
        };
        Some((van, tot.max(van)))
    }
}

/// Where in a document a citation points: a heading and, when known, its pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plaats<'a> {
    /// The heading's position among the document's headings.
    pub deel: usize,
    pub kop: &'a str,
    pub paginas: Option<(u32, u32)>,
}

impl Plaats<'_> {
    /// "p. 22" or "p. 22–24".
    pub fn paginas_tekst(&self) -> Option<String> {
        self.paginas.map(|(van, tot)| {
            if van == tot {
                format!("p. {van}")
            } else {
                format!("p. {van}–{tot}")
            }
        })
    }
}

/// A seed citation as a reader sees it: the document and the headings (with pages) of the cited
/// lines, in order, each once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeesbareBron<'a> {
    pub document: &'a Document,
    pub plaatsen: Vec<Plaats<'a>>,
}

impl<'a> LeesbareBron<'a> {
    /// Takes in another citation of the same document: a list of sources then names the document
    /// once, with the headings of all its citations in the order of the document.
    pub fn voeg_toe(&mut self, ander: LeesbareBron<'a>) {
        for p in ander.plaatsen {
            if !self.plaatsen.contains(&p) {
                self.plaatsen.push(p);
            }
        }
        self.plaatsen.sort_by_key(|p| p.deel);
    }

    /// "onderdeel" or "onderdelen" ("section", "sections").
    pub fn plaats_woord(&self, taal: Taal) -> &'static str {
        match (taal, self.plaatsen.len() > 1) {
            (Taal::Nl, false) => "onderdeel",
            (Taal::Nl, true) => "onderdelen",
            (Taal::En, false) => "section",
            (Taal::En, true) => "sections",
        }
    }

    /// "onderdeel ‘3.5 IPS’, p. 22"; several joined with "; ". `None` without a heading.
    pub fn plaats(&self, taal: Taal) -> Option<String> {
        if self.plaatsen.is_empty() {
            return None;
        }
        let delen: Vec<String> = self
            .plaatsen
            .iter()
            .map(|p| match p.paginas_tekst() {
                Some(pag) => format!("‘{}’, {pag}", p.kop),
                None => format!("‘{}’", p.kop),
            })
            .collect();
        Some(format!("{} {}", self.plaats_woord(taal), delen.join("; ")))
    }

    /// The whole reference: "Titel (door, jaar), onderdeel ‘3.5 IPS’, p. 22".
    pub fn tekst(&self, taal: Taal) -> String {
        let mut s = self.document.verwijzing(taal);
        if let Some(p) = self.plaats(taal) {
            s.push_str(", ");
            s.push_str(&p);
        }
        s
    }
}

/// Reads `data/documenten.toml` (as JSON). A missing text reads as empty and a missing number as
/// none; [`controleer_documenten`] says what is missing. The file is built into the app, so the
/// tests check it once instead of every phone at every start.
///
/// Read by hand from a [`Value`] rather than with a derived deserializer: the glossary is in the
/// first download of the app, and derived code for four structs cost more than this does.
pub fn lees_documenten(json: &str) -> Result<Vec<Document>, String> {
    let waarde: Value = serde_json::from_str(json).map_err(|e| format!("documenten: {e}"))?;
    let mut uit = Vec::new();
    for d in rij(&waarde, "document") {
        let mut bewijs = Vec::new();
        for b in rij(d, "bewijs") {
            bewijs.push(Bewijs {
                bron: tekst(b, "bron"),
                citaat: tekst(b, "citaat"),
                gelezen: misschien(b, "gelezen"),
            });
        }
        let mut deel = Vec::new();
        for k in rij(d, "deel") {
            deel.push(Deel {
                regel: getal(k, "regel").unwrap_or(0) as usize,
                kop: tekst(k, "kop"),
                pagina: getal(k, "pagina"),
            });
        }
        uit.push(Document {
            bestand: tekst(d, "bestand"),
            titel: tekst(d, "titel"),
            titel_beschreven: d.get("titel_beschreven") == Some(&Value::Bool(true)),
            titel_en: misschien(d, "titel_en"),
            door: tekst(d, "door"),
            door_en: tekst(d, "door_en"),
            jaar: tekst(d, "jaar"),
            jaar_en: misschien(d, "jaar_en"),
            taal: tekst(d, "taal"),
            over: tekst(d, "over"),
            over_en: tekst(d, "over_en"),
            laatste_pagina: getal(d, "laatste_pagina"),
            bewijs,
            deel,
        });
    }
    Ok(uit)
}

/// What is wrong with the documents, if anything: each a known seed file name, once; no empty
/// title, maker, year, language or description; an English description for a described title;
/// headings with a line, in the order of the document, each with words; evidence with words.
pub fn controleer_documenten(documenten: &[Document]) -> Result<(), String> {
    for (i, d) in documenten.iter().enumerate() {
        let naam = &d.bestand;
        if lees_seed_verwijzing(&format!("{naam}:1")).is_none() {
            return Err(format!("documenten: '{naam}' is geen seed-bestand"));
        }
        if documenten[..i].iter().any(|x| &x.bestand == naam) {
            return Err(format!("documenten: '{naam}' staat er twee keer in"));
        }
        for (veld, waarde) in [
            ("titel", &d.titel),
            ("door", &d.door),
            ("door_en", &d.door_en),
            ("jaar", &d.jaar),
            ("taal", &d.taal),
            ("over", &d.over),
            ("over_en", &d.over_en),
        ] {
            if waarde.trim().is_empty() {
                return Err(format!("documenten: '{naam}' heeft geen {veld}"));
            }
        }
        if d.titel_beschreven && d.titel_en.is_none() {
            return Err(format!(
                "documenten: '{naam}': een beschreven titel heeft ook titel_en"
            ));
        }
        if d.deel.windows(2).any(|w| w[0].regel >= w[1].regel)
            || d.deel.iter().any(|k| k.regel == 0 || k.kop.is_empty())
        {
            return Err(format!(
                "documenten: '{naam}': de koppen staan niet op volgorde van hun regel"
            ));
        }
        if d.bewijs
            .iter()
            .any(|b| b.bron.is_empty() || b.citaat.is_empty())
        {
            return Err(format!(
                "documenten: '{naam}': bewijs zonder bron of woorden"
            ));
        }
    }
    Ok(())
}

/// A text field; empty when it is missing or blank.
fn tekst(v: &Value, veld: &str) -> String {
    misschien(v, veld).unwrap_or_default()
}

/// A text field that is there and not blank.
fn misschien(v: &Value, veld: &str) -> Option<String> {
    match v.get(veld) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
        _ => None,
    }
}

/// A whole number that fits a page or line number.
fn getal(v: &Value, veld: &str) -> Option<u32> {
    v.get(veld)
        .and_then(Value::as_u64)
        .and_then(|n| u32::try_from(n).ok())
}

/// The entries of an array field (none when it is missing).
fn rij<'a>(v: &'a Value, veld: &str) -> &'a [Value] {
    match v.get(veld) {
        Some(Value::Array(a)) => a,
        _ => &[],
    }
}

/// The source documents, from `data/documenten.toml` (always embedded: every tool and the
/// glossary cite them). Read once; empty if the file were not JSON (a test checks it whole).
pub fn documenten() -> &'static [Document] {
    static CELL: OnceLock<Vec<Document>> = OnceLock::new();
    CELL.get_or_init(|| lees_documenten(crate::embedded!("documenten")).unwrap_or_default())
}

/// The document of a seed file (`001_c330f0dc3297d9c7.txt`).
pub fn document(bestand: &str) -> Option<&'static Document> {
    documenten().iter().find(|d| d.bestand == bestand)
}

/// A seed citation (`001_….txt:1232-1261`) as a reader sees it; `None` when it is not a seed
/// citation or its document is not described.
pub fn leesbare_bron(verwijzing: &str) -> Option<LeesbareBron<'static>> {
    let v = lees_seed_verwijzing(verwijzing)?;
    let document = document(v.bestand)?;
    let mut gezien: Vec<usize> = Vec::new();
    for &(a, b) in &v.bereiken {
        // The heading above the first line, and every heading that starts inside the range.
        let eerste = document.deel_bij(a);
        let binnen = document
            .deel
            .iter()
            .enumerate()
            .filter(|(_, d)| d.regel > a && d.regel <= b)
            .map(|(i, _)| i);
        for i in eerste.into_iter().chain(binnen) {
            if !gezien.contains(&i) {
                gezien.push(i);
            }
        }
    }
    let plaatsen = gezien
        .into_iter()
        .map(|i| Plaats {
            deel: i,
            kop: &document.deel[i].kop,
            paginas: document.paginas(i),
        })
        .collect();
    Some(LeesbareBron { document, plaatsen })
}

/// [`leesbare_bron`] as one line of text.
pub fn leesbaar(verwijzing: &str, taal: Taal) -> Option<String> {
    leesbare_bron(verwijzing).map(|b| b.tekst(taal))
}

/// Whether heading `kop` stands on `regel` of a document as the document prints it: the line
/// holds the heading, or the heading holds the line (a heading that runs onto a second line, or
/// one we name with the part it belongs to). White space and case do not count; a line with
/// fewer than three letters proves nothing.
pub fn kop_staat_op(document: &str, regel: usize, kop: &str) -> bool {
    let zonder = |t: &str| -> String {
        normaliseer(t)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect()
    };
    let Some(tekst) = regel.checked_sub(1).and_then(|i| document.lines().nth(i)) else {
        return false;
    };
    let (r, k) = (zonder(tekst), zonder(kop));
    r.chars().filter(|c| c.is_alphabetic()).count() >= 3 && (r.contains(&k) || k.contains(&r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_year_month_day_and_plausible() {
        assert!(is_datum("2026-11-24"));
        for slecht in [
            "24-11-2026",
            "2026-1-24",
            "2026-11-2x",
            "2026-13-01",
            "2026-00-10",
            "2026-01-32",
            "1899-01-01",
            "2026-+1-01",
            "",
        ] {
            assert!(!is_datum(slecht), "{slecht}");
        }
    }

    #[test]
    fn a_seed_citation_is_found_in_a_source_written_as_text() {
        assert_eq!(
            seed_verwijzing_in("Wet, zie 001_c330f0dc3297d9c7.txt:12-14."),
            Some("001_c330f0dc3297d9c7.txt:12-14")
        );
        assert_eq!(seed_verwijzing_in("https://wetten.overheid.nl"), None);
    }

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

    #[test]
    fn a_seed_citation_reads_as_title_maker_year_heading_and_pages() {
        let b = leesbare_bron("001_c330f0dc3297d9c7.txt:1232-1261").unwrap();
        assert_eq!(
            b.tekst(Taal::Nl),
            "Samen werken aan werk (Programmaraad, in opdracht van het ministerie van SZW, 2017), \
             onderdeel ‘3.5 IPS’, p. 22"
        );
        // A heading that runs over pages, and two parts of the document.
        assert_eq!(
            leesbaar("001_c330f0dc3297d9c7.txt:1312-1319,1777-1778", Taal::En).unwrap(),
            "Samen werken aan werk (Programmaraad, commissioned by the Ministry of Social Affairs \
             (SZW), 2017), sections ‘3.6 Stigma bestrijden’, p. 22–24; ‘4.7 Gegevensuitwisseling \
             en privacy’, p. 30–33"
        );
        // A range that crosses a heading names both.
        let b = leesbare_bron("001_c330f0dc3297d9c7.txt:1225-1240").unwrap();
        let koppen: Vec<&str> = b.plaatsen.iter().map(|p| p.kop).collect();
        assert_eq!(koppen, ["3.4 Werk passend maken", "3.5 IPS"]);
        // Without a table of contents: the heading, no page.
        assert_eq!(
            leesbaar("000_3e358a3822bcc572.txt:2405-2427", Taal::Nl).unwrap(),
            "Kennissynthese arbeid en ernstige psychische aandoeningen (VUmc en \
             Trimbos-instituut, 2015), onderdeel ‘Verslag van de expertbijeenkomsten, 3. Stigma’"
        );
        // Slides without headings: the document only; a described title in English.
        assert_eq!(
            leesbaar("003_67b7aad3d31d0557.txt:127-130,291-293", Taal::En).unwrap(),
            "Meedoen/Meedelen workshop: slides (Divosa and Amsterdam UMC, 2026)"
        );
        assert_eq!(
            leesbaar("004_24eb8d71a2b8b69e.txt:133-160", Taal::En).unwrap(),
            "Handbook on IPS: foreword and prologue (Van Weeghel, De Winter and Verhoeven, 2024 \
             or later), section ‘Proloog, 1 IPS in een notendop’"
        );
    }

    #[test]
    fn two_citations_of_one_document_name_it_once_with_both_headings_in_order() {
        let mut b = leesbare_bron("000_3e358a3822bcc572.txt:1710-1720").unwrap();
        b.voeg_toe(leesbare_bron("000_3e358a3822bcc572.txt:1212-1214").unwrap());
        b.voeg_toe(leesbare_bron("000_3e358a3822bcc572.txt:1710").unwrap());
        assert_eq!(
            b.plaats(Taal::Nl).unwrap(),
            "onderdelen ‘3.2 Resultaten netwerkanalyse’; ‘4 Behoefte aan kennis in Nederland’"
        );
    }

    #[test]
    fn no_readable_reference_for_what_is_not_a_described_seed() {
        assert!(leesbare_bron("https://wetten.overheid.nl/BWBR0015703").is_none());
        assert!(leesbare_bron("005_0123456789abcdef.txt:1").is_none());
        assert!(leesbare_bron("001_c330f0dc3297d9c7.txt").is_none());
        // Before the first heading: the document without a place.
        let b = leesbare_bron("001_c330f0dc3297d9c7.txt:20").unwrap();
        assert!(b.plaatsen.is_empty());
        assert!(b.plaats(Taal::Nl).is_none());
    }

    #[test]
    fn the_documents_file_is_valid_and_a_bad_one_is_refused() {
        assert_eq!(documenten().len(), 5);
        let goed = crate::embedded!("documenten");
        let lees = |json: &str| lees_documenten(json).and_then(|d| controleer_documenten(&d));
        assert!(lees(goed).is_ok());
        let dubbel = goed.replace("001_c330f0dc3297d9c7.txt", "000_3e358a3822bcc572.txt");
        assert!(lees(&dubbel).is_err_and(|e| e.contains("twee keer")));
        let fout = goed.replace("\"004_24eb8d71a2b8b69e.txt\"", "\"handboek.pdf\"");
        assert!(lees(&fout).is_err_and(|e| e.contains("geen seed-bestand")));
        let ongeordend = goed.replace("\"regel\":159", "\"regel\":1");
        assert_ne!(ongeordend, goed);
        assert!(lees(&ongeordend).is_err_and(|e| e.contains("volgorde")));
        let zonder_jaar = goed.replace("\"jaar\":\"2021\"", "\"jaar\":\" \"");
        assert!(lees(&zonder_jaar).is_err_and(|e| e.contains("geen jaar")));
    }

    #[test]
    fn a_heading_stands_on_its_line_or_not() {
        let doc = "Inhoud\n 2 Arbeidsparticipatie van mensen met ernstige psychische \nklachten\n1 IPSin een notendop\n1";
        assert!(kop_staat_op(
            doc,
            2,
            "2 Arbeidsparticipatie van mensen met ernstige psychische klachten"
        ));
        assert!(kop_staat_op(doc, 4, "Proloog, 1 IPS in een notendop"));
        assert!(!kop_staat_op(doc, 3, "2 Arbeidsparticipatie"));
        assert!(
            !kop_staat_op(doc, 5, "1 Inleiding"),
            "a page number proves nothing"
        );
        assert!(!kop_staat_op(doc, 9, "Inhoud"), "past the end");
        assert!(!kop_staat_op(doc, 0, "Inhoud"));
    }
}
