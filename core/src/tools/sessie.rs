//! One session for all three tools: what the person entered, and the only thing that can leave
//! the app — as a file they download, a link they copy, a QR code, or (only when they switch it
//! on) a copy on their device. The envelope (format name, version, migrations, compression,
//! limits, Dutch error messages) is [`crate::session`]; this module says what is inside.
//!
//! A file or link also records what the Rekenhulp computed with ([`Gerekend`]: the date of the
//! amounts and what each situation left to live on), so a session opened after the amounts
//! changed says so and what changed for this person ([`Sessie::veranderingen`]), instead of
//! silently showing new numbers.

use super::begeleiding;
use super::rekenhulp::{self, RekenhulpState};
use super::vertellen;
use crate::income::datum_tekst;
use crate::money::{format_whole_euros, Cents};
use crate::session::{self, SessionError};
use crate::{tekst, Taal};
use serde::{Deserialize, Serialize};

/// Everything the person entered, in every tool. A tool added later gets a field with
/// `#[serde(default)]`, so older files still open.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Sessie {
    /// "Vertellen of verzwijgen?"
    pub vertellen: vertellen::State,
    /// "Rekenhulp": the situations entered (up to three) and the mode.
    pub rekenhulp: RekenhulpState,
    /// "Welke begeleiding past bij mij?": the answers and the options chosen to compare.
    pub begeleiding: begeleiding::State,
    /// What the Rekenhulp computed when the file or link was made ([`Sessie::met_gerekend`], on
    /// "Bewaren en delen"). Absent in files of version 1, in the app's own state, and in the
    /// copies the app keeps without being asked to save (the recovery screen's file and the
    /// "onthouden" copy on the device).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gerekend: Option<Gerekend>,
}

/// What the Rekenhulp computed for each situation when the session was saved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gerekend {
    /// One entry per situation, in order.
    pub situaties: Vec<GerekendeSituatie>,
}

/// One situation's result when saved: `None` fields when it was not complete.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GerekendeSituatie {
    /// The start date of the amounts used (`2026-07-01`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bedragen_van: Option<String>,
    /// What there was to live on with work in the first month, in cents.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub met_werk_cent: Option<i64>,
}

/// The tools, for telling the person what a file or link holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToolId {
    Vertellen,
    Rekenhulp,
    Begeleiding,
}

impl Sessie {
    /// Whether the person entered nothing yet (a fresh app).
    pub fn is_empty(&self) -> bool {
        self.filled_tools().is_empty()
    }

    /// Which tools hold answers, for "this link contains …" and "Mijn plan".
    pub fn filled_tools(&self) -> Vec<ToolId> {
        let mut tools = Vec::new();
        if self.vertellen != Default::default() {
            tools.push(ToolId::Vertellen);
        }
        if self.rekenhulp != Default::default() {
            tools.push(ToolId::Rekenhulp);
        }
        if self.begeleiding != Default::default() {
            tools.push(ToolId::Begeleiding);
        }
        tools
    }

    /// The session with what the Rekenhulp computes for it now (none when it is empty), to save
    /// or share: the Rekenhulp's parameters must be loaded.
    pub fn met_gerekend(&self) -> Sessie {
        Sessie {
            gerekend: (self.rekenhulp != RekenhulpState::default())
                .then(|| Gerekend::nu(&self.rekenhulp)),
            ..self.clone()
        }
    }

    /// The file text to download (readable JSON with format name and version).
    pub fn to_file(&self) -> String {
        session::to_file(self)
    }

    /// Opens a file's text; on any problem the caller keeps the session it had.
    pub fn from_file(text: &str) -> Result<Sessie, SessionError> {
        session::from_file(text)
    }

    /// The payload for a link (after `#/openen/`).
    pub fn to_link(&self) -> String {
        session::to_link(self)
    }

    /// Opens a link payload; on any problem the caller keeps the session it had.
    pub fn from_link(payload: &str) -> Result<Sessie, SessionError> {
        session::from_link(payload)
    }

    /// For a session just opened: what changed for this person since it was saved, because the
    /// amounts or the rules the Rekenhulp computes with changed. `None` when the Rekenhulp is
    /// empty or nothing it recorded changed. When nothing was recorded (a file of version 1, or a
    /// copy the app kept by itself), it asks to check the result again.
    pub fn veranderingen(&self, taal: Taal) -> Option<Veranderingen> {
        if self.rekenhulp == RekenhulpState::default() {
            return None;
        }
        let nu = Gerekend::nu(&self.rekenhulp);
        let Some(toen) = &self.gerekend else {
            return Some(Veranderingen {
                tekst: tekst!(
                    taal,
                    "Bij deze antwoorden staat niet met welke bedragen de Rekenhulp rekende. \
                     Misschien komen ze uit een eerdere versie van Werkkeuze. De Rekenhulp \
                     rekent nu met de bedragen van {}. Kijk de uitkomst van de Rekenhulp daarom \
                     opnieuw na.",
                    "These answers do not say which amounts the calculator used. Perhaps they \
                     come from an earlier version of Werkkeuze. The calculator now uses the \
                     amounts of {}. So please check the calculator's result again.",
                    nu.data_tekst(taal)
                ),
                situaties: Vec::new(),
            });
        };
        if *toen == nu {
            return None;
        }
        let bedrag = |c: i64| format_whole_euros(Cents(c));
        let situaties: Vec<String> = nu
            .situaties
            .iter()
            .enumerate()
            .filter_map(|(i, n)| {
                let t = toen.situaties.get(i).cloned().unwrap_or_default();
                let nr = i + 1;
                match (t.met_werk_cent, n.met_werk_cent) {
                    (t, n) if t == n => None,
                    (Some(t), Some(n)) => Some(tekst!(
                        taal,
                        "Situatie {}: met werk houdt u in de eerste maand nu {} per maand over. \
                         Dat was {}.",
                        "Situation {}: with work you now keep {} a month in the first month. \
                         It was {}.",
                        nr,
                        bedrag(n),
                        bedrag(t)
                    )),
                    (None, Some(n)) => Some(tekst!(
                        taal,
                        "Situatie {}: met werk houdt u in de eerste maand nu {} per maand over. \
                         Toen kon de Rekenhulp dit niet uitrekenen.",
                        "Situation {}: with work you now keep {} a month in the first month. \
                         Then the calculator could not work this out.",
                        nr,
                        bedrag(n)
                    )),
                    (Some(t), None) => Some(tekst!(
                        taal,
                        "Situatie {}: toen hield u met werk in de eerste maand {} per maand over. \
                         Nu kan de Rekenhulp dit niet uitrekenen.",
                        "Situation {}: then you kept {} a month with work in the first month. \
                         Now the calculator cannot work this out.",
                        nr,
                        bedrag(t)
                    )),
                    (None, None) => None,
                }
            })
            .collect();
        let (toen_data, nu_data) = (toen.data_tekst(taal), nu.data_tekst(taal));
        let nu_onbekend = nu.situaties.iter().all(|n| n.bedragen_van.is_none());
        let mut tekst = if nu_onbekend {
            tekst!(
                taal,
                "Deze antwoorden zijn bewaard met de bedragen van {}.",
                "These answers were saved with the amounts of {}.",
                toen_data
            )
        } else if toen_data == nu_data {
            tekst!(
                taal,
                "Deze antwoorden zijn bewaard met de bedragen van {}. De Rekenhulp rekent nog \
                 met die bedragen, maar is sinds toen aangepast.",
                "These answers were saved with the amounts of {}. The calculator still uses \
                 those amounts, but it has been changed since.",
                toen_data
            )
        } else {
            tekst!(
                taal,
                "Deze antwoorden zijn bewaard met de bedragen van {}. De Rekenhulp rekent nu met \
                 de bedragen van {}.",
                "These answers were saved with the amounts of {}. The calculator now uses the \
                 amounts of {}.",
                toen_data,
                nu_data
            )
        };
        tekst.push(' ');
        tekst.push_str(&if situaties.is_empty() {
            tekst!(
                taal,
                "Wat u met werk in de eerste maand overhoudt, blijft voor u gelijk.",
                "What you keep with work in the first month stays the same for you."
            )
        } else {
            tekst!(taal, "Wat er voor u verandert:", "What changes for you:")
        });
        Some(Veranderingen { tekst, situaties })
    }
}

/// What changed for the person since a session was saved ([`Sessie::veranderingen`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Veranderingen {
    /// Which amounts then, which now, and whether the result changes.
    pub tekst: String,
    /// One line per situation whose result changed ("Situatie 1: met werk houdt u in de eerste
    /// maand nu € 1.812 per maand over. Dat was € 1.790.").
    pub situaties: Vec<String>,
}

impl Gerekend {
    /// What the Rekenhulp computes for `state` now.
    pub fn nu(state: &RekenhulpState) -> Gerekend {
        Gerekend {
            situaties: state
                .scenarios
                .iter()
                .map(|f| match rekenhulp::bereken(f, Taal::Nl) {
                    Ok(u) => GerekendeSituatie {
                        bedragen_van: Some(u.bedragen.van),
                        met_werk_cent: Some(u.met_werk.totaal.0),
                    },
                    Err(_) => GerekendeSituatie::default(),
                })
                .collect(),
        }
    }

    /// The dates of the amounts, as a person reads them ("1 juli 2026", or two dates with "en").
    fn data_tekst(&self, taal: Taal) -> String {
        let mut data: Vec<&str> = self
            .situaties
            .iter()
            .filter_map(|s| s.bedragen_van.as_deref())
            .collect();
        data.sort_unstable();
        data.dedup();
        let data: Vec<String> = data.iter().map(|d| datum_tekst(d, taal)).collect();
        match data.as_slice() {
            [] => tekst!(taal, "een onbekende datum", "an unknown date"),
            [een] => een.clone(),
            [rest @ .., laatste] => tekst!(taal, "{} en {}", "{} and {}", rest.join(", "), laatste),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disclosure::Weight;
    use crate::tools::rekenhulp::{Action as RekenAction, Veld};
    use crate::tools::vertellen::{Action, Slot};
    use crate::tools::Tool as _;

    fn vertellen() -> Sessie {
        let mut s = Sessie::default();
        for action in [
            Action::ChooseSituation("solliciteren".into()),
            Action::Mark {
                reason: "voor-aanpassingen".into(),
                weight: Weight::Important,
            },
            Action::Choose("niets".into()),
            Action::Write {
                slot: Slot::Part("wat_ik_kan".into()),
                text: "Ik werk nauwkeurig, €5 & \"quotes\"".into(),
            },
            Action::GoTo(6),
        ] {
            s.vertellen.apply(action);
        }
        s
    }

    fn rekenhulp() -> Sessie {
        let mut s = Sessie::default();
        s.rekenhulp.apply(RekenAction::Getal(Veld::Uren, 17));
        s
    }

    #[test]
    fn a_fresh_session_is_empty_and_holds_no_tool() {
        assert!(Sessie::default().is_empty());
        assert!(Sessie::default().filled_tools().is_empty());
        assert_eq!(vertellen().filled_tools(), vec![ToolId::Vertellen]);
        assert_eq!(rekenhulp().filled_tools(), vec![ToolId::Rekenhulp]);
    }

    #[test]
    fn file_and_link_reproduce_the_session_with_what_the_rekenhulp_computed() {
        for s in [vertellen().met_gerekend(), rekenhulp().met_gerekend()] {
            let opened = Sessie::from_file(&s.to_file()).unwrap();
            assert_eq!(opened, s);
            let payload = s.to_link();
            assert!(payload
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)));
            assert_eq!(Sessie::from_link(&payload).unwrap(), s);
            // Opened at once, nothing changed.
            assert_eq!(opened.veranderingen(Taal::Nl), None);
        }
        assert_eq!(vertellen().met_gerekend().gerekend, None);
        let stempel = rekenhulp().met_gerekend().gerekend.unwrap();
        assert_eq!(stempel.situaties.len(), 1);
        assert!(stempel.situaties[0].met_werk_cent.unwrap() > 0);
    }

    #[test]
    fn a_session_saved_with_other_amounts_says_what_changed_for_this_person() {
        let mut s = rekenhulp().met_gerekend();
        let nu = s.gerekend.clone().unwrap().situaties[0].clone();
        s.gerekend = Some(Gerekend {
            situaties: vec![GerekendeSituatie {
                bedragen_van: Some("2025-07-01".into()),
                met_werk_cent: Some(nu.met_werk_cent.unwrap() - 25_00),
            }],
        });
        let v = s.veranderingen(Taal::Nl).unwrap();
        let van = datum_tekst(nu.bedragen_van.as_deref().unwrap(), Taal::Nl);
        assert_eq!(
            v.tekst,
            format!(
                "Deze antwoorden zijn bewaard met de bedragen van 1 juli 2025. De Rekenhulp \
                 rekent nu met de bedragen van {van}. Wat er voor u verandert:"
            )
        );
        let bedrag = |c: i64| format_whole_euros(Cents(c));
        let regel = format!(
            "Situatie 1: met werk houdt u in de eerste maand nu {} per maand over. Dat was {}.",
            bedrag(nu.met_werk_cent.unwrap()),
            bedrag(nu.met_werk_cent.unwrap() - 25_00)
        );
        assert_eq!(v.situaties, [regel]);
        assert!(s.veranderingen(Taal::En).unwrap().situaties[0].starts_with("Situation 1:"));

        // Other dates, same amounts: said, with "stays the same".
        s.gerekend.as_mut().unwrap().situaties[0].met_werk_cent = nu.met_werk_cent;
        let v = s.veranderingen(Taal::Nl).unwrap();
        assert!(
            v.tekst
                .ends_with("Wat u met werk in de eerste maand overhoudt, blijft voor u gelijk."),
            "{v:?}"
        );
        assert!(v.situaties.is_empty());

        // The same dates, another amount: the Rekenhulp itself was changed.
        s.gerekend = Some(Gerekend {
            situaties: vec![GerekendeSituatie {
                met_werk_cent: Some(nu.met_werk_cent.unwrap() + 10_00),
                ..nu.clone()
            }],
        });
        let v = s.veranderingen(Taal::Nl).unwrap();
        assert_eq!(
            v.tekst,
            format!(
                "Deze antwoorden zijn bewaard met de bedragen van {van}. De Rekenhulp rekent \
                 nog met die bedragen, maar is sinds toen aangepast. Wat er voor u verandert:"
            )
        );
        assert_eq!(v.situaties.len(), 1);

        // Computed then, not now (and the other way round): said in words, not as an amount.
        let mut kapot = s.clone();
        kapot
            .rekenhulp
            .apply(RekenAction::Getal(Veld::Leeftijd, 80));
        let v = kapot.veranderingen(Taal::Nl).unwrap();
        assert!(
            v.situaties[0].ends_with("Nu kan de Rekenhulp dit niet uitrekenen."),
            "{v:?}"
        );
        assert_eq!(
            v.tekst,
            format!(
                "Deze antwoorden zijn bewaard met de bedragen van {van}. Wat er voor u verandert:"
            )
        );
        let mut toen_niet = s.clone();
        toen_niet.gerekend = Some(Gerekend {
            situaties: vec![GerekendeSituatie::default()],
        });
        let v = toen_niet.veranderingen(Taal::Nl).unwrap();
        assert!(
            v.situaties[0].ends_with("Toen kon de Rekenhulp dit niet uitrekenen."),
            "{v:?}"
        );
    }

    #[test]
    fn a_session_without_what_was_computed_asks_to_check_the_result_again() {
        let s = rekenhulp();
        let tekst = s.veranderingen(Taal::Nl).unwrap().tekst;
        assert!(
            tekst.starts_with("Bij deze antwoorden staat niet met welke bedragen"),
            "{tekst}"
        );
        assert!(tekst.contains("opnieuw na"), "{tekst}");
        assert_eq!(vertellen().veranderingen(Taal::Nl), None);
    }

    #[test]
    fn a_file_without_a_tool_of_a_later_release_still_opens() {
        let text = r#"{"formaat": "werkkeuze-sessie", "versie": 1, "inhoud": {}}"#;
        assert_eq!(Sessie::from_file(text).unwrap(), Sessie::default());
    }

    #[test]
    fn a_foreign_or_damaged_file_says_so_in_dutch() {
        let unknown = r#"{"formaat": "werkkeuze-sessie", "versie": 1, "inhoud": {"x": 1}}"#;
        let e = Sessie::from_file(unknown).unwrap_err();
        assert!(e.to_string().contains("beschadigd"), "{e}");
        let e = Sessie::from_file("{\"a\": 1}").unwrap_err();
        assert!(e.to_string().contains("niet van Werkkeuze"), "{e}");
        let e = Sessie::from_link("s1.!!!").unwrap_err();
        assert!(e.to_string().contains("niet veranderd"), "{e}");
    }
}
