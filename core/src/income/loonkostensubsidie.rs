//! Working with loonkostensubsidie (a wage cost subsidy for the employer) while on bijstand: the
//! exemptions of Participatiewet art. 31 lid 2 onderdelen z and aa (text of 1-1-2026).
//!
//! - z: "inkomsten uit een dienstbetrekking als bedoeld in artikel 10d … van een persoon die behoort
//!   tot de doelgroep loonkostensubsidie, tot 15 procent van deze inkomsten uit arbeid, met een
//!   maximum van € 180,19 per maand, gedurende een periode van twaalf maanden nadat de periode van
//!   zes maanden, bedoeld in onderdeel n, is verstreken … tenzij onderdeel y van toepassing is";
//! - aa: the same "nadat de periode van twaalf maanden, bedoeld in onderdeel z, is verstreken, voor
//!   zover … het college gelet op de in de persoon gelegen omstandigheden een uitbreiding van zijn
//!   arbeidsomvang niet mogelijk acht".
//!
//! Their place in the order of art. 31 lid 2 is in [`super::bijstand::vrijlating`]: n while it
//! applies, then y, then z or aa, then r ("voor zover … onderdeel y, z of aa niet van toepassing
//! is"). Two things are not settled by the text and are not guessed: under 27 (onderdeel n does not
//! apply, lid 5) it is unclear when "de periode van zes maanden, bedoeld in onderdeel n" has passed,
//! and aa depends on a decision of the gemeente. Then no amount is computed and the explanation says
//! to ask the gemeente.

use super::parameters::Lees;
use super::uitleg::{maanden, pct};
use crate::money::Cents;
use crate::{tekst, Taal};
use serde::{Deserialize, Serialize};

/// Whether the gemeente has decided that more hours are not possible for the person (onderdeel
/// aa).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Besluit {
    #[default]
    Onbekend,
    Ja,
    Nee,
}

/// Work in a dienstbetrekking with loonkostensubsidie (Participatiewet art. 10d).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Loonkostensubsidie {
    /// Onderdeel aa: the gemeente finds that you cannot work more hours (`ja`, `nee`, `onbekend`).
    #[serde(default)]
    pub meer_uren_niet_mogelijk: Besluit,
}

/// Which of z and aa is in play in a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Venster {
    /// Still in the months of onderdeel n, or nothing of z/aa applies.
    Geen,
    /// Onderdeel z (the twelve months after the six of n).
    Z,
    /// Onderdeel aa (after those twelve months), with the gemeente's decision.
    Aa(Besluit),
    /// Under 27: the law does not settle when z starts.
    Onduidelijk,
}

/// The window of z/aa in month `m` with earnings (1 = the first), counted as for onderdeel n.
pub fn venster(w: &Lees, leeftijd: i64, m: i64, lks: &Loonkostensubsidie) -> Venster {
    if m < 1 {
        return Venster::Geen;
    }
    if leeftijd < w.bijstand_vrijlating_leeftijd() {
        return Venster::Onduidelijk;
    }
    let n = w.bijstand_vrijlating_maanden();
    if m <= n {
        Venster::Geen
    } else if m <= n + w.bijstand_lks_maanden() {
        Venster::Z
    } else {
        Venster::Aa(lks.meer_uren_niet_mogelijk)
    }
}

/// The amount of z or aa: 15% of the net earnings, at most the maximum.
pub fn bedrag(w: &Lees, netto_inkomsten: Cents) -> Cents {
    netto_inkomsten
        .times_ppm(w.bijstand_lks_pct().0)
        .min(w.bijstand_lks_max())
}

/// The sentence of the bijstand line for z, aa, or the case the law or the gemeente leaves open.
pub fn uitleg(w: &Lees, v: Venster, vrijlating: Cents, taal: Taal) -> String {
    let p = pct(w.bijstand_lks_pct(), taal);
    let max = w.bijstand_lks_max();
    match v {
        Venster::Z => tekst!(
            taal,
            "U werkt met loonkostensubsidie: na de eerste {} mag u {vrijlating} houden: {p} van uw nettoloon (hoogstens {max} per maand), {} lang.",
            "You work with a wage cost subsidy (loonkostensubsidie): after the first {} you may keep {vrijlating}: {p} of your net wage (at most {max} per month), for {}.",
            maanden(w.bijstand_vrijlating_maanden(), taal),
            maanden(w.bijstand_lks_maanden(), taal)
        ),
        Venster::Aa(Besluit::Ja) => tekst!(
            taal,
            "U werkt met loonkostensubsidie en de gemeente vindt dat u niet meer uren kunt werken: u mag {vrijlating} houden: {p} van uw nettoloon (hoogstens {max} per maand).",
            "You work with a wage cost subsidy and the municipality finds that you cannot work more hours: you may keep {vrijlating}: {p} of your net wage (at most {max} per month)."
        ),
        Venster::Aa(Besluit::Onbekend) => tekst!(
            taal,
            "U werkt met loonkostensubsidie. Vindt de gemeente dat u niet meer uren kunt werken, dan mag u {p} van uw nettoloon houden (hoogstens {max} per maand). Dat beslist de gemeente; vraag ernaar. Hier is het niet meegerekend.",
            "You work with a wage cost subsidy. If the municipality finds that you cannot work more hours, you may keep {p} of your net wage (at most {max} per month). The municipality decides that; ask about it. It is not included here."
        ),
        Venster::Onduidelijk => tekst!(
            taal,
            "U werkt met loonkostensubsidie en bent jonger dan {}. Dan is niet duidelijk vanaf wanneer u {p} van uw loon mag houden (de wet verwijst naar een periode die onder de {} niet geldt). Vraag het uw gemeente; hier is het niet meegerekend.",
            "You work with a wage cost subsidy and are younger than {}. Then it is not clear from when you may keep {p} of your wage (the law refers to a period that does not apply under {}). Ask your municipality; it is not included here.",
            w.bijstand_vrijlating_leeftijd(),
            w.bijstand_vrijlating_leeftijd()
        ),
        Venster::Aa(Besluit::Nee) | Venster::Geen => String::new(),
    }
}

/// The timeline event when z or aa starts.
pub fn gebeurtenis(w: &Lees, v: Venster, taal: Taal) -> String {
    let p = pct(w.bijstand_lks_pct(), taal);
    match v {
        Venster::Z => tekst!(
            taal,
            "De vrijlating bij loonkostensubsidie ({p}) begint.",
            "The earnings exemption for work with a wage cost subsidy ({p}) starts."
        ),
        Venster::Aa(Besluit::Ja) => tekst!(
            taal,
            "De vrijlating bij loonkostensubsidie ({p}) gaat door, omdat u niet meer uren kunt werken.",
            "The earnings exemption for work with a wage cost subsidy ({p}) continues, because you cannot work more hours."
        ),
        _ => tekst!(
            taal,
            "De vrijlating bij loonkostensubsidie stopt, tenzij de gemeente vindt dat u niet meer uren kunt werken.",
            "The earnings exemption for work with a wage cost subsidy ends, unless the municipality finds that you cannot work more hours."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::income::parameters;

    #[test]
    fn z_after_the_six_months_of_n_then_aa_only_with_the_decision() {
        let p = parameters(2026).unwrap();
        let w = &Lees::new(p.waarden_op("2026-01-01").unwrap());
        let lks = Loonkostensubsidie::default();
        assert_eq!(venster(w, 30, 6, &lks), Venster::Geen);
        assert_eq!(venster(w, 30, 7, &lks), Venster::Z);
        assert_eq!(venster(w, 30, 18, &lks), Venster::Z);
        assert_eq!(venster(w, 30, 19, &lks), Venster::Aa(Besluit::Onbekend));
        assert_eq!(venster(w, 24, 7, &lks), Venster::Onduidelijk);
        // 15% of € 1.000 = € 150; of € 1.300 = € 195 → the maximum € 180,19.
        assert_eq!(bedrag(w, Cents::euros(1000)), Cents::euros(150));
        assert_eq!(bedrag(w, Cents::euros(1300)), Cents(18_019));
    }
}
