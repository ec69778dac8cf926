//! "Hoe wij dit maken": who writes the content, where it comes from, when it was checked and how
//! it is kept up to date, that it has not yet been tested with the people it is for, and how to
//! report an error. The facts per tool come from the tools' own data
//! (`werkkeuze_core::verantwoording`), so they cannot drift from what the tools show.

use crate::hooks::{use_messages, use_title};
use crate::i18n::Taal;
use crate::route::Route;
use crate::widgets::bron::document_naam;
use werkkeuze_core::citaat;
use werkkeuze_core::verantwoording::{self, Verantwoording};
use yew::prelude::*;
use yew_router::prelude::*;

crate::catalogue! {
    /// The texts of "Hoe wij dit maken". `{date}`, `{n}` and `{m}` are filled in by the page.
    pub struct HoeWijMakenText {
        title,
        intro,
        who_heading,
        who,
        sources_heading,
        sources,
        sources_unread,
        documents,
        tools_heading,
        made,
        update,
        funding,
        sources_label,
        source_count,
        not_recorded,
        rekenhulp,
        testing_heading,
        testing,
        advice_heading,
        advice,
        error_heading,
        error_intro,
        error_what,
        error_where,
        error_never,
        version,
    }
}

/// The page title, also the footer link: constants, so the footer (in the start build too) does
/// not carry the whole page.
const TITLE_NL: &str = "Hoe wij dit maken";
const TITLE_EN: &str = "How we make this";

/// The title in a language.
pub fn title(lang: Taal) -> &'static str {
    match lang {
        Taal::Nl => TITLE_NL,
        Taal::En => TITLE_EN,
    }
}

pub static NL: HoeWijMakenText = HoeWijMakenText {
    title: TITLE_NL,
    intro: "Hier leest u wie de teksten van Werkkeuze schrijft, waar ze vandaan komen en hoe we \
        ze bijhouden. En wat u kunt doen als u een fout ziet.",
    who_heading: "Wie schrijft de teksten?",
    who: "De teksten en rekenregels zijn geschreven door het project Werkkeuze zelf. Ze komen \
        niet van UWV, een gemeente, een werkgever of een verzekeraar. De makers verdienen niets \
        aan wat u kiest.",
    sources_heading: "Waar komt het vandaan?",
    sources: "We gebruiken wetten en regels, pagina's van de overheid (zoals UWV en de \
        Autoriteit Persoonsgegevens), onderzoek, en Nederlandse rapporten over werk en psychische \
        gezondheid. Bij elke uitspraak staat de bron. Bij de bron staat wat we lazen, en wanneer.",
    sources_unread: "Hebben we iets niet zelf in de bron gelezen? Dan staat dat erbij.",
    documents: "Deze vijf Nederlandse documenten gebruiken we het meest. Bij een uitspraak staat \
        ook het onderdeel en, als het document die heeft, de pagina.",
    tools_heading: "Per hulpmiddel",
    made: "Gemaakt en nagelezen op",
    update: "Bijwerken",
    funding: "Betaald door",
    sources_label: "Bronnen",
    source_count: "{n} bronnen, waarvan {m} niet zelf in de bron nagelezen.",
    not_recorded: "Voor deze hulp staan de datum, het beleid voor bijwerken en de financiering \
        nog niet vast.",
    rekenhulp: "De Rekenhulp rekent met de regels en bedragen van {jaar}. Bij elk bedrag staat de \
        bron. Wat nog niet zeker is, staat erbij.",
    testing_heading: "Is het getest?",
    testing: "Nog niet met de mensen voor wie het is gemaakt. Ook coaches hebben het nog niet in \
        hun werk gebruikt. Lees het dus als een eerste versie. De teksten zijn nagelezen tegen de \
        bronnen die erbij staan. Sommige wetten hebben we niet zelf in de wettekst gelezen; dat \
        staat dan bij de bron.",
    advice_heading: "Informatie, geen advies",
    advice: "Werkkeuze geeft informatie, geen advies. De keuze is aan u. Twijfelt u over uw \
        rechten? Vraag het aan een vakbond, een jurist of het Juridisch Loket.",
    error_heading: "Ziet u een fout?",
    error_intro: "Werkkeuze heeft geen server en geen eigen meldpunt. Wij zien dus niets van wat \
        u invult, en via deze site komt geen bericht bij ons.",
    error_what: "Noteer welke hulp, welke stap en welke tekst het is. Noteer ook de versie \
        hieronder.",
    error_where: "Gebruikt u Werkkeuze op de website van een organisatie? Meld de fout dan aan \
        die organisatie. Werkt u met een begeleider? Dan kan die het doorgeven. Beheert u zelf \
        een site met Werkkeuze? Meld het dan bij de makers, op de plek waar u Werkkeuze kreeg.",
    error_never: "Stuur nooit uw antwoorden of iets over uw gezondheid mee. Dat is voor een \
        foutmelding niet nodig.",
    version: "Versie van de inhoud",
};

pub static EN: HoeWijMakenText = HoeWijMakenText {
    title: TITLE_EN,
    intro: "Here you can read who writes the texts of Werkkeuze, where they come from and how \
        we keep them up to date. And what you can do if you see a mistake.",
    who_heading: "Who writes the texts?",
    who: "The texts and calculation rules are written by the Werkkeuze project itself. They do \
        not come from UWV, a municipality, an employer or an insurer. The makers earn nothing \
        from what you choose.",
    sources_heading: "Where does it come from?",
    sources: "We use laws and regulations, government pages (such as UWV and the Dutch Data \
        Protection Authority), research, and Dutch reports about work and mental health. Every \
        statement shows its source. Each source shows what we read, and when.",
    sources_unread: "If we did not read something in the source ourselves, it says so.",
    documents: "These five Dutch documents are the ones we use most. With a statement you also \
        see the section and, if the document has them, the page.",
    tools_heading: "Per tool",
    made: "Made and checked on",
    update: "Updates",
    funding: "Paid for by",
    sources_label: "Sources",
    source_count: "{n} sources, of which {m} not read in the source itself.",
    not_recorded: "For this tool, the date, the update policy and the funding are not recorded \
        yet.",
    rekenhulp: "The Calculator uses the rules and amounts of {jaar}. Every amount shows its \
        source. What is not certain yet says so.",
    testing_heading: "Has it been tested?",
    testing: "Not yet with the people it is made for. Coaches have not used it in their work \
        yet either. So read it as a first version. The texts have been checked against the \
        sources shown with them. Some laws we have not read in the law text itself; the source \
        then says so.",
    advice_heading: "Information, not advice",
    advice: "Werkkeuze gives information, not advice. The choice is yours. In doubt about your \
        rights? Ask a trade union, a lawyer or the Juridisch Loket (free legal help desk).",
    error_heading: "Do you see a mistake?",
    error_intro: "Werkkeuze has no server and no reporting desk of its own. So we see nothing \
        of what you fill in, and no message reaches us through this site.",
    error_what: "Write down which tool, which step and which text it is. Also write down the \
        version below.",
    error_where: "Are you using Werkkeuze on the website of an organisation? Then report the \
        mistake to that organisation. Do you work with a coach? They can pass it on. Do you run \
        a site with Werkkeuze yourself? Then report it to the makers, where you got Werkkeuze.",
    error_never: "Never send your answers or anything about your health. A report of a mistake \
        does not need it.",
    version: "Version of the content",
};

crate::catalogue_lookup!(HoeWijMakenText);

/// The facts of one tool, or the sentence that they are not recorded yet.
fn tool(t: &HoeWijMakenText, lang: Taal, name: &str, v: Option<Verantwoording>) -> Html {
    let l = lang;
    let body = match v {
        Some(v) => html! {
            <dl class="facts-list">
                <div><dt>{t.made}</dt><dd>{werkkeuze_core::income::datum_tekst(&v.datum, l)}</dd></div>
                <div><dt>{t.update}</dt><dd>{v.bijwerken.get(l)}</dd></div>
                <div><dt>{t.funding}</dt><dd>{v.financiering.get(l)}{" "}{v.belangen.get(l)}</dd></div>
                <div><dt>{t.sources_label}</dt><dd>
                    {t.source_count.replace("{n}", &v.bronnen.to_string())
                        .replace("{m}", &v.niet_nagelezen.to_string())}
                </dd></div>
            </dl>
        },
        None => html! { <p>{t.not_recorded}</p> },
    };
    html! {
        <section class="how-tool" aria-label={name.to_string()}>
            <h3>{name.to_string()}</h3>
            {body}
        </section>
    }
}

/// A heading with its paragraphs.
fn section(heading: &str, paragraphs: &[&str]) -> Html {
    html! {
        <>
            <h2>{heading.to_string()}</h2>
            { for paragraphs.iter().map(|p| html! { <p>{p.to_string()}</p> }) }
        </>
    }
}

#[function_component(HoeWijMaken)]
pub fn hoe_wij_maken() -> Html {
    let lang = use_context::<Taal>().unwrap_or_default();
    let m = use_messages();
    let t = text(lang);
    use_title(t.title);
    let tools = [
        (m.tool_vertellen_name, verantwoording::vertellen()),
        (m.tool_begeleiding_name, verantwoording::begeleiding()),
    ];
    html! {
        <>
            <h1 tabindex="-1">{t.title}</h1>
            <p class="lead">{t.intro}</p>
            {section(t.who_heading, &[t.who])}
            {section(t.sources_heading, &[t.sources, t.sources_unread, t.documents])}
            <ul class="how-documents">
                { for citaat::documenten().iter().map(|d| html! {
                    <li>{document_naam(d, lang)}{". "}{d.over(lang)}</li>
                }) }
            </ul>
            <h2>{t.tools_heading}</h2>
            { for tools.into_iter().map(|(name, v)| tool(t, lang, name, v)) }
            <section class="how-tool" aria-label={m.tool_rekenhulp_name}>
                <h3>{m.tool_rekenhulp_name}</h3>
                // The year of the amounts in use this month: a new year's parameters need no
                // change here.
                <p>{t.rekenhulp.replace("{jaar}", &werkkeuze_core::tools::rekenhulp::rekenjaar().to_string())}</p>
            </section>
            {section(t.testing_heading, &[t.testing])}
            {section(t.advice_heading, &[t.advice])}
            {section(t.error_heading, &[t.error_intro, t.error_what, t.error_where, t.error_never])}
            <p>{t.version}{": "}<code>{werkkeuze_core::data::VERSIE.trim()}</code></p>
            <p><Link<Route> to={Route::Home}>{m.back_home}</Link<Route>></p>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated_and_the_english_holds_no_dutch() {
        crate::i18n::check_translations(&NL.entries(), &EN.entries(), &[]).unwrap();
        for (key, en) in EN.entries() {
            assert!(
                !werkkeuze_core::lijkt_nederlands(en),
                "EN {key}: {:?}",
                werkkeuze_core::nederlandse_woorden(en)
            );
        }
        for (key, nl) in NL.entries() {
            let lower = format!(" {} ", nl.to_lowercase());
            for word in [" je ", " jij ", " jouw ", " jullie "] {
                assert!(!lower.contains(word), "{key} uses '{}'", word.trim());
            }
        }
    }

    #[test]
    fn the_page_says_what_the_issue_asks() {
        let t = &NL;
        assert!(t.who.contains("het project Werkkeuze"));
        assert!(t.sources.contains("bron"));
        assert!(t.testing.starts_with("Nog niet"));
        assert!(t.error_intro.contains("geen eigen meldpunt"));
        assert!(t.error_never.contains("Stuur nooit"));
        // No address is invented: there is none to give.
        for (_, text) in NL.entries().iter().chain(EN.entries().iter()) {
            assert!(!text.contains('@') && !text.contains("http"), "{text}");
        }
    }
}
