//! The person's answers: ten questions at most, each optional ("wil ik niet zeggen" is simply no
//! answer), with the answer options as enums and Dutch and English labels.
//!
//! The JSON form uses the question ids and answer codes below, e.g.
//! `{"doel": "betaald_werk", "ggz": "ja", "voorkeuren": ["geen_druk"]}`. See
//! `docs/begeleiding.md` for the full schema with examples.

use super::{Label, Taal};
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

/// A person's answers. Every question may be left open.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Antwoorden {
    pub doel: Option<Doel>,
    pub situatie: Option<Situatie>,
    pub uitkering: Option<Uitkering>,
    pub ggz: Option<Ggz>,
    pub klachten: Option<Klachten>,
    pub voorkeuren: Vec<Voorkeur>,
    pub drempels: Vec<Drempel>,
    pub vertrouwen: Option<Vertrouwen>,
    pub recent_werk: Option<RecentWerk>,
    pub structuur: Option<Structuur>,
}

/// The question ids, in the order they are asked.
pub const VRAAG_IDS: [&str; 10] = [
    "doel",
    "situatie",
    "uitkering",
    "ggz",
    "klachten",
    "voorkeuren",
    "drempels",
    "vertrouwen",
    "recent_werk",
    "structuur",
];

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

impl Vraag {
    fn met_begrippen(self, begrippen: &'static [&'static str]) -> Vraag {
        Vraag { begrippen, ..self }
    }
}

fn keuzes_van<T: Copy>(
    alle: &[T],
    code: fn(T) -> &'static str,
    label: fn(T) -> Label,
) -> Vec<Keuze> {
    alle.iter()
        .map(|&k| Keuze {
            code: code(k),
            label: label(k),
        })
        .collect()
}

/// The questions, in order. At most ten; every one may be skipped.
pub fn vragen() -> Vec<Vraag> {
    let vraag = |id,
                 vraag: (&'static str, &'static str),
                 uitleg: (&'static str, &'static str),
                 meerdere,
                 keuzes| Vraag {
        id,
        vraag: Label {
            nl: vraag.0,
            en: vraag.1,
        },
        uitleg: Label {
            nl: uitleg.0,
            en: uitleg.1,
        },
        meerdere,
        keuzes,
        begrippen: &[],
    };
    vec![
        vraag(
            "doel",
            ("Wat wilt u het liefst?", "What would you like most?"),
            ("Kies wat nu het belangrijkste is. U kunt later iets anders kiezen.", "Choose what matters most now. You can choose something else later."),
            false,
            keuzes_van(Doel::ALLE, Doel::code, Doel::label),
        ),
        vraag(
            "situatie",
            ("Wat is uw situatie nu?", "What is your situation now?"),
            ("Met 'ziek gemeld' bedoelen we: u heeft een baan, maar u werkt nu niet of minder door uw klachten. Met 'weer aan het werk na ziekteverlof' bedoelen we: u was ziek gemeld door uw klachten en u werkt nu weer.", "By 'on sick leave' we mean: you have a job, but you are not working, or working less, because of your problems. By 'back at work after sick leave' we mean: you were on sick leave because of your problems and you are working again."),
            false,
            keuzes_van(Situatie::ALLE, Situatie::code, Situatie::label),
        ),
        vraag(
            "uitkering",
            ("Heeft u een uitkering?", "Do you receive a benefit?"),
            ("Dit bepaalt vaak wie de hulp betaalt. Twijfelt u? Kijk op de brief over uw uitkering.", "This often decides who pays for the help. Not sure? Look at the letter about your benefit."),
            false,
            keuzes_van(Uitkering::ALLE, Uitkering::code, Uitkering::label),
        )
        .met_begrippen(&["bijstand", "wajong", "ww", "ziektewet", "wia"]),
        vraag(
            "ggz",
            ("Bent u in behandeling bij de GGZ?", "Are you in treatment in mental health care (GGZ)?"),
            ("De GGZ is de geestelijke gezondheidszorg: bijvoorbeeld een psycholoog, psychiater of een GGZ-team. Sommige hulp is er alleen samen met een behandeling.", "The GGZ is Dutch mental health care: for example a psychologist, a psychiatrist or a mental health team. Some help only exists together with treatment."),
            false,
            keuzes_van(Ggz::ALLE, Ggz::code, Ggz::label),
        ),
        vraag(
            "klachten",
            ("Hoe lang en hoe zwaar zijn uw klachten?", "How long and how heavy are your problems?"),
            ("Kies wat het meest lijkt op uw situatie. Er is geen goed of fout antwoord.", "Choose what is closest to your situation. There is no right or wrong answer."),
            false,
            keuzes_van(Klachten::ALLE, Klachten::code, Klachten::label),
        ),
        vraag(
            "voorkeuren",
            ("Wat vindt u belangrijk aan de hulp?", "What matters to you about the help?"),
            ("U mag meer dan één ding kiezen.", "You may choose more than one."),
            true,
            keuzes_van(Voorkeur::ALLE, Voorkeur::code, Voorkeur::label),
        ),
        vraag(
            "drempels",
            ("Wat maakt het moeilijk?", "What makes it hard?"),
            ("U mag meer dan één ding kiezen. Uw antwoord sluit geen enkele hulp uit. Het helpt ons uit te leggen waar u op kunt letten.", "You may choose more than one. Your answer never rules out any help. It helps us explain what to look out for."),
            true,
            keuzes_van(Drempel::ALLE, Drempel::code, Drempel::label),
        ),
        vraag(
            "vertrouwen",
            ("Hoeveel vertrouwen heeft u dat werken (weer) lukt?", "How confident are you that working will work out (again)?"),
            ("Twijfel is heel gewoon. Ook met weinig vertrouwen kunt u alle hulp kiezen.", "Doubt is very normal. Even with little confidence you can choose any help."),
            false,
            keuzes_van(Vertrouwen::ALLE, Vertrouwen::code, Vertrouwen::label),
        ),
        vraag(
            "recent_werk",
            ("Heeft u in de laatste vijf jaar betaald werk gehad?", "Have you had paid work in the last five years?"),
            ("Ook een kleine baan of een paar uur per week telt mee.", "A small job or a few hours a week also counts."),
            false,
            keuzes_van(RecentWerk::ALLE, RecentWerk::code, RecentWerk::label),
        ),
        vraag(
            "structuur",
            ("Hoe gaat het met uw dagritme en uw conditie?", "How are your daily routine and your fitness?"),
            ("Dagritme is: op vaste tijden opstaan, eten en dingen doen. Conditie is: hoe fit uw lichaam is.", "Daily routine means getting up, eating and doing things at regular times. Fitness means how fit your body is."),
            false,
            keuzes_van(Structuur::ALLE, Structuur::code, Structuur::label),
        ),
    ]
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

fn codes_van<T: Copy>(alle: &[T], code: fn(T) -> &'static str) -> Vec<&'static str> {
    alle.iter().map(|&k| code(k)).collect()
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
            match veld.as_str() {
                "doel" => a.doel = een(veld, waarde, &codes_van(Doel::ALLE, Doel::code))?,
                "situatie" => {
                    a.situatie = een(veld, waarde, &codes_van(Situatie::ALLE, Situatie::code))?
                }
                "uitkering" => {
                    a.uitkering = een(veld, waarde, &codes_van(Uitkering::ALLE, Uitkering::code))?
                }
                "ggz" => a.ggz = een(veld, waarde, &codes_van(Ggz::ALLE, Ggz::code))?,
                "klachten" => {
                    a.klachten = een(veld, waarde, &codes_van(Klachten::ALLE, Klachten::code))?
                }
                "voorkeuren" => {
                    a.voorkeuren = lijst(veld, waarde, &codes_van(Voorkeur::ALLE, Voorkeur::code))?
                }
                "drempels" => {
                    a.drempels = lijst(veld, waarde, &codes_van(Drempel::ALLE, Drempel::code))?
                }
                "vertrouwen" => {
                    a.vertrouwen =
                        een(veld, waarde, &codes_van(Vertrouwen::ALLE, Vertrouwen::code))?
                }
                "recent_werk" => {
                    a.recent_werk =
                        een(veld, waarde, &codes_van(RecentWerk::ALLE, RecentWerk::code))?
                }
                "structuur" => {
                    a.structuur = een(veld, waarde, &codes_van(Structuur::ALLE, Structuur::code))?
                }
                _ => {
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
        fn o<T: Copy>(x: Option<T>, code: fn(T) -> &'static str) -> Vec<&'static str> {
            x.map(code).into_iter().collect()
        }
        match vraag {
            "doel" => o(self.doel, Doel::code),
            "situatie" => o(self.situatie, Situatie::code),
            "uitkering" => o(self.uitkering, Uitkering::code),
            "ggz" => o(self.ggz, Ggz::code),
            "klachten" => o(self.klachten, Klachten::code),
            "voorkeuren" => self.voorkeuren.iter().map(|v| v.code()).collect(),
            "drempels" => self.drempels.iter().map(|d| d.code()).collect(),
            "vertrouwen" => o(self.vertrouwen, Vertrouwen::code),
            "recent_werk" => o(self.recent_werk, RecentWerk::code),
            "structuur" => o(self.structuur, Structuur::code),
            _ => Vec::new(),
        }
    }

    /// The label of one chosen answer, by question id and code.
    pub fn label(vraag: &str, code: &str) -> Option<Label> {
        fn zoek<T: Copy>(
            alle: &[T],
            c: fn(T) -> &'static str,
            l: fn(T) -> Label,
            code: &str,
        ) -> Option<Label> {
            alle.iter().find(|&&k| c(k) == code).map(|&k| l(k))
        }
        match vraag {
            "doel" => zoek(Doel::ALLE, Doel::code, Doel::label, code),
            "situatie" => zoek(Situatie::ALLE, Situatie::code, Situatie::label, code),
            "uitkering" => zoek(Uitkering::ALLE, Uitkering::code, Uitkering::label, code),
            "ggz" => zoek(Ggz::ALLE, Ggz::code, Ggz::label, code),
            "klachten" => zoek(Klachten::ALLE, Klachten::code, Klachten::label, code),
            "voorkeuren" => zoek(Voorkeur::ALLE, Voorkeur::code, Voorkeur::label, code),
            "drempels" => zoek(Drempel::ALLE, Drempel::code, Drempel::label, code),
            "vertrouwen" => zoek(Vertrouwen::ALLE, Vertrouwen::code, Vertrouwen::label, code),
            "recent_werk" => zoek(RecentWerk::ALLE, RecentWerk::code, RecentWerk::label, code),
            "structuur" => zoek(Structuur::ALLE, Structuur::code, Structuur::label, code),
            _ => None,
        }
    }

    /// Whether `code` is a valid answer to question `vraag`.
    pub fn is_code(vraag: &str, code: &str) -> bool {
        Antwoorden::label(vraag, code).is_some()
    }

    /// The answers as the labels the person saw, for a summary.
    pub fn samenvatting(&self, taal: Taal) -> Vec<(&'static str, Vec<&'static str>)> {
        VRAAG_IDS
            .iter()
            .map(|&v| {
                let labels = self
                    .codes(v)
                    .into_iter()
                    .filter_map(|c| Antwoorden::label(v, c))
                    .map(|l| l.get(taal))
                    .collect();
                (v, labels)
            })
            .collect()
    }
}
