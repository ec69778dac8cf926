//! Parameters as data: every value dated, labelled, with a unit and a source.
//!
//! The files are `data/income/<jaar>.toml`, embedded as JSON at build time (see
//! [`crate::data`]). Loading checks that every value has a source with a title and a URL or law
//! article, that every rule and parameter has an English name next to the Dutch one (`naam_en`,
//! `label_en`), that units are known and values parse, and that every parameter the engine needs
//! is present; it fails otherwise. Values stay valid from their `vanaf` date until a later `vanaf` of
//! the same parameter; [`Parameters::waarden_op`] gives the typed set valid on a date.

use crate::money::{parse_decimal, parse_euros, Cents};
use crate::Taal;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Arc, OnceLock};

/// The hasher of rustc ("Fx"): eight bytes per step, fast for the short parameter ids that the
/// rules look up hundreds of times per calculation (SipHash, the default, cost more than the
/// rules themselves; byte-at-a-time FNV still cost 15%). Not exposed to untrusted keys in a way
/// that matters: the ids come from our own data.
#[derive(Default)]
struct Fx(u64);

impl Fx {
    const K: u64 = 0x517c_c1b7_2722_0a95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::K);
    }
}

impl Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }
}

type Kaart<V> = HashMap<String, V, BuildHasherDefault<Fx>>;

/// A rate in parts per million: 13,730% is `Ppm(137_300)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Ppm(pub i64);

/// A decimal factor times 10 000: 21,75 is `Factor(217_500)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Factor(pub i64);

/// A source: a title and a URL or a law article (at least one of the two).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bron {
    pub id: String,
    /// The source as a reader finds it: name, maker, date or version; short, as a link text.
    pub titel: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artikel: Option<String>,
    /// What in the source backs the rules and amounts: its words between ‘ ’, the values read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inhoud: Option<String>,
}

/// A source title longer than this belongs partly in `inhoud`: on a phone the title is a link
/// of several lines, and the words it quotes are easier to read as words.
pub const BRON_TITEL_MAX: usize = 200;

/// A rule (legal concept) the engine implements, with its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegelInfo {
    pub id: String,
    pub naam: String,
    /// The name in English (required: loading fails without it).
    #[serde(default)]
    pub naam_en: String,
    pub bron: String,
}

/// A rule used by a result, with its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegelGebruik {
    pub id: String,
    pub naam: String,
    pub naam_en: String,
    pub bron: Bron,
}

impl RegelGebruik {
    /// The name in `taal`.
    pub fn naam_in(&self, taal: Taal) -> &str {
        match taal {
            Taal::Nl => &self.naam,
            Taal::En => &self.naam_en,
        }
    }
}

/// One dated value of a parameter, as written in the data file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Waarde {
    /// Start date, `YYYY-MM-DD`.
    pub vanaf: String,
    /// The value in Dutch notation ("1.234,56", "13,730", "67").
    pub waarde: String,
    /// Id of a [`Bron`].
    pub bron: String,
    /// Not yet confirmed from an official text.
    #[serde(default)]
    pub voorlopig: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toelichting: Option<String>,
}

/// A parameter with its dated values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Parameter {
    pub id: String,
    pub label: String,
    /// The label in English (required: loading fails without it).
    #[serde(default)]
    pub label_en: String,
    pub eenheid: String,
    /// When a new value is due: `vast` (set in the law; changes only when the law does),
    /// `jaarlijks` (every 1 January) or `halfjaarlijks` (every 1 January and 1 July, like the
    /// minimum wage and the amounts linked to it). A date after a due change without a new value
    /// makes a result say that the amount is older than that date.
    pub indexering: String,
    pub waarden: Vec<Waarde>,
}

/// The first date after `vanaf` on which a parameter with this `indexering` gets a new value, or
/// `None` for a value set in the law.
fn volgende_wijziging(indexering: &str, vanaf: &str) -> Option<String> {
    let jaar: i32 = vanaf.get(0..4)?.parse().ok()?;
    match indexering {
        "jaarlijks" => Some(format!("{}-01-01", jaar + 1)),
        "halfjaarlijks" if vanaf < format!("{jaar}-07-01").as_str() => {
            Some(format!("{jaar}-07-01"))
        }
        "halfjaarlijks" => Some(format!("{}-01-01", jaar + 1)),
        _ => None,
    }
}

#[derive(Debug, Deserialize)]
struct Bestand {
    jaar: i32,
    gecontroleerd: String,
    #[serde(default)]
    bron: Vec<Bron>,
    #[serde(default)]
    regel: Vec<RegelInfo>,
    #[serde(default)]
    parameter: Vec<Parameter>,
}

/// A parsed number, by unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Getal {
    Bedrag(Cents),
    Procent(Ppm),
    Aantal(i64),
    Factor(Factor),
}

fn lees_getal(eenheid: &str, tekst: &str) -> Result<Getal, String> {
    match eenheid {
        "euro_per_jaar" | "euro_per_maand" | "euro_per_kwartaal" | "euro_per_uur"
        | "euro_per_dag" => parse_euros(tekst)
            .map(Getal::Bedrag)
            .map_err(|e| e.to_string()),
        // Percent with up to 4 decimals, scaled by 10^4, is exactly parts per million.
        "procent" => parse_decimal(tekst, 4)
            .map(|v| Getal::Procent(Ppm(v)))
            .map_err(|e| e.to_string()),
        "aantal" => parse_decimal(tekst, 0)
            .map(Getal::Aantal)
            .map_err(|e| e.to_string()),
        // A yes/no rule, such as "rounded down to whole euros": read by the rules as 1 or 0.
        "ja_nee" => match tekst {
            "ja" => Ok(Getal::Aantal(1)),
            "nee" => Ok(Getal::Aantal(0)),
            _ => Err(format!("'{tekst}' is geen 'ja' of 'nee'")),
        },
        // A day of the month on which a payer pays (a practice, not an amount): 1 to 31.
        "dag_van_de_maand" => match parse_decimal(tekst, 0) {
            Ok(d) if (1..=31).contains(&d) => Ok(Getal::Aantal(d)),
            _ => Err(format!(
                "'{tekst}' is geen dag van de maand (1 tot en met 31)"
            )),
        },
        "factor" => parse_decimal(tekst, 4)
            .map(|v| Getal::Factor(Factor(v)))
            .map_err(|e| e.to_string()),
        other => Err(format!("onbekende eenheid '{other}'")),
    }
}

/// What a result line shows about one parameter it used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParameterGebruik {
    pub id: String,
    pub label: String,
    pub label_en: String,
    pub eenheid: String,
    /// The value as written in the data file (Dutch notation).
    pub waarde: String,
    pub vanaf: String,
    /// The date a new value is due (see [`Parameter::indexering`]) when the data has none by
    /// then: from this date the value is out of date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verouderd_vanaf: Option<String>,
    pub voorlopig: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toelichting: Option<String>,
    pub bron: Bron,
}

impl ParameterGebruik {
    /// The label in `taal`.
    pub fn label_in(&self, taal: Taal) -> &str {
        match taal {
            Taal::Nl => &self.label,
            Taal::En => &self.label_en,
        }
    }

    /// The value as a person reads it in `taal`: the number as written in the data (Dutch
    /// notation), or "ja"/"nee" ("yes"/"no") for a yes/no rule.
    pub fn waarde_in(&self, taal: Taal) -> &str {
        match (self.eenheid.as_str(), self.waarde.as_str(), taal) {
            ("ja_nee", "ja", Taal::En) => "yes",
            ("ja_nee", "nee", Taal::En) => "no",
            _ => &self.waarde,
        }
    }
}

trait Soort: Sized {
    fn uit(g: Getal) -> Option<Self>;
}
impl Soort for Cents {
    fn uit(g: Getal) -> Option<Self> {
        match g {
            Getal::Bedrag(c) => Some(c),
            _ => None,
        }
    }
}
impl Soort for Ppm {
    fn uit(g: Getal) -> Option<Self> {
        match g {
            Getal::Procent(p) => Some(p),
            _ => None,
        }
    }
}
impl Soort for i64 {
    fn uit(g: Getal) -> Option<Self> {
        match g {
            Getal::Aantal(a) => Some(a),
            _ => None,
        }
    }
}
impl Soort for Factor {
    fn uit(g: Getal) -> Option<Self> {
        match g {
            Getal::Factor(f) => Some(f),
            _ => None,
        }
    }
}

/// A set of parameters, by their position in [`GEBRUIKTE_IDS`]: what a rule read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Gelezen([u64; 3]);

impl Gelezen {
    fn zet(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    /// Both sets together.
    pub fn met(self, ander: Gelezen) -> Gelezen {
        Gelezen([
            self.0[0] | ander.0[0],
            self.0[1] | ander.0[1],
            self.0[2] | ander.0[2],
        ])
    }

    pub fn is_leeg(self) -> bool {
        self.0 == [0; 3]
    }

    /// Whether the parameter `id` is in the set.
    pub fn bevat(self, id: &str) -> bool {
        GEBRUIKTE_IDS
            .iter()
            .position(|x| *x == id)
            .is_some_and(|i| self.0[i / 64] & (1 << (i % 64)) != 0)
    }

    /// The parameter ids in the set, in the order of [`GEBRUIKTE_IDS`].
    pub fn ids(self) -> impl Iterator<Item = &'static str> {
        GEBRUIKTE_IDS
            .iter()
            .enumerate()
            .filter(move |(i, _)| self.0[i / 64] & (1 << (i % 64)) != 0)
            .map(|(_, id)| *id)
    }
}

/// The values valid on one date, as the rules read them: every read is recorded, so a result line
/// shows the parameters its formula and its explanation actually used, not a list kept by hand.
/// Not `Sync`: make one per calculation ([`Lees::new`]).
#[derive(Debug)]
pub struct Lees<'a> {
    w: &'a Waarden,
    gelezen: std::cell::Cell<Gelezen>,
}

impl<'a> Lees<'a> {
    pub fn new(w: &'a Waarden) -> Lees<'a> {
        Lees {
            w,
            gelezen: std::cell::Cell::new(Gelezen::default()),
        }
    }

    // Not inlined: a read is one call at each of the hundreds of places a rule reads a value,
    // which keeps the WebAssembly small.
    #[inline(never)]
    fn merk(&self, i: usize) {
        let mut g = self.gelezen.get();
        g.zet(i);
        self.gelezen.set(g);
    }

    /// Runs `f` and returns what it read; the reads also count for any recording around it.
    pub fn opname<T>(&self, f: impl FnOnce() -> T) -> (T, Gelezen) {
        let buiten = self.gelezen.replace(Gelezen::default());
        let t = f();
        let binnen = self.gelezen.get();
        self.gelezen.set(buiten.met(binnen));
        (t, binnen)
    }

    /// Everything read so far.
    pub fn gelezen(&self) -> Gelezen {
        self.gelezen.get()
    }

    /// The values themselves (for a second reader over the same date).
    pub fn waarden(&self) -> &'a Waarden {
        self.w
    }
}

macro_rules! waarden {
    ($($veld:ident : $ty:ty = $id:literal),* $(,)?) => {
        /// The typed parameter values valid on one date. The rules read them through [`Lees`],
        /// which records what they read. Field docs are the parameter ids.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Waarden {
            $(#[doc = $id] $veld: $ty,)*
        }

        /// The position of each parameter in [`GEBRUIKTE_IDS`] (and in a [`Gelezen`] set).
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy)]
        enum Nr {
            $($veld,)*
        }

        /// The parameter ids the engine reads: each must be in the data file.
        pub const GEBRUIKTE_IDS: &[&str] = &[$($id),*];

        impl Waarden {
            fn op(p: &Parameters, datum: &str) -> Result<Waarden, String> {
                Ok(Waarden {
                    $($veld: {
                        let g = p.getal_op($id, datum)?;
                        <$ty as Soort>::uit(g).ok_or_else(|| {
                            format!("parameter '{}' heeft de verkeerde eenheid", $id)
                        })?
                    },)*
                })
            }
        }

        impl Lees<'_> {
            $(
                #[doc = $id]
                pub fn $veld(&self) -> $ty {
                    self.merk(Nr::$veld as usize);
                    self.w.$veld
                }
            )*
        }
    };
}

waarden! {
    wml_uur: Cents = "wml.uur",
    wml_maand: Cents = "wml.maand",
    wml_uur_20: Cents = "wml.uur.20",
    wml_uur_19: Cents = "wml.uur.19",
    wml_uur_18: Cents = "wml.uur.18",
    wml_uur_17: Cents = "wml.uur.17",
    wml_uur_16: Cents = "wml.uur.16",
    wml_uur_15: Cents = "wml.uur.15",
    wml_jeugd_20: Ppm = "wml.jeugd.20",
    wml_jeugd_19: Ppm = "wml.jeugd.19",
    wml_jeugd_18: Ppm = "wml.jeugd.18",
    vakantiegeld_loon: Ppm = "vakantiegeld.loon",
    aow_leeftijd: i64 = "aow.leeftijd",
    ib_schijf1_grens: Cents = "ib.schijf1.grens",
    ib_schijf2_grens: Cents = "ib.schijf2.grens",
    ib_schijf1_tarief: Ppm = "ib.schijf1.tarief",
    ib_schijf2_tarief: Ppm = "ib.schijf2.tarief",
    ib_schijf3_tarief: Ppm = "ib.schijf3.tarief",
    ahk_max: Cents = "ahk.max",
    ahk_afbouwgrens: Cents = "ahk.afbouwgrens",
    ahk_afbouw: Ppm = "ahk.afbouw",
    ak_grens1: Cents = "ak.grens1",
    ak_pct1: Ppm = "ak.pct1",
    ak_basis2: Cents = "ak.basis2",
    ak_grens2: Cents = "ak.grens2",
    ak_pct2: Ppm = "ak.pct2",
    ak_basis3: Cents = "ak.basis3",
    ak_grens3: Cents = "ak.grens3",
    ak_pct3: Ppm = "ak.pct3",
    ak_max: Cents = "ak.max",
    ak_afbouw: Ppm = "ak.afbouw",
    iack_drempel: Cents = "iack.drempel",
    iack_pct: Ppm = "iack.pct",
    iack_max: Cents = "iack.max",
    iack_kind_leeftijd: i64 = "iack.kind_leeftijd",
    iack_geboren_vanaf_jaar: i64 = "iack.geboren_vanaf_jaar",
    jgk_bedrag: Cents = "jgk.bedrag",
    zt_standaardpremie: Cents = "zt.standaardpremie",
    zt_drempelinkomen: Cents = "zt.drempelinkomen",
    zt_pct_alleen: Ppm = "zt.pct.alleen",
    zt_pct_partner: Ppm = "zt.pct.partner",
    zt_pct_boven: Ppm = "zt.pct.boven",
    zt_vermogensgrens_alleen: Cents = "zt.vermogensgrens.alleen",
    zt_vermogensgrens_partner: Cents = "zt.vermogensgrens.partner",
    awir_minimum: Cents = "awir.minimum",
    awir_afronding_jaar: i64 = "awir.afronding_jaar",
    awir_afronding_maand: i64 = "awir.afronding_maand",
    ht_huurgrens: Cents = "ht.huurgrens",
    ht_huurgrens_jong: Cents = "ht.huurgrens.jong",
    ht_leeftijd_jong: i64 = "ht.leeftijd.jong",
    ht_basishuur_een: Cents = "ht.basishuur.een",
    ht_basishuur_meer: Cents = "ht.basishuur.meer",
    ht_kwaliteitskortingsgrens: Cents = "ht.kwaliteitskortingsgrens",
    ht_aftoppingsgrens_laag: Cents = "ht.aftoppingsgrens.laag",
    ht_aftoppingsgrens_hoog: Cents = "ht.aftoppingsgrens.hoog",
    ht_pct_midden: Ppm = "ht.pct.midden",
    ht_pct_boven: Ppm = "ht.pct.boven",
    ht_ijkpunt_een: Cents = "ht.ijkpunt.een",
    ht_ijkpunt_meer: Cents = "ht.ijkpunt.meer",
    ht_afbouw_een: Ppm = "ht.afbouw.een",
    ht_afbouw_meer: Ppm = "ht.afbouw.meer",
    ht_vermogensgrens: Cents = "ht.vermogensgrens",
    kgb_per_kind: Cents = "kgb.per_kind",
    kgb_extra_12_15: Cents = "kgb.extra_12_15",
    kgb_extra_16_17: Cents = "kgb.extra_16_17",
    kgb_leeftijd_extra_1: i64 = "kgb.leeftijd_extra_1",
    kgb_leeftijd_extra_2: i64 = "kgb.leeftijd_extra_2",
    kgb_alo_kop: Cents = "kgb.alo_kop",
    kgb_drempel_alleen: Cents = "kgb.drempel.alleen",
    kgb_drempel_partner: Cents = "kgb.drempel.partner",
    kgb_afbouw: Ppm = "kgb.afbouw",
    kinderbijslag_0_5: Cents = "kinderbijslag.0_5",
    kinderbijslag_6_11: Cents = "kinderbijslag.6_11",
    kinderbijslag_12_17: Cents = "kinderbijslag.12_17",
    bijstand_norm_gehuwden: Cents = "bijstand.norm.gehuwden",
    bijstand_leeftijd_jongerennorm: i64 = "bijstand.leeftijd.jongerennorm",
    bijstand_norm_alleenstaande: Cents = "bijstand.norm.alleenstaande",
    bijstand_kostendeler_basis: Ppm = "bijstand.kostendeler.basis",
    bijstand_kostendeler_per_persoon: Ppm = "bijstand.kostendeler.per_persoon",
    bijstand_vrijlating_pct: Ppm = "bijstand.vrijlating.pct",
    bijstand_vrijlating_max: Cents = "bijstand.vrijlating.max",
    bijstand_vrijlating_maanden: i64 = "bijstand.vrijlating.maanden",
    bijstand_vrijlating_leeftijd: i64 = "bijstand.vrijlating.leeftijd",
    bijstand_alo_pct: Ppm = "bijstand.alo.pct",
    bijstand_alo_max: Cents = "bijstand.alo.max",
    bijstand_alo_maanden: i64 = "bijstand.alo.maanden",
    bijstand_alo_kind_leeftijd: i64 = "bijstand.alo.kind_leeftijd",
    bijstand_medisch_pct: Ppm = "bijstand.medisch.pct",
    bijstand_medisch_max: Cents = "bijstand.medisch.max",
    wajong_pct_met: Ppm = "wajong.pct.met_arbeidsvermogen",
    wajong_pct_zonder: Ppm = "wajong.pct.zonder_arbeidsvermogen",
    wajong_compensatie_aftrek: Ppm = "wajong.compensatie.aftrek",
    wajong_vakantiebijslag: Ppm = "wajong.vakantiebijslag",
    wajong_nieuw_vanaf_jaar: i64 = "wajong.nieuw_vanaf_jaar",
    uwv_maximumdagloon: Cents = "uwv.maximumdagloon",
    uwv_dagen_per_maand: Factor = "uwv.dagen_per_maand",
    wga_pct_eerste: Ppm = "wga.pct.eerste",
    wga_pct_daarna: Ppm = "wga.pct.daarna",
    wga_eerste_maanden: i64 = "wga.eerste_maanden",
    wga_rvc_grens: Ppm = "wga.rvc_grens",
    wga_klasse_35: Ppm = "wga.klasse.35",
    wga_klasse_45: Ppm = "wga.klasse.45",
    wga_klasse_55: Ppm = "wga.klasse.55",
    wga_klasse_65: Ppm = "wga.klasse.65",
    wga_vervolg_35_45: Ppm = "wga.vervolg.35_45",
    wga_vervolg_45_55: Ppm = "wga.vervolg.45_55",
    wga_vervolg_55_65: Ppm = "wga.vervolg.55_65",
    wga_vervolg_65_80: Ppm = "wga.vervolg.65_80",
    wga_volledig: Ppm = "wga.volledig",
    iva_pct: Ppm = "iva.pct",
    iva_verrekening: Ppm = "iva.verrekening",
    ww_eindgrens: Ppm = "ww.eindgrens",
    zw_pct: Ppm = "zw.pct",
    // Money over time (issue 18).
    bijstand_betaaldag: i64 = "bijstand.betaaldag",
    uwv_ww_betaaltermijn_dagen: i64 = "uwv.ww.betaaltermijn.dagen",
    uwv_bank_dagen: i64 = "uwv.bank.dagen",
    uwv_wia_betaaldag: i64 = "uwv.wia.betaaldag",
    uwv_voorschot_maanden: i64 = "uwv.voorschot.maanden",
    uwv_herberekening_max_maanden: i64 = "uwv.herberekening.max_maanden",
    toeslag_betaaldag: i64 = "toeslag.betaaldag",
    awir_meldtermijn_weken: i64 = "awir.meldtermijn.weken",
    awir_terugvordering_drempel: Cents = "awir.terugvordering.drempel",
    awir_zienswijze_vanaf: Cents = "awir.zienswijze.vanaf",
    awir_betaaltermijn_weken: i64 = "awir.betaaltermijn.weken",
    awir_betalingsregeling_maanden: i64 = "awir.betalingsregeling.maanden",
    kot_uurprijs_dagopvang: Cents = "kot.uurprijs.dagopvang",
    kot_uurprijs_bso: Cents = "kot.uurprijs.bso",
    kot_uurprijs_gastouder: Cents = "kot.uurprijs.gastouder",
    kot_pct_max: Ppm = "kot.pct.max",
    kot_pct_max_tot: Cents = "kot.pct.max.tot",
    kot_uren_max: i64 = "kot.uren.max",
    kot_behoud_maanden: i64 = "kot.behoud.maanden",
    kot_terugwerkend_maanden: i64 = "kot.terugwerkend.maanden",
    bijstand_lks_pct: Ppm = "bijstand.lks.pct",
    bijstand_lks_max: Cents = "bijstand.lks.max",
    bijstand_lks_maanden: i64 = "bijstand.lks.maanden",
    bijstand_bufferbudget_max: Cents = "bijstand.bufferbudget.max",
    bijstand_voorschot_pct: Ppm = "bijstand.voorschot.pct",
    bijstand_voorschot_weken: i64 = "bijstand.voorschot.weken",
    bijstand_zoektermijn_leeftijd: i64 = "bijstand.zoektermijn.leeftijd",
    bijstand_zoektermijn_weken: i64 = "bijstand.zoektermijn.weken",
    bijstand_terugwerkend_maanden: i64 = "bijstand.terugwerkend.maanden",
    bijstand_hergebruik_maanden: i64 = "bijstand.hergebruik.maanden",
    bijstand_beslistermijn_weken: i64 = "bijstand.beslistermijn.weken",
    bijstand_verrekening_maanden: i64 = "bijstand.verrekening.maanden",
    ww_herleving_pct: Ppm = "ww.herleving.pct",
    wga_herleving_jaren: i64 = "wga.herleving.jaren",
    wga_herleving_weken: i64 = "wga.herleving.weken",
    wajong_terug_werkjaren: i64 = "wajong.terug.werkjaren",
    wajong_terug_pct_wml: Ppm = "wajong.terug.pct_wml",
    zw_na_einde_weken: i64 = "zw.na_einde.weken",
}

/// The parameters of one year, checked, with the typed values per start date.
#[derive(Debug, Clone)]
pub struct Parameters {
    pub jaar: i32,
    /// Date the values were last checked against their sources.
    pub gecontroleerd: String,
    bronnen: Kaart<Bron>,
    regels: Vec<RegelInfo>,
    parameters: Vec<Parameter>,
    index: Kaart<usize>,
    /// Parsed values per parameter, same order as `waarden`, sorted by `vanaf`.
    getallen: Vec<Vec<(String, Getal)>>,
    /// Typed sets, one per distinct start date, sorted.
    perioden: Vec<(String, Waarden)>,
    /// What a result shows per parameter and dated value, built once (same order as `waarden`).
    gebruik: Vec<Vec<Arc<ParameterGebruik>>>,
    /// Per period (same order as `perioden`), per parameter index: the value used.
    per_periode: Vec<Vec<Arc<ParameterGebruik>>>,
    /// The rules with their sources, built once.
    regel_gebruik: Vec<Arc<RegelGebruik>>,
}

impl Parameters {
    /// Parses and checks a parameter file given as JSON (as embedded by `build.rs`).
    pub fn parse(json: &str) -> Result<Parameters, String> {
        let bestand: Bestand =
            crate::data::lees(json).map_err(|e| format!("parameterbestand: {e}"))?;
        Self::check(bestand)
    }

    fn check(b: Bestand) -> Result<Parameters, String> {
        let mut bronnen = Kaart::default();
        for bron in b.bron {
            if bron.titel.trim().is_empty() {
                return Err(format!("bron '{}' heeft geen titel", bron.id));
            }
            if bron.titel.chars().count() > BRON_TITEL_MAX {
                return Err(format!(
                    "bron '{}': de titel is langer dan {BRON_TITEL_MAX} tekens; zet wat de bron zegt in 'inhoud'",
                    bron.id
                ));
            }
            let heeft_url = bron
                .url
                .as_deref()
                .is_some_and(|u| u.starts_with("https://") || u.starts_with("http://"));
            let heeft_artikel = bron
                .artikel
                .as_deref()
                .is_some_and(|a| !a.trim().is_empty());
            if !heeft_url && !heeft_artikel {
                return Err(format!(
                    "bron '{}' heeft geen URL en geen wetsartikel",
                    bron.id
                ));
            }
            if bronnen.insert(bron.id.clone(), bron.clone()).is_some() {
                return Err(format!("bron '{}' staat er twee keer in", bron.id));
            }
        }
        for r in &b.regel {
            if r.naam.trim().is_empty() {
                return Err(format!("regel '{}' heeft geen naam", r.id));
            }
            if r.naam_en.trim().is_empty() {
                return Err(format!(
                    "regel '{}' heeft geen Engelse naam (naam_en)",
                    r.id
                ));
            }
            if !bronnen.contains_key(&r.bron) {
                return Err(format!(
                    "regel '{}' verwijst naar onbekende bron '{}'",
                    r.id, r.bron
                ));
            }
        }
        let mut index = Kaart::default();
        let mut getallen = Vec::new();
        let mut data = Vec::new();
        let mut datums: Vec<String> = Vec::new();
        for (i, mut p) in b.parameter.into_iter().enumerate() {
            if p.label.trim().is_empty() {
                return Err(format!("parameter '{}' heeft geen label", p.id));
            }
            if p.label_en.trim().is_empty() {
                return Err(format!(
                    "parameter '{}' heeft geen Engels label (label_en)",
                    p.id
                ));
            }
            if p.waarden.is_empty() {
                return Err(format!("parameter '{}' heeft geen waarde", p.id));
            }
            if !["vast", "jaarlijks", "halfjaarlijks"].contains(&p.indexering.as_str()) {
                return Err(format!(
                    "parameter '{}': indexering is vast, jaarlijks of halfjaarlijks, niet '{}'",
                    p.id, p.indexering
                ));
            }
            p.waarden.sort_by(|a, b| a.vanaf.cmp(&b.vanaf));
            let mut rij = Vec::new();
            for w in &p.waarden {
                if !crate::citaat::is_datum(&w.vanaf) {
                    return Err(format!(
                        "parameter '{}': '{}' is geen datum (JJJJ-MM-DD)",
                        p.id, w.vanaf
                    ));
                }
                if w.bron.trim().is_empty() {
                    return Err(format!(
                        "parameter '{}' ({}) heeft geen bron",
                        p.id, w.vanaf
                    ));
                }
                if !bronnen.contains_key(&w.bron) {
                    return Err(format!(
                        "parameter '{}' ({}) verwijst naar onbekende bron '{}'",
                        p.id, w.vanaf, w.bron
                    ));
                }
                if w.voorlopig && w.toelichting.as_deref().is_none_or(|t| t.trim().is_empty()) {
                    return Err(format!(
                        "parameter '{}' ({}) is voorlopig maar zegt niet waarom",
                        p.id, w.vanaf
                    ));
                }
                let g = lees_getal(&p.eenheid, &w.waarde)
                    .map_err(|e| format!("parameter '{}' ({}): {e}", p.id, w.vanaf))?;
                rij.push((w.vanaf.clone(), g));
                if !datums.contains(&w.vanaf) {
                    datums.push(w.vanaf.clone());
                }
            }
            if index.insert(p.id.clone(), i).is_some() {
                return Err(format!("parameter '{}' staat er twee keer in", p.id));
            }
            getallen.push(rij);
            data.push(p);
        }
        datums.sort();
        let mut params = Parameters {
            jaar: b.jaar,
            gecontroleerd: b.gecontroleerd,
            bronnen,
            regels: b.regel,
            parameters: data,
            index,
            getallen,
            perioden: Vec::new(),
            gebruik: Vec::new(),
            per_periode: Vec::new(),
            regel_gebruik: Vec::new(),
        };
        params.regel_gebruik = params
            .regels
            .iter()
            .filter_map(|r| {
                Some(Arc::new(RegelGebruik {
                    id: r.id.clone(),
                    naam: r.naam.clone(),
                    naam_en: r.naam_en.clone(),
                    bron: params.bronnen.get(&r.bron)?.clone(),
                }))
            })
            .collect();
        let mut gebruik = Vec::new();
        for p in &params.parameters {
            let mut rij = Vec::new();
            for (k, w) in p.waarden.iter().enumerate() {
                let volgende = p.waarden.get(k + 1).map(|v| v.vanaf.as_str());
                let verouderd_vanaf = volgende_wijziging(&p.indexering, &w.vanaf)
                    .filter(|due| volgende.is_none_or(|v| v > due.as_str()));
                let bron =
                    params.bronnen.get(&w.bron).cloned().ok_or_else(|| {
                        format!("parameter '{}' verwijst naar onbekende bron", p.id)
                    })?;
                rij.push(Arc::new(ParameterGebruik {
                    id: p.id.clone(),
                    label: p.label.clone(),
                    label_en: p.label_en.clone(),
                    eenheid: p.eenheid.clone(),
                    waarde: w.waarde.clone(),
                    vanaf: w.vanaf.clone(),
                    verouderd_vanaf,
                    voorlopig: w.voorlopig,
                    toelichting: w.toelichting.clone(),
                    bron,
                }));
            }
            gebruik.push(rij);
        }
        params.gebruik = gebruik;
        let mut perioden = Vec::new();
        for d in datums {
            let w = Waarden::op(&params, &d)?;
            perioden.push((d, w));
        }
        if perioden.is_empty() {
            return Err("parameterbestand zonder waarden".into());
        }
        params.per_periode = perioden
            .iter()
            .map(|(datum, _)| {
                params
                    .gebruik
                    .iter()
                    .map(|rij| {
                        rij.iter()
                            .rev()
                            .find(|g| g.vanaf.as_str() <= datum.as_str())
                            .unwrap_or(&rij[0])
                            .clone()
                    })
                    .collect()
            })
            .collect();
        params.perioden = perioden;
        Ok(params)
    }

    fn getal_op(&self, id: &str, datum: &str) -> Result<Getal, String> {
        let i = *self
            .index
            .get(id)
            .ok_or_else(|| format!("parameter '{id}' ontbreekt in het parameterbestand"))?;
        self.getallen[i]
            .iter()
            .rev()
            .find(|(vanaf, _)| vanaf.as_str() <= datum)
            .map(|(_, g)| *g)
            .ok_or_else(|| format!("parameter '{id}' heeft geen waarde op {datum}"))
    }

    /// The first date with values (the earliest `vanaf`).
    pub fn eerste_datum(&self) -> &str {
        self.perioden.first().map(|(d, _)| d.as_str()).unwrap_or("")
    }

    /// The last date a calculation may start: 31 December of the year of the latest `vanaf`,
    /// the last year the data has amounts for. Later, too many amounts would be out of date to
    /// say anything. (The timeline of a start in that year runs on into the next year, with the
    /// older amounts and a note that the new ones are not known.)
    pub fn laatste_datum(&self) -> String {
        let jaar: i32 = self
            .perioden
            .last()
            .and_then(|(d, _)| d.get(0..4))
            .and_then(|j| j.parse().ok())
            .unwrap_or(self.jaar);
        format!("{jaar}-12-31")
    }

    /// The start dates of the sets of values, in order (`2026-01-01`, `2026-07-01`, …).
    pub fn periode_data(&self) -> impl Iterator<Item = &str> {
        self.perioden.iter().map(|(d, _)| d.as_str())
    }

    /// The start date of period `periode`.
    pub fn periode_datum(&self, periode: usize) -> &str {
        self.perioden
            .get(periode)
            .map(|(d, _)| d.as_str())
            .unwrap_or("")
    }

    /// The typed values valid on `datum` (`YYYY-MM-DD`), or `None` outside
    /// [`Parameters::eerste_datum`] ..= [`Parameters::laatste_datum`].
    pub fn waarden_op(&self, datum: &str) -> Option<&Waarden> {
        self.periode_van(datum).map(|i| &self.perioden[i].1)
    }

    /// The index of the period (set of values) valid on `datum`, for [`Parameters::gebruik_in`].
    pub fn periode_van(&self, datum: &str) -> Option<usize> {
        if !crate::citaat::is_datum(datum) || datum > self.laatste_datum().as_str() {
            return None;
        }
        self.perioden
            .iter()
            .rposition(|(vanaf, _)| vanaf.as_str() <= datum)
    }

    /// The position of parameter `id` in the file.
    pub fn index_van(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// What a result shows about the parameter at `index` in period `periode` (no allocation).
    pub fn gebruik_in(&self, periode: usize, index: usize) -> Option<&Arc<ParameterGebruik>> {
        self.per_periode.get(periode)?.get(index)
    }

    /// The raw parameter (with every dated value and its source).
    pub fn parameter(&self, id: &str) -> Option<&Parameter> {
        self.index.get(id).map(|&i| &self.parameters[i])
    }

    /// All parameters in file order.
    pub fn alle(&self) -> &[Parameter] {
        &self.parameters
    }

    /// All rules with their sources.
    pub fn regels(&self) -> &[RegelInfo] {
        &self.regels
    }

    pub fn bron(&self, id: &str) -> Option<&Bron> {
        self.bronnen.get(id)
    }

    /// What a result shows about parameter `id` as used on `datum` (shared, built at load time).
    pub fn gebruik(&self, id: &str, datum: &str) -> Option<Arc<ParameterGebruik>> {
        let i = *self.index.get(id)?;
        self.gebruik[i]
            .iter()
            .rev()
            .find(|g| g.vanaf.as_str() <= datum)
            .cloned()
    }

    /// A rule with its source (shared, built at load time).
    pub fn regel_gebruik(&self, id: &str) -> Option<Arc<RegelGebruik>> {
        self.regel_gebruik.iter().find(|r| r.id == id).cloned()
    }

    /// Whether the value of `id` valid on `datum` is provisional (unknown ids count as not).
    pub fn is_voorlopig(&self, id: &str, datum: &str) -> bool {
        self.index.get(id).is_some_and(|&i| {
            self.parameters[i]
                .waarden
                .iter()
                .rev()
                .find(|w| w.vanaf.as_str() <= datum)
                .is_some_and(|w| w.voorlopig)
        })
    }

    /// Every value marked provisional, with the reason: for the list in the documentation and
    /// the screen "what is not yet certain".
    pub fn voorlopige_waarden(&self) -> Vec<Arc<ParameterGebruik>> {
        let mut uit = Vec::new();
        for p in &self.parameters {
            for w in &p.waarden {
                if w.voorlopig {
                    if let Some(g) = self.gebruik(&p.id, &w.vanaf) {
                        uit.push(g);
                    }
                }
            }
        }
        uit
    }
}

/// The years with a parameter file, oldest first. A new year's file is added here and in
/// [`parameters`]; nothing in the app names a year itself.
pub const JAREN: [i32; 1] = [2026];

/// The year whose parameters hold on `datum` (`JJJJ-MM-DD` or `JJJJ-MM`): the newest year in
/// [`JAREN`] not after it, or the oldest when the date lies before them all (or is not a date).
/// Needs no data file, so a page can name the year before the parameters are loaded.
pub fn jaar_op(datum: &str) -> i32 {
    let jaar: Option<i32> = datum.get(0..4).and_then(|j| j.parse().ok());
    JAREN
        .iter()
        .copied()
        .rfind(|j| jaar.is_some_and(|d| *j <= d))
        .unwrap_or(JAREN[0])
}

/// The parameters that hold on `datum`: those of [`jaar_op`]. A date after the last year uses
/// the last year's parameters (the engine says so with its out-of-date marks).
pub fn parameters_op(datum: &str) -> Result<&'static Parameters, String> {
    parameters(jaar_op(datum))
}

/// The parameters of `jaar`, parsed once. `Err` (in Dutch) when there is no parameter file for
/// that year, the file is invalid, or the app has not loaded it yet (see `crate::data`).
pub fn parameters(jaar: i32) -> Result<&'static Parameters, String> {
    static P2026: OnceLock<Result<Parameters, String>> = OnceLock::new();
    match jaar {
        2026 => {
            let json = crate::data::bestand("income/2026").ok_or_else(|| {
                "parameters: de gegevens voor 2026 zijn nog niet geladen".to_string()
            })?;
            P2026
                .get_or_init(|| Parameters::parse(json))
                .as_ref()
                .map_err(|e| e.clone())
        }
        _ => Err(format!(
            "jaar: voor {jaar} zijn er geen parameters; alleen 2026 wordt ondersteund"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_yes_no_rule_reads_as_one_or_zero_and_shows_as_words() {
        assert_eq!(lees_getal("ja_nee", "ja"), Ok(Getal::Aantal(1)));
        assert_eq!(lees_getal("ja_nee", "nee"), Ok(Getal::Aantal(0)));
        assert!(lees_getal("ja_nee", "1").is_err());
        let p = parameters(2026).expect("2026 laadt");
        let w = p.waarden_op("2026-03-01").expect("waarden in maart");
        assert_eq!(w.awir_afronding_maand, 1);
        let i = p.index_van("awir.afronding_maand").expect("parameter");
        let g = p.gebruik_in(0, i).expect("gebruik");
        assert_eq!(g.waarde_in(Taal::Nl), "ja");
        assert_eq!(g.waarde_in(Taal::En), "yes");
        assert!(!g.label_in(Taal::En).contains("1 = yes"));
    }

    #[test]
    fn embedded_2026_loads_and_has_every_value_with_a_source() {
        let p = parameters(2026).expect("2026 laadt");
        assert_eq!(p.jaar, 2026);
        let w = p.waarden_op("2026-03-01").expect("waarden in maart");
        assert_eq!(w.zt_standaardpremie, Cents(211_900));
        assert_eq!(w.zt_pct_boven, Ppm(137_300));
        assert_eq!(w.uwv_dagen_per_maand, Factor(217_500));
        assert!(p.waarden_op("2025-12-31").is_none());
        assert!(p.waarden_op(&p.laatste_datum()).is_some());
        assert!(p.waarden_op("2099-01-01").is_none());
        assert!(parameters(2025).is_err());
        for id in GEBRUIKTE_IDS {
            let g = p.gebruik(id, "2026-01-01").expect(id);
            assert!(!g.bron.titel.is_empty());
        }
    }

    fn bestand(extra_waarde: &str, bron: &str) -> String {
        let p = parameters(2026).unwrap();
        let mut params: Vec<serde_json::Value> = p
            .alle()
            .iter()
            .map(|x| serde_json::to_value(x).unwrap())
            .collect();
        params.push(serde_json::json!({
            "id": "test.extra", "label": "Test", "label_en": "Test", "eenheid": "euro_per_jaar",
            "indexering": "jaarlijks",
            "waarden": [{"vanaf": "2026-07-01", "waarde": extra_waarde, "bron": bron}]
        }));
        let bronnen: Vec<_> = p.bronnen.values().cloned().collect();
        serde_json::json!({
            "jaar": 2026, "gecontroleerd": "2026-11-24",
            "bron": bronnen, "regel": p.regels(), "parameter": params
        })
        .to_string()
    }

    #[test]
    fn loading_fails_on_a_value_without_a_source() {
        assert!(Parameters::parse(&bestand("10", "wet-zorgtoeslag")).is_ok());
        let e = Parameters::parse(&bestand("10", "")).unwrap_err();
        assert!(e.contains("geen bron"), "{e}");
        let e = Parameters::parse(&bestand("10", "bestaat-niet")).unwrap_err();
        assert!(e.contains("onbekende bron"), "{e}");
        let e = Parameters::parse(&bestand("tien", "wet-zorgtoeslag")).unwrap_err();
        assert!(e.contains("test.extra"), "{e}");
    }

    #[test]
    fn loading_fails_on_a_rule_or_parameter_without_an_english_name() {
        let goed = bestand("10", "wet-zorgtoeslag");
        assert!(Parameters::parse(&goed).is_ok());
        let zonder = |veld: &str, id: &str| {
            let mut v: serde_json::Value = serde_json::from_str(&goed).unwrap();
            let lijst = if veld == "naam_en" {
                "regel"
            } else {
                "parameter"
            };
            for x in v[lijst].as_array_mut().unwrap() {
                if x["id"] == id {
                    x.as_object_mut().unwrap().remove(veld);
                }
            }
            Parameters::parse(&v.to_string()).unwrap_err()
        };
        let e = zonder("naam_en", "zorgtoeslag");
        assert!(e.contains("'zorgtoeslag'") && e.contains("naam_en"), "{e}");
        let e = zonder("label_en", "zt.standaardpremie");
        assert!(
            e.contains("'zt.standaardpremie'") && e.contains("label_en"),
            "{e}"
        );
        let e = zonder("label_en", "test.extra");
        assert!(e.contains("label_en"), "{e}");
    }

    #[test]
    fn every_english_name_in_the_data_differs_from_the_dutch_one() {
        let p = parameters(2026).unwrap();
        for r in p.regels() {
            assert_ne!(r.naam, r.naam_en, "regel {}", r.id);
        }
        for x in p.alle() {
            assert_ne!(x.label, x.label_en, "parameter {}", x.id);
        }
    }

    #[test]
    fn loading_fails_on_a_source_without_url_or_article() {
        let json =
            r#"{"jaar":2026,"gecontroleerd":"x","bron":[{"id":"a","titel":"T"}],"parameter":[]}"#;
        assert!(Parameters::parse(json).unwrap_err().contains("geen URL"));
    }

    #[test]
    fn dated_values_give_periods_and_a_due_date_without_a_value_is_out_of_date() {
        let p = Parameters::parse(&bestand("10", "wet-zorgtoeslag")).unwrap();
        let data: Vec<&str> = p.periode_data().collect();
        assert_eq!(data, ["2026-01-01", "2026-07-01", "2027-01-01"]);
        assert!(p.waarden_op("2026-06-30").is_some());
        assert_ne!(p.waarden_op("2026-06-30"), p.waarden_op("2026-07-01"));
        // A yearly value of 1 July is due again on 1 January.
        let g = p.gebruik("test.extra", "2026-08-01").unwrap();
        assert_eq!(g.verouderd_vanaf.as_deref(), Some("2027-01-01"));
        // The minimum wage changes on 1 January and 1 July: the January value has a successor on
        // time; the July value is out of date from 1 January 2027 (no value for that date yet).
        let g = p.gebruik("wml.maand", "2026-03-01").unwrap();
        assert_eq!(g.verouderd_vanaf, None);
        let g = p.gebruik("wml.maand", "2026-08-01").unwrap();
        assert_eq!(g.verouderd_vanaf.as_deref(), Some("2027-01-01"));
        // A value set in the law is never out of date.
        let g = p.gebruik("bijstand.vrijlating.pct", "2027-06-01").unwrap();
        assert_eq!(g.verouderd_vanaf, None);
        assert_eq!(
            volgende_wijziging("halfjaarlijks", "2026-07-01").as_deref(),
            Some("2027-01-01")
        );
        assert_eq!(
            volgende_wijziging("halfjaarlijks", "2026-01-01").as_deref(),
            Some("2026-07-01")
        );
        assert_eq!(volgende_wijziging("vast", "2026-01-01"), None);
    }

    #[test]
    fn loading_fails_on_an_unknown_indexering() {
        let mut v: serde_json::Value =
            serde_json::from_str(&bestand("10", "wet-zorgtoeslag")).unwrap();
        for x in v["parameter"].as_array_mut().unwrap() {
            if x["id"] == "test.extra" {
                x["indexering"] = "soms".into();
            }
        }
        let e = Parameters::parse(&v.to_string()).unwrap_err();
        assert!(e.contains("indexering"), "{e}");
    }
}
