//! The typed message catalogue. Every text the shell shows is a field of [`Messages`]; Dutch
//! ([`NL`]) is the source, English ([`EN`]) the second language. A missing translation is a compile
//! error, and a test checks that no English entry was left in Dutch by accident.
//!
//! Tone: we address the person as "u", in short sentences at B1 level.

/// The languages the app speaks: core's [`Taal`] (Dutch the default), the one language type of the
/// whole app. The choice travels in the URL (`?lang=en`).
pub use werkkeuze_core::Taal;

/// Reads a language code from the URL or the device; anything unknown falls back to Dutch.
pub fn taal_uit_code(code: &str) -> Taal {
    Taal::uit_code(&code.trim().to_ascii_lowercase()).unwrap_or_default()
}

/// The shell's messages in a language.
pub fn messages(taal: Taal) -> &'static Messages {
    match taal {
        Taal::Nl => &NL,
        Taal::En => &EN,
    }
}

/// Declares a typed catalogue: a struct with one `&'static str` field per message, and
/// `entries()` listing them for checks. The shell has [`Messages`]; each tool declares its own
/// catalogue in its folder (`catalogue!(pub struct RekenhulpText { … })`) with an NL and EN value.
#[macro_export]
macro_rules! catalogue {
    ($(#[$meta:meta])* pub struct $name:ident { $($key:ident),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug)]
        pub struct $name {
            $(pub $key: &'static str,)*
        }

        impl $name {
            /// Every entry as (key, text), for checks over the whole catalogue.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key)),*]
            }
        }
    };
}

/// `text(lang)` and the hook `use_text()` for a catalogue declared with [`catalogue!`] whose two
/// languages are the statics `NL` and `EN` beside it: `crate::catalogue_lookup!(VertellenText);`.
#[macro_export]
macro_rules! catalogue_lookup {
    ($name:ident) => {
        /// The catalogue of a language.
        pub fn text(lang: $crate::i18n::Taal) -> &'static $name {
            match lang {
                $crate::i18n::Taal::Nl => &NL,
                $crate::i18n::Taal::En => &EN,
            }
        }

        /// The catalogue of the page's language.
        #[::yew::functional::hook]
        pub fn use_text() -> &'static $name {
            text(::yew::functional::use_context::<$crate::i18n::Taal>().unwrap_or_default())
        }
    };
}

/// Checks a catalogue's two languages: nothing empty, no English entry left in Dutch (except the
/// keys named in `same_on_purpose`), and the same keys in both.
pub fn check_translations(
    nl: &[(&'static str, &'static str)],
    en: &[(&'static str, &'static str)],
    same_on_purpose: &[&str],
) -> Result<(), String> {
    if nl.len() != en.len() {
        return Err(format!("NL has {} entries, EN {}", nl.len(), en.len()));
    }
    for ((key, nl_text), (en_key, en_text)) in nl.iter().zip(en.iter()) {
        if key != en_key {
            return Err(format!("key order differs: {key} / {en_key}"));
        }
        if nl_text.trim().is_empty() {
            return Err(format!("NL {key} is empty"));
        }
        if en_text.trim().is_empty() {
            return Err(format!("EN {key} is empty"));
        }
        if nl_text == en_text && !same_on_purpose.contains(key) {
            return Err(format!("EN {key} is still the Dutch text"));
        }
    }
    Ok(())
}

catalogue! {
    /// All texts of the shell, one field per message.
    pub struct Messages {
        app_name,
        tagline,
        skip_to_content,
        new_tab,
        nav_label,
        nav_home,
        nav_privacy,
        nav_glossary,
        glossary_title,
        glossary_intro,
        source,
        nav_vertellen,
        nav_rekenhulp,
        nav_begeleiding,
        lang_switch_label,
        lang_name,
        lang_other_name,
        home_title,
        home_intro,
        home_privacy_line,
        home_choice_line,
        tools_heading,
        tool_vertellen_name,
        tool_vertellen_line,
        tool_rekenhulp_name,
        tool_rekenhulp_line,
        tool_begeleiding_name,
        tool_begeleiding_line,
        open_tool,
        back_home,
        privacy_title,
        privacy_intro,
        privacy_no_server,
        privacy_no_requests,
        privacy_no_storage,
        privacy_language,
        privacy_verify,
        not_found_title,
        data_loading,
        data_failed_title,
        data_failed_body,
        app_failed_body,
        data_retry,
        not_found_body,
        footer_privacy,
        footer_estimate,
        why,
        nav_embed,
        embed_open_full,
        embed_title,
        embed_intro,
        embed_fact_privacy,
        embed_fact_height,
        embed_fact_theme,
        embed_snippet_label,
        num_empty,
        num_not_a_number,
        num_not_a_number_whole,
        num_not_a_number_decimal,
        num_dot_in_amount,
        num_too_many_decimals,
        num_negative,
        num_too_large,
        num_below_min,
        num_above_max,
        num_kept_previous,
    }
}

/// Nederlands (bron).
pub static NL: Messages = Messages {
    app_name: "Werkkeuze",
    tagline: "Keuzehulp voor werk en psychische gezondheid",
    skip_to_content: "Naar de inhoud",
    new_tab: "(opent in een nieuw tabblad)",
    nav_label: "Hoofdmenu",
    nav_home: "Start",
    nav_privacy: "Privacy",
    nav_glossary: "Begrippen",
    glossary_title: "Begrippen: wat betekent dit woord?",
    glossary_intro: "Hier staan de woorden die in Werkkeuze voorkomen, in gewone taal. \
        Bij elk woord staat waar het vandaan komt, meestal een wet.",
    source: "Bron",
    nav_vertellen: "Vertellen?",
    nav_rekenhulp: "Rekenhulp",
    nav_begeleiding: "Begeleiding",
    lang_switch_label: "Taal",
    lang_name: "Nederlands",
    lang_other_name: "English",
    home_title: "Werk en psychische gezondheid: wat past bij u?",
    home_intro: "Wilt u (weer) aan het werk, of uw werk houden? Dan komen er moeilijke vragen. \
        Vertel ik mijn werkgever over mijn psychische klachten? Wat houd ik over als ik ga werken? \
        Welke hulp past bij mij? Deze drie hulpmiddelen helpen u om daar rustig over na te denken. \
        Alleen, of samen met uw begeleider.",
    home_privacy_line: "Alles blijft op uw eigen apparaat: niets wat u invult, gaat naar een server.",
    home_choice_line: "De hulpmiddelen geven informatie en overzicht. De keuze maakt u zelf.",
    tools_heading: "De drie hulpmiddelen",
    tool_vertellen_name: "Vertellen of verzwijgen?",
    tool_vertellen_line: "Denk na of u uw werkgever iets vertelt over uw psychische klachten. \
        En zo ja: aan wie, wanneer, hoeveel en hoe. Met uw rechten op een rij.",
    tool_rekenhulp_name: "Rekenhulp: wat houd ik over?",
    tool_rekenhulp_line: "Heeft u een uitkering, zoals bijstand, Wajong, WIA, WW of Ziektewet? \
        Zie wat u per maand overhoudt als u een aantal uren gaat werken. En waarom.",
    tool_begeleiding_name: "Welke begeleiding past bij mij?",
    tool_begeleiding_line: "Bekijk welke hulp bij werk bij uw situatie past, zoals IPS of een jobcoach. \
        Vergelijk twee of drie soorten hulp naast elkaar.",
    open_tool: "Openen",
    back_home: "Terug naar start",
    privacy_title: "Privacy: wat er met uw gegevens gebeurt",
    privacy_intro: "Kort gezegd: niets. Deze website is een programma dat helemaal in uw browser draait.",
    privacy_no_server: "Er is geen server die uw antwoorden ontvangt. \
        De website bestaat alleen uit bestanden die uw browser één keer ophaalt: \
        de app, en de gegevens van een hulpmiddel zodra u dat opent.",
    privacy_no_requests: "Na het laden maakt de website geen verbinding meer met andere websites. \
        Er zijn geen cookies, geen tellers en geen advertenties. \
        Een veiligheidsregel in de pagina (Content-Security-Policy) blokkeert dat ook.",
    privacy_no_storage: "De website bewaart niets op uw apparaat. \
        Sluit u de pagina, dan zijn uw antwoorden weg. Alleen als u zelf kiest voor \
        'Onthouden op dit apparaat' (bij Bewaren en delen) bewaart uw browser ze.",
    privacy_language: "Uw taalkeuze staat alleen in het adres van de pagina (de URL).",
    privacy_verify: "U kunt dit zelf controleren: open de ontwikkelaarshulpmiddelen van uw browser en kijk bij Netwerk.",
    not_found_title: "Deze pagina bestaat niet",
    data_loading: "Even geduld: dit deel van Werkkeuze wordt geladen.",
    data_failed_title: "Dit deel kon niet laden",
    data_failed_body: "Uw browser kon de gegevens van dit hulpmiddel niet ophalen. \
        Misschien is er even geen internet. Wat u al had ingevuld, is er nog.",
    app_failed_body: "Uw browser kon dit deel van Werkkeuze niet ophalen. \
        Misschien is er even geen internet. Wat u al had ingevuld, is er nog.",
    data_retry: "Probeer het opnieuw",
    not_found_body: "Misschien is de link oud of niet helemaal goed overgenomen.",
    footer_privacy: "Niets van wat u invult, verlaat uw apparaat.",
    footer_estimate: "Werkkeuze geeft informatie, geen advies. U beslist zelf.",
    why: "Waarom?",
    nav_embed: "Werkkeuze op uw eigen website",
    embed_open_full: "Open de volledige keuzehulp (nieuw venster)",
    embed_title: "Werkkeuze op uw eigen website",
    embed_intro: "Heeft u een website voor mensen die (weer) willen werken? \
        Dan kunt u één hulpmiddel van Werkkeuze op uw eigen pagina zetten. Kopieer de code hieronder.",
    embed_fact_privacy: "Ook op uw website gaat niets wat bezoekers invullen naar een server. \
        Werkkeuze gebruikt geen cookies, dus het werkt ook als cookies van andere websites geblokkeerd zijn.",
    embed_fact_height: "Het kleine script embed.js maakt het kader (iframe) even hoog als de inhoud.",
    embed_fact_theme: "Eigen kleuren en tekstgrootte kunnen in het adres: kleur=0b4f8a, achtergrond=ffffff \
        (zes tekens, zonder #) en tekstgrootte=120 (procent, 80 tot 150). Kies kleuren met genoeg contrast.",
    embed_snippet_label: "Code om te kopiëren",
    num_empty: "Vul een getal in.",
    num_not_a_number: "Dit is geen getal. Gebruik cijfers, met een komma voor de centen. Een punt staat alleen tussen duizendtallen. Bijvoorbeeld 1.234,56.",
    num_not_a_number_whole: "Dit is geen getal. Gebruik alleen cijfers. Bijvoorbeeld 40.",
    num_not_a_number_decimal: "Dit is geen getal. Gebruik cijfers, bijvoorbeeld 24 of 24,5 (een punt mag ook: 24.5).",
    num_dot_in_amount: "Gebruik een komma voor de centen, bijvoorbeeld 12,50. Een punt staat alleen tussen duizendtallen, bijvoorbeeld 1.250.",
    num_too_many_decimals: "Gebruik hoogstens {n} cijfer(s) na de komma.",
    num_negative: "Het getal kan niet negatief zijn.",
    num_too_large: "Dit getal is te groot.",
    num_below_min: "Het getal moet minstens {min} zijn.",
    num_above_max: "Het getal kan hoogstens {max} zijn.",
    num_kept_previous: "We rekenen verder met wat u eerder invulde: {waarde}.",
};

/// English (second language).
pub static EN: Messages = Messages {
    app_name: "Werkkeuze",
    tagline: "Decision aid for work and mental health",
    skip_to_content: "Skip to content",
    new_tab: "(opens in a new tab)",
    nav_label: "Main menu",
    nav_home: "Home",
    nav_privacy: "Privacy",
    nav_glossary: "Glossary",
    glossary_title: "Glossary: what does this word mean?",
    glossary_intro: "These are the words used in Werkkeuze, in plain language. \
        Each word says where it comes from, usually a law.",
    source: "Source",
    nav_vertellen: "Tell?",
    nav_rekenhulp: "Calculator",
    nav_begeleiding: "Support",
    lang_switch_label: "Language",
    lang_name: "English",
    lang_other_name: "Nederlands",
    home_title: "Work and mental health: what suits you?",
    home_intro: "Do you want to start working (again), or keep your job? Then hard questions come up. \
        Do I tell my employer about my mental health condition? How much will I have if I start working? \
        Which support suits me? These three tools help you think it through calmly. \
        On your own, or together with your coach.",
    home_privacy_line: "Everything stays on your own device: nothing you enter is sent to a server.",
    home_choice_line: "The tools give information and structure. The choice is yours.",
    tools_heading: "The three tools",
    tool_vertellen_name: "Tell or keep it to yourself?",
    tool_vertellen_line: "Think about whether to tell your employer about your mental health condition. \
        And if so: whom, when, how much and how. With your rights listed.",
    tool_rekenhulp_name: "Income calculator: what will I have?",
    tool_rekenhulp_line: "Do you receive a benefit, such as bijstand, Wajong, WIA, WW or Ziektewet? \
        See what you will have each month if you work a number of hours. And why.",
    tool_begeleiding_name: "Which support suits me?",
    tool_begeleiding_line: "See which kinds of support towards work fit your situation, such as IPS or a job coach. \
        Compare two or three side by side.",
    open_tool: "Open",
    back_home: "Back to home",
    privacy_title: "Privacy: what happens to your data",
    privacy_intro: "In short: nothing. This website is a program that runs entirely in your browser.",
    privacy_no_server: "There is no server that receives your answers. \
        The website consists only of files that your browser fetches once: \
        the app, and a tool's data as soon as you open it.",
    privacy_no_requests: "After loading, the website makes no connection to other websites. \
        There are no cookies, no trackers and no ads. \
        A security rule in the page (Content-Security-Policy) blocks that as well.",
    privacy_no_storage: "The website stores nothing on your device. \
        When you close the page, your answers are gone. Only if you choose \
        'Remember on this device' yourself (under Save and share) does your browser keep them.",
    privacy_language: "Your language choice is only kept in the page address (the URL).",
    privacy_verify: "You can check this yourself: open your browser's developer tools and look at Network.",
    not_found_title: "This page does not exist",
    data_loading: "One moment: this part of Werkkeuze is loading.",
    data_failed_title: "This part could not load",
    data_failed_body: "Your browser could not fetch this tool's data. \
        Perhaps there is no internet for a moment. What you had entered is still there.",
    app_failed_body: "Your browser could not fetch this part of Werkkeuze. \
        Perhaps there is no internet for a moment. What you had entered is still there.",
    data_retry: "Try again",
    not_found_body: "Perhaps the link is old or was not copied completely.",
    footer_privacy: "Nothing you enter leaves your device.",
    footer_estimate: "Werkkeuze gives information, not advice. You decide.",
    why: "Why?",
    nav_embed: "Werkkeuze on your own website",
    embed_open_full: "Open the full decision aid (new window)",
    embed_title: "Werkkeuze on your own website",
    embed_intro: "Do you run a website for people who want to (return to) work? \
        Then you can put one Werkkeuze tool on your own page. Copy the code below.",
    embed_fact_privacy: "On your website too, nothing visitors enter goes to a server. \
        Werkkeuze uses no cookies, so it also works when third-party cookies are blocked.",
    embed_fact_height: "The small script embed.js makes the frame (iframe) as tall as its content.",
    embed_fact_theme: "Your own colours and text size can go in the address: kleur=0b4f8a, achtergrond=ffffff \
        (six characters, without #) and tekstgrootte=120 (percent, 80 to 150). Choose colours with enough contrast.",
    embed_snippet_label: "Code to copy",
    num_empty: "Please enter a number.",
    num_not_a_number: "This is not a number. Use digits, with a comma before the cents. A dot only separates thousands. For example 1.234,56.",
    num_not_a_number_whole: "This is not a number. Use digits only. For example 40.",
    num_not_a_number_decimal: "This is not a number. Use digits, for example 24 or 24,5 (a dot works too: 24.5).",
    num_dot_in_amount: "Use a comma before the cents, for example 12,50. A dot only separates thousands, for example 1.250.",
    num_too_many_decimals: "Use at most {n} digit(s) after the comma.",
    num_negative: "The number cannot be negative.",
    num_too_large: "This number is too large.",
    num_below_min: "The number must be at least {min}.",
    num_above_max: "The number can be at most {max}.",
    num_kept_previous: "We keep calculating with what you entered before: {waarde}.",
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Entries that are deliberately the same in both languages (names, Dutch terms).
    const SAME_ON_PURPOSE: &[&str] = &["app_name", "nav_privacy"];

    #[test]
    fn no_english_entry_left_in_dutch_and_none_empty() {
        check_translations(&NL.entries(), &EN.entries(), SAME_ON_PURPOSE).unwrap();
    }

    #[test]
    fn the_check_catches_an_untranslated_entry() {
        let nl = [("a", "Hallo"), ("b", "Werk")];
        assert!(check_translations(&nl, &[("a", "Hello"), ("b", "Werk")], &[]).is_err());
        assert!(check_translations(&nl, &[("a", "Hello"), ("b", "Work")], &[]).is_ok());
        assert!(check_translations(&nl, &[("a", "Hello"), ("b", "")], &[]).is_err());
    }

    #[test]
    fn language_codes_round_trip_and_fall_back_to_dutch() {
        for lang in Taal::ALLE {
            assert_eq!(crate::i18n::taal_uit_code(lang.code()), lang);
        }
        assert_eq!(crate::i18n::taal_uit_code("EN"), Taal::En);
        assert_eq!(crate::i18n::taal_uit_code("fr"), Taal::Nl);
        assert_eq!(crate::i18n::taal_uit_code(""), Taal::Nl);
    }
}
