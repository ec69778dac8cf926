//! The result: the fitting options ranked, each with "waarom dit bij u past" traced to the
//! person's own answers and "waar u op moet letten"; below them every other option ("Andere vormen
//! van begeleiding"), never hidden. Each option opens to its full detail and can be chosen for
//! the Option Grid.

use super::logic::{aantal_passend, dom_id, route_van, vergelijk, vul, Vergelijk};
use super::text::{use_text, BegeleidingText};
use crate::route::Route;
use crate::state::use_begeleiding;
use crate::widgets::bron::{document_bron, leesbare_bron_html, BronLink};
use werkkeuze_core::citaat::{self, LeesbareBron};
use werkkeuze_core::matcher::catalogus::is_bron;
use werkkeuze_core::matcher::{catalogus, rangschik, Antwoorden, Bron, OptieUitslag, Reden, Taal};
use yew::prelude::*;
use yew_router::prelude::*;

/// A source: an https page as a link with its title (a Dutch name, also on the English page), a
/// seed line as its document (title, maker, year, heading and page; the file and lines only in a
/// data attribute).
pub fn bron(b: &str, taal: Taal) -> Html {
    if b.starts_with("https://") {
        let titel = catalogus().pagina_titel(b).unwrap_or(b).to_string();
        let lang = (taal == Taal::En).then_some(AttrValue::from("nl"));
        html! { <BronLink href={b.to_string()} {lang}>{titel}</BronLink> }
    } else if is_bron(b) {
        document_bron(b, taal)
    } else {
        html! { {b} }
    }
}

/// A source with, when nobody here has read it, a word that says so.
pub fn bron_met_stand(t: &BegeleidingText, b: &Bron, taal: Taal) -> Html {
    html! {
        <>
            {bron(&b.bron, taal)}
            if b.ongeverifieerd { {" "}<em class="bg-unverified">{t.unverified}</em> }
        </>
    }
}

/// A list of sources after a label ("Bronnen: …"). Several citations of one document name it
/// once, with all their headings.
pub fn bronnen(t: &BegeleidingText, lijst: &[Bron], taal: Taal) -> Html {
    // Per source in order: a document (with the citations taken into it) or a web page.
    let mut items: Vec<(Option<LeesbareBron>, Vec<&Bron>)> = Vec::new();
    for b in lijst {
        match citaat::leesbare_bron(&b.bron) {
            Some(lb) => {
                let zelfde = items.iter_mut().find(|(d, _)| {
                    d.as_ref()
                        .is_some_and(|d| d.document.bestand == lb.document.bestand)
                });
                match zelfde {
                    Some((Some(d), bs)) => {
                        d.voeg_toe(lb);
                        bs.push(b);
                    }
                    _ => items.push((Some(lb), vec![b])),
                }
            }
            None => items.push((None, vec![b])),
        }
    }
    if items.is_empty() {
        return Html::default();
    }
    let label = if items.len() == 1 {
        t.source
    } else {
        t.sources
    };
    let items = items
        .iter()
        .enumerate()
        .map(|(i, (d, bs))| {
            let item = match d {
                Some(d) => {
                    let data_bron = bs
                        .iter()
                        .map(|b| b.bron.as_str())
                        .collect::<Vec<_>>()
                        .join(" ");
                    leesbare_bron_html(d, data_bron, taal)
                }
                None => bs
                    .iter()
                    .map(|b| bron_met_stand(t, b, taal))
                    .collect::<Html>(),
            };
            html! { <>{if i > 0 { "; " } else { "" }}{item}</> }
        })
        .collect::<Html>();
    html! { <p class="source bg-source">{label}{": "}{items}</p> }
}

fn link(t: &BegeleidingText, l: &str) -> Html {
    match route_van(l) {
        Some(route @ Route::Vertellen) => {
            html! { <Link<Route> to={route}>{t.to_vertellen}</Link<Route>> }
        }
        Some(route) => html! { <Link<Route> to={route}>{t.to_rekenhulp}</Link<Route>> },
        None => Html::default(),
    }
}

fn reden(t: &BegeleidingText, r: &Reden, lang: Taal) -> Html {
    let link = r
        .link
        .map(|l| html! { <>{" "}{link(t, l)}</> })
        .unwrap_or_default();
    let src = r
        .bron
        .as_ref()
        .map(|b| html! { <span class="source bg-source">{" ("}{t.source}{": "}{bron_met_stand(t, b, lang)}{")"}</span> })
        .unwrap_or_default();
    html! { <li>{r.met_antwoorden(lang)}{link}{src}</li> }
}

#[derive(Properties, PartialEq)]
struct DetailProps {
    id: String,
    antwoorden: Antwoorden,
}

/// Everything about one option, in a native fold-out.
#[function_component(Detail)]
fn detail(p: &DetailProps) -> Html {
    let t = use_text();
    let lang = use_context::<crate::i18n::Lang>()
        .unwrap_or_default()
        .taal();
    let Some(o) = catalogus().optie(&p.id) else {
        return Html::default();
    };
    let naam = o.naam.get(lang);
    let blok = |kop: &str, inhoud: Html| {
        html! { <div class="bg-detail-block"><h4>{kop.to_string()}</h4>{inhoud}</div> }
    };
    let tekst = |s: &str| html! { <p>{s.to_string()}</p> };
    let betaalt = o
        .wie_betaalt(Some(&p.antwoorden))
        .into_iter()
        .map(|b| html! { <li>{b.tekst.get(lang)}</li> })
        .collect::<Html>();
    let cijfers = o
        .cijfers
        .iter()
        .map(|c| {
            html! {
                <li>
                    {c.tekst.get(lang)}{" "}
                    <span class="bg-group">{t.measured_in}{": "}{c.groep.get(lang).trim_end_matches('.')}{"."}</span>
                    {" "}<span class="source bg-source">{t.source}{": "}{bron_met_stand(t, &c.bron, lang)}</span>
                </li>
            }
        })
        .collect::<Html>();
    let werkplek = if o.werkplek {
        html! {
            <>
                <p>{t.workplace_yes}{" "}{o.openheid.get(lang)}</p>
                <p><Link<Route> to={Route::Vertellen}>{t.to_vertellen}</Link<Route>></p>
            </>
        }
    } else {
        html! { <p>{t.workplace_no}{" "}{o.openheid.get(lang)}</p> }
    };
    let region = dom_id("detail", &o.id);
    html! {
        <details class="bg-detail" id={region}>
            <summary>{vul(t.details_summary, naam, 0, 0)}</summary>
            <div class="bg-detail-body">
                {blok(t.d_what, tekst(o.wat_gebeurt.get(lang)))}
                {blok(t.d_who, tekst(o.voor_wie.get(lang)))}
                {blok(t.d_duration, tekst(o.duur.get(lang)))}
                {blok(t.d_goal, tekst(o.doel.get(lang)))}
                {blok(t.d_provider, tekst(o.aanbieder.get(lang)))}
                {blok(t.d_ask, tekst(o.aanvragen.get(lang)))}
                {blok(t.d_pays, html! {
                    <>
                        <ul>{betaalt}</ul>
                        <p class="bg-dated">{o.betaling_stand.get(lang)}{" "}{t.d_pays_note}</p>
                    </>
                })}
                {blok(t.d_evidence, html! {
                    <>
                        <p><strong>{o.bewijs.label().get(lang)}{"."}</strong>{" "}{o.bewijs_uitleg.get(lang)}</p>
                        if !o.cijfers.is_empty() { <ul class="bg-numbers">{cijfers}</ul> }
                    </>
                })}
                {blok(t.d_workplace, werkplek)}
                {blok(t.d_wrong, tekst(o.misgaan.get(lang)))}
                {blok(t.d_benefit, html! {
                    <>
                        {tekst(o.uitkering.get(lang))}
                        // Work with pay: what it means for the person's money, month by month
                        // (issue 18).
                        if o.werkplek {
                            <p><Link<Route> to={Route::Rekenhulp}>{t.to_rekenhulp}</Link<Route>></p>
                        }
                    </>
                })}
                {bronnen(t, &o.bronnen, lang)}
            </div>
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct KaartProps {
    optie: OptieUitslag,
    /// Rank among the fitting options (1-based), none for the others.
    rang: Option<usize>,
    gekozen: bool,
    /// A fourth choice for the comparison was just refused here.
    refused: bool,
    antwoorden: Antwoorden,
    on_compare: Callback<(String, bool, web_sys::HtmlInputElement)>,
}

#[function_component(Kaart)]
fn kaart(p: &KaartProps) -> Html {
    let t = use_text();
    let lang = use_context::<crate::i18n::Lang>()
        .unwrap_or_default()
        .taal();
    let o = &p.optie;
    let naam = o.naam.get(lang);
    let title_id = dom_id("title", &o.id);
    let check_id = dom_id("compare", &o.id);
    let refused_id = dom_id("refused", &o.id);
    let onchange = {
        let cb = p.on_compare.clone();
        let id = o.id.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            cb.emit((id.clone(), input.checked(), input));
        })
    };
    html! {
        <li class={classes!("bg-card", p.rang.is_some().then_some("bg-fits"))}>
            <h3 id={title_id}>
                if let Some(r) = p.rang {
                    <span class="bg-rank">{vul(t.rank, "", r, 0)}{": "}</span>
                }
                {naam}
            </h3>
            <p class="bg-badge" hidden={p.rang.is_none()}>{t.fits_badge}</p>
            <p class="bg-short">{o.kort.get(lang)}</p>
            <div class="bg-why" hidden={o.redenen.is_empty()}>
                // An option that does not fit (yet) may still match some answers: say that, without
                // calling it fitting.
                <h4>{if p.rang.is_some() { t.why_fits } else { t.why_partly }}</h4>
                <ul>{for o.redenen.iter().map(|r| reden(t, r, lang))}</ul>
            </div>
            <div class="bg-watch">
                <h4>{t.watch_out}</h4>
                <ul>{for o.let_op.iter().map(|r| reden(t, r, lang))}</ul>
            </div>
            <Detail id={o.id.clone()} antwoorden={p.antwoorden.clone()} />
            <div class="bg-compare">
                <input type="checkbox" id={check_id.clone()} checked={p.gekozen} {onchange}
                    aria-describedby={p.refused.then(|| refused_id.clone())} />
                <label for={check_id}>{vul(t.compare_option, naam, 0, 0)}</label>
                <p class="bg-refused" id={refused_id.clone()}>
                    {if p.refused { t.grid_refused } else { "" }}
                </p>
            </div>
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct UitslagProps {
    pub heading: NodeRef,
    /// The option refused as a fourth for the comparison, if that just happened.
    pub refused: Option<String>,
    /// Called with the refused option, or `None` after an accepted change.
    pub on_refused: Callback<Option<String>>,
}

/// The ranked result and the rest of the catalogue.
#[function_component(UitslagLijst)]
pub fn uitslag_lijst(p: &UitslagProps) -> Html {
    let t = use_text();
    let h = use_begeleiding();
    let lang = use_context::<crate::i18n::Lang>()
        .unwrap_or_default()
        .taal();
    let uitslag = use_memo(h.antwoorden.clone(), rangschik);
    let leeg = h.antwoorden == Antwoorden::default();
    let on_compare = {
        let h = h.clone();
        let refused = p.on_refused.clone();
        Callback::from(
            move |(id, aan, input): (String, bool, web_sys::HtmlInputElement)| {
                let mut s = (*h).clone();
                match vergelijk(&mut s.vergelijk, &id, aan) {
                    Vergelijk::Geweigerd => {
                        input.set_checked(false);
                        refused.emit(Some(id));
                    }
                    _ => {
                        refused.emit(None);
                        h.set(s);
                    }
                }
            },
        )
    };
    let kaart = |o: &OptieUitslag, rang: Option<usize>| {
        html! {
            <Kaart key={o.id.clone()} optie={o.clone()} {rang}
                gekozen={h.vergelijk.contains(&o.id)}
                refused={p.refused.as_deref() == Some(o.id.as_str())} antwoorden={h.antwoorden.clone()}
                on_compare={on_compare.clone()} />
        }
    };
    let passend: Vec<&OptieUitslag> = uitslag.passend().collect();
    let overig: Vec<&OptieUitslag> = uitslag.opties.iter().filter(|o| !o.passend).collect();
    let status = if leeg {
        t.results_none_answered.to_string()
    } else if passend.is_empty() {
        t.results_none_fit.to_string()
    } else {
        format!(
            "{} {}",
            aantal_passend(t, passend.len()),
            vul(t.results_live_top, passend[0].naam.get(lang), 0, 0)
        )
    };
    let algemeen = uitslag
        .algemeen
        .iter()
        .map(|r| reden(t, r, lang))
        .collect::<Html>();
    html! {
        <section class="bg-results bg-no-print" aria-labelledby="bg-results-title">
            <h2 id="bg-results-title" tabindex="-1" ref={p.heading.clone()}>{t.results_heading}</h2>
            <p>{t.results_intro}</p>
            <p class="bg-informs">{t.informs}</p>
            <p class="bg-status" role="status">{status}</p>
            // Every element is always there (hidden when empty), so a change of answers never
            // re-creates the lists and an open detail stays open.
            <ul class="bg-general" hidden={uitslag.algemeen.is_empty()}>{algemeen}</ul>
            <ol class="bg-list bg-list-fits" hidden={passend.is_empty()}>
                {for passend.iter().enumerate().map(|(i, o)| kaart(o, Some(i + 1)))}
            </ol>
            <h2 id="bg-others-title">{if passend.is_empty() { t.all_heading } else { t.others_heading }}</h2>
            <p hidden={passend.is_empty()}>{t.others_intro}</p>
            <ul class="bg-list bg-list-others" aria-labelledby="bg-others-title">
                {for overig.iter().map(|o| kaart(o, None))}
            </ul>
        </section>
    }
}
