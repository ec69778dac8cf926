//! The catalogue of routes back to work, from `data/matcher/catalogus.toml` (embedded as JSON at
//! build time, so the WebAssembly app needs no file fetch and no TOML parser).
//!
//! Loading validates: ids unique and well formed, the ids all present, every text in
//! both languages, every option with sources, every number with its source and the group it was
//! measured in, every source a seed line (`seed-file:line`) or an https page, and every source with
//! the words that support the claim ([`Bron`]). Whether a seed quote really stands in the cited
//! lines is checked against the seed documents by the tests (`crate::citaat`).

use super::antwoorden::Antwoorden;
use super::{Label, Tekst};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::OnceLock;

/// The shipped catalogue, as JSON.
pub const DATA: &str = crate::embedded!("matcher/catalogus");

/// The ids the issue asks for; the catalogue must contain them all.
pub const VERPLICHTE_IDS: [&str; 15] = [
    "ips",
    "bw-ivb",
    "jobcoaching",
    "oad-pra",
    "wgb",
    "w-cgt",
    "return-at-work",
    "sharp",
    "irb",
    "bewegen-werkt",
    "aidee",
    "begeleid-leren",
    "uwv-werkfit",
    "werkplekaanpassing",
    "harrie",
];

/// How strong the evidence is, in the Dutch recognition levels
/// (002_ad756265b72af36a.txt:3677-3733) where a knowledge institute rated it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bewijs {
    /// "Sterke aanwijzingen voor effectiviteit" (a Dutch knowledge institute).
    Sterk,
    /// "Goede aanwijzingen voor effectiviteit".
    Goed,
    /// "Eerste aanwijzingen voor effectiviteit".
    Eerste,
    /// One (Dutch) trial found a favourable effect; no recognition level in our sources.
    EenOnderzoek,
    /// One Dutch pilot study, not (yet) rated by a knowledge institute.
    Proef,
    /// Not studied enough itself; counts as indirect evidence through a similar method.
    Indirect,
    /// Only experiences of participants and professionals.
    Ervaringen,
    /// Our sources contain no study of it.
    Onbekend,
}

impl Bewijs {
    /// Whether the level says the approach has an effect (as opposed to "not studied").
    pub fn zegt_effect(self) -> bool {
        !matches!(self, Bewijs::Ervaringen | Bewijs::Onbekend)
    }

    pub fn label(self) -> Label {
        match self {
            Bewijs::Sterk => Label {
                nl: "Sterke aanwijzingen dat het werkt",
                en: "Strong evidence that it works",
            },
            Bewijs::Goed => Label {
                nl: "Goede aanwijzingen dat het werkt",
                en: "Good evidence that it works",
            },
            Bewijs::Eerste => Label {
                nl: "Eerste aanwijzingen dat het werkt",
                en: "First signs that it works",
            },
            Bewijs::EenOnderzoek => Label {
                nl: "Eén onderzoek vond een gunstig effect; een kennisinstituut heeft het nog niet beoordeeld",
                en: "One study found a favourable effect; no knowledge institute has rated it yet",
            },
            Bewijs::Proef => Label {
                nl: "Eén proef in Nederland; nog niet beoordeeld door een kennisinstituut",
                en: "One pilot study in the Netherlands; not yet rated by a knowledge institute",
            },
            Bewijs::Indirect => Label {
                nl: "Niet genoeg onderzocht, maar het lijkt sterk op een aanpak die werkt",
                en: "Not studied enough, but it closely resembles an approach that works",
            },
            Bewijs::Ervaringen => Label {
                nl: "Alleen ervaringen van deelnemers en begeleiders",
                en: "Only experiences of participants and professionals",
            },
            Bewijs::Onbekend => Label {
                nl: "Niet onderzocht in onze bronnen",
                en: "Not studied in our sources",
            },
        }
    }
}

/// What a number measures: the Option Grid shows the first four kinds in its row about work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Soort {
    /// Found (regular) paid work.
    BetaaldWerk,
    /// Found work, paid and unpaid counted together.
    Werk,
    /// Went back to their own job sooner (sick leave).
    Terugkeer,
    /// Less new sick leave.
    Verzuim,
    /// Any other outcome (volunteering, day activity, complaints, quality of life).
    Overig,
}

/// A source and the words in it that support the claim.
///
/// - A seed line (`003_67b7aad3d31d0557.txt:127-130,291-293`): `citaat` are the few words of those
///   lines that say what the claim says; a test finds them there ([`crate::citaat`]).
/// - An https page: `citaat` are the supporting words as we read them, and `gelezen` the date we
///   read the page (YYYY-MM-DD).
/// - A page nobody here has read is `ongeverifieerd`: the screen says so next to the link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bron {
    pub bron: String,
    #[serde(default)]
    pub citaat: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gelezen: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ongeverifieerd: bool,
}

impl Bron {
    /// A seed line (as opposed to an https page).
    pub fn is_seed(&self) -> bool {
        crate::citaat::lees_seed_verwijzing(&self.bron).is_some()
    }

    /// What is wrong with this source's form, if anything (the quote itself is checked against
    /// the seeds by the tests).
    pub fn fout(&self) -> Option<String> {
        let b = &self.bron;
        if !is_bron(b) {
            return Some(format!("bron '{b}' is geen seed-regel of https-pagina"));
        }
        let heeft_citaat = !self.citaat.trim().is_empty();
        if self.is_seed() {
            if !heeft_citaat {
                return Some(format!(
                    "bron '{b}' heeft geen citaat (de woorden die de zin steunen)"
                ));
            }
            if self.gelezen.is_some() || self.ongeverifieerd {
                return Some(format!(
                    "bron '{b}': 'gelezen' en 'ongeverifieerd' zijn voor webpagina's"
                ));
            }
            return None;
        }
        match (&self.gelezen, self.ongeverifieerd) {
            (_, true) if heeft_citaat => Some(format!(
                "bron '{b}' is ongeverifieerd maar heeft een citaat: wie las het dan?"
            )),
            (_, true) => None,
            (Some(d), false) if heeft_citaat && is_datum(d) => None,
            _ => Some(format!(
                "bron '{b}': een webpagina heeft een citaat en de datum waarop we hem lazen (gelezen = \"JJJJ-MM-DD\"), of is ongeverifieerd"
            )),
        }
    }
}

/// `YYYY-MM-DD` with a plausible month and day.
pub fn is_datum(d: &str) -> bool {
    crate::citaat::is_datum(d)
}

/// A date `2026-12-04` as people write it: "4 december 2026" (Dutch) or "4 December 2026",
/// the app's one date style (`income::datum_tekst`). `None` when it is not a date.
pub fn datum_voluit(iso: &str, taal: crate::Taal) -> Option<String> {
    is_datum(iso).then(|| crate::income::datum_tekst(iso, taal))
}

/// A key number, always with its source and the group it was measured in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cijfer {
    pub tekst: Tekst,
    pub groep: Tekst,
    pub bron: Bron,
    pub soort: Soort,
}

/// Who pays, for one benefit or work situation. Phrased as "vraag ernaar bij …", never a promise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Betaling {
    /// Benefit codes this line is for (empty: any).
    pub uitkering: Vec<String>,
    /// Work situation codes this line is for (empty: any).
    pub situatie: Vec<String>,
    pub tekst: Tekst,
}

impl Betaling {
    /// A line for everyone (no benefit or situation named).
    pub fn is_algemeen(&self) -> bool {
        self.uitkering.is_empty() && self.situatie.is_empty()
    }

    fn past_bij(&self, a: &Antwoorden) -> bool {
        let u = a.codes("uitkering");
        let s = a.codes("situatie");
        (!self.uitkering.is_empty() && self.uitkering.iter().any(|c| u.contains(&c.as_str())))
            || (!self.situatie.is_empty() && self.situatie.iter().any(|c| s.contains(&c.as_str())))
    }
}

/// One route back to work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Optie {
    pub id: String,
    pub naam: Tekst,
    /// One line.
    pub kort: Tekst,
    pub wat_gebeurt: Tekst,
    pub voor_wie: Tekst,
    /// Duration and intensity.
    pub duur: Tekst,
    pub doel: Tekst,
    /// Who provides it.
    pub aanbieder: Tekst,
    pub aanvragen: Tekst,
    /// Who pays, per benefit or work situation.
    pub betaling: Vec<Betaling>,
    /// When the payment facts were true (the sources' dates).
    pub betaling_stand: Tekst,
    pub bewijs: Bewijs,
    /// Whether the evidence level is about work (finding or keeping work, return, sick leave).
    /// When it is not, the Option Grid's row about work does not show it.
    pub bewijs_werk: bool,
    pub bewijs_uitleg: Tekst,
    pub cijfers: Vec<Cijfer>,
    /// Involves the workplace, and so some openness: link to the disclosure aid.
    pub werkplek: bool,
    /// Do I have to tell my employer?
    pub openheid: Tekst,
    /// What if it goes wrong: the way back.
    pub misgaan: Tekst,
    /// What it means for the benefit, and whether one can go back to it.
    pub uitkering: Tekst,
    /// A general note "waar u op moet letten", shown with every result.
    pub let_op: Tekst,
    pub bronnen: Vec<Bron>,
}

impl Optie {
    /// The "who pays" lines that fit these answers, or all lines when none fits specifically.
    pub fn wie_betaalt(&self, a: Option<&Antwoorden>) -> Vec<&Betaling> {
        let passend: Vec<&Betaling> = match a {
            Some(a) => self.betaling.iter().filter(|b| b.past_bij(a)).collect(),
            None => Vec::new(),
        };
        if !passend.is_empty() {
            let mut lijst = passend;
            lijst.extend(self.betaling.iter().filter(|b| b.is_algemeen()));
            lijst
        } else {
            self.betaling.iter().collect()
        }
    }

    /// The option's own texts, by field name (not its numbers, payment lines or sources).
    pub fn teksten(&self) -> [(&'static str, &Tekst); 14] {
        [
            ("naam", &self.naam),
            ("kort", &self.kort),
            ("wat_gebeurt", &self.wat_gebeurt),
            ("voor_wie", &self.voor_wie),
            ("duur", &self.duur),
            ("doel", &self.doel),
            ("aanbieder", &self.aanbieder),
            ("aanvragen", &self.aanvragen),
            ("betaling_stand", &self.betaling_stand),
            ("bewijs_uitleg", &self.bewijs_uitleg),
            ("openheid", &self.openheid),
            ("misgaan", &self.misgaan),
            ("uitkering", &self.uitkering),
            ("let_op", &self.let_op),
        ]
    }

    /// The numbers about work: paid work, any work, return to one's own work, or less new sick
    /// leave.
    pub fn kans_op_werk(&self) -> impl Iterator<Item = &Cijfer> {
        self.cijfers.iter().filter(|c| c.soort != Soort::Overig)
    }

    /// Every source of the option: its own list, then those of its numbers.
    pub fn alle_bronnen(&self) -> impl Iterator<Item = &Bron> {
        self.bronnen
            .iter()
            .chain(self.cijfers.iter().map(|c| &c.bron))
    }
}

/// What happens to a benefit when work stops: the general way back, per benefit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Terugval {
    pub uitkering: String,
    pub tekst: Tekst,
    pub bron: Bron,
}

/// Who made the matcher, when, how it is kept up to date and who paid: the same fields, with the
/// same names, as the disclosure aid's `meta` (`data/disclosure/hulp.toml`), so one page "Hoe wij
/// dit maken" can show both. The matcher has no `evidence` fields: its evidence is per option.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Tekst,
    pub subtitle: Tekst,
    /// When the content was last checked as a whole (YYYY-MM-DD).
    pub production_date: String,
    pub update_policy: Tekst,
    pub funding: Tekst,
    pub interests: Tekst,
    pub privacy: Tekst,
    pub developed: Tekst,
    pub not_advice: Tekst,
}

impl Meta {
    /// The texts, by field name.
    pub fn teksten(&self) -> [(&'static str, &Tekst); 8] {
        [
            ("title", &self.title),
            ("subtitle", &self.subtitle),
            ("update_policy", &self.update_policy),
            ("funding", &self.funding),
            ("interests", &self.interests),
            ("privacy", &self.privacy),
            ("developed", &self.developed),
            ("not_advice", &self.not_advice),
        ]
    }
}

/// A web page cited as a source, by the title a reader finds it by (who, which page). The
/// screen shows the title as the link, never the address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Webpagina {
    pub url: String,
    pub titel: String,
}

/// An address without its `#fragment`: one page, whichever part of it is cited.
fn pagina(url: &str) -> &str {
    url.split_once('#').map_or(url, |(p, _)| p)
}

/// The whole catalogue.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Catalogus {
    pub opties: Vec<Optie>,
    pub terugval: Vec<Terugval>,
    /// The titles of the web pages cited here and in the rules.
    pub webpaginas: Vec<Webpagina>,
    /// When the content was last checked, as a sentence.
    pub stand: Tekst,
    pub meta: Meta,
}

impl Catalogus {
    pub fn optie(&self, id: &str) -> Option<&Optie> {
        self.opties.iter().find(|o| o.id == id)
    }

    pub fn terugval(&self, uitkering: &str) -> Option<&Terugval> {
        self.terugval.iter().find(|t| t.uitkering == uitkering)
    }

    /// The title of a cited web page (`None` for anything else).
    pub fn pagina_titel(&self, url: &str) -> Option<&str> {
        self.webpaginas
            .iter()
            .find(|w| pagina(&w.url) == pagina(url))
            .map(|w| w.titel.as_str())
    }

    /// What is wrong with a source in this catalogue: its form ([`Bron::fout`]), or a web page
    /// without a title.
    pub fn bron_fout(&self, b: &Bron) -> Option<String> {
        b.fout().or_else(|| {
            (b.bron.starts_with("https://") && self.pagina_titel(&b.bron).is_none()).then(|| {
                format!(
                    "bron '{}' heeft geen titel: zet hem bij [[webpagina]] in catalogus.toml",
                    b.bron
                )
            })
        })
    }

    /// Parses (JSON, as embedded) and validates a catalogue. All problems are listed.
    pub fn parse(json: &str) -> Result<Catalogus, Vec<String>> {
        let raw: RawCatalogus =
            crate::data::lees(json).map_err(|e| vec![format!("catalogus: {e}")])?;
        let catalogus = raw.into_catalogus();
        let fouten = controleer(&catalogus);
        if fouten.is_empty() {
            Ok(catalogus)
        } else {
            Err(fouten)
        }
    }
}

/// The shipped catalogue, parsed once. Empty if the data were invalid — which the tests forbid
/// ([`Catalogus::parse`] on [`DATA`] must succeed), so the app never panics on it.
/// Also empty, without remembering it, while the app has not loaded the matcher's data.
pub fn catalogus() -> &'static Catalogus {
    static CELL: OnceLock<Catalogus> = OnceLock::new();
    static LEEG: OnceLock<Catalogus> = OnceLock::new();
    match crate::data::bestand("matcher/catalogus") {
        Some(json) => CELL.get_or_init(|| Catalogus::parse(json).unwrap_or_default()),
        None => LEEG.get_or_init(Catalogus::default),
    }
}

/// A source is a seed line (`000_3e358a3822bcc572.txt:1710-1724`, ranges may be joined by
/// commas; read by [`crate::citaat::lees_seed_verwijzing`]) or an https page.
pub fn is_bron(bron: &str) -> bool {
    bron.starts_with("https://") || crate::citaat::lees_seed_verwijzing(bron).is_some()
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn controleer(c: &Catalogus) -> Vec<String> {
    let mut fouten = Vec::new();
    let mut ids = HashSet::new();
    for o in &c.opties {
        let id = &o.id;
        if !is_id(id) {
            fouten.push(format!(
                "optie '{id}': id mag alleen a-z, 0-9 en - bevatten"
            ));
        }
        if !ids.insert(id.as_str()) {
            fouten.push(format!("optie '{id}' staat er twee keer in"));
        }
        for (veld, t) in o.teksten() {
            if !t.is_compleet() {
                fouten.push(format!("optie '{id}': {veld} mist Nederlands of Engels"));
            } else if t.nl == t.en {
                fouten.push(format!("optie '{id}': {veld} is niet vertaald"));
            }
        }
        if o.bronnen.is_empty() {
            fouten.push(format!("optie '{id}' heeft geen bronnen"));
        }
        for b in &o.bronnen {
            if let Some(f) = c.bron_fout(b) {
                fouten.push(format!("optie '{id}': {f}"));
            }
        }
        if o.bewijs_werk && o.bewijs.zegt_effect() && o.kans_op_werk().next().is_none() {
            fouten.push(format!(
                "optie '{id}': bewijs_werk zonder één cijfer over werk; het oordeel '{}' mag dan niet in de rij over werk",
                o.bewijs.label().nl
            ));
        }
        for (i, cijfer) in o.cijfers.iter().enumerate() {
            if !cijfer.tekst.is_compleet() {
                fouten.push(format!("optie '{id}': cijfer {} mist tekst", i + 1));
            }
            if !cijfer.groep.is_compleet() {
                fouten.push(format!(
                    "optie '{id}': cijfer {} zegt niet bij welke groep het gemeten is",
                    i + 1
                ));
            }
            if let Some(f) = c.bron_fout(&cijfer.bron) {
                fouten.push(format!("optie '{id}': cijfer {}: {f}", i + 1));
            }
        }
        if o.betaling.is_empty() {
            fouten.push(format!("optie '{id}' zegt niet wie betaalt"));
        }
        for b in &o.betaling {
            if !b.tekst.is_compleet() {
                fouten.push(format!("optie '{id}': betaling mist Nederlands of Engels"));
            }
            if !b.tekst.nl.contains("Vraag") && !b.tekst.nl.contains("vraag") {
                fouten.push(format!(
                    "optie '{id}': schrijf wie betaalt als 'vraag ernaar bij …', niet als belofte"
                ));
            }
            for u in &b.uitkering {
                if !Antwoorden::is_code("uitkering", u) {
                    fouten.push(format!(
                        "optie '{id}': onbekende uitkering '{u}' bij betaling"
                    ));
                }
            }
            for s in &b.situatie {
                if !Antwoorden::is_code("situatie", s) {
                    fouten.push(format!(
                        "optie '{id}': onbekende situatie '{s}' bij betaling"
                    ));
                }
            }
        }
    }
    for verplicht in VERPLICHTE_IDS {
        if !ids.contains(verplicht) {
            fouten.push(format!("de catalogus mist optie '{verplicht}'"));
        }
    }
    if c.opties.len() < 14 {
        fouten.push(format!(
            "de catalogus heeft {} opties, minstens 14 nodig",
            c.opties.len()
        ));
    }
    let mut terug = HashSet::new();
    for t in &c.terugval {
        if !Antwoorden::is_code("uitkering", &t.uitkering) {
            fouten.push(format!("terugval: onbekende uitkering '{}'", t.uitkering));
        }
        if !terug.insert(t.uitkering.as_str()) {
            fouten.push(format!("terugval '{}' staat er twee keer in", t.uitkering));
        }
        if !t.tekst.is_compleet() {
            fouten.push(format!("terugval '{}' mist tekst", t.uitkering));
        }
        if let Some(f) = c.bron_fout(&t.bron) {
            fouten.push(format!("terugval '{}': {f}", t.uitkering));
        }
    }
    let mut urls = HashSet::new();
    for w in &c.webpaginas {
        if !w.url.starts_with("https://") || w.titel.trim().is_empty() {
            fouten.push(format!(
                "webpagina '{}': een https-adres met een titel",
                w.url
            ));
        }
        if !urls.insert(pagina(&w.url)) {
            fouten.push(format!("webpagina '{}' staat er twee keer in", w.url));
        }
    }
    if !c.stand.is_compleet() {
        fouten.push("de catalogus zegt niet wanneer hij is nagekeken (stand)".to_string());
    }
    if !is_datum(&c.meta.production_date) {
        fouten.push(format!(
            "meta: production_date '{}' is geen datum (JJJJ-MM-DD)",
            c.meta.production_date
        ));
    }
    for (veld, t) in c.meta.teksten() {
        if !t.is_compleet() {
            fouten.push(format!("meta: {veld} mist Nederlands of Engels"));
        }
    }
    fouten
}

// The data files keep Dutch and English side by side as `veld` and `veld_en`, which is easier to
// read and review in TOML than nested tables.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalogus {
    stand: Tekst,
    meta: Meta,
    optie: Vec<RawOptie>,
    #[serde(default)]
    terugval: Vec<RawTerugval>,
    #[serde(default)]
    webpagina: Vec<Webpagina>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOptie {
    id: String,
    naam: String,
    naam_en: String,
    kort: String,
    kort_en: String,
    wat_gebeurt: String,
    wat_gebeurt_en: String,
    voor_wie: String,
    voor_wie_en: String,
    duur: String,
    duur_en: String,
    doel: String,
    doel_en: String,
    aanbieder: String,
    aanbieder_en: String,
    aanvragen: String,
    aanvragen_en: String,
    betaling_stand: String,
    betaling_stand_en: String,
    bewijs: Bewijs,
    bewijs_werk: bool,
    bewijs_uitleg: String,
    bewijs_uitleg_en: String,
    werkplek: bool,
    openheid: String,
    openheid_en: String,
    misgaan: String,
    misgaan_en: String,
    uitkering: String,
    uitkering_en: String,
    let_op: String,
    let_op_en: String,
    bronnen: Vec<RawBron>,
    #[serde(default)]
    betaling: Vec<RawBetaling>,
    #[serde(default)]
    cijfer: Vec<RawCijfer>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBetaling {
    #[serde(default)]
    uitkering: Vec<String>,
    #[serde(default)]
    situatie: Vec<String>,
    nl: String,
    en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCijfer {
    nl: String,
    en: String,
    groep: String,
    groep_en: String,
    bron: String,
    #[serde(default)]
    citaat: String,
    #[serde(default)]
    gelezen: Option<String>,
    #[serde(default)]
    ongeverifieerd: bool,
    soort: Soort,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerugval {
    uitkering: String,
    nl: String,
    en: String,
    bron: String,
    #[serde(default)]
    citaat: String,
    #[serde(default)]
    gelezen: Option<String>,
    #[serde(default)]
    ongeverifieerd: bool,
}

/// A source in a list: `{ bron = "…", citaat = "…" }` (and `gelezen` for a web page).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBron {
    bron: String,
    #[serde(default)]
    citaat: String,
    #[serde(default)]
    gelezen: Option<String>,
    #[serde(default)]
    ongeverifieerd: bool,
}

impl From<RawBron> for Bron {
    fn from(b: RawBron) -> Bron {
        Bron {
            bron: b.bron,
            citaat: b.citaat,
            gelezen: b.gelezen,
            ongeverifieerd: b.ongeverifieerd,
        }
    }
}

impl RawCatalogus {
    fn into_catalogus(self) -> Catalogus {
        Catalogus {
            stand: self.stand,
            meta: self.meta,
            webpaginas: self.webpagina,
            opties: self.optie.into_iter().map(RawOptie::into_optie).collect(),
            terugval: self
                .terugval
                .into_iter()
                .map(|t| Terugval {
                    uitkering: t.uitkering,
                    tekst: Tekst::new(t.nl, t.en),
                    bron: RawBron {
                        bron: t.bron,
                        citaat: t.citaat,
                        gelezen: t.gelezen,
                        ongeverifieerd: t.ongeverifieerd,
                    }
                    .into(),
                })
                .collect(),
        }
    }
}

impl RawOptie {
    fn into_optie(self) -> Optie {
        Optie {
            id: self.id,
            naam: Tekst::new(self.naam, self.naam_en),
            kort: Tekst::new(self.kort, self.kort_en),
            wat_gebeurt: Tekst::new(self.wat_gebeurt, self.wat_gebeurt_en),
            voor_wie: Tekst::new(self.voor_wie, self.voor_wie_en),
            duur: Tekst::new(self.duur, self.duur_en),
            doel: Tekst::new(self.doel, self.doel_en),
            aanbieder: Tekst::new(self.aanbieder, self.aanbieder_en),
            aanvragen: Tekst::new(self.aanvragen, self.aanvragen_en),
            betaling: self
                .betaling
                .into_iter()
                .map(|b| Betaling {
                    uitkering: b.uitkering,
                    situatie: b.situatie,
                    tekst: Tekst::new(b.nl, b.en),
                })
                .collect(),
            betaling_stand: Tekst::new(self.betaling_stand, self.betaling_stand_en),
            bewijs: self.bewijs,
            bewijs_werk: self.bewijs_werk,
            bewijs_uitleg: Tekst::new(self.bewijs_uitleg, self.bewijs_uitleg_en),
            cijfers: self
                .cijfer
                .into_iter()
                .map(|c| Cijfer {
                    tekst: Tekst::new(c.nl, c.en),
                    groep: Tekst::new(c.groep, c.groep_en),
                    bron: RawBron {
                        bron: c.bron,
                        citaat: c.citaat,
                        gelezen: c.gelezen,
                        ongeverifieerd: c.ongeverifieerd,
                    }
                    .into(),
                    soort: c.soort,
                })
                .collect(),
            werkplek: self.werkplek,
            openheid: Tekst::new(self.openheid, self.openheid_en),
            misgaan: Tekst::new(self.misgaan, self.misgaan_en),
            uitkering: Tekst::new(self.uitkering, self.uitkering_en),
            let_op: Tekst::new(self.let_op, self.let_op_en),
            bronnen: self.bronnen.into_iter().map(Bron::from).collect(),
        }
    }
}
