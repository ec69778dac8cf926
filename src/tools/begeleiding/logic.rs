//! The pure part of the screen: the state the app holds, changing one answer, choosing options
//! for the Option Grid (at most three), and small mappings. No browser calls, tested natively.

use crate::route::Route;
use serde::{Deserialize, Serialize};
use werkkeuze_core::matcher::{
    Antwoorden, Doel, Drempel, Ggz, Klachten, RecentWerk, Situatie, Structuur, Uitkering,
    Vertrouwen, Voorkeur, VERTELLEN_LINK,
};

/// At most this many options side by side in the Option Grid.
pub const MAX_VERGELIJK: usize = 3;

/// What the app holds for this tool (and a later issue saves in a session file or link): the
/// answers and the options chosen for the comparison, in the order they were chosen.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BegeleidingState {
    pub antwoorden: Antwoorden,
    pub vergelijk: Vec<String>,
}

fn vind<T: Copy>(alle: &[T], code: fn(T) -> &'static str, c: &str) -> Option<T> {
    alle.iter().copied().find(|&k| code(k) == c)
}

fn schakel<T: Copy + Ord>(lijst: &mut Vec<T>, waarde: Option<T>, aan: bool) {
    let Some(w) = waarde else { return };
    lijst.retain(|&x| x != w);
    if aan {
        lijst.push(w);
    }
    lijst.sort();
}

/// Sets one answer: for a one-choice question, `aan` chooses `code` (and `false` clears it); for
/// a list question, `aan` adds the code and `false` removes it. Unknown codes change nothing.
pub fn zet(a: &mut Antwoorden, vraag: &str, code: &str, aan: bool) {
    fn een<T: Copy + PartialEq>(
        veld: &mut Option<T>,
        alle: &[T],
        c: fn(T) -> &'static str,
        code: &str,
        aan: bool,
    ) {
        if let Some(k) = vind(alle, c, code) {
            if aan {
                *veld = Some(k);
            } else if *veld == Some(k) {
                *veld = None;
            }
        }
    }
    match vraag {
        "doel" => een(&mut a.doel, Doel::ALLE, Doel::code, code, aan),
        "situatie" => een(&mut a.situatie, Situatie::ALLE, Situatie::code, code, aan),
        "uitkering" => een(
            &mut a.uitkering,
            Uitkering::ALLE,
            Uitkering::code,
            code,
            aan,
        ),
        "ggz" => een(&mut a.ggz, Ggz::ALLE, Ggz::code, code, aan),
        "klachten" => een(&mut a.klachten, Klachten::ALLE, Klachten::code, code, aan),
        "voorkeuren" => schakel(
            &mut a.voorkeuren,
            vind(Voorkeur::ALLE, Voorkeur::code, code),
            aan,
        ),
        "drempels" => schakel(
            &mut a.drempels,
            vind(Drempel::ALLE, Drempel::code, code),
            aan,
        ),
        "vertrouwen" => een(
            &mut a.vertrouwen,
            Vertrouwen::ALLE,
            Vertrouwen::code,
            code,
            aan,
        ),
        "recent_werk" => een(
            &mut a.recent_werk,
            RecentWerk::ALLE,
            RecentWerk::code,
            code,
            aan,
        ),
        "structuur" => een(
            &mut a.structuur,
            Structuur::ALLE,
            Structuur::code,
            code,
            aan,
        ),
        _ => {}
    }
}

/// Clears the answer to one question: it no longer counts, for or against.
pub fn wis(a: &mut Antwoorden, vraag: &str) {
    match vraag {
        "doel" => a.doel = None,
        "situatie" => a.situatie = None,
        "uitkering" => a.uitkering = None,
        "ggz" => a.ggz = None,
        "klachten" => a.klachten = None,
        "voorkeuren" => a.voorkeuren.clear(),
        "drempels" => a.drempels.clear(),
        "vertrouwen" => a.vertrouwen = None,
        "recent_werk" => a.recent_werk = None,
        "structuur" => a.structuur = None,
        _ => {}
    }
}

/// How many of the questions have an answer.
pub fn beantwoord(a: &Antwoorden) -> usize {
    werkkeuze_core::matcher::vragen()
        .iter()
        .filter(|v| !a.codes(v.id).is_empty())
        .count()
}

/// What happened to a choice for the Option Grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vergelijk {
    Toegevoegd,
    Weggehaald,
    /// Already three chosen: the fourth is refused and nothing changes.
    Geweigerd,
}

/// Adds (`aan`) or removes an option for the comparison. A fourth is refused.
pub fn vergelijk(lijst: &mut Vec<String>, id: &str, aan: bool) -> Vergelijk {
    let al = lijst.iter().any(|x| x == id);
    if !aan {
        lijst.retain(|x| x != id);
        return Vergelijk::Weggehaald;
    }
    if al {
        return Vergelijk::Toegevoegd;
    }
    if lijst.len() >= MAX_VERGELIJK {
        return Vergelijk::Geweigerd;
    }
    lijst.push(id.to_string());
    Vergelijk::Toegevoegd
}

/// The app route behind a link in the core's reasons (`#/vertellen`, `#/rekenhulp`).
pub fn route_van(link: &str) -> Option<Route> {
    match link {
        VERTELLEN_LINK => Some(Route::Vertellen),
        werkkeuze_core::matcher::REKENHULP_LINK => Some(Route::Rekenhulp),
        _ => None,
    }
}

/// Fills `{name}`, `{n}` and `{total}` in a catalogue text.
pub fn vul(tekst: &str, name: &str, n: usize, total: usize) -> String {
    tekst
        .replace("{name}", name)
        .replace("{n}", &n.to_string())
        .replace("{total}", &total.to_string())
}

/// "3 vormen van begeleiding passen …", but "1 vorm … past …": the count of fitting options.
pub fn aantal_passend(t: &super::text::BegeleidingText, n: usize) -> String {
    if n == 1 {
        t.results_live_one.to_string()
    } else {
        vul(t.results_live, "", n, 0)
    }
}

/// A safe element id from an option id (`oad-pra` → `bg-oad-pra`).
pub fn dom_id(prefix: &str, id: &str) -> String {
    let schoon: String = id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("bg-{prefix}-{schoon}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use werkkeuze_core::matcher::{rangschik, vragen, Taal};

    #[test]
    fn one_fitting_option_is_singular() {
        use super::super::text::text;
        assert_eq!(
            aantal_passend(text(Lang::Nl), 1),
            "1 vorm van begeleiding past bij uw antwoorden."
        );
        assert_eq!(
            aantal_passend(text(Lang::Nl), 3),
            "3 vormen van begeleiding passen bij uw antwoorden."
        );
        assert_eq!(
            aantal_passend(text(Lang::En), 1),
            "1 kind of support fits your answers."
        );
        assert_eq!(
            aantal_passend(text(Lang::En), 2),
            "2 kinds of support fit your answers."
        );
    }

    #[test]
    fn one_choice_answers_are_set_replaced_and_cleared() {
        let mut a = Antwoorden::default();
        zet(&mut a, "doel", "betaald_werk", true);
        assert_eq!(a.doel, Some(Doel::BetaaldWerk));
        zet(&mut a, "doel", "studie", true);
        assert_eq!(a.doel, Some(Doel::Studie));
        zet(&mut a, "doel", "bestaat_niet", true);
        assert_eq!(
            a.doel,
            Some(Doel::Studie),
            "an unknown code changes nothing"
        );
        zet(&mut a, "doel", "studie", false);
        assert_eq!(a.doel, None);
        zet(&mut a, "ggz", "ja", true);
        wis(&mut a, "ggz");
        assert_eq!(a, Antwoorden::default());
    }

    #[test]
    fn list_answers_toggle_and_stay_sorted_without_repeats() {
        let mut a = Antwoorden::default();
        zet(&mut a, "drempels", "grenzen", true);
        zet(&mut a, "drempels", "angst_terugkeer", true);
        zet(&mut a, "drempels", "grenzen", true);
        assert_eq!(a.drempels, vec![Drempel::AngstTerugkeer, Drempel::Grenzen]);
        zet(&mut a, "drempels", "angst_terugkeer", false);
        assert_eq!(a.drempels, vec![Drempel::Grenzen]);
        // The same as the answers read from JSON, so saved sessions compare equal.
        let json = Antwoorden::uit_json(r#"{"drempels": ["grenzen"]}"#).unwrap();
        assert_eq!(a, json);
    }

    #[test]
    fn every_question_and_choice_of_the_core_can_be_set_and_cleared() {
        for v in vragen() {
            for k in &v.keuzes {
                let mut a = Antwoorden::default();
                zet(&mut a, v.id, k.code, true);
                assert_eq!(a.codes(v.id), vec![k.code], "{}: {}", v.id, k.code);
                assert_eq!(beantwoord(&a), 1);
                wis(&mut a, v.id);
                assert_eq!(a, Antwoorden::default(), "{}", v.id);
            }
        }
    }

    #[test]
    fn a_fourth_option_for_the_grid_is_refused() {
        let mut l = Vec::new();
        assert_eq!(vergelijk(&mut l, "ips", true), Vergelijk::Toegevoegd);
        assert_eq!(vergelijk(&mut l, "wgb", true), Vergelijk::Toegevoegd);
        assert_eq!(vergelijk(&mut l, "ips", true), Vergelijk::Toegevoegd);
        assert_eq!(vergelijk(&mut l, "oad-pra", true), Vergelijk::Toegevoegd);
        assert_eq!(vergelijk(&mut l, "sharp", true), Vergelijk::Geweigerd);
        assert_eq!(l, vec!["ips", "wgb", "oad-pra"]);
        assert_eq!(vergelijk(&mut l, "wgb", false), Vergelijk::Weggehaald);
        assert_eq!(vergelijk(&mut l, "sharp", true), Vergelijk::Toegevoegd);
        assert_eq!(l, vec!["ips", "oad-pra", "sharp"]);
    }

    #[test]
    fn the_state_round_trips_through_json() {
        let mut s = BegeleidingState::default();
        zet(&mut s.antwoorden, "doel", "betaald_werk", true);
        zet(&mut s.antwoorden, "voorkeuren", "online", true);
        vergelijk(&mut s.vergelijk, "ips", true);
        let json = serde_json::to_string(&s).unwrap();
        let terug: BegeleidingState = serde_json::from_str(&json).unwrap();
        assert_eq!(terug, s);
        let leeg: BegeleidingState = serde_json::from_str("{}").unwrap();
        assert_eq!(leeg, BegeleidingState::default());
    }

    #[test]
    fn the_first_profile_of_the_issue_puts_ips_first_with_its_answers_traced() {
        let mut a = Antwoorden::default();
        for (v, c) in [
            ("doel", "betaald_werk"),
            ("ggz", "ja"),
            ("klachten", "lang_zwaar"),
        ] {
            zet(&mut a, v, c, true);
        }
        let u = rangschik(&a);
        assert_eq!(u.opties[0].id, "ips");
        let reden = u.opties[0].redenen[0].met_antwoorden(Taal::Nl);
        assert!(reden.contains("U koos"), "{reden}");
        // The whole catalogue stays in the result.
        assert!(u.opties.len() >= 14);
        // Only the first choices (what Tab and Space alone reach) also put IPS first.
        let mut b = Antwoorden::default();
        zet(&mut b, "doel", "betaald_werk", true);
        zet(&mut b, "ggz", "ja", true);
        assert_eq!(rangschik(&b).opties[0].id, "ips");
    }

    #[test]
    fn routes_ids_and_placeholders() {
        assert_eq!(route_van("#/vertellen"), Some(Route::Vertellen));
        assert_eq!(route_van("#/rekenhulp"), Some(Route::Rekenhulp));
        assert_eq!(route_van("https://example.org"), None);
        assert_eq!(dom_id("detail", "oad-pra"), "bg-detail-oad-pra");
        assert_eq!(dom_id("x", "a b"), "bg-x-a-b");
        assert_eq!(vul("{n} van {total}: {name}", "IPS", 2, 3), "2 van 3: IPS");
        assert_eq!(Lang::En.taal(), Taal::En);
    }
}
