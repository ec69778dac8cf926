//! The person's answers: ten questions at most, each optional ("wil ik niet zeggen" is simply no
//! answer), with the answer options as enums and Dutch and English labels.
//!
//! The JSON form uses the question ids and answer codes below, e.g.
//! `{"doel": "betaald_werk", "ggz": "ja", "voorkeuren": ["geen_druk"]}`. See
//! `docs/begeleiding.md` for the full schema with examples.

use super::Label;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;

/// Defines an answer enum with its JSON code and its Dutch and English label.
macro_rules! keuzes {
    ($(#[$meta:meta])* $name:ident { $($var:ident = $code:literal, $nl:literal, $en:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $code)] $var,)+
        }

        impl $name {
            /// Every option, in the order the question shows them.
            pub const ALLE: &'static [$name] = &[$($name::$var),+];

            /// The code in the JSON answers.
            pub fn code(self) -> &'static str {
                match self { $($name::$var => $code,)+ }
            }

            /// The label the person sees.
            pub fn label(self) -> Label {
                match self { $($name::$var => Label { nl: $nl, en: $en },)+ }
            }
        }

        impl Keuzes for $name {
            const ALLE: &'static [$name] = $name::ALLE;
            fn code(self) -> &'static str {
                $name::code(self)
            }
            fn label(self) -> Label {
                $name::label(self)
            }
        }
    };
}

keuzes! {
    /// 1. What the person wants most now.
    Doel {
        BetaaldWerk = "betaald_werk", "Betaald werk vinden", "Find paid work";
        Studie = "studie", "Een opleiding volgen of afmaken", "Take up or finish a course of study";
        Vrijwilligerswerk = "vrijwilligerswerk", "Vrijwilligerswerk doen", "Do volunteer work";
        Dagbesteding = "dagbesteding", "Iets zinvols doen overdag, zonder druk", "Do something meaningful in the daytime, without pressure";
        BaanHouden = "baan_houden", "Mijn baan houden", "Keep my job";
        TerugNaVerzuim = "terug_na_verzuim", "Terug naar mijn werk na ziekteverlof", "Return to my job after sick leave";
    }
}

keuzes! {
    /// 2. Work situation now.
    Situatie {
        Werkt = "werkt", "Ik heb werk en ik werk", "I have a job and I am working";
        WerktZiek = "werkt_ziek", "Ik heb werk, maar ik ben ziek gemeld", "I have a job, but I am on sick leave";
        WerktNaVerzuim = "werkt_na_verzuim", "Ik werk weer, na ziekteverlof", "I am back at work after sick leave";
        GeenWerk = "geen_werk", "Ik heb geen werk", "I have no job";
        Studeert = "studeert", "Ik studeer of zit op school", "I am studying or at school";
    }
}

keuzes! {
    /// 3. Benefit now.
    Uitkering {
        Geen = "geen", "Geen uitkering", "No benefit";
        Bijstand = "bijstand", "Bijstand (van de gemeente)", "Social assistance (bijstand, from the municipality)";
        Wajong = "wajong", "Wajong", "Wajong (young disabled persons' benefit)";
        Ww = "ww", "WW (werkloosheidsuitkering)", "WW (unemployment benefit)";
        Ziektewet = "ziektewet", "Ziektewet", "Ziektewet (sickness benefit)";
        Wia = "wia", "WIA (WGA of IVA)", "WIA (WGA or IVA, incapacity benefit)";
    }
}

keuzes! {
    /// 4. In treatment in the GGZ (mental health care).
    Ggz {
        Ja = "ja", "Ja, ik ben in behandeling bij de GGZ", "Yes, I am in treatment in mental health care (GGZ)";
        Nee = "nee", "Nee", "No";
        Wachtlijst = "wachtlijst", "Ik sta op een wachtlijst", "I am on a waiting list";
    }
}

keuzes! {
    /// 5. How long and how heavy the problems are, in everyday words.
    Klachten {
        KortLicht = "kort_licht", "Ik heb er sinds kort last van (minder dan een jaar). Veel dingen lukken nog.", "It started recently (less than a year ago). I can still do many things.";
        KortZwaar = "kort_zwaar", "Ik heb er sinds kort last van, maar het is zwaar. Het bepaalt nu mijn dagen.", "It started recently, but it is heavy. It rules my days now.";
        LangWisselend = "lang_wisselend", "Ik heb er al jaren last van. Er zijn goede en slechte periodes.", "I have had it for years. There are good and bad periods.";
        LangZwaar = "lang_zwaar", "Ik heb er al jaren last van. Het bepaalt een groot deel van mijn leven.", "I have had it for years. It rules a large part of my life.";
    }
}

keuzes! {
    /// 6. Preferences (more than one possible).
    Voorkeur {
        SnelBeginnen = "snel_beginnen", "Snel beginnen", "Start quickly";
        GeenDruk = "geen_druk", "Geen druk, in mijn eigen tempo", "No pressure, at my own pace";
        HulpOpWerkplek = "hulp_op_werkplek", "Hulp op de plek waar ik werk", "Help at the place where I work";
        Online = "online", "Online, op een moment dat mij uitkomt", "Online, at a time that suits me";
        Lotgenoten = "lotgenoten", "Met mensen die hetzelfde hebben meegemaakt", "With people who have been through the same";
    }
}

keuzes! {
    /// 7. What makes it hard (more than one possible). From the barriers in the sources
    /// (002_ad756265b72af36a.txt:2086-2180).
    Drempel {
        AngstTerugkeer = "angst_terugkeer", "Ik ben bang om (terug) te gaan, of voor de reacties", "I am afraid to go (back), or of how people will react";
        Schaamte = "schaamte", "Ik schaam me of voel me schuldig", "I feel ashamed or guilty";
        Grenzen = "grenzen", "Ik vind het moeilijk om grenzen te stellen of ik wil alles perfect doen", "I find it hard to set limits, or I want to do everything perfectly";
        WeinigBelastbaar = "weinig_belastbaar", "Ik ben snel moe of kan niet veel aan", "I tire quickly or cannot take much";
        WerkPastNiet = "werk_past_niet", "Het werk of de werktijden passen niet bij mij", "The work or the working hours do not suit me";
        GeenSteunOpWerk = "geen_steun_op_werk", "Ik krijg weinig steun van mijn leidinggevende of collega's", "I get little support from my manager or colleagues";
        Vooroordelen = "vooroordelen", "Ik ben bang voor vooroordelen over psychische klachten", "I fear prejudice about mental health problems";
        Geldzorgen = "geldzorgen", "Ik ben bang dat ik er geld op achteruit ga of mijn uitkering kwijtraak", "I fear I will lose money or my benefit";
        GeenDiploma = "geen_diploma", "Ik mis een diploma of opleiding", "I lack a diploma or training";
        LichamelijkeKlachten = "lichamelijke_klachten", "Ik heb ook lichamelijke klachten", "I also have physical complaints";
        ZorgenThuis = "zorgen_thuis", "Ik heb veel zorgen of stress thuis", "I have a lot of worries or stress at home";
        GeenDoel = "geen_doel", "Ik weet nog niet goed wat ik wil", "I do not know yet what I want";
        Middelen = "middelen", "Alcohol of drugs maken het moeilijker", "Alcohol or drugs make it harder";
    }
}

keuzes! {
    /// 8. Confidence about working.
    Vertrouwen {
        Veel = "veel", "Ik denk dat ik kan werken", "I think I can work";
        Beetje = "beetje", "Ik twijfel", "I am not sure";
        Weinig = "weinig", "Ik denk dat ik het (nu) niet kan", "I think I cannot do it (now)";
    }
}

keuzes! {
    /// 9. Paid work in the last five years.
    RecentWerk {
        Ja = "ja", "Ja, in de laatste vijf jaar", "Yes, in the last five years";
        Nee = "nee", "Nee, langer geleden of nooit", "No, longer ago or never";
    }
}

keuzes! {
    /// 10. Daily structure and fitness.
    Structuur {
        Goed = "goed", "Ik heb een vast ritme en voel me fit genoeg", "I have a steady routine and feel fit enough";
        Wisselend = "wisselend", "Dat wisselt", "It varies";
        Weinig = "weinig", "Ik heb weinig ritme of conditie", "I have little routine or fitness";
    }
}

/// The ten questions, listed once: each becomes a field of [`Antwoorden`] (its JSON name is the
/// question id) and an entry of [`vragen`], with its words, its help text and the glossary words
/// its choices explain. `Option<_>` is a one-choice question, `Vec<_>` allows more than one.
macro_rules! vragen {
    ($($veld:ident: $ty:ty {
        vraag: $vnl:literal, $ven:literal;
        uitleg: $unl:literal, $uen:literal;
        begrippen: [$($begrip:literal),*];
    })+) => {
        /// A person's answers. Every question may be left open.
        #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(default, deny_unknown_fields)]
        pub struct Antwoorden {
            $(pub $veld: $ty,)+
        }

        /// The question ids, in the order they are asked.
        pub const VRAAG_IDS: &[&str] = &[$(stringify!($veld)),+];

        impl Antwoorden {
            /// The answer to one question, by question id.
            fn antwoord(&self, vraag: &str) -> Option<&dyn Antwoord> {
                match vraag {
                    $(stringify!($veld) => Some(&self.$veld),)+
                    _ => None,
                }
            }

            fn antwoord_mut(&mut self, vraag: &str) -> Option<&mut dyn Antwoord> {
                match vraag {
                    $(stringify!($veld) => Some(&mut self.$veld),)+
                    _ => None,
                }
            }
        }

        /// The questions, in order. At most ten; every one may be skipped.
        pub fn vragen() -> Vec<Vraag> {
            let leeg = Antwoorden::default();
            vec![$(Vraag {
                id: stringify!($veld),
                vraag: Label { nl: $vnl, en: $ven },
                uitleg: Label { nl: $unl, en: $uen },
                meerdere: leeg.$veld.meerdere(),
                keuzes: leeg.$veld.keuzes(),
                begrippen: &[$($begrip),*],
            }),+]
        }
    };
}

vragen! {
    doel: Option<Doel> {
        vraag: "Wat wilt u het liefst?", "What would you like most?";
        uitleg: "Kies wat nu het belangrijkste is. U kunt later iets anders kiezen.", "Choose what matters most now. You can choose something else later.";
        begrippen: [];
    }
    situatie: Option<Situatie> {
        vraag: "Wat is uw situatie nu?", "What is your situation now?";
        uitleg: "Met 'ziek gemeld' bedoelen we: u heeft een baan, maar u werkt nu niet of minder door uw klachten. Met 'weer aan het werk na ziekteverlof' bedoelen we: u was ziek gemeld door uw klachten en u werkt nu weer.", "By 'on sick leave' we mean: you have a job, but you are not working, or working less, because of your problems. By 'back at work after sick leave' we mean: you were on sick leave because of your problems and you are working again.";
        begrippen: [];
    }
    uitkering: Option<Uitkering> {
        vraag: "Heeft u een uitkering?", "Do you receive a benefit?";
        uitleg: "Dit bepaalt vaak wie de hulp betaalt. Twijfelt u? Kijk op de brief over uw uitkering.", "This often decides who pays for the help. Not sure? Look at the letter about your benefit.";
        begrippen: ["bijstand", "wajong", "ww", "ziektewet", "wia"];
    }
    ggz: Option<Ggz> {
        vraag: "Bent u in behandeling bij de GGZ?", "Are you in treatment in mental health care (GGZ)?";
        uitleg: "De GGZ is de geestelijke gezondheidszorg: bijvoorbeeld een psycholoog, psychiater of een GGZ-team. Sommige hulp is er alleen samen met een behandeling.", "The GGZ is Dutch mental health care: for example a psychologist, a psychiatrist or a mental health team. Some help only exists together with treatment.";
        begrippen: [];
    }
    klachten: Option<Klachten> {
        vraag: "Hoe lang en hoe zwaar zijn uw klachten?", "How long and how heavy are your problems?";
        uitleg: "Kies wat het meest lijkt op uw situatie. Er is geen goed of fout antwoord.", "Choose what is closest to your situation. There is no right or wrong answer.";
        begrippen: [];
    }
    voorkeuren: Vec<Voorkeur> {
        vraag: "Wat vindt u belangrijk aan de hulp?", "What matters to you about the help?";
        uitleg: "U mag meer dan één ding kiezen.", "You may choose more than one.";
        begrippen: [];
    }
    drempels: Vec<Drempel> {
        vraag: "Wat maakt het moeilijk?", "What makes it hard?";
        uitleg: "U mag meer dan één ding kiezen. Uw antwoord sluit geen enkele hulp uit. Het helpt ons uit te leggen waar u op kunt letten.", "You may choose more than one. Your answer never rules out any help. It helps us explain what to look out for.";
        begrippen: [];
    }
    vertrouwen: Option<Vertrouwen> {
        vraag: "Hoeveel vertrouwen heeft u dat werken (weer) lukt?", "How confident are you that working will work out (again)?";
        uitleg: "Twijfel is heel gewoon. Ook met weinig vertrouwen kunt u alle hulp kiezen.", "Doubt is very normal. Even with little confidence you can choose any help.";
        begrippen: [];
    }
    recent_werk: Option<RecentWerk> {
        vraag: "Heeft u in de laatste vijf jaar betaald werk gehad?", "Have you had paid work in the last five years?";
        uitleg: "Ook een kleine baan of een paar uur per week telt mee.", "A small job or a few hours a week also counts.";
        begrippen: [];
    }
    structuur: Option<Structuur> {
        vraag: "Hoe gaat het met uw dagritme en uw conditie?", "How are your daily routine and your fitness?";
        uitleg: "Dagritme is: op vaste tijden opstaan, eten en dingen doen. Conditie is: hoe fit uw lichaam is.", "Daily routine means getting up, eating and doing things at regular times. Fitness means how fit your body is.";
        begrippen: [];
    }
}

/// One answer option of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Keuze {
    pub code: &'static str,
    pub label: Label,
}

/// One question, for the UI: the words, a short help text, and the options.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Vraag {
    pub id: &'static str,
    pub vraag: Label,
    pub uitleg: Label,
    /// More than one option may be chosen.
    pub meerdere: bool,
    pub keuzes: Vec<Keuze>,
    /// Glossary ids (`data/begrippen.toml`) of the words in the choices that the screen explains
    /// in place.
    pub begrippen: &'static [&'static str],
}

/// An answer enum made by `keuzes!`: its options in order, their codes and labels.
pub trait Keuzes: Copy + Ord + for<'de> Deserialize<'de> + 'static {
    const ALLE: &'static [Self];
    fn code(self) -> &'static str;
    fn label(self) -> Label;

    fn uit_code(code: &str) -> Option<Self> {
        Self::ALLE.iter().copied().find(|k| k.code() == code)
    }

    fn codes() -> Vec<&'static str> {
        Self::ALLE.iter().map(|k| k.code()).collect()
    }
}

/// The answer to one question: one choice (`Option`) or several (`Vec`, sorted, no repeats).
trait Antwoord {
    fn meerdere(&self) -> bool;
    fn keuzes(&self) -> Vec<Keuze>;
    fn codes(&self) -> Vec<&'static str>;
    fn label(&self, code: &str) -> Option<Label>;
    /// `aan` chooses `code` (one choice: replaces; several: adds); `false` takes it back. An
    /// unknown code changes nothing.
    fn zet(&mut self, code: &str, aan: bool);
    fn wis(&mut self);
    fn lees(&mut self, veld: &str, waarde: &Value) -> Result<(), Invoerfout>;
}

fn keuzes_van<T: Keuzes>() -> Vec<Keuze> {
    T::ALLE
        .iter()
        .map(|&k| Keuze {
            code: k.code(),
            label: k.label(),
        })
        .collect()
}

impl<T: Keuzes> Antwoord for Option<T> {
    fn meerdere(&self) -> bool {
        false
    }
    fn keuzes(&self) -> Vec<Keuze> {
        keuzes_van::<T>()
    }
    fn codes(&self) -> Vec<&'static str> {
        self.map(T::code).into_iter().collect()
    }
    fn label(&self, code: &str) -> Option<Label> {
        T::uit_code(code).map(T::label)
    }
    fn zet(&mut self, code: &str, aan: bool) {
        if let Some(k) = T::uit_code(code) {
            if aan {
                *self = Some(k);
            } else if *self == Some(k) {
                *self = None;
            }
        }
    }
    fn wis(&mut self) {
        *self = None;
    }
    fn lees(&mut self, veld: &str, waarde: &Value) -> Result<(), Invoerfout> {
        *self = een(veld, waarde, &T::codes())?;
        Ok(())
    }
}

impl<T: Keuzes> Antwoord for Vec<T> {
    fn meerdere(&self) -> bool {
        true
    }
    fn keuzes(&self) -> Vec<Keuze> {
        keuzes_van::<T>()
    }
    fn codes(&self) -> Vec<&'static str> {
        self.iter().map(|k| k.code()).collect()
    }
    fn label(&self, code: &str) -> Option<Label> {
        T::uit_code(code).map(T::label)
    }
    fn zet(&mut self, code: &str, aan: bool) {
        let Some(k) = T::uit_code(code) else { return };
        self.retain(|&x| x != k);
        if aan {
            self.push(k);
        }
        self.sort();
    }
    fn wis(&mut self) {
        self.clear();
    }
    fn lees(&mut self, veld: &str, waarde: &Value) -> Result<(), Invoerfout> {
        *self = lijst(veld, waarde, &T::codes())?;
        Ok(())
    }
}

/// An answer that cannot be read: one Dutch line that names the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invoerfout {
    /// The question id, when the fault is in one answer.
    pub veld: Option<String>,
    pub melding: String,
}

impl fmt::Display for Invoerfout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.melding)
    }
}

impl std::error::Error for Invoerfout {}

fn fout(veld: &str, melding: String) -> Invoerfout {
    Invoerfout {
        veld: Some(veld.to_string()),
        melding,
    }
}

fn codes_tekst(codes: &[&str]) -> String {
    codes.join(", ")
}

fn een<T: for<'de> Deserialize<'de>>(
    veld: &str,
    waarde: &Value,
    codes: &[&str],
) -> Result<Option<T>, Invoerfout> {
    match waarde {
        Value::Null => Ok(None),
        Value::String(s) => serde_json::from_value(waarde.clone()).map(Some).map_err(|_| {
            fout(
                veld,
                format!(
                    "Onbekend antwoord bij '{veld}': \"{s}\". Kies uit: {}.",
                    codes_tekst(codes)
                ),
            )
        }),
        _ => Err(fout(
            veld,
            format!(
                "Het antwoord bij '{veld}' moet één woord tussen aanhalingstekens zijn, bijvoorbeeld \"{}\".",
                codes[0]
            ),
        )),
    }
}

fn lijst<T: for<'de> Deserialize<'de> + Ord>(
    veld: &str,
    waarde: &Value,
    codes: &[&str],
) -> Result<Vec<T>, Invoerfout> {
    let items = match waarde {
        Value::Null => return Ok(Vec::new()),
        Value::Array(items) => items,
        _ => {
            return Err(fout(
                veld,
                format!(
                    "Het antwoord bij '{veld}' moet een lijst zijn, bijvoorbeeld [\"{}\"].",
                    codes[0]
                ),
            ))
        }
    };
    let mut uit = Vec::new();
    for item in items {
        match een::<T>(veld, item, codes)? {
            Some(k) => uit.push(k),
            None => {
                return Err(fout(
                    veld,
                    format!("De lijst bij '{veld}' bevat een leeg antwoord (null)."),
                ))
            }
        }
    }
    uit.sort();
    uit.dedup();
    Ok(uit)
}

impl Antwoorden {
    /// Reads answers from JSON. Unknown questions, unknown answer codes and wrong types give one
    /// Dutch line that names the field. `null` or a missing field means "not answered".
    pub fn uit_json(tekst: &str) -> Result<Antwoorden, Invoerfout> {
        let tekst = tekst.trim_start_matches('\u{feff}');
        let waarde: Value = serde_json::from_str(tekst).map_err(|e| Invoerfout {
            veld: None,
            melding: format!(
                "De antwoorden zijn geen geldige JSON (regel {}, kolom {}).",
                e.line(),
                e.column()
            ),
        })?;
        match waarde {
            Value::Object(map) => Antwoorden::uit_object(&map),
            _ => Err(Invoerfout {
                veld: None,
                melding: "De antwoorden moeten een JSON-object zijn, bijvoorbeeld {\"doel\": \"betaald_werk\"}.".to_string(),
            }),
        }
    }

    fn uit_object(map: &Map<String, Value>) -> Result<Antwoorden, Invoerfout> {
        let mut a = Antwoorden::default();
        for (veld, waarde) in map {
            match a.antwoord_mut(veld) {
                Some(antwoord) => antwoord.lees(veld, waarde)?,
                None => {
                    return Err(fout(
                        veld,
                        format!(
                            "Onbekende vraag '{veld}'. Bekende vragen zijn: {}.",
                            VRAAG_IDS.join(", ")
                        ),
                    ))
                }
            }
        }
        Ok(a)
    }

    /// The codes the person chose for one question (empty when not answered).
    pub fn codes(&self, vraag: &str) -> Vec<&'static str> {
        self.antwoord(vraag).map(|a| a.codes()).unwrap_or_default()
    }

    /// The label of one answer option, by question id and code.
    pub fn label(vraag: &str, code: &str) -> Option<Label> {
        Antwoorden::default().antwoord(vraag)?.label(code)
    }

    /// Whether `code` is a valid answer to question `vraag`.
    pub fn is_code(vraag: &str, code: &str) -> bool {
        Antwoorden::label(vraag, code).is_some()
    }

    /// Sets one answer: for a one-choice question, `aan` chooses `code` (and `false` clears it);
    /// for a list question, `aan` adds the code and `false` removes it. Unknown questions and
    /// codes change nothing.
    pub fn zet(&mut self, vraag: &str, code: &str, aan: bool) {
        if let Some(a) = self.antwoord_mut(vraag) {
            a.zet(code, aan);
        }
    }

    /// Clears the answer to one question: it no longer counts, for or against.
    pub fn wis(&mut self, vraag: &str) {
        if let Some(a) = self.antwoord_mut(vraag) {
            a.wis();
        }
    }

    /// How many of the questions have an answer.
    pub fn beantwoord(&self) -> usize {
        VRAAG_IDS
            .iter()
            .filter(|v| !self.codes(v).is_empty())
            .count()
    }
}
