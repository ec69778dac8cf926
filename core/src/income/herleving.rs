//! The way back ("Als het niet lukt"): what happens to the money if the work stops or the person
//! falls ill again, per benefit, in plain words and with the law or the executor's page behind it.
//!
//! - WW: the right "herleeft" when the reason it ended is gone (WW art. 21 lid 1), not when a new WW
//!   has a maandloon of more than 87,5% of the old one, or a WIA right starts (lid 2). The end date
//!   is in UWV's letter.
//! - WIA: a WGA that continues is simply recalculated with less income (art. 61); a WGA that ended
//!   "herleeft" when the person is again partly unable to work within five years for the same cause,
//!   or within four weeks for another (art. 57 lid 1).
//! - Wajong: according to UWV one can get it again when work stops (UWV's own words, "gewoon weer
//!   Wajong", are a promise the law does not make as such: issue 15)
//!   (UWV; the law article was not read: provisional).
//! - Ziektewet: ill within four weeks after the contract ends (Juridisch Loket: secondary).
//! - Bijstand: a new application starts on the day of reporting (Participatiewet art. 44 lid 1; up
//!   to three months earlier when individual circumstances require it, lid 5), an advance of at
//!   least 95% within four weeks (art. 52), under 27 first four weeks of searching unless medically
//!   limited in hours or in the loonkostensubsidie target group (art. 41 lid 4). The decision term of
//!   eight weeks comes from a gemeente's page (the Participatiewet has none): provisional.
//! - Kinderopvangtoeslag: kept for three calendar months after the work ends (Wet kinderopvang art.
//!   1.6 lid 5).

use super::kalender::Datum;
use super::parameters::{Gelezen, Lees};
use super::reken::Invoer;
use super::scenario::Uitkering;
use super::uitleg::{maanden, pct};
use super::{datum_tekst, maand_tekst};
use crate::money::Cents;
use crate::{tekst, Taal};

/// One step of the way back.
#[derive(Debug, Clone, PartialEq)]
pub struct Terugweg {
    pub id: &'static str,
    pub titel: String,
    pub tekst: String,
    /// Rule ids (each with its source in the data).
    pub regels: Vec<&'static str>,
    /// Rests on a page that is not the law or on a practice of one gemeente.
    pub voorlopig: bool,
}

/// What the month view knows about the end of the work.
#[derive(Debug, Clone, Default)]
pub struct Situatie {
    /// The last day of work, when the job ends within the months shown.
    pub einde: Option<Datum>,
    /// The first payment of the benefit without wage after the end: (the month it is for, the day
    /// it arrives, the amount).
    pub eerste_betaling: Option<(Datum, Datum, Cents)>,
    /// The benefit was nil in the last month of work (it may have been stopped).
    pub uitkering_nul_bij_einde: bool,
    /// Childcare with kinderopvangtoeslag.
    pub kinderopvang: bool,
    /// The bijstand norm per month (for the advance of a new application).
    pub norm: Option<Cents>,
    /// Works with loonkostensubsidie.
    pub loonkostensubsidie: bool,
    /// Some month brings in less than goes out.
    pub tekort: bool,
}

/// The steps of the way back for this person, in `taal`, each with the parameters it read.
pub fn terugwegen(w: &Lees, inv: &Invoer, s: &Situatie, taal: Taal) -> Vec<(Terugweg, Gelezen)> {
    let mut uit = Vec::new();
    let einde_tekst = s.einde.map(|e| datum_tekst(&e.to_string(), taal));
    // The first payment after the end, in words.
    let eerste = s.eerste_betaling.map(|(over, dag, bedrag)| {
        tekst!(
            taal,
            " Over {} komt er geen loon meer af: u krijgt ongeveer {bedrag}, rond {}.",
            " For {} no wage is deducted any more: you get about {bedrag}, around {}.",
            maand_tekst(&over.to_string(), taal),
            datum_tekst(&dag.to_string(), taal)
        )
    });
    let intro = match &einde_tekst {
        Some(e) => tekst!(taal, "Uw werk stopt op {e}.", "Your work stops on {e}."),
        None => tekst!(taal, "Stopt uw werk?", "If your work stops?"),
    };
    match &inv.uitkering {
        Uitkering::Bijstand {
            medische_urenbeperking,
            ..
        } => {
            uit.push(w.opname(|| Terugweg {
                id: "bijstand_loopt_door",
                titel: tekst!(taal, "Als uw werk stopt", "If your work stops"),
                tekst: tekst!(
                    taal,
                    "{intro} Geef het meteen door aan de gemeente. Loopt uw bijstand nog, dan gaat er vanaf de maand erna geen loon meer van af.{}",
                    "{intro} Report it to the municipality straight away. If your bijstand is still running, no wage is deducted from the month after.{}",
                    eerste.clone().unwrap_or_default()
                ),
                regels: vec!["bijstand", "inkomsten_per_maand"],
                voorlopig: false,
            }));
            let mut t = tekst!(
                taal,
                "{}Meld u dan meteen opnieuw bij UWV (werk.nl) om bijstand aan te vragen. De bijstand gaat in op de dag van uw melding, niet eerder; alleen als uw situatie dat nodig maakt kan de gemeente tot {} terug gaan. Binnen {} weken na uw aanvraag krijgt u een voorschot van minstens {} van de bijstand",
                "{}Then report to UWV (werk.nl) straight away to apply for bijstand again. The bijstand starts on the day you report, not earlier; only if your situation requires it can the municipality go back up to {}. Within {} weeks after your application you get an advance of at least {} of the bijstand",
                if s.uitkering_nul_bij_einde {
                    tekst!(
                        taal,
                        "Verdiende u zoveel dat u geen bijstand meer kreeg, dan kan de gemeente uw bijstand hebben stopgezet. ",
                        "If you earned so much that you no longer received bijstand, the municipality may have stopped it. "
                    )
                } else {
                    tekst!(
                        taal,
                        "Is uw bijstand gestopt? ",
                        "Has your bijstand stopped? "
                    )
                },
                maanden(w.bijstand_terugwerkend_maanden(), taal),
                w.bijstand_voorschot_weken(),
                pct(w.bijstand_voorschot_pct(), taal)
            );
            if let Some(norm) = s.norm {
                t.push_str(&tekst!(
                    taal,
                    " (bij uw norm ongeveer {})",
                    " (at your rate about {})",
                    norm.times_ppm(w.bijstand_voorschot_pct().0)
                ));
            }
            t.push_str(&tekst!(
                taal,
                ". De gemeente beslist meestal binnen {} weken. Vraagt u binnen {} na uw vorige bijstand aan, dan kan de gemeente uw oude gegevens gebruiken.",
                ". The municipality usually decides within {} weeks. If you apply within {} after your previous bijstand, the municipality can use your earlier details.",
                w.bijstand_beslistermijn_weken(),
                maanden(w.bijstand_hergebruik_maanden(), taal)
            ));
            uit.push(w.opname(|| Terugweg {
                id: "bijstand_opnieuw",
                titel: tekst!(
                    taal,
                    "Opnieuw bijstand aanvragen",
                    "Applying for bijstand again"
                ),
                tekst: t,
                regels: vec!["bijstand_aanvraag"],
                voorlopig: true,
            }));
            if inv.leeftijd < w.bijstand_zoektermijn_leeftijd() {
                let uitzondering = *medische_urenbeperking || s.loonkostensubsidie;
                uit.push(w.opname(|| Terugweg {
                    id: "bijstand_zoektermijn",
                    titel: tekst!(
                        taal,
                        "Jonger dan {}: eerst zoeken",
                        "Under {}: searching first",
                        w.bijstand_zoektermijn_leeftijd()
                    ),
                    tekst: if uitzondering {
                        tekst!(
                            taal,
                            "Onder de {} moet u meestal eerst {} weken zelf werk zoeken voordat u bijstand kunt aanvragen. Dat geldt niet als u medisch urenbeperkt bent of tot de doelgroep loonkostensubsidie hoort: voor u dus niet.",
                            "Under {} you usually have to look for work yourself for {} weeks before you can apply for bijstand. That does not apply if you have a medical limitation of hours or are in the wage cost subsidy target group: so not for you.",
                            w.bijstand_zoektermijn_leeftijd(),
                            w.bijstand_zoektermijn_weken()
                        )
                    } else {
                        tekst!(
                            taal,
                            "Onder de {} kunt u de aanvraag pas {} weken na uw melding doen, en in die weken krijgt u nog geen bijstand. Meld u dus meteen. Bent u medisch urenbeperkt of hoort u tot de doelgroep loonkostensubsidie, dan geldt dit niet. De gemeente kan eerder beginnen als uw situatie daarom vraagt.",
                            "Under {} you can only apply {} weeks after you report, and in those weeks you get no bijstand yet. So report straight away. If you have a medical limitation of hours or are in the wage cost subsidy target group, this does not apply. The municipality can start earlier if your situation calls for it.",
                            w.bijstand_zoektermijn_leeftijd(),
                            w.bijstand_zoektermijn_weken()
                        )
                    },
                    regels: vec!["bijstand_aanvraag"],
                    voorlopig: false,
                }));
            }
            if s.tekort {
                uit.push(w.opname(|| Terugweg {
                    id: "bufferbudget",
                    titel: tekst!(taal, "Een maand te krap?", "A month too tight?"),
                    tekst: tekst!(
                        taal,
                        "Komt u door het verrekenen van uw loon een maand onder de bijstandsnorm, vraag de gemeente dan naar een bufferbudget: de gemeente kan tot {} per jaar inzetten om dat op te vangen. Het is een keuze van de gemeente, geen recht, en het is niet zeker dat het al in 2026 kan. Vraag ook naar bijzondere bijstand en schuldhulp als het krap wordt.",
                        "If offsetting your wage puts you below the bijstand rate in a month, ask the municipality about a buffer budget (bufferbudget): it can use up to {} a year to absorb that. It is the municipality's choice, not a right, and it is not certain it is available in 2026 already. Also ask about special assistance (bijzondere bijstand) and debt help if money gets tight.",
                        w.bijstand_bufferbudget_max()
                    ),
                    regels: vec!["bufferbudget"],
                    voorlopig: true,
                }));
            }
        }
        Uitkering::Ww { .. } => {
            uit.push(w.opname(|| Terugweg {
                id: "ww_herleving",
                titel: tekst!(taal, "Als uw werk stopt", "If your work stops"),
                tekst: tekst!(
                    taal,
                    "{intro} Loopt uw WW nog, dan rekent UWV met minder inkomsten en wordt uw WW weer hoger.{} Stopte uw WW omdat u te veel verdiende, dan kan uw oude WW weer ingaan zolang de einddatum in de brief van UWV niet voorbij is. Vraag dan opnieuw WW aan. Dat gaat niet als u intussen een nieuwe WW heeft opgebouwd met een maandloon van meer dan {} van het oude; dan krijgt u die nieuwe WW. Uw WW-periode loopt door terwijl u werkt.",
                    "{intro} If your WW is still running, UWV counts less income and your WW goes up again.{} If your WW stopped because you earned too much, your old WW can start again as long as the end date in UWV's letter has not passed. Then apply for WW again. That does not work if you have built up a new WW in the meantime with a monthly wage of more than {} of the old one; then you get that new WW. Your WW period keeps running while you work.",
                    eerste.clone().unwrap_or_default(),
                    pct(w.ww_herleving_pct(), taal)
                ),
                regels: vec!["herleving_ww"],
                voorlopig: false,
            }));
            uit.push(w.opname(|| ziek_na_einde(w, taal)));
            if inv.leeftijd < w.bijstand_zoektermijn_leeftijd() {
                uit.push(w.opname(|| Terugweg {
                    id: "ww_dan_bijstand",
                    titel: tekst!(taal, "Na de WW", "After the WW"),
                    tekst: tekst!(
                        taal,
                        "Stopt uw WW en bent u jonger dan {}, dan kunt u zich al {} weken voor het einde van uw WW melden voor bijstand. Zo voorkomt u weken zonder geld.",
                        "If your WW stops and you are under {}, you can report for bijstand {} weeks before your WW ends. That way you avoid weeks without money.",
                        w.bijstand_zoektermijn_leeftijd(),
                        w.bijstand_zoektermijn_weken()
                    ),
                    regels: vec!["bijstand_aanvraag"],
                    voorlopig: false,
                }));
            }
        }
        Uitkering::Wga { .. } | Uitkering::Iva { .. } => {
            uit.push(w.opname(|| Terugweg {
                id: "wia_loopt_door",
                titel: tekst!(taal, "Als uw werk stopt", "If your work stops"),
                tekst: tekst!(
                    taal,
                    "{intro} Uw uitkering loopt door; UWV rekent dan met minder inkomsten.{} Geef het einde van uw werk door aan UWV. Let op: met een WGA na de loongerelateerde periode kan uw uitkering zonder werk lager worden (een vervolguitkering); de maanden hierboven laten het zien.",
                    "{intro} Your benefit continues; UWV then counts less income.{} Report the end of your work to UWV. Note: with a WGA after the wage-related period your benefit can become lower without work (a follow-up benefit); the months above show it.",
                    eerste.clone().unwrap_or_default()
                ),
                regels: vec!["herleving_wga"],
                voorlopig: false,
            }));
            uit.push(w.opname(|| Terugweg {
                id: "wga_herleving",
                titel: tekst!(
                    taal,
                    "Als uw WGA al gestopt was",
                    "If your WGA had already stopped"
                ),
                tekst: tekst!(
                    taal,
                    "Is uw WGA gestopt en wordt u binnen {} jaar weer gedeeltelijk arbeidsongeschikt door dezelfde oorzaak, dan kan uw WGA weer ingaan. Bij een andere oorzaak moet dat binnen {} weken zijn. Meld het bij UWV.",
                    "If your WGA has stopped and within {} years you again become partly unable to work from the same cause, your WGA can start again. For another cause it must be within {} weeks. Report it to UWV.",
                    w.wga_herleving_jaren(),
                    w.wga_herleving_weken()
                ),
                regels: vec!["herleving_wga"],
                voorlopig: false,
            }));
        }
        Uitkering::Wajong { .. } => {
            uit.push(w.opname(|| Terugweg {
                id: "wajong_terug",
                titel: tekst!(taal, "Als uw werk stopt", "If your work stops"),
                tekst: tekst!(
                    taal,
                    "{intro} Volgens UWV kunt u weer Wajong krijgen als uw werk stopt of als u weer ziek wordt.{} Geef het door aan UWV en vraag wat het voor u betekent. Volgens UWV stopt de Wajong pas als u {} jaar heeft gewerkt en daarna minstens {} van het minimumloon verdient.",
                    "{intro} According to UWV you can get the Wajong again if your work stops or you fall ill again.{} Report it to UWV and ask what it means for you. According to UWV the Wajong only stops after you have worked {} years and then earn at least {} of the minimum wage.",
                    eerste.clone().unwrap_or_default(),
                    w.wajong_terug_werkjaren(),
                    pct(w.wajong_terug_pct_wml(), taal)
                ),
                regels: vec!["wajong_terug"],
                voorlopig: true,
            }));
        }
        Uitkering::Ziektewet { .. } => {
            uit.push(w.opname(|| Terugweg {
                id: "ziektewet_loopt_door",
                titel: tekst!(taal, "Als uw werk stopt", "If your work stops"),
                tekst: tekst!(
                    taal,
                    "{intro} Geef het door aan UWV; die rekent dan met minder inkomsten.{}",
                    "{intro} Report it to UWV; it then counts less income.{}",
                    eerste.clone().unwrap_or_default()
                ),
                regels: vec!["ziektewet"],
                voorlopig: false,
            }));
            uit.push(w.opname(|| ziek_na_einde(w, taal)));
        }
        Uitkering::Geen => {
            uit.push(w.opname(|| Terugweg {
                id: "geen_uitkering",
                titel: tekst!(taal, "Als uw werk stopt", "If your work stops"),
                tekst: tekst!(
                    taal,
                    "{intro} Vraag bij UWV of u WW kunt krijgen. Kunt u dat niet, of is het te weinig, meld u dan bij UWV (werk.nl) om bijstand aan te vragen: die gaat in op de dag van uw melding.",
                    "{intro} Ask UWV whether you can get WW. If not, or if it is too little, report to UWV (werk.nl) to apply for bijstand: it starts on the day you report."
                ),
                regels: vec!["bijstand_aanvraag"],
                voorlopig: false,
            }));
            uit.push(w.opname(|| ziek_na_einde(w, taal)));
        }
    }
    if s.kinderopvang {
        let tot = s.einde.map(|e| {
            let laatste = e
                .plus_dagen(1)
                .maand_later(w.kot_behoud_maanden() as i32 - 1);
            tekst!(
                taal,
                " (tot en met {})",
                " (up to and including {})",
                maand_tekst(&laatste.to_string(), taal)
            )
        });
        uit.push(w.opname(|| Terugweg {
            id: "kinderopvangtoeslag_behoud",
            titel: tekst!(taal, "Kinderopvang", "Childcare"),
            tekst: tekst!(
                taal,
                "Stopt uw werk, dan houdt u de kinderopvangtoeslag nog {}{}. Daarna stopt die, tenzij u weer werkt of met een uitkering een traject naar werk volgt. Geef het einde van uw werk door aan Dienst Toeslagen, anders betaalt u later terug.",
                "If your work stops, you keep the childcare allowance for {} more{}. After that it stops, unless you work again or follow a route to work while on a benefit. Report the end of your work to Dienst Toeslagen, or you will pay back later.",
                maanden(w.kot_behoud_maanden(), taal),
                tot.unwrap_or_default()
            ),
            regels: vec!["kinderopvangtoeslag"],
            voorlopig: false,
        }));
    }
    uit.push(w.opname(|| Terugweg {
        id: "toeslagen_einde",
        titel: tekst!(taal, "Toeslagen", "Allowances"),
        tekst: tekst!(
            taal,
            "Geef het einde van uw werk binnen {} weken door aan Dienst Toeslagen. Met minder inkomen worden uw toeslagen weer hoger, en u voorkomt dat u later te veel terug moet betalen.",
            "Report the end of your work to Dienst Toeslagen within {} weeks. With less income your allowances go up again, and you avoid having to pay too much back later.",
            w.awir_meldtermijn_weken()
        ),
        regels: vec!["toeslag_voorschot_herzien"],
        voorlopig: false,
    }));
    uit
}

/// Ill shortly after the contract ends: the Ziektewet (secondary source).
fn ziek_na_einde(w: &Lees, taal: Taal) -> Terugweg {
    Terugweg {
        id: "ziek_na_einde",
        titel: tekst!(taal, "Als u ziek wordt", "If you fall ill"),
        tekst: tekst!(
            taal,
            "Wordt u ziek binnen {} weken nadat uw contract is gestopt, meld u dan meteen ziek bij UWV. Dan heeft u waarschijnlijk recht op een Ziektewet-uitkering.",
            "If you fall ill within {} weeks after your contract has ended, report sick to UWV straight away. You are then probably entitled to a Ziektewet benefit.",
            w.zw_na_einde_weken()
        ),
        regels: vec!["ziektewet_na_einde"],
        voorlopig: true,
    }
}
