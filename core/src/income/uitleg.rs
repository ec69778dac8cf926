//! Result lines with a short explanation ("waarom?") in Dutch or English, the rule ids and
//! parameter ids used. Each text is written twice, Dutch (B1, "u") first and English second, with
//! [`tekst!`]: only the language of the scenario is formatted.

use super::bijstand::Vrijlating;
use super::reken::{Invoer, Maand, UitkeringStand};
use super::scenario::{euro, Uitkering, Uren};
use super::wga::WgaSoort;
use crate::money::Cents;
use crate::{tekst, Taal};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// One line of a month: an amount per month with its explanation and provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Regel {
    /// `nettoloon`, `uitkering`, `partner`, `zorgtoeslag`, `huurtoeslag`, `kindgebonden_budget`,
    /// `kinderbijslag` or `gemeentelijk`.
    pub id: String,
    /// Label for the screen, in the language asked for.
    pub naam: String,
    /// Per month.
    #[serde(with = "euro")]
    pub bedrag: Cents,
    /// Why this amount, in plain language (Dutch or English, as asked for).
    pub uitleg: String,
    /// Ids of the rules used (see `regels` in the result for their sources).
    pub regels: Vec<Cow<'static, str>>,
    /// Ids of the parameters used (see `bronnen` in the result).
    pub parameters: Vec<Cow<'static, str>>,
    /// Uses a value that is not yet confirmed.
    pub voorlopig: bool,
}

/// Hours in Dutch notation: "16", "16,5".
pub fn uren_tekst(u: Uren) -> String {
    let heel = u.0 / 100;
    let rest = u.0 % 100;
    if rest == 0 {
        heel.to_string()
    } else if rest % 10 == 0 {
        format!("{heel},{}", rest / 10)
    } else {
        format!("{heel},{rest:02}")
    }
}

/// A percentage: "12,5%" in Dutch, "12.5%" in English.
fn pct_tekst(ppm: i64, taal: Taal) -> String {
    let honderdsten = ppm / 100; // ppm → 1/10000 → percent with 2 decimals
    let heel = honderdsten / 100;
    let rest = honderdsten % 100;
    let komma = match taal {
        Taal::Nl => ',',
        Taal::En => '.',
    };
    if rest == 0 {
        format!("{heel}%")
    } else if rest % 10 == 0 {
        format!("{heel}{komma}{}%", rest / 10)
    } else {
        format!("{heel}{komma}{rest:02}%")
    }
}

fn ids(xs: &[&'static str]) -> Vec<Cow<'static, str>> {
    xs.iter().map(|s| Cow::Borrowed(*s)).collect()
}

const BELASTING_IDS: &[&str] = &[
    "ib.schijf1.grens",
    "ib.schijf2.grens",
    "ib.schijf1.tarief",
    "ib.schijf2.tarief",
    "ib.schijf3.tarief",
    "ahk.max",
    "ahk.afbouwgrens",
    "ahk.afbouw",
    "ak.grens1",
    "ak.pct1",
    "ak.basis2",
    "ak.grens2",
    "ak.pct2",
    "ak.basis3",
    "ak.grens3",
    "ak.pct3",
    "ak.max",
    "ak.afbouw",
];

/// Builds the lines of a month, with names and explanations in `inv.taal`. `is_voorlopig` is
/// called once for every parameter id of every line and tells whether it is provisional.
pub fn regels(inv: &Invoer, m: &Maand, is_voorlopig: &mut dyn FnMut(&str) -> bool) -> Vec<Regel> {
    let mut uit = Vec::new();
    let mut voeg = |id: &str,
                    naam: String,
                    bedrag: Cents,
                    uitleg: String,
                    regels: &[&'static str],
                    params: Vec<Cow<'static, str>>,
                    extra_voorlopig: bool| {
        let voorlopig = params
            .iter()
            .fold(extra_voorlopig, |acc, p| is_voorlopig(p) | acc);
        uit.push(Regel {
            id: id.to_string(),
            naam,
            bedrag,
            uitleg,
            regels: ids(regels),
            parameters: params,
            voorlopig,
        });
    };
    let w = inv.w;
    let taal = inv.taal;

    // Net wage.
    if m.uren > Uren(0) {
        let b = &m.belasting_loon;
        let mut kortingen = tekst!(
            taal,
            "algemene heffingskorting {} en arbeidskorting {} per jaar",
            "general tax credit (algemene heffingskorting) of {} and the labour tax credit (arbeidskorting) of {} per year",
            b.algemene_heffingskorting,
            b.arbeidskorting
        );
        let mut params = ids(BELASTING_IDS);
        params.push("vakantiegeld.loon".into());
        if b.combinatiekorting > Cents::ZERO {
            kortingen.push_str(&tekst!(
                taal,
                ", inkomensafhankelijke combinatiekorting {}",
                ", the income-related combination tax credit of {}",
                b.combinatiekorting
            ));
            params.extend(ids(&["iack.drempel", "iack.pct", "iack.max"]));
        }
        if b.jonggehandicaptenkorting > Cents::ZERO {
            kortingen.push_str(&tekst!(
                taal,
                ", jonggehandicaptenkorting {}",
                ", the young disabled persons' tax credit (jonggehandicaptenkorting) of {}",
                b.jonggehandicaptenkorting
            ));
            params.push("jgk.bedrag".into());
        }
        let loon = if inv.uurloon_is_minimumloon {
            params.push(match inv.leeftijd {
                ..=20 => Cow::Owned(format!("wml.uur.{}", inv.leeftijd.max(15))),
                _ => Cow::Borrowed("wml.uur"),
            });
            tekst!(
                taal,
                "het minimumloon voor uw leeftijd ({} per uur)",
                "the minimum wage for your age ({} per hour)",
                inv.uurloon
            )
        } else {
            tekst!(taal, "{} bruto per uur", "{} gross per hour", inv.uurloon)
        };
        voeg(
            "nettoloon",
            tekst!(taal, "Nettoloon", "Net wage"),
            m.nettoloon,
            tekst!(
                taal,
                "U werkt {} uur per week voor {loon}: {} bruto per maand, plus {} vakantiegeld (8%, hier over de maanden verdeeld). Over een heel jaar is de loonheffing {} min de {kortingen}; er blijft {} per maand over.",
                "You work {} hours per week for {loon}: {} gross per month, plus {} holiday pay (8%, spread over the months here). Over a whole year the wage tax is {} minus the {kortingen}; that leaves {} per month.",
                uren_tekst(m.uren),
                m.bruto_loon,
                m.vakantiegeld,
                b.heffing_voor_kortingen,
                m.nettoloon
            ),
            &["minimumloon", "vakantiegeld", "loonheffing", "heffingskortingen"],
            params,
            false,
        );
    }

    // The benefit.
    match (&inv.uitkering, m.uitkering) {
        (Uitkering::Geen, _) => {}
        (
            Uitkering::Bijstand {
                bedrag_per_maand, ..
            },
            UitkeringStand::Bijstand {
                norm,
                vrijlating,
                soort,
            },
        ) => {
            let mut params: Vec<Cow<'static, str>> = Vec::new();
            let normtekst = if bedrag_per_maand.is_some() {
                tekst!(
                    taal,
                    "Uw bijstand zonder werk is {norm} per maand (uit uw beschikking).",
                    "Your bijstand without work is {norm} per month (from your decision letter)."
                )
            } else {
                params.extend(ids(&[
                    "bijstand.norm.gehuwden",
                    "bijstand.pct.alleenstaande",
                ]));
                let mut t = tekst!(
                    taal,
                    "De bijstandsnorm voor uw situatie is {norm} per maand, inclusief vakantietoeslag. Dit bedrag voor 2026 is voorlopig: vul het bedrag uit uw beschikking in.",
                    "The bijstand rate for your situation is {norm} per month, including holiday allowance. This amount for 2026 is provisional: enter the amount from your decision letter."
                );
                if inv.kostendelers > 0 {
                    params.extend(ids(&[
                        "bijstand.kostendeler.basis",
                        "bijstand.kostendeler.per_persoon",
                    ]));
                    t.push_str(&tekst!(
                        taal,
                        " U deelt de woning met {} kostendeler(s), daarom geldt de lagere kostendelersnorm.",
                        " You share your home with {} cost sharer(s) (kostendelers), so the lower cost-sharer rate (kostendelersnorm) applies.",
                        inv.kostendelers
                    ));
                }
                t
            };
            let mut regels = vec!["bijstand"];
            if inv.kostendelers > 0 && bedrag_per_maand.is_none() {
                regels.push("kostendelersnorm");
            }
            let werk = if m.nettoloon > Cents::ZERO {
                let vrij = match soort {
                    Vrijlating::Geen => tekst!(
                        taal,
                        "Er geldt geen vrijlating, dus uw hele nettoloon gaat van de bijstand af.",
                        "No earnings exemption applies, so all of your net wage is deducted from the bijstand."
                    ),
                    Vrijlating::Arbeid => {
                        params.extend(ids(&[
                            "bijstand.vrijlating.pct",
                            "bijstand.vrijlating.max",
                            "bijstand.vrijlating.maanden",
                            "bijstand.vrijlating.leeftijd",
                        ]));
                        regels.push("vrijlating");
                        tekst!(
                            taal,
                            "U mag {vrijlating} houden: 25% van uw nettoloon (hoogstens {} per maand), hoogstens 6 maanden lang.",
                            "You may keep {vrijlating}: 25% of your net wage (at most {} per month), for at most 6 months.",
                            w.bijstand_vrijlating_max
                        )
                    }
                    Vrijlating::AlleenstaandeOuder => {
                        params.extend(ids(&[
                            "bijstand.alo.pct",
                            "bijstand.alo.max",
                            "bijstand.alo.maanden",
                            "bijstand.alo.kind_leeftijd",
                        ]));
                        regels.push("vrijlating");
                        tekst!(
                            taal,
                            "Als alleenstaande ouder met een kind jonger dan 12 mag u {vrijlating} houden: 12,5% van uw nettoloon (hoogstens {} per maand), hoogstens 30 maanden.",
                            "As a single parent with a child under 12 you may keep {vrijlating}: 12.5% of your net wage (at most {} per month), for at most 30 months.",
                            w.bijstand_alo_max
                        )
                    }
                    Vrijlating::MedischeUrenbeperking => {
                        params.extend(ids(&["bijstand.medisch.pct", "bijstand.medisch.max"]));
                        regels.push("vrijlating");
                        tekst!(
                            taal,
                            "Met een medische urenbeperking mag u {vrijlating} houden: 15% van uw nettoloon (hoogstens {} per maand).",
                            "With a medical limitation of hours you may keep {vrijlating}: 15% of your net wage (at most {} per month).",
                            w.bijstand_medisch_max
                        )
                    }
                };
                tekst!(
                    taal,
                    " De gemeente trekt uw nettoloon ({}) af van de bijstand. {vrij}",
                    " The municipality deducts your net wage ({}) from the bijstand. {vrij}",
                    m.nettoloon
                )
            } else {
                String::new()
            };
            let partner = if m.partner_netto > Cents::ZERO {
                tekst!(
                    taal,
                    " Het netto-inkomen van uw partner ({}) gaat ook van de bijstand af.",
                    " Your partner's net income ({}) is also deducted from the bijstand.",
                    m.partner_netto
                )
            } else {
                String::new()
            };
            voeg(
                "uitkering",
                tekst!(taal, "Bijstand (netto)", "Bijstand (net)"),
                m.uitkering_netto,
                tekst!(
                    taal,
                    "{normtekst}{werk}{partner} U houdt {} bijstand per maand over.",
                    "{normtekst}{werk}{partner} You are left with {} bijstand per month.",
                    m.uitkering_netto
                ),
                &regels,
                params,
                bedrag_per_maand.is_none(),
            );
        }
        (
            Uitkering::Wajong {
                arbeidsvermogen,
                bedrag_per_maand,
                ..
            },
            _,
        ) => {
            let pct = if *arbeidsvermogen { "70%" } else { "75%" };
            let mut params = ids(&[
                "wajong.pct.met_arbeidsvermogen",
                "wajong.pct.zonder_arbeidsvermogen",
                "vakantiegeld.uwv",
                "jgk.bedrag",
            ]);
            params.extend(ids(BELASTING_IDS));
            let basis = if bedrag_per_maand.is_some() {
                tekst!(
                    taal,
                    "Uw Wajong zonder werk komt uit uw beschikking.",
                    "Your Wajong without work comes from your decision letter."
                )
            } else {
                params.push("wml.maand".into());
                tekst!(
                    taal,
                    "Uw Wajong zonder werk is {pct} van het minimumloon.",
                    "Your Wajong without work is {pct} of the minimum wage."
                )
            };
            let werk = if m.bruto_loon > Cents::ZERO {
                if let Some(lw) = inv.loonwaarde_ppm {
                    params.push("wajong.compensatie.aftrek".into());
                    tekst!(
                        taal,
                        " U werkt met loondispensatie (loonwaarde {}). UWV verrekent uw loon met een compensatiefactor, zodat u niet minder overhoudt doordat u per uur minder verdient.",
                        " You work with a wage exemption (loondispensatie, wage value {}). UWV offsets your wage using a compensation factor, so you are not left with less because you earn less per hour.",
                        pct_tekst(lw, taal)
                    )
                } else {
                    tekst!(
                        taal,
                        " UWV trekt {pct} van uw bruto loon af van de uitkering: van elke euro die u verdient houdt u {} cent bruto over.",
                        " UWV deducts {pct} of your gross wage from the benefit: of every euro you earn you keep {} cents gross.",
                        if *arbeidsvermogen { 30 } else { 25 }
                    )
                }
            } else {
                String::new()
            };
            voeg(
                "uitkering",
                tekst!(taal, "Wajong (netto)", "Wajong (net)"),
                m.uitkering_netto,
                tekst!(
                    taal,
                    "{basis}{werk} Bruto is de uitkering {} per maand, plus 8% vakantiegeld. Netto blijft er {} over; de jonggehandicaptenkorting verlaagt uw belasting. Stopt het werk, dan leeft uw Wajong weer op (terugvalgarantie).",
                    "{basis}{werk} The gross benefit is {} per month, plus 8% holiday pay. That leaves {} net; the young disabled persons' tax credit (jonggehandicaptenkorting) lowers your tax. If the work stops, your Wajong comes back (the fallback guarantee).",
                    m.uitkering_bruto, m.uitkering_netto
                ),
                &["wajong", "loonheffing", "heffingskortingen"],
                params,
                false,
            );
        }
        (Uitkering::Wga { rvc, maandloon, .. }, UitkeringStand::Wga(soort)) => {
            let volledig = super::wga::ao_ppm(*maandloon, *rvc) >= w.wga_volledig.0;
            let mut params = ids(&[
                "uwv.maximumdagloon",
                "uwv.dagen_per_maand",
                "vakantiegeld.uwv",
            ]);
            params.extend(ids(BELASTING_IDS));
            let grens = rvc.times_ppm(w.wga_rvc_grens.0);
            let (naam, tekst) = match soort {
                WgaSoort::Loongerelateerd => {
                    params.extend(ids(&[
                        "wga.pct.eerste",
                        "wga.pct.daarna",
                        "wga.eerste_maanden",
                    ]));
                    (
                        tekst!(taal, "WGA loongerelateerd (netto)", "Wage-related WGA benefit (net)"),
                        tekst!(
                            taal,
                            "U krijgt de loongerelateerde WGA-uitkering: 75% (de eerste 2 maanden) of 70% van het verschil tussen uw maandloon en wat u nu verdient.",
                            "You get the wage-related WGA benefit: 75% (in the first 2 months) or 70% of the difference between your monthly wage and what you earn now."
                        ),
                    )
                }
                WgaSoort::Loonaanvulling if volledig => {
                    params.extend(ids(&["wga.pct.daarna", "wga.volledig"]));
                    (
                        tekst!(taal, "WGA-loonaanvulling (netto)", "WGA wage supplement (net)"),
                        tekst!(
                            taal,
                            "U bent volledig (maar niet duurzaam) arbeidsongeschikt, dus krijgt u altijd de loonaanvulling: 70% van het verschil tussen uw maandloon en wat u nu verdient.",
                            "You are fully (but not permanently) unable to work, so you always get the wage supplement: 70% of the difference between your monthly wage and what you earn now."
                        ),
                    )
                }
                WgaSoort::Loonaanvulling => {
                    params.extend(ids(&["wga.rvc_grens", "wga.pct.daarna", "wga.volledig"]));
                    (
                        tekst!(taal, "WGA-loonaanvulling (netto)", "WGA wage supplement (net)"),
                        tekst!(
                            taal,
                            "U verdient minstens de helft van uw restverdiencapaciteit ({grens}), dus krijgt u de loonaanvulling: 70% van het verschil tussen uw maandloon en uw restverdiencapaciteit (of uw loon, als dat hoger is).",
                            "You earn at least half of your remaining earning capacity ({grens}), so you get the wage supplement: 70% of the difference between your monthly wage and your remaining earning capacity (or your wage, if that is higher)."
                        ),
                    )
                }
                WgaSoort::Vervolg => {
                    params.extend(ids(&[
                        "wga.rvc_grens",
                        "wml.maand",
                        "wga.vervolg.35_45",
                        "wga.vervolg.45_55",
                        "wga.vervolg.55_65",
                        "wga.vervolg.65_80",
                    ]));
                    (
                        tekst!(taal, "WGA-vervolguitkering (netto)", "WGA follow-up benefit (net)"),
                        tekst!(
                            taal,
                            "U verdient minder dan de helft van uw restverdiencapaciteit ({grens}), dus krijgt u de lagere vervolguitkering: een percentage van het minimumloon, afhankelijk van hoeveel procent u arbeidsongeschikt bent. Verdient u {grens} of meer, dan krijgt u de hogere loonaanvulling.",
                            "You earn less than half of your remaining earning capacity ({grens}), so you get the lower follow-up benefit: a percentage of the minimum wage that depends on how far you are unable to work. If you earn {grens} or more, you get the higher wage supplement."
                        ),
                    )
                }
            };
            voeg(
                "uitkering",
                naam,
                m.uitkering_netto,
                tekst!(
                    taal,
                    "{tekst} Bruto {} per maand plus 8% vakantiegeld; netto {}.",
                    "{tekst} Gross {} per month plus 8% holiday pay; net {}.",
                    m.uitkering_bruto,
                    m.uitkering_netto
                ),
                &["wga", "loonheffing", "heffingskortingen"],
                params,
                false,
            );
        }
        (Uitkering::Iva { .. }, _) => {
            let mut params = ids(&[
                "iva.pct",
                "iva.verrekening",
                "uwv.maximumdagloon",
                "uwv.dagen_per_maand",
                "vakantiegeld.uwv",
            ]);
            params.extend(ids(BELASTING_IDS));
            voeg(
                "uitkering",
                tekst!(taal, "IVA (netto)", "IVA (net)"),
                m.uitkering_netto,
                tekst!(
                    taal,
                    "De IVA-uitkering is 75% van uw maandloon; van wat u verdient gaat 70% eraf. Bruto {} per maand plus 8% vakantiegeld; netto {}.",
                    "The IVA benefit is 75% of your monthly wage; 70% of what you earn is deducted from it. Gross {} per month plus 8% holiday pay; net {}.",
                    m.uitkering_bruto, m.uitkering_netto
                ),
                &["iva", "loonheffing", "heffingskortingen"],
                params,
                false,
            );
        }
        (
            Uitkering::Ww { .. },
            UitkeringStand::Ww {
                pct,
                beeindigd,
                afgelopen,
            },
        ) => {
            let mut params = ids(&[
                "wga.pct.eerste",
                "wga.pct.daarna",
                "wga.eerste_maanden",
                "ww.eindgrens",
                "uwv.maximumdagloon",
                "uwv.dagen_per_maand",
                "vakantiegeld.uwv",
            ]);
            params.extend(ids(BELASTING_IDS));
            let tekst = if afgelopen {
                tekst!(
                    taal,
                    "Uw WW-periode is voorbij in deze maand. Misschien heeft u daarna recht op bijstand; die is hier niet berekend.",
                    "Your WW period ends in this month. After that you may be entitled to bijstand; that is not calculated here."
                )
            } else if beeindigd {
                tekst!(
                    taal,
                    "U verdient meer dan 87,5% van uw WW-maandloon: dan stopt de WW.",
                    "You earn more than 87.5% of your WW monthly wage, so the WW stops."
                )
            } else {
                tekst!(
                    taal,
                    "De WW is {} van het verschil tussen uw WW-maandloon en wat u verdient (75% in de eerste 2 maanden, daarna 70%). Bruto {} per maand plus 8% vakantiegeld.",
                    "The WW is {} of the difference between your WW monthly wage and what you earn (75% in the first 2 months, then 70%). Gross {} per month plus 8% holiday pay.",
                    pct_tekst(pct.0, taal),
                    m.uitkering_bruto
                )
            };
            voeg(
                "uitkering",
                tekst!(taal, "WW (netto)", "WW (net)"),
                m.uitkering_netto,
                tekst!(
                    taal,
                    "{tekst} Netto {}.",
                    "{tekst} Net {}.",
                    m.uitkering_netto
                ),
                &["ww", "loonheffing", "heffingskortingen"],
                params,
                false,
            );
        }
        (Uitkering::Ziektewet { .. }, _) => {
            let mut params = ids(&[
                "zw.pct",
                "uwv.maximumdagloon",
                "uwv.dagen_per_maand",
                "vakantiegeld.uwv",
            ]);
            params.extend(ids(BELASTING_IDS));
            voeg(
                "uitkering",
                tekst!(taal, "Ziektewet (netto)", "Ziektewet (net)"),
                m.uitkering_netto,
                tekst!(
                    taal,
                    "De Ziektewet-uitkering is 70% van het verschil tussen uw maandloon en wat u verdient. Bruto {} per maand plus 8% vakantiegeld; netto {}. De verrekenregel komt uit een niet-officiële bron.",
                    "The Ziektewet benefit is 70% of the difference between your monthly wage and what you earn. Gross {} per month plus 8% holiday pay; net {}. The rule for deducting your earnings comes from an unofficial source.",
                    m.uitkering_bruto, m.uitkering_netto
                ),
                &["ziektewet", "loonheffing", "heffingskortingen"],
                params,
                true,
            );
        }
        _ => {}
    }

    if m.partner_netto > Cents::ZERO {
        voeg(
            "partner",
            tekst!(taal, "Netto-inkomen partner", "Partner's net income"),
            m.partner_netto,
            tekst!(
                taal,
                "Het bruto inkomen van uw partner ({} per maand) na loonheffing en heffingskortingen.",
                "Your partner's gross income ({} per month) after wage tax and tax credits.",
                inv.partner_bruto_maand
            ),
            &["loonheffing", "heffingskortingen"],
            ids(BELASTING_IDS),
            false,
        );
    }

    let ti = m.toetsingsinkomen_jaar;
    let ti_tekst = if inv.partner {
        tekst!(
            taal,
            "uw toetsingsinkomen samen met uw partner ({ti} per jaar)",
            "the yearly income of you and your partner for the allowances ({ti})"
        )
    } else {
        tekst!(
            taal,
            "uw toetsingsinkomen ({ti} per jaar)",
            "your yearly income for the allowances ({ti})"
        )
    };
    let awir_ids = ["awir.minimum", "awir.afronding_maand"];

    // Zorgtoeslag.
    {
        let mut params = ids(&[
            "zt.standaardpremie",
            "zt.drempelinkomen",
            "zt.pct.alleen",
            "zt.pct.partner",
            "zt.pct.boven",
            "zt.vermogensgrens.alleen",
            "zt.vermogensgrens.partner",
        ]);
        params.extend(ids(&awir_ids));
        let t = if m.zorgtoeslag.per_maand > Cents::ZERO {
            tekst!(
                taal,
                "Zorgtoeslag is de standaardpremie min de normpremie die u zelf kunt betalen. Met {ti_tekst} is dat {} per jaar; Dienst Toeslagen betaalt {} per maand.",
                "The healthcare allowance is the standard premium minus the part of the premium you are expected to pay yourself. With {ti_tekst} that is {} per year; Dienst Toeslagen pays {} per month.",
                m.zorgtoeslag.per_jaar, m.zorgtoeslag.per_maand
            )
        } else {
            tekst!(
                taal,
                "Met {ti_tekst} (of uw vermogen) is er geen zorgtoeslag: de normpremie is even hoog als de standaardpremie, of het bedrag is lager dan € 24 per jaar.",
                "With {ti_tekst} (or your savings) there is no healthcare allowance: the part you are expected to pay yourself is as high as the standard premium, or the amount is less than € 24 per year."
            )
        };
        voeg(
            "zorgtoeslag",
            tekst!(taal, "Zorgtoeslag", "Healthcare allowance (zorgtoeslag)"),
            m.zorgtoeslag.per_maand,
            t,
            &["zorgtoeslag", "awir_minimum"],
            params,
            false,
        );
    }

    // Huurtoeslag.
    if let Some(huur) = inv.huur {
        let mut params = ids(&[
            "ht.huurgrens",
            "ht.huurgrens.jong",
            "ht.basishuur.een",
            "ht.basishuur.meer",
            "ht.kwaliteitskortingsgrens",
            "ht.aftoppingsgrens.laag",
            "ht.aftoppingsgrens.hoog",
            "ht.pct.midden",
            "ht.pct.boven",
            "ht.ijkpunt.een",
            "ht.ijkpunt.meer",
            "ht.afbouw.een",
            "ht.afbouw.meer",
            "ht.vermogensgrens",
        ]);
        params.extend(ids(&awir_ids));
        let h = super::huurtoeslag::Huishouden {
            kale_huur: huur,
            personen: inv.huurtoeslag_personen(),
            jonger_dan_21: inv.huurtoeslag_jong(),
            inkomen: ti,
            vermogen: inv.vermogen,
            partner: inv.partner,
        };
        let basishuur = super::huurtoeslag::basishuur(w, &h);
        let t = if m.huurtoeslag.per_maand > Cents::ZERO {
            tekst!(
                taal,
                "U betaalt zelf de basishuur: {basishuur} per maand (die stijgt met een vast percentage van {ti_tekst} boven het inkomensijkpunt). Van uw kale huur ({huur}) daarboven vergoedt de huurtoeslag alles tot de kwaliteitskortingsgrens, daarna 65% en boven de aftoppingsgrens 40%. U krijgt {} per maand.",
                "You pay a minimum part of the rent yourself (the basishuur): {basishuur} per month. It rises by a fixed percentage of {ti_tekst} above a set income level. Of your basic rent ({huur}) above that, the rent allowance pays all of it up to the quality discount limit (kwaliteitskortingsgrens), then 65%, and 40% above the capping limit (aftoppingsgrens). You get {} per month.",
                m.huurtoeslag.per_maand
            )
        } else {
            tekst!(
                taal,
                "Met {ti_tekst} is uw basishuur {basishuur} per maand; bij een kale huur van {huur} is er dan geen huurtoeslag (of minder dan € 24 per jaar).",
                "With {ti_tekst}, the part of the rent you pay yourself (the basishuur) is {basishuur} per month; with a basic rent of {huur} there is then no rent allowance (or less than € 24 per year)."
            )
        };
        voeg(
            "huurtoeslag",
            tekst!(taal, "Huurtoeslag", "Rent allowance (huurtoeslag)"),
            m.huurtoeslag.per_maand,
            t,
            &["huurtoeslag", "awir_minimum"],
            params,
            false,
        );
    }

    // Kindgebonden budget and kinderbijslag.
    if !inv.kinderen.is_empty() {
        let mut params = ids(&[
            "kgb.per_kind",
            "kgb.extra_12_15",
            "kgb.extra_16_17",
            "kgb.alo_kop",
            "kgb.drempel.alleen",
            "kgb.drempel.partner",
            "kgb.afbouw",
        ]);
        params.extend(ids(&awir_ids));
        let kop = match (inv.partner, taal) {
            (true, _) => "",
            (false, Taal::Nl) => " Als alleenstaande ouder krijgt u er de alleenstaande-ouderkop bij.",
            (false, Taal::En) => {
                " As a single parent you also get the single-parent supplement (alleenstaande-ouderkop)."
            }
        };
        voeg(
            "kindgebonden_budget",
            tekst!(
                taal,
                "Kindgebonden budget",
                "Child-related budget (kindgebonden budget)"
            ),
            m.kindgebonden_budget.per_maand,
            tekst!(
                taal,
                "Een bedrag per kind, meer voor kinderen van 12 jaar en ouder.{kop} Boven het drempelinkomen gaat er 7,6% van {ti_tekst} af. Per jaar {}, per maand {}.",
                "An amount per child, more for children aged 12 and older.{kop} It goes down by 7.6% of the part of {ti_tekst} above an income threshold. {} per year, {} per month.",
                m.kindgebonden_budget.per_jaar, m.kindgebonden_budget.per_maand
            ),
            &["kindgebonden_budget", "awir_minimum"],
            params,
            false,
        );
        voeg(
            "kinderbijslag",
            tekst!(taal, "Kinderbijslag", "Child benefit (kinderbijslag)"),
            m.kinderbijslag,
            tekst!(
                taal,
                "De SVB betaalt kinderbijslag per kwartaal, afhankelijk van de leeftijd van uw kinderen, niet van uw inkomen. Hier een derde van het kwartaalbedrag: {} per maand.",
                "The SVB pays child benefit every quarter, depending on the age of your children, not on your income. Shown here is a third of the quarterly amount: {} per month.",
                m.kinderbijslag
            ),
            &["kinderbijslag"],
            ids(&["kinderbijslag.0_5", "kinderbijslag.6_11", "kinderbijslag.12_17"]),
            false,
        );
    }

    if m.gemeentelijk > Cents::ZERO || inv.gemeentelijk_met != inv.gemeentelijk_zonder {
        voeg(
            "gemeentelijk",
            tekst!(taal, "Gemeentelijke regelingen", "Municipal schemes"),
            m.gemeentelijk,
            tekst!(
                taal,
                "Regelingen van uw gemeente, met de bedragen die u zelf heeft ingevuld. Vraag bij uw gemeente na of ze doorlopen als u meer gaat verdienen.",
                "Schemes of your municipality, with the amounts you entered yourself. Ask your municipality whether they continue if you start earning more."
            ),
            &["gemeentelijk"],
            Vec::new(),
            false,
        );
    }
    uit
}
