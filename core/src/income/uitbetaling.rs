//! When the money arrives: the day each payer pays, and what each one waits for.
//!
//! - Bijstand: "per kalendermaand vastgesteld en betaald" (Participatiewet art. 45 lid 1); the day
//!   is the gemeente's (lid 6: an AMvB may set it; none is used here). Two ways are modelled, both
//!   named on the screen as the gemeente's choice: after the month, once the income is reported
//!   (Dronten's schedule 2026: around the 6th–8th of the next month), or at the end of the month on
//!   an estimate, settled the month after (Voorne aan Zee, Valkenswaard).
//! - WW and Ziektewet: "per kalendermaand achteraf" (WW art. 33 lid 1), within a number of days
//!   after the Inkomstenopgave, and a few days at the bank (UWV). For the Ziektewet UWV's pages
//!   disagree (weekly, or after the month): the WW's rhythm is used and said to be uncertain.
//! - WIA (WGA, IVA) and Wajong: "in termijnen van een kalendermaand" (WIA art. 67 lid 1), "achteraf,
//!   aan het eind van de maand" (UWV; the days seen are of 2022).
//! - Toeslagen: an advance per month, paid "op de 20e" of the month before, or the first working
//!   day after (Belastingdienst; Awir art. 22 lid 1: the first term in December before the year).

use super::datum_tekst;
use super::kalender::Datum;
use super::parameters::Lees;
use super::uitleg::maanden;
use crate::{tekst, Taal};
use serde::{Deserialize, Serialize};

/// How the gemeente pays the bijstand (its own choice).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BijstandBetaling {
    /// After the month, once you have reported your income (the common way).
    #[default]
    NaAfloop,
    /// At the end of the month itself on an estimate of your income; the difference is settled
    /// with the next payment.
    Schatting,
}

/// A day of the month in `maand` (capped at its last day).
fn dag_in(maand: Datum, dag: i64) -> Datum {
    let laatste = maand.einde_maand().dag;
    Datum {
        dag: (dag.clamp(1, 31) as u32).min(laatste),
        ..maand
    }
}

/// The day the bijstand over month `over` (its first day) arrives.
pub fn bijstand(w: &Lees, over: Datum, wijze: BijstandBetaling) -> Datum {
    match wijze {
        BijstandBetaling::NaAfloop => {
            dag_in(over.maand_later(1), w.bijstand_betaaldag()).werkdag_vanaf()
        }
        BijstandBetaling::Schatting => over.einde_maand().werkdag_tot(),
    }
}

/// The day the WW or Ziektewet over month `over` arrives: the Inkomstenopgave on the first day of
/// the next month, then the days UWV takes and the days at the bank.
pub fn ww(w: &Lees, over: Datum) -> Datum {
    over.maand_later(1)
        .plus_dagen(w.uwv_ww_betaaltermijn_dagen() + w.uwv_bank_dagen())
        .werkdag_vanaf()
}

/// The day the WIA or Wajong over month `over` arrives.
pub fn wia(w: &Lees, over: Datum) -> Datum {
    dag_in(over, w.uwv_wia_betaaldag()).werkdag_vanaf()
}

/// The day the toeslagen for month `voor` arrive: the payment day of the month before, or the first
/// working day after it.
pub fn toeslag(w: &Lees, voor: Datum) -> Datum {
    dag_in(voor.maand_later(-1), w.toeslag_betaaldag()).werkdag_vanaf()
}

/// How the gemeente pays, in words, with the day of the example schedule.
pub fn uitleg_bijstand(w: &Lees, wijze: BijstandBetaling, voorbeeld: Datum, taal: Taal) -> String {
    let dag = datum_tekst(&bijstand(w, voorbeeld, wijze).to_string(), taal);
    let maand = super::maand_tekst(&voorbeeld.to_string(), taal);
    match wijze {
        BijstandBetaling::NaAfloop => tekst!(
            taal,
            "De gemeente stelt de bijstand per kalendermaand vast en betaalt hem per maand (Participatiewet art. 45). Bij veel gemeenten komt de bijstand over een maand pas begin van de maand erna, nadat u uw inkomsten heeft doorgegeven: de bijstand over {maand} bijvoorbeeld rond {dag} (betaalschema van Dronten: rond de {}e). Verdient u in een maand meer, dan krijgt u de maand erna minder bijstand. Uw gemeente heeft een eigen schema; vraag het na.",
            "The municipality sets the bijstand per calendar month and pays it per month (Participatiewet art. 45). In many municipalities the bijstand for a month only arrives at the start of the next month, after you have reported your income: the bijstand for {maand}, for example, around {dag} (Dronten's schedule: around day {}). If you earn more in a month, you get less bijstand the month after. Your municipality has its own schedule; ask about it.",
            w.bijstand_betaaldag()
        ),
        BijstandBetaling::Schatting => tekst!(
            taal,
            "Sommige gemeenten betalen de bijstand aan het eind van de maand zelf, op een schatting van uw inkomsten (de bijstand over {maand} bijvoorbeeld op {dag}). Het verschil met uw echte inkomsten verrekenen ze bij de volgende betaling: te veel ontvangen bijstand gaat er dan af. Hier is de schatting uw gewone uren. Uw gemeente kan anders werken; vraag het na.",
            "Some municipalities pay the bijstand at the end of the month itself, on an estimate of your earnings (the bijstand for {maand}, for example, on {dag}). They settle the difference with your actual earnings with the next payment: bijstand received in excess is deducted then. Here the estimate is your usual hours. Your municipality may work differently; ask about it."
        ),
    }
}

/// The holiday allowance inside the bijstand: paid in June (art. 45 lid 1).
pub fn uitleg_vakantietoeslag(taal: Taal) -> String {
    tekst!(
        taal,
        "In de bijstand hier zit de vakantietoeslag. De gemeente houdt daarvan elke maand een deel apart en betaalt dat in juni (Participatiewet art. 45 lid 1): elke maand komt er dus iets minder binnen dan hier staat, en in juni meer.",
        "The bijstand shown here includes the holiday allowance. The municipality keeps part of it aside every month and pays it in June (Participatiewet art. 45(1)): so every month a little less arrives than shown here, and in June more."
    )
}

/// How UWV pays the WW or the Ziektewet.
pub fn uitleg_ww(w: &Lees, ziektewet: bool, voorbeeld: Datum, taal: Taal) -> String {
    let dag = datum_tekst(&ww(w, voorbeeld).to_string(), taal);
    let maand = super::maand_tekst(&voorbeeld.to_string(), taal);
    let mut t = tekst!(
        taal,
        "UWV betaalt per kalendermaand achteraf (Werkloosheidswet art. 33). Begin van de maand vult u de Inkomstenopgave over de maand ervoor in. UWV betaalt binnen {} dagen nadat het uw opgave heeft; daarna duurt het meestal nog {} dagen. Vult u de opgave op de eerste dag in, dan komt het geld over {maand} ongeveer op {dag}. Wacht u op de gegevens van uw werkgever, dan kan het weken later worden.",
        "UWV pays per calendar month afterwards (Werkloosheidswet art. 33). At the start of the month you fill in the income form (Inkomstenopgave) for the month before. UWV pays within {} days after it has your form; then it usually takes another {} days. If you send the form on the first day, the money for {maand} arrives around {dag}. If you wait for your employer's data, it can be weeks later.",
        w.uwv_ww_betaaltermijn_dagen(),
        w.uwv_bank_dagen()
    );
    if ziektewet {
        t.push_str(&tekst!(
            taal,
            " Voor de Ziektewet zeggen de pagina's van UWV niet hetzelfde (per week, of per maand achteraf); vraag UWV hoe het bij u gaat.",
            " For the Ziektewet UWV's pages do not say the same (weekly, or monthly afterwards); ask UWV how it works for you."
        ));
    }
    t
}

/// How UWV pays the WIA or the Wajong, and its advance when the income changes.
pub fn uitleg_wia(w: &Lees, voorbeeld: Datum, taal: Taal) -> String {
    let dag = datum_tekst(&wia(w, voorbeeld).to_string(), taal);
    let maand = super::maand_tekst(&voorbeeld.to_string(), taal);
    tekst!(
        taal,
        "UWV betaalt uw uitkering per maand, aan het eind van de maand: de uitkering over {maand} rond {dag} (de betaaldagen zijn gezien voor 2022, rond de {}e). Verandert uw inkomen, dan betaalt UWV meestal eerst {} een voorschot op uw geschatte inkomen, en rekent daarna af met uw echte inkomen: u krijgt dan geld bij of betaalt terug (de wet: na hoogstens {}).",
        "UWV pays your benefit per month, at the end of the month: the benefit for {maand} around {dag} (the payment days were seen for 2022, around day {}). If your income changes, UWV usually first pays {} an advance on your estimated income, and then settles with your actual income: you then get money back or pay some back (the law: after at most {}).",
        w.uwv_wia_betaaldag(),
        maanden(w.uwv_voorschot_maanden(), taal),
        maanden(w.uwv_herberekening_max_maanden(), taal)
    )
}

/// How Dienst Toeslagen pays.
pub fn uitleg_toeslagen(w: &Lees, voorbeeld: Datum, taal: Taal) -> String {
    let dag = datum_tekst(&toeslag(w, voorbeeld).to_string(), taal);
    let maand = super::maand_tekst(&voorbeeld.to_string(), taal);
    tekst!(
        taal,
        "Toeslagen zijn voorschotten op het jaarinkomen dat u heeft opgegeven. Het bedrag voor een maand komt op de {}e van de maand ervoor, of de eerste werkdag daarna: de toeslagen voor {maand} op {dag}. Verandert uw inkomen, geef het dan binnen {} weken door; dan past Dienst Toeslagen de rest van het jaar aan.",
        "Allowances are advances on the yearly income you have given. The amount for a month arrives on day {} of the month before, or the first working day after: the allowances for {maand} on {dag}. If your income changes, report it within {} weeks; then Dienst Toeslagen adjusts the rest of the year.",
        w.toeslag_betaaldag(),
        w.awir_meldtermijn_weken()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::income::parameters;

    fn d(s: &str) -> Datum {
        Datum::lees(s).unwrap()
    }

    #[test]
    fn payment_days() {
        let p = parameters(2026).unwrap();
        let w = &Lees::new(p.waarden_op("2026-01-01").unwrap());
        // Bijstand over January: around the 8th of February (a Sunday in 2026: Monday the 9th).
        assert_eq!(
            bijstand(w, d("2026-01-01"), BijstandBetaling::NaAfloop),
            d("2026-02-09")
        );
        // At the end of May 2026 (Sunday the 31st): Friday the 29th.
        assert_eq!(
            bijstand(w, d("2026-05-01"), BijstandBetaling::Schatting),
            d("2026-05-29")
        );
        // The toeslagen for January 2027: 20 December 2026 is a Sunday → Monday the 21st.
        assert_eq!(toeslag(w, d("2027-01-01")), d("2026-12-21"));
        // WW over March 2026: 1 April + 10 + 3 days = 14 April.
        assert_eq!(ww(w, d("2026-03-01")), d("2026-04-14"));
        assert_eq!(wia(w, d("2026-03-01")), d("2026-03-23"));
    }
}
