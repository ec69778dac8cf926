//! The answer first: one sentence, then before and after as a stacked bar chart and a table with a
//! "waarom?" per line, the curve over 0–40 hours with the cliffs shaded and labelled, the first
//! 12 months, and what to arrange with whom.

use super::form::{oorzaak, uren_tekst, zin, Formulier, Oorzaak, Soort, Zin};
use super::text::{use_text, RekenhulpText};
use crate::i18n::Lang;
use crate::widgets::bron::BronLink;
use crate::widgets::chart::{
    use_narrow_screen, Band, Bar, LineChart, Segment, StackedBars, NARROW_WIDTH, WIDE_WIDTH,
};
use crate::widgets::why::Why;
use werkkeuze_core::income::regelen::{self, StapSoort};
use werkkeuze_core::income::{Curve, Regel, Uitkomst};
use werkkeuze_core::money::{format_whole_euros, Cents};
use yew::prelude::*;

/// The engine's line ids, in the order of the table.
pub const LINES: [&str; 8] = [
    "nettoloon",
    "uitkering",
    "partner",
    "zorgtoeslag",
    "huurtoeslag",
    "kindgebonden_budget",
    "kinderbijslag",
    "gemeentelijk",
];

pub fn line_label(t: &RekenhulpText, id: &str) -> &'static str {
    match id {
        "nettoloon" => t.line_nettoloon,
        "uitkering" => t.line_uitkering,
        "partner" => t.line_partner,
        "zorgtoeslag" => t.line_zorgtoeslag,
        "huurtoeslag" => t.line_huurtoeslag,
        "kindgebonden_budget" => t.line_kindgebonden_budget,
        "kinderbijslag" => t.line_kinderbijslag,
        _ => t.line_gemeentelijk,
    }
}

pub fn cause_label(t: &RekenhulpText, o: Oorzaak) -> &'static str {
    match o {
        Oorzaak::WgaGrens => t.cause_wga,
        Oorzaak::VrijlatingStopt => t.cause_vrijlating,
        Oorzaak::UitkeringVerrekend => t.cause_offset,
        Oorzaak::UitkeringStopt => t.cause_stops,
        Oorzaak::Huurtoeslag => t.cause_huurtoeslag,
        Oorzaak::Zorgtoeslag => t.cause_zorgtoeslag,
        Oorzaak::KindgebondenBudget => t.cause_kgb,
        Oorzaak::Belasting => t.cause_tax,
        Oorzaak::Gemeentelijk => t.cause_gemeente,
        Oorzaak::Anders => t.cause_other,
    }
}

/// The summary sentence in the page's language.
pub fn sentence(t: &RekenhulpText, verschil: Cents) -> String {
    match zin(verschil) {
        Zin::Vooruit(c) => t.better.replace("{bedrag}", &format_whole_euros(c)),
        Zin::Achteruit(c) => t.worse.replace("{bedrag}", &format_whole_euros(c)),
        Zin::Gelijk => t.same.to_string(),
    }
}

/// On the English page, the Dutch title of a source (a law, a decree, a web page of an
/// authority) is marked as Dutch: it is a name, so it is not translated.
fn dutch_title(lang: Lang) -> Option<&'static str> {
    (lang == Lang::En).then_some("nl")
}

/// The name of a scrollable table's region: not the same as its section's (landmarks need
/// names of their own).
fn table_name(t: &RekenhulpText, what: &str) -> String {
    t.table_named.replace("{x}", what)
}

/// The charts' width: narrower on a phone, so they fit without scrolling.
fn chart_width(narrow: bool) -> f64 {
    if narrow {
        NARROW_WIDTH
    } else {
        WIDE_WIDTH
    }
}

fn line<'a>(regels: &'a [Regel], id: &str) -> Option<&'a Regel> {
    regels.iter().find(|r| r.id == id)
}

fn diff_text(c: Cents) -> String {
    if c.0 > 0 {
        format!("+{}", format_whole_euros(c))
    } else {
        format_whole_euros(c)
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub uitkomst: std::rc::Rc<Uitkomst>,
    pub formulier: Formulier,
}

#[derive(Properties, PartialEq)]
pub struct CurveProps {
    pub uitkomst: std::rc::Rc<Uitkomst>,
    pub curve: std::rc::Rc<Curve>,
    pub formulier: Formulier,
}

/// The sentence, the bars and the table with "waarom?" per line.
#[function_component(Breakdown)]
pub fn breakdown(p: &ResultProps) -> Html {
    let t = use_text();
    let chart_width = chart_width(use_narrow_screen());
    let lang = use_context::<Lang>().unwrap_or_default();
    let taal = lang.taal();
    let nl = dutch_title(lang);
    let u = &p.uitkomst;
    let ids: Vec<&str> = LINES
        .iter()
        .copied()
        .filter(|id| {
            line(&u.zonder_werk.regels, id).is_some() || line(&u.met_werk.regels, id).is_some()
        })
        .collect();

    let bar = |label: &str, regels: &[Regel]| Bar {
        label: label.to_string(),
        segments: ids
            .iter()
            .filter_map(|id| line(regels, id))
            .map(|r| Segment {
                label: line_label(t, &r.id).to_string(),
                amount: r.bedrag,
                class: format!("rk-seg rk-seg-{}", r.id),
            })
            .collect(),
    };
    let bars = vec![
        bar(t.bar_without, &u.zonder_werk.regels),
        bar(t.bar_with, &u.met_werk.regels),
    ];
    let bars_desc = t
        .bars_desc
        .replace("{zonder}", &format_whole_euros(u.zonder_werk.totaal))
        .replace("{met}", &format_whole_euros(u.met_werk.totaal));

    let rows = ids.iter().map(|id| {
        let z = line(&u.zonder_werk.regels, id);
        let m = line(&u.met_werk.regels, id);
        let za = z.map(|r| r.bedrag).unwrap_or_default();
        let ma = m.map(|r| r.bedrag).unwrap_or_default();
        let voorlopig = z.is_some_and(|r| r.voorlopig) || m.is_some_and(|r| r.voorlopig);
        let label = line_label(t, id);
        // Rule ids and parameter ids of the line, with and without work together.
        let mut regel_ids: Vec<&str> = Vec::new();
        let mut param_ids: Vec<&str> = Vec::new();
        for r in [z, m].into_iter().flatten() {
            regel_ids.extend(r.regels.iter().map(|c| c.as_ref()));
            param_ids.extend(r.parameters.iter().map(|c| c.as_ref()));
        }
        regel_ids.sort_unstable();
        regel_ids.dedup();
        param_ids.sort_unstable();
        param_ids.dedup();
        let bronnen = regel_ids.iter().filter_map(|id| u.regels.iter().find(|r| r.id == *id)).map(|r| {
            let titel = r.bron.titel.clone();
            let link = match (&r.bron.url, &r.bron.artikel) {
                (Some(url), _) => html! { <BronLink href={url.clone()} lang={nl}>{titel}</BronLink> },
                (None, Some(a)) => html! { <span lang={nl}>{titel}{", "}{a.clone()}</span> },
                (None, None) => html! { <span lang={nl}>{titel}</span> },
            };
            html! { <li>{r.naam_in(taal)}{": "}{link}</li> }
        });
        let voorlopige = u
            .bronnen
            .iter()
            .filter(|b| b.voorlopig && param_ids.contains(&b.id.as_str()))
            .map(|b| html! { <li>{b.label_in(taal)}{": "}{b.waarde_in(taal).to_string()}</li> })
            .collect::<Vec<_>>();
        let uitleg = m.or(z).map(|r| r.uitleg.clone()).unwrap_or_default();
        // The rule in one sentence, written by the engine with its numbers from the parameters.
        let kort = m.or(z).map(|r| r.kort.clone()).unwrap_or_default();
        // A line the engine could not estimate (huurtoeslag without the income of the people
        // the person lives with) shows that, not € 0.
        let geschat = |r: Option<&Regel>, bedrag: Cents| match r {
            Some(r) if r.niet_geschat => t.not_estimated.to_string(),
            _ => format_whole_euros(bedrag),
        };
        let niet_geschat = z.is_some_and(|r| r.niet_geschat) || m.is_some_and(|r| r.niet_geschat);
        let uitleg_z = z.filter(|zr| m.is_some_and(|mr| mr.uitleg != zr.uitleg)).map(|r| r.uitleg.clone());
        html! {
            <tr>
                <th scope="row">
                    {label}
                    if voorlopig {
                        <span class="rk-prov" title={t.provisional_mark}>{"*"}<span class="visually-hidden">{format!(" ({})", t.provisional_mark)}</span></span>
                    }
                    <Why about={label}>
                        <p><strong>{t.rule}</strong>{" "}{kort}</p>
                        <p><strong>{t.calculation}</strong>{" "}
                            if let Some(zu) = &uitleg_z {
                                {zu.clone()}{" "}
                            }
                            {uitleg}</p>
                        <p class="source"><strong>{t.sources}</strong></p>
                        <ul class="source">{ for bronnen }</ul>
                        if !voorlopige.is_empty() {
                            <p class="source"><strong>{t.provisional_values}</strong></p>
                            <ul class="source">{ for voorlopige.into_iter() }</ul>
                        }
                    </Why>
                </th>
                <td class="rk-num">{geschat(z, za)}</td>
                <td class="rk-num">{geschat(m, ma)}</td>
                <td class="rk-num">{if niet_geschat { "–".to_string() } else { diff_text(ma - za) }}</td>
            </tr>
        }
    });

    let marginal = u.marginale_druk.map(|d| {
        let keep = (10_000 - d.0).clamp(-100_000, 100_000) / 100;
        t.marginal.replace("{x}", &keep.to_string())
    });

    html! {
        <>
            <h3>{t.breakdown_heading}</h3>
            <StackedBars id="rk-bars" title={t.bars_title} description={bars_desc} bars={bars} width={chart_width} />
            <ul class="rk-legend" aria-hidden="true">
                { for ids.iter().map(|id| html! {
                    <li><span class={format!("rk-swatch rk-sw-{id}")}></span>{line_label(t, id)}</li>
                }) }
            </ul>
            <div class="rk-table-wrap" tabindex="0" role="region" aria-label={table_name(t, t.breakdown_heading)}>
                <table class="rk-table" id="rk-tabel">
                    <caption class="visually-hidden">{t.breakdown_heading}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_line}</th>
                            <th scope="col" class="rk-num">{t.col_without}</th>
                            <th scope="col" class="rk-num">{t.col_with}</th>
                            <th scope="col" class="rk-num">{t.col_diff}</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                    <tfoot>
                        <tr class="rk-total">
                            <th scope="row">{t.total}</th>
                            <td class="rk-num" data-bedrag={u.zonder_werk.totaal.0.to_string()}>{format_whole_euros(u.zonder_werk.totaal)}</td>
                            <td class="rk-num" data-bedrag={u.met_werk.totaal.0.to_string()}>{format_whole_euros(u.met_werk.totaal)}</td>
                            <td class="rk-num" data-bedrag={u.verschil.0.to_string()}>{diff_text(u.verschil)}</td>
                        </tr>
                    </tfoot>
                </table>
            </div>
            if let Some(mg) = marginal {
                <p>{mg}</p>
            }
        </>
    }
}

/// Total net income against hours, with the chosen hours and the cliffs.
#[function_component(CurveSection)]
pub fn curve_section(p: &CurveProps) -> Html {
    let t = use_text();
    let chart_width = chart_width(use_narrow_screen());
    let c = &p.curve;
    let f = &p.formulier;
    let points: Vec<(f64, Cents)> = c
        .punten
        .iter()
        .map(|pt| (pt.uren_per_week.als_f64(), pt.totaal))
        .collect();
    let bands: Vec<Band> = c
        .trajecten
        .iter()
        .enumerate()
        .map(|(i, tr)| Band {
            from: tr.van_uren.als_f64(),
            to: tr.tot_uren.als_f64(),
            label: (i + 1).to_string(),
        })
        .collect();
    let uren = uren_tekst(f.uren);
    let at0 = c.punten.first().map(|pt| pt.totaal).unwrap_or_default();
    let at40 = c.punten.last().map(|pt| pt.totaal).unwrap_or_default();
    let summary = t
        .curve_summary
        .replace("{zonder}", &format_whole_euros(at0))
        .replace("{uren}", &uren)
        .replace("{met}", &format_whole_euros(p.uitkomst.met_werk.totaal))
        .replace("{max}", &format_whole_euros(at40));
    let stretches = c.trajecten.iter().enumerate().map(|(i, tr)| {
        let label = cause_label(
            t,
            oorzaak(tr.soort, &tr.oorzaak, f.soort, tr.marginale_druk.0),
        );
        let item = t
            .stretch_item
            .replace("{n}", &(i + 1).to_string())
            .replace("{van}", &uren_tekst(tr.van_uren.0 / 10))
            .replace("{tot}", &uren_tekst(tr.tot_uren.0 / 10))
            .replace("{x}", label);
        html! {
            <li class="rk-stretch"><strong>{item}</strong>{" "}{tr.uitleg.clone()}</li>
        }
    });
    let table_open = use_state(|| false);
    let ontoggle = {
        let table_open = table_open.clone();
        Callback::from(move |e: Event| {
            let open = e
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|el| el.has_attribute("open"));
            table_open.set(open);
        })
    };
    let description = format!(
        "{summary} {}",
        if c.trajecten.is_empty() {
            t.curve_no_cliffs
        } else {
            t.curve_cliffs
        }
    );
    html! {
        <section class="rk-curve" aria-labelledby="rk-curve-kop">
            <h2 id="rk-curve-kop">{t.curve_heading}</h2>
            <p>{t.curve_intro}{" "}<crate::widgets::term::Term id="armoedeval" /></p>
            // Drawn to fit the screen (no sideways scrolling), so no focusable scroll region.
            <div class="rk-chart">
                <LineChart id="rk-lijn" title={t.curve_title} description={description}
                    points={points} x_label={t.curve_x} x_max={40.0}
                    marked={Some(f.uren as f64 / 10.0)} bands={bands} width={chart_width} />
            </div>
            <p class="rk-curve-summary" id="rk-curve-samenvatting">{summary}{" "}
                {t.chosen_hours.replace("{uren}", &uren)}{"."}</p>
            if c.trajecten.is_empty() {
                <p>{t.curve_no_cliffs}</p>
            } else {
                <p>{t.curve_cliffs}</p>
                <ul class="rk-stretches">{ for stretches }</ul>
            }
            <details class="rk-data" ontoggle={ontoggle}>
                <summary>{t.curve_table}</summary>
                // The 41 rows are only built while the table is open, so typing stays fast.
                if *table_open {
                    <div class="rk-table-wrap" tabindex="0" role="region" aria-label={table_name(t, t.curve_title)}>
                        <table class="rk-table">
                            <caption class="visually-hidden">{t.curve_title}</caption>
                            <thead><tr><th scope="col">{t.col_hours}</th><th scope="col" class="rk-num">{t.col_total}</th></tr></thead>
                            <tbody>
                                { for c.punten.iter().step_by(2).map(|pt| html! {
                                    <tr><th scope="row">{uren_tekst(pt.uren_per_week.0 / 10)}</th>
                                        <td class="rk-num">{format_whole_euros(pt.totaal)}</td></tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
            </details>
        </section>
    }
}

/// The first 12 months. What changes in a month is a row of its own under the month, across the
/// whole width, so on a phone it is never squeezed into a fifth column.
#[function_component(Timeline)]
pub fn timeline(p: &ResultProps) -> Html {
    let t = use_text();
    let rows = p.uitkomst.tijdlijn.iter().map(|m| {
        let events = (!m.gebeurtenissen.is_empty()).then(|| {
            html! {
                <tr class="rk-change">
                    <td colspan="4">
                        <strong>{t.change_from.replace("{n}", &m.maand.to_string())}</strong>
                        { for m.gebeurtenissen.iter().map(|g| html! { <>{" "}{g.clone()}</> }) }
                    </td>
                </tr>
            }
        });
        html! {
            <>
                <tr class={classes!(events.is_some().then_some("rk-changed"))}>
                    <th scope="row">{format!("{} ({})", m.maand, m.periode)}</th>
                    <td class="rk-num">{format_whole_euros(m.zonder_werk)}</td>
                    <td class="rk-num">{format_whole_euros(m.met_werk)}</td>
                    <td class="rk-num">{diff_text(m.verschil)}</td>
                </tr>
                {events}
            </>
        }
    });
    html! {
        <section class="rk-timeline" aria-labelledby="rk-tijdlijn-kop">
            <h2 id="rk-tijdlijn-kop">{t.timeline_heading}</h2>
            <p>{t.timeline_intro}</p>
            <div class="rk-table-wrap" tabindex="0" role="region" aria-label={table_name(t, t.timeline_heading)}>
                <table class="rk-table" id="rk-tijdlijn">
                    <caption class="visually-hidden">{t.timeline_heading}</caption>
                    <thead><tr>
                        <th scope="col">{t.col_month}</th>
                        <th scope="col" class="rk-num">{t.col_without}</th>
                        <th scope="col" class="rk-num">{t.col_with}</th>
                        <th scope="col" class="rk-num">{t.col_diff}</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct TodoProps {
    pub soort: Soort,
}

/// What to arrange with whom, and the support worth asking about.
#[function_component(Todo)]
pub fn todo(p: &TodoProps) -> Html {
    let t = use_text();
    let lang = use_context::<Lang>().unwrap_or_default();
    // Under the section's h2, the steps are h3; under "todo_support" (an h3), h4.
    let item = |s: &regelen::Stap, kop: &'static str| {
        let (titel, tekst, wie) = match lang {
            Lang::Nl => (&s.titel, &s.tekst, &s.wie),
            Lang::En => (&s.titel_en, &s.tekst_en, &s.wie_en),
        };
        let nl = dutch_title(lang);
        let bron = if s.bron.starts_with("http") {
            html! { <BronLink href={s.bron.clone()} lang={nl}>{&s.bron_titel}</BronLink> }
        } else {
            html! { <span lang={nl}>{&s.bron_titel}{", "}{&s.bron}</span> }
        };
        let datum = {
            let d: Vec<&str> = s.gecontroleerd.split('-').collect();
            match d.as_slice() {
                [y, m, d] => format!("{d}-{m}-{y}"),
                _ => s.gecontroleerd.clone(),
            }
        };
        html! {
            <li class="rk-todo-item">
                <@{kop}>{titel}</@>
                <p><strong>{t.who}</strong>{" "}{wie}</p>
                <p>{tekst}</p>
                <p class="source">{t.sources}{" "}{bron}{" ("}{t.checked.replace("{datum}", &datum)}{")"}</p>
            </li>
        }
    };
    let soort = p.soort.code();
    html! {
        <section class="rk-todo" aria-labelledby="rk-regelen-kop">
            <h2 id="rk-regelen-kop">{t.todo_heading}</h2>
            <p>{t.todo_intro}</p>
            <ul class="rk-todo-list">
                { for regelen::voor(soort).filter(|s| s.soort == StapSoort::Regelen).map(|s| item(s, "h3")) }
            </ul>
            if regelen::voor(soort).any(|s| s.soort == StapSoort::Steun) {
                <h3>{t.todo_support}</h3>
                <p>{t.todo_support_intro}</p>
                <ul class="rk-todo-list">
                    { for regelen::voor(soort).filter(|s| s.soort == StapSoort::Steun).map(|s| item(s, "h4")) }
                </ul>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::{EN, NL};
    use super::*;

    #[test]
    fn the_sentence_names_the_amount_in_both_languages() {
        assert_eq!(
            sentence(&NL, Cents(31_249)),
            "U gaat er ongeveer € 312 per maand op vooruit."
        );
        assert_eq!(
            sentence(&NL, Cents(-120_000)),
            "U gaat er ongeveer € 1.200 per maand op achteruit."
        );
        assert_eq!(
            sentence(&NL, Cents(400)),
            "U houdt per maand ongeveer evenveel over."
        );
        assert_eq!(
            sentence(&EN, Cents(31_249)),
            "You will be about € 312 per month better off."
        );
    }

    #[test]
    fn every_line_and_cause_has_a_label() {
        for id in LINES {
            assert!(!line_label(&NL, id).is_empty());
            assert!(!line_label(&EN, id).is_empty());
        }
    }
}
