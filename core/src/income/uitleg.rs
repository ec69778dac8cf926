//! Result lines with a short Dutch explanation ("waarom?"), the rule ids and parameter ids used.

use super::bijstand::Vrijlating;
use super::reken::{Invoer, Maand, UitkeringStand};
use super::scenario::{euro, Uitkering, Uren};
use super::wga::WgaSoort;
use crate::money::Cents;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// One line of a month: an amount per month with its explanation and provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Regel {
    /// `nettoloon`, `uitkering`, `partner`, `zorgtoeslag`, `huurtoeslag`, `kindgebonden_budget`,
    /// `kinderbijslag` or `gemeentelijk`.
    pub id: String,
    /// Dutch label for the screen.
    pub naam: String,
    /// Per month.
    #[serde(with = "euro")]
    pub bedrag: Cents,
    /// Why this amount, in plain Dutch.
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

fn pct_tekst(ppm: i64) -> String {
    let honderdsten = ppm / 100; // ppm → 1/10000 → percent with 2 decimals
    let heel = honderdsten / 100;
    let rest = honderdsten % 100;
    if rest == 0 {
        format!("{heel}%")
    } else if rest % 10 == 0 {
        format!("{heel},{}%", rest / 10)
    } else {
        format!("{heel},{rest:02}%")
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

/// Builds the lines of a month. `is_voorlopig` is called once for every parameter id of every line
/// and tells whether it is provisional.
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

    // Net wage.
    if m.uren > Uren(0) {
        let b = &m.belasting_loon;
        let mut kortingen = format!(
            "algemene heffingskorting {} en arbeidskorting {} per jaar",
            b.algemene_heffingskorting, b.arbeidskorting
        );
        let mut params = ids(BELASTING_IDS);
        params.push("vakantiegeld.loon".into());
        if b.combinatiekorting > Cents::ZERO {
            kortingen.push_str(&format!(
                ", inkomensafhankelijke combinatiekorting {}",
                b.combinatiekorting
            ));
            params.extend(ids(&["iack.drempel", "iack.pct", "iack.max"]));
        }
        if b.jonggehandicaptenkorting > Cents::ZERO {
            kortingen.push_str(&format!(
                ", jonggehandicaptenkorting {}",
                b.jonggehandicaptenkorting
            ));
            params.push("jgk.bedrag".into());
        }
        let loon = if inv.uurloon_is_minimumloon {
            params.push(match inv.leeftijd {
                ..=20 => Cow::Owned(format!("wml.uur.{}", inv.leeftijd.max(15))),
                _ => Cow::Borrowed("wml.uur"),
            });
            format!("het minimumloon voor uw leeftijd ({} per uur)", inv.uurloon)
        } else {
            format!("{} bruto per uur", inv.uurloon)
        };
        voeg(
            "nettoloon",
            "Nettoloon".into(),
            m.nettoloon,
            format!(
                "U werkt {} uur per week voor {loon}: {} bruto per maand, plus {} vakantiegeld (8%, hier over de maanden verdeeld). Over een heel jaar is de loonheffing {} min de {kortingen}; er blijft {} per maand over.",
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
                format!("Uw bijstand zonder werk is {norm} per maand (uit uw beschikking).")
            } else {
                params.extend(ids(&[
                    "bijstand.norm.gehuwden",
                    "bijstand.pct.alleenstaande",
                ]));
                let mut t = format!(
                    "De bijstandsnorm voor uw situatie is {norm} per maand, inclusief vakantietoeslag. Dit bedrag voor 2026 is voorlopig: vul het bedrag uit uw beschikking in."
                );
                if inv.kostendelers > 0 {
                    params.extend(ids(&[
                        "bijstand.kostendeler.basis",
                        "bijstand.kostendeler.per_persoon",
                    ]));
                    t.push_str(&format!(
                        " U deelt de woning met {} kostendeler(s), daarom geldt de lagere kostendelersnorm.",
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
                    Vrijlating::Geen => {
                        "Er geldt geen vrijlating, dus uw hele nettoloon gaat van de bijstand af."
                            .to_string()
                    }
                    Vrijlating::Arbeid => {
                        params.extend(ids(&[
                            "bijstand.vrijlating.pct",
                            "bijstand.vrijlating.max",
                            "bijstand.vrijlating.maanden",
                            "bijstand.vrijlating.leeftijd",
                        ]));
                        regels.push("vrijlating");
                        format!("U mag {vrijlating} houden: 25% van uw nettoloon (hoogstens {} per maand), hoogstens 6 maanden lang.", w.bijstand_vrijlating_max)
                    }
                    Vrijlating::AlleenstaandeOuder => {
                        params.extend(ids(&[
                            "bijstand.alo.pct",
                            "bijstand.alo.max",
                            "bijstand.alo.maanden",
                            "bijstand.alo.kind_leeftijd",
                        ]));
                        regels.push("vrijlating");
                        format!("Als alleenstaande ouder met een kind jonger dan 12 mag u {vrijlating} houden: 12,5% van uw nettoloon (hoogstens {} per maand), hoogstens 30 maanden.", w.bijstand_alo_max)
                    }
                    Vrijlating::MedischeUrenbeperking => {
                        params.extend(ids(&["bijstand.medisch.pct", "bijstand.medisch.max"]));
                        regels.push("vrijlating");
                        format!("Met een medische urenbeperking mag u {vrijlating} houden: 15% van uw nettoloon (hoogstens {} per maand).", w.bijstand_medisch_max)
                    }
                };
                format!(
                    " De gemeente trekt uw nettoloon ({}) af van de bijstand. {vrij}",
                    m.nettoloon
                )
            } else {
                String::new()
            };
            let partner = if m.partner_netto > Cents::ZERO {
                format!(
                    " Het netto-inkomen van uw partner ({}) gaat ook van de bijstand af.",
                    m.partner_netto
                )
            } else {
                String::new()
            };
            voeg(
                "uitkering",
                "Bijstand (netto)".into(),
                m.uitkering_netto,
                format!(
                    "{normtekst}{werk}{partner} U houdt {} bijstand per maand over.",
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
                "Uw Wajong zonder werk komt uit uw beschikking.".to_string()
            } else {
                params.push("wml.maand".into());
                format!("Uw Wajong zonder werk is {pct} van het minimumloon.")
            };
            let werk = if m.bruto_loon > Cents::ZERO {
                if let Some(lw) = inv.loonwaarde_ppm {
                    params.push("wajong.compensatie.aftrek".into());
                    format!(
                        " U werkt met loondispensatie (loonwaarde {}). UWV verrekent uw loon met een compensatiefactor, zodat u niet minder overhoudt doordat u per uur minder verdient.",
                        pct_tekst(lw)
                    )
                } else {
                    format!(
                        " UWV trekt {pct} van uw bruto loon af van de uitkering: van elke euro die u verdient houdt u {} cent bruto over.",
                        if *arbeidsvermogen { 30 } else { 25 }
                    )
                }
            } else {
                String::new()
            };
            voeg(
                "uitkering",
                "Wajong (netto)".into(),
                m.uitkering_netto,
                format!(
                    "{basis}{werk} Bruto is de uitkering {} per maand, plus 8% vakantiegeld. Netto blijft er {} over; de jonggehandicaptenkorting verlaagt uw belasting. Stopt het werk, dan leeft uw Wajong weer op (terugvalgarantie).",
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
                        "WGA loongerelateerd (netto)",
                        "U krijgt de loongerelateerde WGA-uitkering: 75% (de eerste 2 maanden) of 70% van het verschil tussen uw maandloon en wat u nu verdient.".to_string(),
                    )
                }
                WgaSoort::Loonaanvulling if volledig => {
                    params.extend(ids(&["wga.pct.daarna", "wga.volledig"]));
                    (
                        "WGA-loonaanvulling (netto)",
                        "U bent volledig (maar niet duurzaam) arbeidsongeschikt, dus krijgt u altijd de loonaanvulling: 70% van het verschil tussen uw maandloon en wat u nu verdient.".to_string(),
                    )
                }
                WgaSoort::Loonaanvulling => {
                    params.extend(ids(&["wga.rvc_grens", "wga.pct.daarna", "wga.volledig"]));
                    (
                        "WGA-loonaanvulling (netto)",
                        format!(
                            "U verdient minstens de helft van uw restverdiencapaciteit ({grens}), dus krijgt u de loonaanvulling: 70% van het verschil tussen uw maandloon en uw restverdiencapaciteit (of uw loon, als dat hoger is)."
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
                        "WGA-vervolguitkering (netto)",
                        format!(
                            "U verdient minder dan de helft van uw restverdiencapaciteit ({grens}), dus krijgt u de lagere vervolguitkering: een percentage van het minimumloon, afhankelijk van hoeveel procent u arbeidsongeschikt bent. Verdient u {grens} of meer, dan krijgt u de hogere loonaanvulling."
                        ),
                    )
                }
            };
            voeg(
                "uitkering",
                naam.into(),
                m.uitkering_netto,
                format!(
                    "{tekst} Bruto {} per maand plus 8% vakantiegeld; netto {}.",
                    m.uitkering_bruto, m.uitkering_netto
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
                "IVA (netto)".into(),
                m.uitkering_netto,
                format!(
                    "De IVA-uitkering is 75% van uw maandloon; van wat u verdient gaat 70% eraf. Bruto {} per maand plus 8% vakantiegeld; netto {}.",
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
                "Uw WW-periode is voorbij in deze maand. Misschien heeft u daarna recht op bijstand; die is hier niet berekend.".to_string()
            } else if beeindigd {
                "U verdient meer dan 87,5% van uw WW-maandloon: dan stopt de WW.".to_string()
            } else {
                format!(
                    "De WW is {} van het verschil tussen uw WW-maandloon en wat u verdient (75% in de eerste 2 maanden, daarna 70%). Bruto {} per maand plus 8% vakantiegeld.",
                    pct_tekst(pct.0),
                    m.uitkering_bruto
                )
            };
            voeg(
                "uitkering",
                "WW (netto)".into(),
                m.uitkering_netto,
                format!("{tekst} Netto {}.", m.uitkering_netto),
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
                "Ziektewet (netto)".into(),
                m.uitkering_netto,
                format!(
                    "De Ziektewet-uitkering is 70% van het verschil tussen uw maandloon en wat u verdient. Bruto {} per maand plus 8% vakantiegeld; netto {}. De verrekenregel komt uit een niet-officiële bron.",
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
            "Netto-inkomen partner".into(),
            m.partner_netto,
            format!(
                "Het bruto inkomen van uw partner ({} per maand) na loonheffing en heffingskortingen.",
                inv.partner_bruto_maand
            ),
            &["loonheffing", "heffingskortingen"],
            ids(BELASTING_IDS),
            false,
        );
    }

    let ti = m.toetsingsinkomen_jaar;
    let ti_tekst = if inv.partner {
        format!("uw toetsingsinkomen samen met uw partner ({ti} per jaar)")
    } else {
        format!("uw toetsingsinkomen ({ti} per jaar)")
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
            format!(
                "Zorgtoeslag is de standaardpremie min de normpremie die u zelf kunt betalen. Met {ti_tekst} is dat {} per jaar; Dienst Toeslagen betaalt {} per maand.",
                m.zorgtoeslag.per_jaar, m.zorgtoeslag.per_maand
            )
        } else {
            format!("Met {ti_tekst} (of uw vermogen) is er geen zorgtoeslag: de normpremie is even hoog als de standaardpremie, of het bedrag is lager dan € 24 per jaar.")
        };
        voeg(
            "zorgtoeslag",
            "Zorgtoeslag".into(),
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
            format!(
                "U betaalt zelf de basishuur: {basishuur} per maand (die stijgt met een vast percentage van {ti_tekst} boven het inkomensijkpunt). Van uw kale huur ({huur}) daarboven vergoedt de huurtoeslag alles tot de kwaliteitskortingsgrens, daarna 65% en boven de aftoppingsgrens 40%. U krijgt {} per maand.",
                m.huurtoeslag.per_maand
            )
        } else {
            format!("Met {ti_tekst} is uw basishuur {basishuur} per maand; bij een kale huur van {huur} is er dan geen huurtoeslag (of minder dan € 24 per jaar).")
        };
        voeg(
            "huurtoeslag",
            "Huurtoeslag".into(),
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
        let kop = if inv.partner {
            ""
        } else {
            " Als alleenstaande ouder krijgt u er de alleenstaande-ouderkop bij."
        };
        voeg(
            "kindgebonden_budget",
            "Kindgebonden budget".into(),
            m.kindgebonden_budget.per_maand,
            format!(
                "Een bedrag per kind, meer voor kinderen van 12 jaar en ouder.{kop} Boven het drempelinkomen gaat er 7,6% van {ti_tekst} af. Per jaar {}, per maand {}.",
                m.kindgebonden_budget.per_jaar, m.kindgebonden_budget.per_maand
            ),
            &["kindgebonden_budget", "awir_minimum"],
            params,
            false,
        );
        voeg(
            "kinderbijslag",
            "Kinderbijslag".into(),
            m.kinderbijslag,
            format!(
                "De SVB betaalt kinderbijslag per kwartaal, afhankelijk van de leeftijd van uw kinderen, niet van uw inkomen. Hier een derde van het kwartaalbedrag: {} per maand.",
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
            "Gemeentelijke regelingen".into(),
            m.gemeentelijk,
            "Regelingen van uw gemeente, met de bedragen die u zelf heeft ingevuld. Vraag bij uw gemeente na of ze doorlopen als u meer gaat verdienen.".into(),
            &["gemeentelijk"],
            Vec::new(),
            false,
        );
    }
    uit
}
