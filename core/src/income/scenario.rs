//! The scenario a person describes (Dutch field names, as in `docs/rekenhulp.md`), its checks,
//! and the error that names the field.
//!
//! Amounts are euros in JSON: a number (`1234.56`) or Dutch text (`"1.234,56"`). Inside, they are
//! [`Cents`]. Hours are a number with at most two decimals.

use crate::money::{parse_euros, Cents};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Bad input: the field (a dotted path such as `werk.uren_per_week`) and a Dutch message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoerFout {
    pub veld: String,
    pub melding: String,
}

impl InvoerFout {
    pub fn new(veld: impl Into<String>, melding: impl Into<String>) -> InvoerFout {
        InvoerFout {
            veld: veld.into(),
            melding: melding.into(),
        }
    }
}

impl fmt::Display for InvoerFout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.veld, self.melding)
    }
}

impl std::error::Error for InvoerFout {}

/// Serde for [`Cents`] as euros: written as a JSON number (`1550.45`); read from a number or Dutch
/// text. Negative, non-finite or absurd amounts (over € 10 miljoen) are refused with a Dutch
/// message. The float is only the JSON representation; it is rounded to whole cents at once.
pub mod euro {
    use super::*;

    pub const MAX: Cents = Cents(1_000_000_000);

    /// Whole euros as a JSON integer (`129`), otherwise a number with cents (`1550.45`).
    pub fn serialize<S: Serializer>(c: &Cents, s: S) -> Result<S::Ok, S::Error> {
        if c.0 % 100 == 0 {
            s.serialize_i64(c.0 / 100)
        } else {
            s.serialize_f64(c.as_euro_f64())
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Cents, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Invoer {
            Getal(f64),
            Tekst(String),
        }
        let c = match Invoer::deserialize(d).map_err(|_| {
            serde::de::Error::custom("verwacht een bedrag in euro's, zoals 1234.56 of \"1.234,56\"")
        })? {
            Invoer::Getal(x) => {
                if !x.is_finite() {
                    return Err(serde::de::Error::custom("dit is geen bedrag"));
                }
                if x < 0.0 {
                    return Err(serde::de::Error::custom(
                        "het bedrag mag niet negatief zijn",
                    ));
                }
                if x > MAX.as_euro_f64() {
                    return Err(serde::de::Error::custom(
                        "dit bedrag is onwaarschijnlijk hoog",
                    ));
                }
                Cents((x * 100.0).round() as i64)
            }
            Invoer::Tekst(t) => parse_euros(&t).map_err(serde::de::Error::custom)?,
        };
        if c > MAX {
            return Err(serde::de::Error::custom(
                "dit bedrag is onwaarschijnlijk hoog",
            ));
        }
        Ok(c)
    }
}

/// Serde for `Option<Cents>` as euros.
pub mod euro_opt {
    use super::*;

    pub fn serialize<S: Serializer>(c: &Option<Cents>, s: S) -> Result<S::Ok, S::Error> {
        match c {
            Some(c) if c.0 % 100 == 0 => s.serialize_some(&(c.0 / 100)),
            Some(c) => s.serialize_some(&c.as_euro_f64()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Cents>, D::Error> {
        #[derive(Deserialize)]
        struct W(#[serde(with = "euro")] Cents);
        Option::<W>::deserialize(d).map(|o| o.map(|w| w.0))
    }
}

/// Hours per week in hundredths: 16,5 hours is `Uren(1650)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Uren(pub i64);

impl Uren {
    pub const fn heel(u: i64) -> Uren {
        Uren(u * 100)
    }
    pub fn als_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }
}

impl Serialize for Uren {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.als_f64())
    }
}

impl<'de> Deserialize<'de> for Uren {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Uren, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Invoer {
            Getal(f64),
            Tekst(String),
        }
        match Invoer::deserialize(d)
            .map_err(|_| serde::de::Error::custom("verwacht een aantal uren, zoals 16 of 16,5"))?
        {
            Invoer::Getal(x) if x.is_finite() && (0.0..=168.0).contains(&x) => {
                Ok(Uren((x * 100.0).round() as i64))
            }
            Invoer::Getal(_) => Err(serde::de::Error::custom(
                "het aantal uren moet tussen 0 en 168 liggen",
            )),
            Invoer::Tekst(t) => crate::money::parse_decimal(&t, 2)
                .map(Uren)
                .map_err(serde::de::Error::custom),
        }
    }
}

/// The scenario: who, where, which benefit, which work.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// The year of the first month of work, when `peildatum` is not given (then 1 January of
    /// that year). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jaar: Option<i32>,
    /// The date of the first month with work, `YYYY-MM-DD`. It chooses the amounts: those valid
    /// on that date (1 January, 1 July, …). The app and the command line fill in the current
    /// month; without it (and without `jaar`) the engine uses the first date it has amounts for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peildatum: Option<String>,
    pub huishouden: Huishouden,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub woning: Option<Woning>,
    #[serde(default)]
    pub uitkering: Uitkering,
    #[serde(default)]
    pub werk: Werk,
    /// Municipal schemes (kwijtschelding, individuele inkomenstoeslag, …): amounts you enter.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gemeentelijk: Vec<GemeentelijkeRegeling>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Huishouden {
    /// The person's age in years.
    pub leeftijd: i64,
    /// A partner (toeslagpartner; for bijstand: gehuwd or samenwonend).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<Partner>,
    /// Ages of the children living at home (0 to 17).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinderen: Vec<i64>,
    /// Other adults (27+) in the home who are kostendelers (not the partner, not a commercial
    /// tenant or student).
    #[serde(default)]
    pub kostendelers: i64,
    /// The gross income per month of the kostendelers together (all of it, including holiday
    /// pay), optional. It counts for the huurtoeslag (Wet op de huurtoeslag art. 1 and 7); with
    /// kostendelers and rent but without it, the huurtoeslag is not estimated.
    #[serde(default, with = "euro_opt", skip_serializing_if = "Option::is_none")]
    pub kostendelers_inkomen_per_maand: Option<Cents>,
    /// Savings and other assets (for the toeslagen asset limits); unknown means below the limit.
    #[serde(default, with = "euro_opt", skip_serializing_if = "Option::is_none")]
    pub vermogen: Option<Cents>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leeftijd: Option<i64>,
    /// The partner's own gross income per month (all of it, including holiday pay), optional.
    #[serde(default, with = "euro")]
    pub bruto_inkomen_per_maand: Cents,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Woning {
    /// Kale huur per month (without service costs). Absent: an owner-occupied home or no rent.
    #[serde(with = "euro")]
    pub kale_huur: Cents,
}

/// The benefit the person has now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(tag = "soort", rename_all = "snake_case", deny_unknown_fields)]
pub enum Uitkering {
    /// No benefit.
    #[default]
    Geen,
    /// Bijstand (Participatiewet), from the municipality; amounts are net.
    Bijstand {
        /// The net bijstand per month (including vakantietoeslag) from your letter, without
        /// work. Default: the norm from the parameters (provisional for 2026).
        #[serde(default, with = "euro_opt", skip_serializing_if = "Option::is_none")]
        bedrag_per_maand: Option<Cents>,
        /// A medical limitation of the hours you can work (vrijlating 15%).
        #[serde(default)]
        medische_urenbeperking: bool,
        /// Months in which an earnings vrijlating was already applied.
        #[serde(default)]
        vrijlating_maanden_gehad: i64,
    },
    /// Wajong after 2021 (UWV); amounts are gross.
    Wajong {
        /// `false`: "duurzaam geen arbeidsvermogen" (75%).
        #[serde(default = "waar")]
        arbeidsvermogen: bool,
        /// Loonwaarde with loondispensatie, between 0 and 1 (e.g. 0.8); absent: none.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        loonwaarde: Option<f64>,
        /// The gross Wajong per month from your letter, without work (excl. vakantiegeld).
        #[serde(default, with = "euro_opt", skip_serializing_if = "Option::is_none")]
        bedrag_per_maand: Option<Cents>,
    },
    /// WIA-WGA (UWV); amounts are gross.
    Wga {
        /// The WIA-maandloon (your old wage as UWV computed it), per month.
        #[serde(with = "euro")]
        maandloon: Cents,
        /// Restverdiencapaciteit per month (what UWV says you can still earn).
        #[serde(with = "euro")]
        rvc: Cents,
        /// Still in the loongerelateerde uitkering (LGU), and for how many more months.
        #[serde(default)]
        loongerelateerd_maanden_resterend: i64,
        /// Months of LGU already received (the first 2 are at 75%).
        #[serde(default)]
        loongerelateerd_maanden_gehad: i64,
    },
    /// IVA (UWV): fully and permanently unable to work; gross.
    Iva {
        #[serde(with = "euro")]
        maandloon: Cents,
    },
    /// WW (UWV); gross.
    Ww {
        /// The WW-maandloon (dagloon × 21,75).
        #[serde(with = "euro")]
        maandloon: Cents,
        /// Months of WW already received (the first 2 are at 75%).
        #[serde(default)]
        maanden_gehad: i64,
        /// Months of WW still to go; absent: longer than the timeline.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        maanden_resterend: Option<i64>,
    },
    /// Ziektewet (UWV); gross.
    Ziektewet {
        /// The maandloon (dagloon × 21,75).
        #[serde(with = "euro")]
        maandloon: Cents,
    },
}

fn waar() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Werk {
    /// Hours per week in the new work (0 to 60).
    #[serde(default)]
    pub uren_per_week: Uren,
    /// Gross wage per hour that the employer pays; default the minimum (youth) wage for the
    /// person's age, and with loondispensatie (Wajong `loonwaarde`) that wage times the
    /// loonwaarde (Wajong art. 2:20: the wage is lowered in proportion).
    #[serde(default, with = "euro_opt", skip_serializing_if = "Option::is_none")]
    pub uurloon: Option<Cents>,
    /// The month (1 to 12) in which the employer pays the holiday pay; default May, when most
    /// employers pay it. It matters for the WW: the holiday pay counts as income in the month
    /// it is paid (Algemeen Inkomensbesluit socialezekerheidswetten art. 4:1 lid 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vakantiegeld_maand: Option<u32>,
}

/// A municipal scheme with the amount per month without and with the work (as the person
/// expects it; the rules differ per gemeente).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GemeentelijkeRegeling {
    pub naam: String,
    #[serde(with = "euro")]
    pub zonder_werk: Cents,
    #[serde(with = "euro")]
    pub met_werk: Cents,
}

/// Reads a scenario from JSON; a bad field gives an [`InvoerFout`] naming it (dotted path).
pub fn lees_scenario(json: &str) -> Result<Scenario, InvoerFout> {
    let de = &mut serde_json::Deserializer::from_str(json);
    let s: Scenario = serde_path_to_error::deserialize(de).map_err(|e| {
        let pad = e.path().to_string();
        let inner = e.into_inner();
        if matches!(
            inner.classify(),
            serde_json::error::Category::Syntax | serde_json::error::Category::Eof
        ) {
            return InvoerFout::new(
                "scenario",
                format!(
                    "dit is geen geldige JSON (regel {}, kolom {})",
                    inner.line(),
                    inner.column()
                ),
            );
        }
        let veld = if pad == "." || pad == "?" || pad.is_empty() {
            "scenario".to_string()
        } else {
            pad
        };
        InvoerFout::new(veld, vertaal_serde(&inner.to_string()))
    })?;
    Ok(s)
}

/// Turns serde's English messages into short Dutch ones (our own messages pass through).
pub(crate) fn vertaal_serde(m: &str) -> String {
    let zonder_positie = m.split(" at line ").next().unwrap_or(m).to_string();
    let m = zonder_positie.as_str();
    if let Some(rest) = m.strip_prefix("unknown variant ") {
        let naam = rest.split(',').next().unwrap_or(rest);
        return format!(
            "onbekende soort {naam}; kies geen, bijstand, wajong, wga, iva, ww of ziektewet"
        );
    }
    if let Some(rest) = m.strip_prefix("unknown field ") {
        let naam = rest.split(',').next().unwrap_or(rest);
        return format!("onbekend veld {naam}");
    }
    if let Some(rest) = m.strip_prefix("missing field ") {
        return format!("verplicht veld ontbreekt: {rest}");
    }
    if m.starts_with("invalid type") || m.starts_with("invalid value") {
        return "verkeerd soort waarde (bijvoorbeeld tekst waar een getal hoort)".into();
    }
    if m.contains("EOF") || m.starts_with("expected") || m.starts_with("trailing") {
        return "dit is geen geldige JSON".into();
    }
    if m.contains("missing field `soort`") || m == "missing field `soort`" {
        return "kies een soort uitkering".into();
    }
    m.to_string()
}
