//! The costs of working, so "what work brings" is net of what it costs.
//!
//! - An untaxed allowance from the employer (such as a travel allowance) is not income for the
//!   bijstand: not counted are "vergoedingen en verstrekkingen als bedoeld in artikel 31, eerste
//!   lid, onderdeel f en onderdeel g, van de Wet op de loonbelasting 1964" (Participatiewet art. 31
//!   lid 2 g). Being untaxed, it is not part of the toetsingsinkomen of the toeslagen either, nor of
//!   the wage UWV offsets. (Exactly which allowances fall under Wet LB art. 31 lid 1 f and g was not
//!   read; the input asks for the untaxed allowance on the payslip.)
//! - The person's own costs are not deducted: the income counts "tot het bedrag dat resteert na
//!   aftrek van" taxes, premiums, pension contributions and other compulsory deductions only
//!   (Participatiewet art. 31 lid 3). Some gemeenten reimburse travel costs by their own policy;
//!   that is asked, not assumed.
//! - The parent's own part of the childcare costs ([`super::kinderopvangtoeslag`]) is a cost of
//!   working too.

use super::scenario::euro;
use crate::money::Cents;
use crate::{tekst, Taal};
use serde::{Deserialize, Serialize};

/// Costs and allowances of working, per month in which you work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Werkkosten {
    /// Your own costs of working (travel, clothing, …) that nobody pays back.
    #[serde(default, with = "euro")]
    pub eigen_per_maand: Cents,
    /// An untaxed allowance from your employer (for example for travel), as on the payslip.
    #[serde(default, with = "euro")]
    pub vergoeding_per_maand: Cents,
}

/// Why the costs and the allowance count the way they do.
pub fn uitleg(k: &Werkkosten, taal: Taal) -> String {
    let mut t = String::new();
    if k.vergoeding_per_maand > Cents::ZERO {
        t.push_str(&tekst!(
            taal,
            "De onbelaste vergoeding van uw werkgever ({} per maand) krijgt u bij uw loon. Die telt niet als inkomen: niet voor de bijstand (Participatiewet art. 31 lid 2 g) en niet voor de toeslagen. ",
            "The untaxed allowance from your employer ({} per month) comes with your wage. It does not count as income: not for the bijstand (Participatiewet art. 31(2)(g)) and not for the allowances. ",
            k.vergoeding_per_maand
        ));
    }
    t.push_str(&tekst!(
        taal,
        "Uw eigen kosten van het werk gaan niet van uw inkomen af: de gemeente rekent met uw loon na belasting en premies (Participatiewet art. 31 lid 3), UWV met uw brutoloon. Ze gaan wel af van wat het werk u oplevert. Sommige gemeenten vergoeden reiskosten als u gaat werken; vraag ernaar.",
        "Your own costs of working are not deducted from your income: the municipality counts your wage after tax and premiums (Participatiewet art. 31(3)), UWV your gross wage. They do come off what the work brings you. Some municipalities pay travel costs when you start working; ask about it."
    ));
    t
}
