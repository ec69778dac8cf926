//! The catalogue of routes back to work, from `data/matcher/catalogus.toml` (embedded as JSON at
//! build time, so the WebAssembly app needs no file fetch and no TOML parser).
//!
//! Loading validates: ids unique and well formed, the ids all present, every text in
//! both languages, every option with sources, every number with its source and the group it was
//! measured in, every source a seed line (`seed-file:line`) or an https page.

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
    /// Shown to work in (Dutch) trials, without a recognition level in our sources.
    Onderzocht,
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
            Bewijs::Onderzocht => Label {
                nl: "In onderzoek werkte het beter dan de gewone begeleiding",
                en: "In studies it worked better than the usual support",
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

/// What a number measures: the Option Grid shows the first two kinds as "chance of paid work".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Soort {
    /// Found (regular) paid work.
    BetaaldWerk,
    /// Went back to their own job sooner (sick leave).
    Terugkeer,
    /// Less new sick leave.
    Verzuim,
    /// Any other outcome (volunteering, day activity, complaints, steps on the ladder).
    Overig,
}

/// A key number, always with its source and the group it was measured in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cijfer {
    pub tekst: Tekst,
    pub groep: Tekst,
    pub bron: String,
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
    pub bronnen: Vec<String>,
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

    /// The numbers about work: paid work, return to one's own work, or less new sick leave.
    pub fn kans_op_werk(&self) -> impl Iterator<Item = &Cijfer> {
        self.cijfers.iter().filter(|c| {
            matches!(
                c.soort,
                Soort::BetaaldWerk | Soort::Terugkeer | Soort::Verzuim
            )
        })
    }
}

/// What happens to a benefit when work stops: the general way back, per benefit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Terugval {
    pub uitkering: String,
    pub tekst: Tekst,
    pub bron: String,
}

/// The whole catalogue.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Catalogus {
    pub opties: Vec<Optie>,
    pub terugval: Vec<Terugval>,
    /// When the content was last checked.
    pub stand: Tekst,
}

impl Catalogus {
    pub fn optie(&self, id: &str) -> Option<&Optie> {
        self.opties.iter().find(|o| o.id == id)
    }

    pub fn terugval(&self, uitkering: &str) -> Option<&Terugval> {
        self.terugval.iter().find(|t| t.uitkering == uitkering)
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
/// commas) or an https page.
pub fn is_bron(bron: &str) -> bool {
    bron.starts_with("https://") || seed_bron(bron).is_some()
}

/// Splits a seed source into the file and its line ranges (first, last).
pub fn seed_bron(bron: &str) -> Option<(&str, Vec<(usize, usize)>)> {
    let (file, lines) = bron.split_once(':')?;
    let name_ok = file.len() == "000_3e358a3822bcc572.txt".len()
        && file.ends_with(".txt")
        && file.as_bytes()[3] == b'_'
        && file[..3].bytes().all(|b| b.is_ascii_digit())
        && file[4..20].bytes().all(|b| b.is_ascii_hexdigit());
    if !name_ok {
        return None;
    }
    let mut ranges = Vec::new();
    for part in lines.split(',') {
        let (a, b): (usize, usize) = match part.split_once('-') {
            Some((a, b)) => (a.parse().ok()?, b.parse().ok()?),
            None => {
                let a = part.parse().ok()?;
                (a, a)
            }
        };
        if a == 0 || a > b {
            return None;
        }
        ranges.push((a, b));
    }
    Some((file, ranges))
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
        for (veld, t) in [
            ("naam", &o.naam),
            ("kort", &o.kort),
            ("wat_gebeurt", &o.wat_gebeurt),
            ("voor_wie", &o.voor_wie),
            ("duur", &o.duur),
            ("doel", &o.doel),
            ("aanbieder", &o.aanbieder),
            ("aanvragen", &o.aanvragen),
            ("betaling_stand", &o.betaling_stand),
            ("bewijs_uitleg", &o.bewijs_uitleg),
            ("openheid", &o.openheid),
            ("misgaan", &o.misgaan),
            ("uitkering", &o.uitkering),
            ("let_op", &o.let_op),
        ] {
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
            if !is_bron(b) {
                fouten.push(format!(
                    "optie '{id}': bron '{b}' is geen seed-regel of https-pagina"
                ));
            }
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
            if !is_bron(&cijfer.bron) {
                fouten.push(format!(
                    "optie '{id}': cijfer {} heeft geen geldige bron",
                    i + 1
                ));
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
        if !t.tekst.is_compleet() || !is_bron(&t.bron) {
            fouten.push(format!("terugval '{}' mist tekst of bron", t.uitkering));
        }
    }
    if !c.stand.is_compleet() {
        fouten.push("de catalogus zegt niet wanneer hij is nagekeken (stand)".to_string());
    }
    fouten
}

// The data files keep Dutch and English side by side as `veld` and `veld_en`, which is easier to
// read and review in TOML than nested tables.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalogus {
    stand: Tekst,
    optie: Vec<RawOptie>,
    #[serde(default)]
    terugval: Vec<RawTerugval>,
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
    bronnen: Vec<String>,
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
    soort: Soort,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerugval {
    uitkering: String,
    nl: String,
    en: String,
    bron: String,
}

impl RawCatalogus {
    fn into_catalogus(self) -> Catalogus {
        Catalogus {
            stand: self.stand,
            opties: self.optie.into_iter().map(RawOptie::into_optie).collect(),
            terugval: self
                .terugval
                .into_iter()
                .map(|t| Terugval {
                    uitkering: t.uitkering,
                    tekst: Tekst::new(t.nl, t.en),
                    bron: t.bron,
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
            bewijs_uitleg: Tekst::new(self.bewijs_uitleg, self.bewijs_uitleg_en),
            cijfers: self
                .cijfer
                .into_iter()
                .map(|c| Cijfer {
                    tekst: Tekst::new(c.nl, c.en),
                    groep: Tekst::new(c.groep, c.groep_en),
                    bron: c.bron,
                    soort: c.soort,
                })
                .collect(),
            werkplek: self.werkplek,
            openheid: Tekst::new(self.openheid, self.openheid_en),
            misgaan: Tekst::new(self.misgaan, self.misgaan_en),
            uitkering: Tekst::new(self.uitkering, self.uitkering_en),
            let_op: Tekst::new(self.let_op, self.let_op_en),
            bronnen: self.bronnen,
        }
    }
}
