//! The texts of "Bewaren en delen" and of opening a shared link. Dutch at B1 level, "u";
//! English second. `{tools}` is filled in by the page.

crate::catalogue! {
    /// Every text of saving, sharing, opening and clearing a session.
    pub struct BewarenText {
        title,
        intro,
        empty,
        holds,
        file_heading,
        file_body,
        file_button,
        open_heading,
        open_body,
        open_label,
        opened,
        open_no_file,
        open_too_large,
        open_unreadable,
        link_heading,
        link_body,
        link_button,
        link_warning,
        link_label,
        copy,
        copied,
        copy_refused,
        qr_heading,
        qr_body,
        qr_title,
        qr_too_long,
        remember_heading,
        remember_label,
        remember_body,
        remember_on,
        remember_refused,
        clear_heading,
        clear_body,
        clear_button,
        cleared,
        footer_clear,
        clear_ask,
        clear_yes,
        clear_no,
        link_open_title,
        link_open_body,
        link_open_replace,
        link_open_yes,
        link_open_no,
        link_open_empty,
        link_bad_title,
        back_home,
    }
}

pub static NL: BewarenText = BewarenText {
    title: "Bewaren en delen",
    intro: "Wat u invult, staat alleen in dit venster van uw browser. Sluit u het venster, dan is \
        het weg. Hier kunt u het zelf bewaren of aan iemand geven. Niets gaat via een server.",
    empty: "U heeft nog niets ingevuld. Er is dus nog niets om te bewaren.",
    holds: "Nu ingevuld: {tools}",
    file_heading: "Opslaan als bestand",
    file_body: "U krijgt een bestand met uw antwoorden. Het komt meestal in uw map Downloads. \
        Het is gewone tekst; u kunt het later hier weer openen.",
    file_button: "Bestand opslaan",
    open_heading: "Een bestand openen",
    open_body: "Kies een bestand dat u eerder bij Werkkeuze heeft opgeslagen. Wat u nu heeft \
        ingevuld, wordt dan vervangen. Gaat er iets mis, dan blijft alles zoals het was.",
    open_label: "Kies een Werkkeuze-bestand",
    opened: "Het bestand is geopend. Uw antwoorden staan weer in de hulpmiddelen.",
    open_no_file: "U heeft geen bestand gekozen. Wat u al had ingevuld, is niet veranderd.",
    open_too_large: "Dit bestand is te groot voor een Werkkeuze-sessie. Wat u al had ingevuld, \
        is niet veranderd.",
    open_unreadable: "Dit bestand kunnen we niet lezen. Wat u al had ingevuld, is niet veranderd.",
    link_heading: "Delen met een link",
    link_body: "De link bevat uw antwoorden zelf, achter het #-teken. Dat deel van een link \
        stuurt een browser nooit naar een server.",
    link_button: "Maak een link",
    link_warning: "Let op: iedereen die deze link heeft, kan uw antwoorden lezen. Deel hem alleen \
        met iemand die u vertrouwt.",
    link_label: "Uw link",
    copy: "Kopieer de link",
    copied: "De link is gekopieerd.",
    copy_refused: "Kopiëren lukte niet. De link is geselecteerd: kopieer hem zelf (Ctrl+C, of \
        lang drukken op een telefoon).",
    qr_heading: "QR-code",
    qr_body: "Scan deze code met de camera van een telefoon. Dan opent de telefoon dezelfde \
        antwoorden. Handig als een coach de antwoorden aan u wil geven.",
    qr_title: "QR-code van uw link",
    qr_too_long: "Er staat te veel in de link voor een QR-code. Gebruik de link of het bestand.",
    remember_heading: "Onthouden op dit apparaat",
    remember_label: "Onthoud mijn antwoorden op dit apparaat",
    remember_body: "Staat dit aan, dan bewaart deze browser uw antwoorden, ook na het sluiten. \
        Iedereen die dit apparaat gebruikt, kan ze dan zien. Het staat standaard uit.",
    remember_on: "Uw antwoorden worden op dit apparaat onthouden. Zet het vinkje uit of kies \
        'Alles wissen' om ze weg te halen.",
    remember_refused: "Deze browser staat bewaren niet toe (bijvoorbeeld in een privévenster). \
        Uw antwoorden blijven in dit venster.",
    clear_heading: "Alles wissen",
    clear_body: "Haalt alles weg wat u heeft ingevuld, in alle hulpmiddelen, ook wat op dit \
        apparaat is onthouden.",
    clear_button: "Alles wissen",
    cleared: "Alles is gewist. Er staat niets meer van u in Werkkeuze.",
    footer_clear: "Alles wissen",
    clear_ask: "Weet u het zeker? Dit haalt alles weg wat u heeft ingevuld, in alle \
        hulpmiddelen, ook wat op dit apparaat is onthouden. Dat kunt u niet terugdraaien.",
    clear_yes: "Ja, wis alles",
    clear_no: "Nee, niets wissen",
    link_open_title: "Antwoorden openen uit een link",
    link_open_body: "Deze link bevat antwoorden voor: {tools}.",
    link_open_replace: "Als u ze opent, vervangen ze wat u nu heeft ingevuld.",
    link_open_yes: "Open deze antwoorden",
    link_open_no: "Niet openen",
    link_open_empty: "Deze link bevat geen antwoorden.",
    link_bad_title: "Deze link kunnen we niet openen",
    back_home: "Naar de startpagina",
};

pub static EN: BewarenText = BewarenText {
    title: "Save and share",
    intro: "What you enter is only in this browser window. When you close the window, it is \
        gone. Here you can keep it yourself or give it to someone. Nothing goes through a server.",
    empty: "You have not entered anything yet, so there is nothing to save.",
    holds: "Filled in now: {tools}",
    file_heading: "Save as a file",
    file_body: "You get a file with your answers. It usually goes to your Downloads folder. It \
        is plain text; you can open it here again later.",
    file_button: "Save file",
    open_heading: "Open a file",
    open_body: "Choose a file you saved from Werkkeuze before. It replaces what you have entered \
        now. If something goes wrong, everything stays as it was.",
    open_label: "Choose a Werkkeuze file",
    opened: "The file is open. Your answers are back in the tools.",
    open_no_file: "You did not choose a file. What you had entered has not changed.",
    open_too_large: "This file is too large for a Werkkeuze session. What you had entered has \
        not changed.",
    open_unreadable: "We cannot read this file. What you had entered has not changed.",
    link_heading: "Share with a link",
    link_body: "The link holds your answers themselves, after the # sign. A browser never sends \
        that part of a link to a server.",
    link_button: "Make a link",
    link_warning: "Please note: anyone who has this link can read your answers. Only share it \
        with someone you trust.",
    link_label: "Your link",
    copy: "Copy the link",
    copied: "The link has been copied.",
    copy_refused: "Copying did not work. The link is selected: copy it yourself (Ctrl+C, or a \
        long press on a phone).",
    qr_heading: "QR code",
    qr_body: "Scan this code with a phone's camera. The phone then opens the same answers. \
        Useful when a coach wants to hand the answers to you.",
    qr_title: "QR code of your link",
    qr_too_long: "The link holds too much for a QR code. Use the link or the file.",
    remember_heading: "Remember on this device",
    remember_label: "Remember my answers on this device",
    remember_body: "When this is on, this browser keeps your answers, also after closing. Anyone \
        who uses this device can then see them. It is off unless you switch it on.",
    remember_on: "Your answers are remembered on this device. Untick the box or choose 'Clear \
        everything' to remove them.",
    remember_refused: "This browser does not allow saving (for example in a private window). \
        Your answers stay in this window.",
    clear_heading: "Clear everything",
    clear_body: "Removes everything you entered, in all tools, including what is remembered on \
        this device.",
    clear_button: "Clear everything",
    cleared: "Everything has been cleared. Nothing of yours is left in Werkkeuze.",
    footer_clear: "Clear everything",
    clear_ask: "Are you sure? This removes everything you entered, in all tools, including what \
        is remembered on this device. You cannot undo this.",
    clear_yes: "Yes, clear everything",
    clear_no: "No, keep everything",
    link_open_title: "Open answers from a link",
    link_open_body: "This link holds answers for: {tools}.",
    link_open_replace: "If you open them, they replace what you have entered now.",
    link_open_yes: "Open these answers",
    link_open_no: "Do not open",
    link_open_empty: "This link holds no answers.",
    link_bad_title: "We cannot open this link",
    back_home: "To the home page",
};

crate::catalogue_lookup!(BewarenText);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_are_complete_and_translated() {
        crate::i18n::check_translations(&NL.entries(), &EN.entries(), &[]).unwrap();
    }
}
