//! "Per maand: wat komt er binnen en wanneer" (issue 18): the month view of the situation shown.
//! Its own questions (hours that vary, four-weekly pay, childcare, work costs, whether the work
//! stops, what the person reports) and the twelve months, the settlement afterwards and the way
//! back, as `werkkeuze_core::income::verloop` computes them. A field that is half-typed or wrong
//! says so in Dutch and keeps its text; the months shown are then those of the last good input.

use super::maandtekst::{use_text, MaandText};
use crate::hooks::use_messages;
use crate::i18n::Messages;
use crate::state::ToolState;
use crate::widgets::number_field::{format_scaled, number_error_text};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use werkkeuze_core::income::kinderopvangtoeslag::Opvangsoort;
use werkkeuze_core::income::verloop::{Geldmaand, Post, Toelichting, Verloop};
use werkkeuze_core::income::{datum_tekst, maand_tekst};
use werkkeuze_core::money::{format_whole_euros, Cents};
use werkkeuze_core::tools::rekenhulp::maanden::{
    self as rk_maanden, lees, Action, Fout, Saldo, Urensoort, Velden, MAX_OPVANG,
};
use werkkeuze_core::tools::rekenhulp::{maand_later, verloop, Formulier, Soort};
use werkkeuze_core::Taal;
use yew::prelude::*;

/// What is wrong with a field, worded with the number fields' messages.
fn fout_tekst(f: &Fout, m: &Messages, t: &MaandText) -> String {
    match f {
        Fout::Getal(e) => number_error_text(m, e, 2),
        Fout::BovenMax(max) => m.num_above_max.replace("{max}", &format_scaled(*max, 2)),
        Fout::Leeg => m.num_empty.to_string(),
        Fout::MaandOntbreekt => t.error_missing_month.to_string(),
        Fout::Bereik => t.error_range.to_string(),
    }
}

#[derive(Properties, PartialEq)]
pub struct MaandenProps {
    pub formulier: Formulier,
}

/// A text field for a number, with its label, help, unit and message.
#[allow(clippy::too_many_arguments)]
fn tekstveld(
    id: &str,
    label: &str,
    help: Option<&str>,
    unit: Option<&str>,
    waarde: &str,
    fout: Option<&String>,
    oninput: Callback<InputEvent>,
) -> Html {
    let help_id = format!("{id}-help");
    let fout_id = format!("{id}-fout");
    let mut beschreven = Vec::new();
    if help.is_some() {
        beschreven.push(help_id.clone());
    }
    if fout.is_some() {
        beschreven.push(fout_id.clone());
    }
    let beschreven = (!beschreven.is_empty()).then(|| beschreven.join(" "));
    html! {
        <div class={classes!("field", fout.is_some().then_some("field-invalid"))}>
            <label for={id.to_string()}>{label.to_string()}</label>
            if let Some(h) = help {
                <p class="field-help" id={help_id}>{h.to_string()}</p>
            }
            <div class="field-row">
                <input id={id.to_string()} type="text" inputmode="decimal" autocomplete="off"
                    value={waarde.to_string()} {oninput}
                    aria-invalid={fout.is_some().then_some("true")}
                    aria-describedby={beschreven} />
                if let Some(u) = unit {
                    <span class="field-unit">{u.to_string()}</span>
                }
            </div>
            <p class="field-error" id={fout_id} aria-live="polite">{fout.cloned().unwrap_or_default()}</p>
        </div>
    }
}

/// A select with its label; `opties` are (value, text).
fn keuze(
    id: &str,
    label: &str,
    help: Option<&str>,
    gekozen: &str,
    opties: Vec<(String, String)>,
    onchange: Callback<Event>,
) -> Html {
    let help_id = format!("{id}-help");
    html! {
        <div class="field">
            <label for={id.to_string()}>{label.to_string()}</label>
            if let Some(h) = help {
                <p class="field-help" id={help_id.clone()}>{h.to_string()}</p>
            }
            <select id={id.to_string()} class="rk-select rkm-select" {onchange}
                aria-describedby={help.map(|_| help_id)}>
                { for opties.into_iter().map(|(w, tekst)| html! {
                    <option value={w.clone()} selected={w == gekozen}>{tekst}</option>
                }) }
            </select>
        </div>
    }
}

fn bedrag(c: Cents) -> String {
    format_whole_euros(c)
}

#[function_component(Maandoverzicht)]
pub fn maandoverzicht(p: &MaandenProps) -> Html {
    let t = use_text();
    let m = use_messages();
    let lang = use_context::<Taal>().unwrap_or_default();
    let taal = lang;
    let velden = use_reducer(ToolState::<Velden>::default);
    // The control to focus once drawn: after adding a child, its first question; after removing
    // one, the button to add one.
    let focus = use_mut_ref(|| None::<String>);
    {
        let focus = focus.clone();
        use_effect(move || {
            if let Some(id) = focus.borrow_mut().take() {
                crate::dom::focus_id(&id);
            }
        });
    }
    let f = &p.formulier;
    let gelezen = lees(&velden, f);
    let invoer = gelezen.as_ref().ok().cloned();
    let fouten: Vec<(String, String)> = gelezen
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|(id, e)| (id, fout_tekst(&e, m, t)))
        .collect();
    let berekend = use_memo((invoer, lang), |(invoer, lang)| {
        let invoer = invoer.as_ref()?;
        Some(verloop(invoer, *lang).map(Rc::new))
    });
    // The last month view that worked: shown while a field is wrong.
    let laatste = use_mut_ref(|| None::<Rc<Verloop>>);
    let motor_fout = match &*berekend {
        Some(Ok(v)) => {
            *laatste.borrow_mut() = Some(v.clone());
            None
        }
        Some(Err(e)) => Some(e.melding.clone()),
        None => None,
    };
    let getoond = laatste.borrow().clone();

    let zet = |actie: fn(String) -> Action| {
        let d = velden.dispatcher();
        Callback::from(move |e: InputEvent| {
            let el: HtmlInputElement = e.target_unchecked_into();
            d.dispatch(actie(el.value()));
        })
    };
    let kies = |actie: fn(String) -> Action| {
        let d = velden.dispatcher();
        Callback::from(move |e: Event| {
            let el: HtmlSelectElement = e.target_unchecked_into();
            d.dispatch(actie(el.value()));
        })
    };
    let fout = |id: &str| fouten.iter().find(|(i, _)| i == id).map(|(_, e)| e);

    let start = f.startdatum();
    let maand_naam = |i: i64| maand_tekst(&format!("{}-01", maand_later(&start, i)), taal);

    // --- The questions ---
    let uren_velden = match velden.urensoort {
        Urensoort::Vast => Html::default(),
        Urensoort::PerMaand => {
            let n = if velden.vier_weken { 13 } else { 12 };
            html! {
                <div class="rkm-uren">
                    <p class="field-help" id="rkm-uren-help">{if velden.vier_weken { t.hours_period_help } else { t.hours_month_help }}</p>
                    <div class="rkm-grid">
                        { for (0..n).map(|i| {
                            let id = format!("rkm-uren-{}", i + 1);
                            let label = if velden.vier_weken {
                                t.period_label.replace("{n}", &(i + 1).to_string())
                            } else {
                                maand_naam(i as i64)
                            };
                            let d = velden.dispatcher();
                            let oninput = Callback::from(move |e: InputEvent| {
                                let el: HtmlInputElement = e.target_unchecked_into();
                                d.dispatch(Action::Uren(i, el.value()));
                            });
                            let waarde = velden.uren.get(i).cloned().unwrap_or_default();
                            tekstveld(&id, &label, None, Some(t.unit_hours), &waarde, fout(&id), oninput)
                        }) }
                    </div>
                </div>
            }
        }
        Urensoort::Bereik => html! {
            <div class="rkm-uren">
                <p class="field-help">{t.range_help}</p>
                {tekstveld("rkm-van", t.range_from, None, Some(t.unit_hours), &velden.van, fout("rkm-van"), zet(Action::Van))}
                {tekstveld("rkm-tot", t.range_to, None, Some(t.unit_hours), &velden.tot, fout("rkm-tot"), zet(Action::Tot))}
            </div>
        },
    };
    let urensoort = match velden.urensoort {
        Urensoort::Vast => "vast",
        Urensoort::PerMaand => "per_maand",
        Urensoort::Bereik => "bereik",
    };
    let stopt_opties = std::iter::once(("0".to_string(), t.ends_no.to_string()))
        .chain((1..=11).map(|n| {
            (
                n.to_string(),
                t.ends_after
                    .replace("{maand}", &maand_naam(n - 1))
                    .replace("{n}", &n.to_string()),
            )
        }))
        .collect();
    let opvang = html! {
        <fieldset class="rkm-fieldset">
            <legend>{t.childcare_legend}</legend>
            <p class="field-help">{t.childcare_help}</p>
            { for velden.opvang.iter().enumerate().map(|(i, o)| {
                let n = (i + 1).to_string();
                let soort_id = format!("rkm-opvang-soort-{n}");
                let uren_id = format!("rkm-opvang-uren-{n}");
                let prijs_id = format!("rkm-opvang-prijs-{n}");
                let d = velden.dispatcher();
                let soort = Callback::from(move |e: Event| {
                    let el: HtmlSelectElement = e.target_unchecked_into();
                    let s = match el.value().as_str() {
                        "bso" => Opvangsoort::Bso,
                        "gastouder" => Opvangsoort::Gastouder,
                        _ => Opvangsoort::Dagopvang,
                    };
                    d.dispatch(Action::OpvangSoort(i, s));
                });
                let tekst = |actie: fn(usize, String) -> Action| {
                    let d = velden.dispatcher();
                    Callback::from(move |e: InputEvent| {
                        let el: HtmlInputElement = e.target_unchecked_into();
                        d.dispatch(actie(i, el.value()));
                    })
                };
                let d = velden.dispatcher();
                let na = focus.clone();
                let weg = Callback::from(move |_: MouseEvent| {
                    d.dispatch(Action::OpvangWeg(i));
                    *na.borrow_mut() = Some("rkm-opvang-erbij".to_string());
                });
                let gekozen = match o.soort {
                    Opvangsoort::Dagopvang => "dagopvang",
                    Opvangsoort::Bso => "bso",
                    Opvangsoort::Gastouder => "gastouder",
                };
                html! {
                    <div class="rkm-kind" role="group" aria-labelledby={format!("rkm-kind-{n}")}>
                        <p class="rkm-kind-kop" id={format!("rkm-kind-{n}")}><strong>{t.childcare_child.replace("{n}", &n)}</strong></p>
                        {keuze(&soort_id, t.childcare_kind, None, gekozen, vec![
                            ("dagopvang".into(), t.childcare_dagopvang.into()),
                            ("bso".into(), t.childcare_bso.into()),
                            ("gastouder".into(), t.childcare_gastouder.into()),
                        ], soort)}
                        {tekstveld(&uren_id, t.childcare_hours, None, Some(t.unit_hours), &o.uren, fout(&uren_id), tekst(Action::OpvangUren))}
                        {tekstveld(&prijs_id, t.childcare_price, Some(t.childcare_price_help), Some(t.unit_hour), &o.prijs, fout(&prijs_id), tekst(Action::OpvangPrijs))}
                        <button type="button" class="rkm-remove" onclick={weg}>{t.childcare_remove.replace("{n}", &n)}</button>
                    </div>
                }
            }) }
            if velden.opvang.len() < MAX_OPVANG {
                <button type="button" id="rkm-opvang-erbij" class="rkm-add" onclick={{
                    let d = velden.dispatcher();
                    let n = velden.opvang.len() + 1;
                    let na = focus.clone();
                    Callback::from(move |_: MouseEvent| {
                        d.dispatch(Action::OpvangErbij);
                        *na.borrow_mut() = Some(format!("rkm-opvang-soort-{n}"));
                    })
                }}>{t.childcare_add}</button>
            }
        </fieldset>
    };
    let bijstand = f.soort == Soort::Bijstand;
    let vragen = html! {
        <div class="rkm-inputs">
            <h3>{t.inputs_legend}</h3>
            <fieldset class="rkm-fieldset">
                <legend>{t.hours_legend}</legend>
                {keuze("rkm-urensoort", t.hours_kind, Some(t.hours_kind_help), urensoort, vec![
                    ("vast".into(), t.hours_same.into()),
                    ("per_maand".into(), t.hours_per_month.into()),
                    ("bereik".into(), t.hours_range.into()),
                ], kies(|s| Action::Urensoort(match s.as_str() {
                    "per_maand" => Urensoort::PerMaand,
                    "bereik" => Urensoort::Bereik,
                    _ => Urensoort::Vast,
                })))}
                {keuze("rkm-loon-per", t.pay_label, None, if velden.vier_weken { "vier_weken" } else { "maand" }, vec![
                    ("maand".into(), t.pay_month.into()),
                    ("vier_weken".into(), t.pay_four_weeks.into()),
                ], kies(|s| Action::VierWeken(s == "vier_weken")))}
                if velden.vier_weken {
                    <div class="field">
                        <label for="rkm-periode-eind">{t.period_end}</label>
                        <p class="field-help" id="rkm-periode-eind-help">{t.period_end_help}</p>
                        <input id="rkm-periode-eind" type="date" value={velden.periode_eind.clone()}
                            aria-describedby="rkm-periode-eind-help" oninput={zet(Action::PeriodeEind)} />
                    </div>
                }
                {uren_velden}
                {keuze("rkm-stopt", t.ends_label, Some(t.ends_help), &velden.stopt.to_string(), stopt_opties,
                    kies(|s| Action::Stopt(s.parse().unwrap_or(0))))}
            </fieldset>
            {opvang}
            <fieldset class="rkm-fieldset">
                <legend>{t.costs_legend}</legend>
                <p class="field-help" id="rkm-kosten-help">{t.costs_help}</p>
                {tekstveld("rkm-reis", t.costs_travel, None, Some(t.unit_month), &velden.reis, fout("rkm-reis"), zet(Action::Reis))}
                {tekstveld("rkm-overig", t.costs_other, None, Some(t.unit_month), &velden.overig, fout("rkm-overig"), zet(Action::Overig))}
                {tekstveld("rkm-vergoeding", t.costs_allowance, None, Some(t.unit_month), &velden.vergoeding, fout("rkm-vergoeding"), zet(Action::Vergoeding))}
                {tekstveld("rkm-uitgaven", t.spending, Some(t.spending_help), Some(t.unit_month), &velden.uitgaven, fout("rkm-uitgaven"), zet(Action::Uitgaven))}
            </fieldset>
            <fieldset class="rkm-fieldset">
                <legend>{t.payers_legend}</legend>
                {keuze("rkm-doorgeven", t.report_label, None, if velden.niet_doorgeven { "nee" } else { "ja" }, vec![
                    ("ja".into(), t.report_yes.into()),
                    ("nee".into(), t.report_no.into()),
                ], kies(|s| Action::NietDoorgeven(s == "nee")))}
                if bijstand {
                    {keuze("rkm-bijstand-betaling", t.bijstand_pay, None, if velden.schatting { "schatting" } else { "na_afloop" }, vec![
                        ("na_afloop".into(), t.bijstand_after.into()),
                        ("schatting".into(), t.bijstand_estimate.into()),
                    ], kies(|s| Action::Schatting(s == "schatting")))}
                    {keuze("rkm-lks", t.lks_label, None, &velden.lks.to_string(), vec![
                        ("0".into(), t.lks_no.into()),
                        ("1".into(), t.lks_yes_decided.into()),
                        ("2".into(), t.lks_yes_more_possible.into()),
                        ("3".into(), t.lks_yes_unknown.into()),
                    ], kies(|s| Action::Lks(s.parse().unwrap_or(0))))}
                }
            </fieldset>
        </div>
    };

    // --- What is wrong, if anything ---
    let melding = if !fouten.is_empty() || motor_fout.is_some() {
        html! {
            <div class="notice rk-error" role="alert" id="rkm-fout">
                if let Some(e) = &motor_fout {
                    <p>{e.clone()}</p>
                }
                <p>{if getoond.is_some() { t.errors_kept } else { t.errors_none_yet }}</p>
            </div>
        }
    } else {
        Html::default()
    };

    html! {
        <section class="rkm" aria-labelledby="rkm-kop" id="rkm">
            <h2 id="rkm-kop">{t.heading}</h2>
            <p>{t.intro}</p>
            {vragen}
            {melding}
            if let Some(v) = getoond {
                <Uitkomst verloop={v} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct UitkomstProps {
    verloop: Rc<Verloop>,
}

/// The months, the settlement, the way back, the payers and the assumptions.
#[function_component(Uitkomst)]
fn uitkomst(p: &UitkomstProps) -> Html {
    let t = use_text();
    let lang = use_context::<Taal>().unwrap_or_default();
    let taal = lang;
    let v = &p.verloop;
    let naam = |periode: &str| maand_tekst(&format!("{periode}-01"), taal);
    let sv = rk_maanden::samenvatting(v, taal);

    let samenvatting = html! {
        <div class="rkm-summary" aria-live="polite" id="rkm-samenvatting">
            <p><strong>{t.estimate_label}{": "}</strong>
                {sv.tekort}
                if sv.tekortmaanden { {" "}{t.short_tip} }
            </p>
            <p>{sv.opbrengst}</p>
        </div>
    };

    let saldo_cel = |g: &Geldmaand| match rk_maanden::saldo(g) {
        Saldo::Tekort(bedrag) => {
            html! { <td class="rk-num rk-wrap rkm-short"><strong>{bedrag}</strong>{" "}<span class="rkm-mark">{t.short_mark}</span></td> }
        }
        Saldo::Gelijk => html! { <td class="rk-num rk-wrap">{t.even}</td> },
        Saldo::Over(bedrag) => html! { <td class="rk-num">{bedrag}</td> },
    };
    let tabel = html! {
        <div class="rk-table-wrap" tabindex="0" role="region" aria-label={t.table_wrap}>
            <table class="rk-table rkm-table" id="rkm-tabel">
                <caption>{t.table_caption}</caption>
                <thead><tr>
                    <th scope="col">{t.col_month}</th>
                    <th scope="col" class="rk-num">{t.col_in}</th>
                    <th scope="col" class="rk-num">{t.col_out}</th>
                    <th scope="col" class="rk-num rk-wrap">{t.col_balance}</th>
                </tr></thead>
                <tbody>
                    { for v.maanden.iter().map(|g| html! {
                        <tr class={classes!(g.tekort.then_some("rkm-row-short"))}>
                            <th scope="row">{naam(&g.periode)}</th>
                            <td class="rk-num">{bedrag(g.totaal_binnen)}</td>
                            <td class="rk-num">{bedrag(g.totaal_uit)}</td>
                            {saldo_cel(g)}
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    };

    let post_rij = |post: &Post| {
        let mut meer = Vec::new();
        if post.voor.len() == 7 {
            meer.push(t.for_month.replace("{maand}", &naam(&post.voor)));
        }
        if let Some(d) = &post.datum {
            meer.push(t.arrives.replace("{x}", &datum_tekst(d, taal)));
        }
        html! {
            <tr>
                <th scope="row">
                    {post.naam.clone()}
                    if !meer.is_empty() {
                        <span class="rkm-when">{meer.join(", ")}</span>
                    }
                    if !post.toelichting.is_empty() {
                        <span class="rkm-note">{post.toelichting.clone()}</span>
                    }
                </th>
                <td class="rk-num">{post.bedrag.to_string()}</td>
            </tr>
        }
    };
    let posten = |caption: String, lijst: &[Post]| {
        html! {
            <table class="rk-table rkm-posts">
                <caption>{caption}</caption>
                <thead><tr><th scope="col">{t.col_what}</th><th scope="col" class="rk-num">{t.col_amount}</th></tr></thead>
                <tbody>
                    if lijst.is_empty() {
                        <tr><th scope="row">{t.nothing}</th><td class="rk-num">{Cents::ZERO.to_string()}</td></tr>
                    }
                    { for lijst.iter().map(post_rij) }
                </tbody>
            </table>
        }
    };
    let details = html! {
        <section class="rkm-details" aria-labelledby="rkm-details-kop">
            <h3 id="rkm-details-kop">{t.details_heading}</h3>
            <p>{t.details_help}</p>
            { for v.maanden.iter().map(|g| {
                let mn = naam(&g.periode);
                let kop = rk_maanden::maand_kop(g, taal);
                html! {
                    <details class={classes!("rkm-maand", g.tekort.then_some("rkm-maand-short"))} id={format!("rkm-maand-{}", g.maand)}>
                        <summary>{kop}</summary>
                        { for g.gebeurtenissen.iter().map(|e| html! { <p class="rkm-event">{e.clone()}</p> }) }
                        {posten(t.in_caption.replace("{maand}", &mn), &g.binnen)}
                        {posten(t.out_caption.replace("{maand}", &mn), &g.uit)}
                    </details>
                }
            }) }
        </section>
    };

    let a = &v.afrekening;
    let av = rk_maanden::afrekening(v, taal);
    let afrekening = html! {
        <section class="rkm-settle" aria-labelledby="rkm-terug-kop" id="rkm-terug">
            <h3 id="rkm-terug-kop">{t.settle_heading}</h3>
            <p>{t.settle_intro}</p>
            <p>{a.uitleg.clone()}</p>
            if !av.toeslagen.is_empty() {
                <div class="rk-table-wrap" tabindex="0" role="region" aria-label={t.settle_caption.replace("{jaar}", &a.jaar.to_string())}>
                    <table class="rk-table rkm-settle-table" id="rkm-terug-tabel">
                        <caption>{t.settle_caption.replace("{jaar}", &a.jaar.to_string())}</caption>
                        <thead><tr>
                            <th scope="col">{t.col_allowance}</th>
                            <th scope="col">{t.col_not_reported}</th>
                            <th scope="col">{t.col_reported}</th>
                        </tr></thead>
                        <tbody>
                            { for av.toeslagen.iter().map(|s| html! {
                                <tr>
                                    <th scope="row">{s.naam.clone()}</th>
                                    <td>{s.niet_doorgeven.clone()}</td>
                                    <td>{s.doorgeven.clone()}</td>
                                </tr>
                            }) }
                            <tr class="rk-total">
                                <th scope="row">{t.settle_total}</th>
                                <td>{av.totaal.niet_doorgeven.clone()}</td>
                                <td>{av.totaal.doorgeven.clone()}</td>
                            </tr>
                        </tbody>
                    </table>
                </div>
            }
            if !av.overig.is_empty() {
                <ul>{ for av.overig.iter().map(|l| html! { <li>{l.clone()}</li> }) }</ul>
            }
            <h4>{t.settle_steps}</h4>
            <ol>{ for a.stappen.iter().map(|s| html! { <li>{s.clone()}</li> }) }</ol>
        </section>
    };

    let toelichting = |x: &Toelichting| {
        let bronnen: Vec<Html> = x
            .regels
            .iter()
            .filter_map(|id| v.regels.iter().find(|r| r.id == *id))
            .map(|r| {
                let nl = (taal == Taal::En).then_some("nl");
                html! { <li>{super::results::bron_html(&r.bron, nl)}</li> }
            })
            .collect();
        html! {
            <div class="rkm-toelichting" id={format!("rkm-{}", x.id)}>
                <h4>{x.titel.clone()}</h4>
                <p>{x.tekst.clone()}</p>
                if x.voorlopig {
                    <p class="rk-provisional">{t.provisional}</p>
                }
                if !bronnen.is_empty() {
                    <details class="rkm-bronnen source">
                        <summary>{t.sources}</summary>
                        <ul>{bronnen}</ul>
                    </details>
                }
            </div>
        }
    };
    let terugweg = html! {
        <section class="rkm-way-back" aria-labelledby="rkm-terugweg-kop" id="rkm-terugweg">
            <h3 id="rkm-terugweg-kop">{t.way_back_heading}</h3>
            <p>{t.way_back_intro}</p>
            { for v.als_het_niet_lukt.iter().map(toelichting) }
        </section>
    };
    let betalers = html! {
        <section class="rkm-payers" aria-labelledby="rkm-betalers-kop">
            <h3 id="rkm-betalers-kop">{t.payers_heading}</h3>
            { for v.betalers.iter().map(toelichting) }
        </section>
    };
    let aannames = html! {
        <section class="rkm-assumptions" aria-labelledby="rkm-aannames-kop">
            <h3 id="rkm-aannames-kop">{t.assumptions_heading}</h3>
            <ul>
                <li>{v.bedragen.tekst.clone()}</li>
                { for v.aannames.iter().map(|a| html! { <li>{a.clone()}</li> }) }
            </ul>
        </section>
    };

    html! {
        <div class="rkm-result">
            <p class="rkm-months">{t.months_shown.replace("{maand}", &v.maanden.first().map(|g| naam(&g.periode)).unwrap_or_default())}</p>
            {samenvatting}
            {tabel}
            {terugweg}
            {details}
            {afrekening}
            {betalers}
            {aannames}
        </div>
    }
}
