//! The answer first: one sentence, then before and after as a stacked bar chart and a table with a
//! "waarom?" per line, the curve over 0–40 hours with the cliffs shaded and labelled, the first
//! 12 months, and what to arrange with whom.

use super::text::{use_text, RekenhulpText};
use crate::hooks::use_messages;
use crate::i18n::Taal;
use crate::widgets::bron::BronLink;
use crate::widgets::chart::{
    use_narrow_screen, Band, Bar, LineChart, Segment, StackedBars, NARROW_WIDTH, WIDE_WIDTH,
};
use werkkeuze_core::income::{verschil_getoond, Curve, Lijn, Uitkomst};
use werkkeuze_core::money::{format_whole_euros, Cents};
use werkkeuze_core::tools::rekenhulp::view::{
    stappen, tijdlijn, uitleg, uitsplitsing, verschil_tekst, Stap,
};
use werkkeuze_core::tools::rekenhulp::{uren_tekst, Formulier, Soort};
use yew::prelude::*;

/// On the English page, the Dutch title of a source (a law, a decree, a web page of an
/// authority) is marked as Dutch: it is a name, so it is not translated.
fn dutch_title(lang: Taal) -> Option<&'static str> {
    (lang == Taal::En).then_some("nl")
}

/// A rule's source: its title as the link (or with its article when it has no address), and
/// what the source says under it (a title is a name, not a quote). Dutch titles carry `lang`.
pub fn bron_html(b: &werkkeuze_core::income::Bron, nl: Option<&'static str>) -> Html {
    let titel = b.titel.clone();
    let link = match (&b.url, &b.artikel) {
        (Some(url), _) => html! { <BronLink href={url.clone()} lang={nl}>{titel}</BronLink> },
        (None, Some(a)) => html! { <span lang={nl}>{titel}{", "}{a.clone()}</span> },
        (None, None) => html! { <span lang={nl}>{titel}</span> },
    };
    let inhoud = b
        .inhoud
        .clone()
        .map(|i| html! { <span class="rk-bron-inhoud" lang={nl}>{i}</span> });
    html! { <>{link}{for inhoud}</> }
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

fn line<'a>(lijnen: &'a [Lijn], id: &str) -> Option<&'a Lijn> {
    lijnen.iter().find(|r| r.id == id)
}

/// The answer: what the person gains in each period of the first year, with when it applies and
/// (for a later period) why it changes. The sentences are the engine's.
#[derive(Properties, PartialEq)]
pub struct AnswerProps {
    pub uitkomst: std::rc::Rc<Uitkomst>,
}

#[function_component(Answer)]
pub fn answer(p: &AnswerProps) -> Html {
    let perioden = &p.uitkomst.perioden;
    html! {
        <div class="rk-answer" id="rk-antwoord" aria-live="polite">
            { for perioden.iter().enumerate().map(|(k, per)| {
                let reden = (k > 0).then(|| per.waarom.first().cloned()).flatten();
                html! {
                    <p class={if k == 0 { "rk-answer-main" } else { "rk-answer-later" }}>
                        {per.zin.clone()}
                        if let Some(r) = reden {
                            <span class="rk-answer-why">{" "}{r}</span>
                        }
                    </p>
                }
            }) }
        </div>
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
    let lang = use_context::<Taal>().unwrap_or_default();
    let taal = lang;
    let nl = dutch_title(lang);
    let u = &p.uitkomst;
    let lijst = uitsplitsing(u, taal);

    let bar = |label: &str, lijnen: &[Lijn]| Bar {
        label: label.to_string(),
        segments: lijst
            .iter()
            .filter_map(|l| Some((l, line(lijnen, l.id)?)))
            .map(|(l, r)| Segment {
                label: l.naam.to_string(),
                amount: r.bedrag,
                class: format!("rk-seg rk-seg-{}", l.id),
            })
            .collect(),
    };
    let bars = vec![
        bar(t.bar_without, &u.zonder_werk.lijnen),
        bar(t.bar_with, &u.met_werk.lijnen),
    ];
    let bars_desc = t
        .bars_desc
        .replace("{zonder}", &format_whole_euros(u.zonder_werk.totaal))
        .replace("{met}", &format_whole_euros(u.met_werk.totaal));

    let m_why = use_messages().why;
    // Which lines have their "waarom?" open: the explanation is a row of its own under the line,
    // across the whole table, so on a phone it takes the full width.
    let open = use_state(Vec::<String>::new);
    let rows = lijst.iter().map(|l| {
        let id = l.id;
        let label = l.naam;
        let is_open = open.contains(&id.to_string());
        let toggle = {
            let open = open.clone();
            let id = id.to_string();
            Callback::from(move |_: MouseEvent| {
                let mut v = (*open).clone();
                match v.iter().position(|x| *x == id) {
                    Some(i) => {
                        v.remove(i);
                    }
                    None => v.push(id.clone()),
                }
                open.set(v);
            })
        };
        let row_id = format!("rk-waarom-{id}");
        let uitleg = is_open.then(|| {
            let w = uitleg(u, id, taal);
            let bronnen = w.bronnen.iter().map(|b| {
                html! { <li>{b.regels.clone()}{": "}{bron_html(&b.bron, nl)}</li> }
            });
            let voorlopige = w
                .voorlopig
                .iter()
                .map(|v| html! { <li>{v.clone()}</li> })
                .collect::<Vec<_>>();
            let deel = |label: &'static str, zinnen: &[String]| (!zinnen.is_empty()).then(|| html! {
                <p><strong>{label}</strong>{" "}{zinnen.join(" ")}</p>
            });
            html! {
                <tr key={format!("waarom-{id}")} class="rk-why-row" id={row_id.clone()}>
                    <td colspan="4">
                        <div class="rk-why-body">
                            <p><strong>{t.rule}</strong>{" "}{w.kort.clone()}</p>
                            {deel(t.calculation, &w.beide)}
                            {deel(t.label_without, &w.zonder_werk)}
                            {deel(t.label_with, &w.met_werk)}
                            <p class="source"><strong>{t.sources}</strong></p>
                            <ul class="source">{ for bronnen }</ul>
                            if !voorlopige.is_empty() {
                                <p class="source"><strong>{t.provisional_values}</strong></p>
                                <ul class="source">{ for voorlopige.into_iter() }</ul>
                            }
                        </div>
                    </td>
                </tr>
            }
        });
        // Every row has a key, so opening or closing an explanation adds or removes its row
        // and leaves the line (and the focused button in it) the same element.
        let regel = html! {
                <tr key={format!("regel-{id}")} class={classes!(is_open.then_some("rk-why-open"))}>
                    <th scope="row">
                        {label}
                        if l.voorlopig {
                            <span class="rk-prov" title={t.provisional_mark}>{"*"}<span class="visually-hidden">{format!(" ({})", t.provisional_mark)}</span></span>
                        }
                        <br />
                        <button type="button" class="rk-why-toggle" aria-expanded={is_open.to_string()}
                            aria-controls={is_open.then(|| row_id.clone())} onclick={toggle}>
                            {m_why}<span class="visually-hidden">{format!(" ({label})")}</span>
                        </button>
                    </th>
                    <td class="rk-num">{l.zonder_werk.clone()}</td>
                    <td class="rk-num">{l.met_werk.clone()}</td>
                    <td class="rk-num">{l.verschil.clone()}</td>
                </tr>
        };
        std::iter::once(regel).chain(uitleg)
    });

    let marginal = u.marginaal.clone();

    html! {
        <>
            <h3>{t.breakdown_heading}</h3>
            <StackedBars id="rk-bars" title={t.bars_title} description={bars_desc} bars={bars} width={chart_width} />
            <ul class="rk-legend" aria-hidden="true">
                { for lijst.iter().map(|l| html! {
                    <li><span class={format!("rk-swatch rk-sw-{}", l.id)}></span>{l.naam}</li>
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
                    <tbody>{ for rows.flatten() }</tbody>
                    <tfoot>
                        <tr class="rk-total">
                            <th scope="row">{t.total}</th>
                            <td class="rk-num" data-bedrag={u.zonder_werk.totaal.0.to_string()}>{format_whole_euros(u.zonder_werk.totaal)}</td>
                            <td class="rk-num" data-bedrag={u.met_werk.totaal.0.to_string()}>{format_whole_euros(u.met_werk.totaal)}</td>
                            <td class="rk-num" data-bedrag={verschil_getoond(u.zonder_werk.totaal, u.met_werk.totaal).0.to_string()}>{verschil_tekst(u.zonder_werk.totaal, u.met_werk.totaal)}</td>
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
    // A band per stretch, labelled with the number of its note (one note per cause).
    let bands: Vec<Band> = c
        .trajecten
        .iter()
        .map(|tr| Band {
            from: tr.van_uren.als_f64(),
            to: tr.tot_uren.als_f64(),
            label: tr.notitie.to_string(),
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
    let stretches = c.notities.iter().enumerate().map(|(i, n)| {
        html! {
            <li class="rk-stretch"><strong>{format!("{}. {}: {}.", i + 1, n.waar, n.kop)}</strong>{" "}{n.uitleg.clone()}</li>
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
        if c.notities.is_empty() {
            t.curve_no_cliffs
        } else {
            t.curve_cliffs
        }
    );
    html! {
        <section class="rk-curve" aria-labelledby="rk-curve-kop">
            <h2 id="rk-curve-kop">{t.curve_heading}</h2>
            <p>{t.curve_intro}{" "}{t.curve_trap}{" "}<crate::widgets::term::Term id="armoedeval">{t.curve_trap_word}</crate::widgets::term::Term>{". "}{c.over.clone()}</p>
            // Drawn to fit the screen (no sideways scrolling), so no focusable scroll region.
            <div class="rk-chart">
                <LineChart id="rk-lijn" title={t.curve_title} description={description}
                    points={points} x_label={t.curve_x} x_max={40.0}
                    marked={Some(f.uren as f64 / 10.0)} bands={bands} width={chart_width} />
            </div>
            <p class="rk-curve-summary" id="rk-curve-samenvatting">{summary}{" "}
                {t.chosen_hours.replace("{uren}", &uren)}{"."}</p>
            if c.notities.is_empty() {
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
    let lang = use_context::<Taal>().unwrap_or_default();
    let rows = tijdlijn(&p.uitkomst, lang).into_iter().map(|m| {
        let events = (!m.gebeurtenissen.is_empty()).then(|| {
            html! {
                <tr class="rk-change">
                    <td colspan="4">
                        <strong>{t.change_from.replace("{maand}", &m.maand)}</strong>
                        { for m.gebeurtenissen.iter().map(|g| html! { <>{" "}{g.clone()}</> }) }
                    </td>
                </tr>
            }
        });
        html! {
            <>
                <tr class={classes!(events.is_some().then_some("rk-changed"))}>
                    <th scope="row">{m.maand}</th>
                    <td class="rk-num">{m.zonder_werk}</td>
                    <td class="rk-num">{m.met_werk}</td>
                    <td class="rk-num">{m.verschil}</td>
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
    /// The result says the benefit stops: the steps for that are shown too.
    #[prop_or_default]
    pub stopt: bool,
}

/// What to arrange with whom, and the support worth asking about.
#[function_component(Todo)]
pub fn todo(p: &TodoProps) -> Html {
    let t = use_text();
    let lang = use_context::<Taal>().unwrap_or_default();
    // Under the section's h2, the steps are h3; under "todo_support" (an h3), h4.
    let nl = dutch_title(lang);
    let item = |s: &Stap, kop: &'static str| {
        let bron = match s.bron_url {
            Some(url) => html! { <BronLink href={url} lang={nl}>{s.bron_titel}</BronLink> },
            None => html! { <span lang={nl}>{s.bron_titel}{", "}{s.artikel}</span> },
        };
        html! {
            <li class="rk-todo-item">
                <@{kop}>{s.titel}</@>
                <p><strong>{t.who}</strong>{" "}{s.wie}</p>
                <p>{s.tekst}</p>
                <p class="source">{t.sources}{" "}{bron}{" ("}{t.checked.replace("{datum}", &s.gecontroleerd)}{")"}</p>
            </li>
        }
    };
    let stappen = stappen(p.soort, p.stopt, lang);
    html! {
        <section class="rk-todo" aria-labelledby="rk-regelen-kop">
            <h2 id="rk-regelen-kop">{t.todo_heading}</h2>
            <p>{t.todo_intro}</p>
            <ul class="rk-todo-list">
                { for stappen.iter().filter(|s| !s.steun).map(|s| item(s, "h3")) }
            </ul>
            if stappen.iter().any(|s| s.steun) {
                <h3>{t.todo_support}</h3>
                <p>{t.todo_support_intro}</p>
                <ul class="rk-todo-list">
                    { for stappen.iter().filter(|s| s.steun).map(|s| item(s, "h4")) }
                </ul>
            }
        </section>
    }
}
