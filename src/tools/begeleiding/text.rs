//! The UI texts of "Welke begeleiding past bij mij?" that are not content (the questions and the
//! catalogue live in `werkkeuze_core::matcher`). Dutch at B1 level, addressing the person as "u";
//! English second. Texts that hold a number or a name are worded by core
//! (`werkkeuze_core::tools::begeleiding::view`).

crate::catalogue! {
    /// Every UI text of the matcher.
    pub struct BegeleidingText {
        lead,
        informs,
        privacy,
        page_nav_label,
        to_questions,
        to_results,
        to_grid,
        questions_heading,
        questions_intro,
        clear_answer,
        explain,
        clear_all,
        results_heading,
        results_intro,
        fits_badge,
        why_fits,
        why_partly,
        watch_out,
        others_heading,
        others_intro,
        all_heading,
        d_what,
        d_who,
        d_duration,
        d_goal,
        d_provider,
        d_ask,
        d_pays,
        d_pays_note,
        d_evidence,
        measured_in,
        source,
        sources,
        d_workplace,
        workplace_yes,
        workplace_no,
        to_vertellen,
        to_rekenhulp,
        d_wrong,
        d_benefit,
        grid_heading,
        grid_intro,
        grid_refused,
        grid_need_more,
        grid_chosen,
        grid_remove,
        grid_scroll_hint,
        grid_question_col,
        grid_sources_note,
        grid_footnotes,
        grid_decide,
        print,
        stand_label,
        unverified,
        about_heading,
        about_made,
        about_update,
        about_funding,
        about_developed,
        plan_top,
        plan_compared,
        table,
    }
}

/// Nederlands (bron).
pub static NL: BegeleidingText = BegeleidingText {
    lead: "Beantwoord een paar vragen over uzelf. Daarna ziet u welke begeleiding naar werk bij u past, en waarom. \
        U mag elke vraag overslaan.",
    informs: "Deze lijst geeft informatie. Hij beslist niets voor u. Niemand kan u een uitkomst beloven. \
        U kiest zelf, alleen of samen met iemand die u vertrouwt, zoals uw begeleider of behandelaar.",
    privacy: "Uw antwoorden blijven op uw eigen apparaat. Ze gaan niet naar een server en worden niet bewaard.",
    page_nav_label: "Op deze pagina",
    to_questions: "Naar de vragen",
    to_results: "Naar de uitslag",
    to_grid: "Naar de vergelijking",
    questions_heading: "Uw antwoorden",
    questions_intro: "U hoeft niet alle vragen te beantwoorden. Een vraag die u overslaat, telt niet mee: niet voor en niet tegen. \
        De uitslag verandert meteen als u iets kiest. U kunt de uitslag op elk moment bekijken.",
    clear_answer: "Antwoord weghalen",
    explain: "Wat betekent dat?",
    clear_all: "Alle antwoorden wissen",
    results_heading: "Wat bij u past",
    results_intro: "Bovenaan staat wat het best past bij uw antwoorden. Bij elke vorm staat waarom, en waar u op moet letten. \
        Dit is geen advies. Bespreek het met iemand die u vertrouwt.",
    fits_badge: "Past bij u",
    why_fits: "Waarom dit bij u past",
    why_partly: "Wat hiervan past bij uw antwoorden",
    watch_out: "Waar u op moet letten",
    others_heading: "Andere vormen van begeleiding",
    others_intro: "Deze vormen passen minder duidelijk bij uw antwoorden. Ze kunnen toch iets voor u zijn. \
        U kunt ze altijd bekijken en kiezen.",
    all_heading: "Alle vormen van begeleiding",
    d_what: "Wat gebeurt er?",
    d_who: "Voor wie is het?",
    d_duration: "Hoe lang duurt het en hoe vaak?",
    d_goal: "Wat is het doel?",
    d_provider: "Wie biedt het?",
    d_ask: "Hoe vraagt u erom?",
    d_pays: "Wie betaalt?",
    d_pays_note: "Dit is geen belofte. Regels en geld verschillen per gemeente en per jaar. Vraag het na voordat u begint.",
    d_evidence: "Werkt het? Wat zegt het onderzoek?",
    measured_in: "Gemeten bij",
    source: "Bron",
    sources: "Bronnen",
    d_workplace: "Merkt uw werk er iets van?",
    workplace_yes: "Bij deze hulp is uw werk of werkplek betrokken.",
    workplace_no: "Deze hulp gebeurt niet op uw werkplek.",
    to_vertellen: "Twijfelt u wat u uw werkgever vertelt? Gebruik de hulp ‘Vertellen of verzwijgen?’",
    to_rekenhulp: "Reken uit wat werken voor uw inkomen betekent, met de rekenhulp",
    d_wrong: "Wat als het niet lukt?",
    d_benefit: "Wat betekent het voor uw uitkering?",
    grid_heading: "Vergelijk twee of drie vormen",
    grid_intro: "Zet een vinkje bij ‘Vergelijken’ bij twee of drie vormen van begeleiding. \
        Dan ziet u ze hier naast elkaar, met de vragen die mensen vaak stellen. \
        U kunt de tabel afdrukken en meenemen naar een gesprek.",
    grid_refused: "U kunt hoogstens drie vormen tegelijk vergelijken. Haal eerst een vinkje weg bij een andere vorm.",
    grid_need_more: "Kies minstens twee vormen. Dan ziet u hier de vergelijking.",
    grid_chosen: "Uw keuze voor de vergelijking",
    grid_remove: "Weghalen uit de vergelijking",
    grid_scroll_hint: "Op een klein scherm kunt u de tabel opzij schuiven.",
    grid_question_col: "Vraag",
    grid_sources_note: "De bronnen bij ‘Wat gebeurt er?’ staan in Werkkeuze, bij ‘Alles over …’ onder elke vorm van begeleiding.",
    grid_footnotes: "Goed om te weten",
    grid_decide: "Deze vergelijking geeft informatie. U beslist zelf wat bij u past.",
    print: "Afdrukken of als pdf bewaren",
    stand_label: "Stand van de inhoud",
    unverified: "(deze bron hebben wij niet zelf gelezen)",
    about_heading: "Over deze lijst",
    about_made: "Nagekeken op",
    about_update: "Bijwerken",
    about_funding: "Wie betaalde",
    about_developed: "Hoe wij dit maakten",
    plan_top: "Wat het beste bij mijn antwoorden past",
    plan_compared: "De vormen van begeleiding die ik heb vergeleken",
    table: "Tabel",
};

/// English (second language).
pub static EN: BegeleidingText = BegeleidingText {
    lead: "Answer a few questions about yourself. Then you will see which support towards work suits you, and why. \
        You may skip any question.",
    informs: "This list gives information. It decides nothing for you. Nobody can promise you an outcome. \
        You choose yourself, alone or together with someone you trust, such as your coach or the person who treats you.",
    privacy: "Your answers stay on your own device. They are not sent to a server and they are not stored.",
    page_nav_label: "On this page",
    to_questions: "Go to the questions",
    to_results: "Go to the result",
    to_grid: "Go to the comparison",
    questions_heading: "Your answers",
    questions_intro: "You do not have to answer every question. A question you skip does not count: not for and not against. \
        The result changes as soon as you choose something. You can look at the result at any time.",
    clear_answer: "Remove answer",
    explain: "What does that mean?",
    clear_all: "Clear all answers",
    results_heading: "What suits you",
    results_intro: "At the top is what fits your answers best. Each option says why, and what to look out for. \
        This is not advice. Discuss it with someone you trust.",
    fits_badge: "Suits you",
    why_fits: "Why this suits you",
    why_partly: "What of this fits your answers",
    watch_out: "What to look out for",
    others_heading: "Other kinds of support",
    others_intro: "These fit your answers less clearly. They may still be something for you. \
        You can always look at them and choose them.",
    all_heading: "All kinds of support",
    d_what: "What happens?",
    d_who: "Who is it for?",
    d_duration: "How long does it take, and how often?",
    d_goal: "What is the goal?",
    d_provider: "Who provides it?",
    d_ask: "How do you ask for it?",
    d_pays: "Who pays?",
    d_pays_note: "This is not a promise. Rules and budgets differ per municipality and per year. Check before you start.",
    d_evidence: "Does it work? What does research say?",
    measured_in: "Measured in",
    source: "Source",
    sources: "Sources",
    d_workplace: "Will your work notice?",
    workplace_yes: "This help involves your work or workplace.",
    workplace_no: "This help does not take place at your workplace.",
    to_vertellen: "Unsure what to tell your employer? Use the aid ‘To tell or not to tell?’",
    to_rekenhulp: "Work out what working means for your income, with the calculator",
    d_wrong: "What if it does not work out?",
    d_benefit: "What does it mean for your benefit?",
    grid_heading: "Compare two or three kinds of support",
    grid_intro: "Tick ‘Compare’ for two or three kinds of support. \
        Then you will see them here side by side, with the questions people often ask. \
        You can print the table and take it to an appointment.",
    grid_refused: "You can compare at most three at a time. First untick one of the others.",
    grid_need_more: "Choose at least two. Then the comparison appears here.",
    grid_chosen: "Your choice for the comparison",
    grid_remove: "Remove from the comparison",
    grid_scroll_hint: "On a small screen you can scroll the table sideways.",
    grid_question_col: "Question",
    grid_sources_note: "The sources for ‘What happens?’ are in Werkkeuze, under ‘All about …’ with each kind of support.",
    grid_footnotes: "Good to know",
    grid_decide: "This comparison gives information. You decide what suits you.",
    print: "Print or save as PDF",
    stand_label: "Content status",
    unverified: "(we have not read this source ourselves)",
    about_heading: "About this list",
    about_made: "Checked on",
    about_update: "Updates",
    about_funding: "Who paid",
    about_developed: "How we made it",
    plan_top: "What suits my answers best",
    plan_compared: "The kinds of support I compared",
    table: "Table",
};

crate::catalogue_lookup!(BegeleidingText);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_translations(&NL.entries(), &EN.entries(), &[]).unwrap();
    }

    #[test]
    fn dutch_addresses_the_person_as_u() {
        for (key, nl) in NL.entries() {
            let lower = format!(" {} ", nl.to_lowercase());
            for word in [" je ", " jij ", " jouw ", " jullie "] {
                assert!(!lower.contains(word), "{key} uses '{}'", word.trim());
            }
        }
    }

    #[test]
    fn the_texts_never_promise_an_outcome() {
        for (key, nl) in NL.entries() {
            let lower = nl.to_lowercase();
            for word in ["gegarandeerd", "zeker weten", "u krijgt werk"] {
                assert!(!lower.contains(word), "{key} promises: {word}");
            }
        }
    }
}
