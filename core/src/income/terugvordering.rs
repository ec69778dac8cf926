//! Paying back afterwards (terugvordering): toeslagen settled with the real year income, a revised
//! advance after reporting a new income, and benefits corrected too late.
//!
//! Toeslagen (Awir, text of 1-1-2026):
//! - the advances are settled with the final amount, set "binnen zes maanden na de vaststelling van
//!   de laatste … aanslag" inkomstenbelasting (art. 19 lid 1, 24 lid 2 and 3);
//! - at that final settlement an amount to pay back "wordt … niet teruggevorderd indien dat niet meer
//!   bedraagt dan € 121" (art. 26a lid 1), per toeslag; a revised advance during the year ("Een
//!   herziening van het voorschot kan leiden tot een terug te vorderen bedrag", art. 16 lid 6) is
//!   always reclaimed (Belastingdienst: "Dan moet u altijd terugbetalen. Ook als het een klein bedrag
//!   is.");
//! - pay "binnen zes weken na de dagtekening" (art. 28 lid 1), then interest (art. 29); a payment
//!   arrangement of at most 24 months (Belastingdienst); from € 1.500 a year the person may give
//!   their side first (art. 26b lid 1).
//! - Reporting a new income: "voor de resterende maanden van het jaar een aangepast bedrag"
//!   (Belastingdienst). The new monthly advance is taken as (the new year amount − what was paid)
//!   divided over the months left, rounded down to whole euros as the monthly amount is: how
//!   Dienst Toeslagen computes it exactly is not published, so the result calls it an estimate.
//!
//! Bijstand: the gemeente "kan kosten van bijstand terugvorderen, voorzover de bijstand … ten
//! onrechte of tot een te hoog bedrag is verleend" (Participatiewet art. 58 lid 2) and may offset it
//! against later bijstand (art. 60 lid 3; art. 58 lid 4 for income of the six months before).
//! UWV: undue benefit "wordt door het UWV teruggevorderd" (WW art. 36 lid 1); net when repaid in
//! the same year, gross later (UWV).

use super::parameters::Lees;
use super::uitleg::maanden;
use crate::money::Cents;
use crate::{tekst, Taal};
use serde::{Deserialize, Serialize};

/// The final settlement of one toeslag for a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Eindafrekening {
    /// The advances paid for the year.
    #[serde(with = "super::scenario::euro")]
    pub voorschotten: Cents,
    /// The final amount for the year.
    #[serde(with = "super::scenario::euro")]
    pub definitief: Cents,
    /// To pay back (after the threshold).
    #[serde(with = "super::scenario::euro")]
    pub terug: Cents,
    /// Paid out to you afterwards.
    #[serde(with = "super::scenario::euro")]
    pub nabetaling: Cents,
    /// There was something to pay back, but not more than the threshold: nothing is reclaimed.
    pub onder_drempel: bool,
}

/// The final settlement: advances against the final amount, with the threshold of art. 26a.
pub fn eindafrekening(w: &Lees, voorschotten: Cents, definitief: Cents) -> Eindafrekening {
    let verschil = voorschotten - definitief;
    let drempel = w.awir_terugvordering_drempel();
    Eindafrekening {
        voorschotten,
        definitief,
        terug: if verschil > drempel {
            verschil
        } else {
            Cents::ZERO
        },
        nabetaling: (-verschil).max_zero(),
        onder_drempel: verschil > Cents::ZERO && verschil <= drempel,
    }
}

/// The advance revised after reporting a new income.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Herziening {
    /// The new advance for each month left.
    pub per_maand: Cents,
    /// Paid too much already: reclaimed now (no threshold for a revised advance).
    pub terug_nu: Cents,
}

/// The new monthly advance when `al_betaald` has been paid for the year, the new year amount is
/// `nieuw_jaarbedrag` and `maanden_over` months are left.
pub fn herziening(
    w: &Lees,
    al_betaald: Cents,
    nieuw_jaarbedrag: Cents,
    maanden_over: i64,
) -> Herziening {
    let rest = nieuw_jaarbedrag - al_betaald;
    if rest < Cents::ZERO {
        return Herziening {
            per_maand: Cents::ZERO,
            terug_nu: -rest,
        };
    }
    if maanden_over <= 0 {
        return Herziening::default();
    }
    let maand = Cents(rest.0 / maanden_over);
    Herziening {
        per_maand: if w.awir_afronding_maand() == 1 {
            maand.round_down_to_euro()
        } else {
            maand
        },
        terug_nu: Cents::ZERO,
    }
}

/// What to do when a toeslag has to be paid back: the term, the arrangement, the interest and
/// the right to be heard, with the numbers of the law.
pub fn stappen_toeslagen(w: &Lees, totaal_terug: Cents, taal: Taal) -> Vec<String> {
    let mut uit = vec![tekst!(
        taal,
        "Dienst Toeslagen rekent na het jaar af met uw echte inkomen, binnen zes maanden nadat de Belastingdienst uw inkomen over dat jaar heeft vastgesteld. Per toeslag hoeft u tot en met {} niet terug te betalen.",
        "Dienst Toeslagen settles after the year with your actual income, within six months after the tax authority has set your income for that year. Per allowance you do not have to pay back up to and including {}.",
        w.awir_terugvordering_drempel()
    )];
    uit.push(tekst!(
        taal,
        "Moet u terugbetalen, dan doet u dat binnen {} weken na de datum van de brief. Lukt dat niet, vraag dan een betalingsregeling: u betaalt dan in hoogstens {} terug. Na de betaaldatum betaalt u rente over wat nog openstaat.",
        "If you have to pay back, you do so within {} weeks after the date of the letter. If you cannot, ask for a payment arrangement: you then pay back in at most {}. After the payment date you pay interest on what is still open.",
        w.awir_betaaltermijn_weken(),
        maanden(w.awir_betalingsregeling_maanden(), taal)
    ));
    if totaal_terug >= w.awir_zienswijze_vanaf() {
        uit.push(tekst!(
            taal,
            "Bij {} of meer terug in een jaar mag u eerst uw kant vertellen voordat Dienst Toeslagen beslist (een zienswijze). Is terugbetalen voor u onredelijk zwaar, zeg dat dan: Dienst Toeslagen kan minder terugvragen.",
            "For {} or more to pay back in a year you may give your side before Dienst Toeslagen decides (a zienswijze). If paying back is unreasonably hard for you, say so: Dienst Toeslagen can ask for less.",
            w.awir_zienswijze_vanaf()
        ));
    }
    uit
}

/// The sentence about a UWV benefit paid too much and paid back.
pub fn uitleg_uwv(taal: Taal) -> String {
    tekst!(
        taal,
        "Heeft u te veel uitkering gekregen, dan vraagt UWV dat terug. Betaalt u het in hetzelfde jaar terug, dan is dat het nettobedrag; in een later jaar het brutobedrag (de belasting daarover vraagt u dan terug bij de Belastingdienst). Kunt u het niet in één keer betalen, vraag UWV dan om een regeling.",
        "If you received too much benefit, UWV asks for it back. If you pay it back in the same year, it is the net amount; in a later year the gross amount (you then reclaim the tax on it from the tax authority). If you cannot pay it at once, ask UWV for an arrangement."
    )
}

/// The sentence about bijstand paid too much and offset later.
pub fn uitleg_bijstand(w: &Lees, taal: Taal) -> String {
    tekst!(
        taal,
        "Kreeg u een maand te veel bijstand, bijvoorbeeld omdat uw loonstrook later kwam, dan mag de gemeente dat terugvragen of verrekenen met latere bijstand (Participatiewet art. 58 en 60); inkomsten tot {} terug mag zij alsnog verrekenen. U houdt altijd een deel om van te leven (de beslagvrije voet). Te veel ontvangen? Zet het apart.",
        "If you received too much bijstand in a month, for example because your payslip came later, the municipality may ask for it back or offset it against later bijstand (Participatiewet art. 58 and 60); it may still offset earnings up to {} back. You always keep part of it to live on (the beslagvrije voet). Received too much? Put it aside.",
        maanden(w.bijstand_verrekening_maanden(), taal)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::income::parameters;

    /// The memo's case 3-A: advances € 250 a month, final € 1.800; reported in April.
    #[test]
    fn not_reported_against_reported() {
        let p = parameters(2026).unwrap();
        let w = &Lees::new(p.waarden_op("2026-01-01").unwrap());
        // Not reported: 12 × € 250 = € 3.000 against € 1.800 → € 1.200 back.
        let e = eindafrekening(w, Cents::euros(3000), Cents::euros(1800));
        assert_eq!(e.terug, Cents::euros(1200));
        // Reported: paid 4 × € 250 = € 1.000; 8 months left → € 100 a month; nothing at the end.
        let h = herziening(w, Cents::euros(1000), Cents::euros(1800), 8);
        assert_eq!(
            h,
            Herziening {
                per_maand: Cents::euros(100),
                terug_nu: Cents::ZERO
            }
        );
        // A final amount of € 600: € 400 back now, no threshold.
        let h = herziening(w, Cents::euros(1000), Cents::euros(600), 8);
        assert_eq!(h.terug_nu, Cents::euros(400));
        // € 121 or less at the final settlement: not reclaimed; € 121,01: reclaimed.
        assert!(eindafrekening(w, Cents::euros(1121), Cents::euros(1000)).onder_drempel);
        assert_eq!(
            eindafrekening(w, Cents::euros(1121), Cents::euros(1000)).terug,
            Cents::ZERO
        );
        assert_eq!(
            eindafrekening(w, Cents(112_101), Cents::euros(1000)).terug,
            Cents(12_101)
        );
        assert_eq!(
            eindafrekening(w, Cents::euros(900), Cents::euros(1000)).nabetaling,
            Cents::euros(100)
        );
    }
}
