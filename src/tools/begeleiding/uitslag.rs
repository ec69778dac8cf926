//! The result: the fitting options ranked, each with "waarom dit bij u past" traced to the
//! person's own answers and "waar u op moet letten"; below them every other option ("Andere vormen
//! van begeleiding"), never hidden. Each option opens to its full detail and can be chosen for
//! the Option Grid.

use super::text::{use_text, BegeleidingText};
use crate::route::Route;
use crate::state::use_begeleiding;
use crate::widgets::bron::{document_bron, leesbare_bron_html, BronLink};
use std::rc::Rc;
use werkkeuze_core::citaat::{self, LeesbareBron};
use werkkeuze_core::matcher::catalogus::is_bron;
use werkkeuze_core::matcher::{catalogus, Bron, Taal, REKENHULP_LINK, VERTELLEN_LINK};
use werkkeuze_core::tools::begeleiding::view::DetailView;
use werkkeuze_core::tools::begeleiding::{Action, OptieView, RedenView, View};
use yew::prelude::*;
use yew_router::prelude::*;

/// The app route behind a link in the core's reasons (`#/vertellen`, `#/rekenhulp`).
fn route_van(link: &str) -> Option<Route> {
    match link {
        VERTELLEN_LINK => Some(Route::Vertellen),
        REKENHULP_LINK => Some(Route::Rekenhulp),
        _ => None,
    }
}

/// A safe element id from an option id (`oad-pra` → `bg-detail-oad-pra`).
fn dom_id(prefix: &str, id: &str) -> String {
    let schoon: String = id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("bg-{prefix}-{schoon}")
}

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

fn reden(t: &BegeleidingText, r: &RedenView, lang: Taal) -> Html {
    let link = r
        .link
        .map(|l| html! { <>{" "}{link(t, l)}</> })
        .unwrap_or_default();
    let src = r
        .bron
        .as_ref()
        .map(|b| html! { <span class="source bg-source">{" ("}{t.source}{": "}{bron_met_stand(t, b, lang)}{")"}</span> })
        .unwrap_or_default();
    html! { <li>{r.tekst.clone()}{link}{src}</li> }
}

#[derive(Properties, PartialEq)]
struct DetailProps {
    id: String,
    detail: DetailView,
}

/// Everything about one option, in a native fold-out.
#[function_component(Detail)]
fn detail(p: &DetailProps) -> Html {
    let t = use_text();
    let lang = use_context::<crate::i18n::Taal>().unwrap_or_default();
    let d = &p.detail;
    let blok = |kop: &str, inhoud: Html| {
        html! { <div class="bg-detail-block"><h4>{kop.to_string()}</h4>{inhoud}</div> }
    };
    let tekst = |s: &str| html! { <p>{s.to_string()}</p> };
    let betaalt = d
        .betaalt
        .iter()
        .map(|b| html! { <li>{b.clone()}</li> })
        .collect::<Html>();
    let cijfers = d
        .cijfers
        .iter()
        .map(|c| {
            html! {
                <li>
                    {c.tekst.clone()}{" "}
                    <span class="bg-group">{t.measured_in}{": "}{c.groep.clone()}{"."}</span>
                    {" "}<span class="source bg-source">{t.source}{": "}{bron_met_stand(t, &c.bron, lang)}</span>
                </li>
            }
        })
        .collect::<Html>();
    let werkplek = if d.werkplek {
        html! {
            <>
                <p>{t.workplace_yes}{" "}{d.openheid.clone()}</p>
                <p><Link<Route> to={Route::Vertellen}>{t.to_vertellen}</Link<Route>></p>
            </>
        }
    } else {
        html! { <p>{t.workplace_no}{" "}{d.openheid.clone()}</p> }
    };
    let region = dom_id("detail", &p.id);
    html! {
        <details class="bg-detail" id={region}>
            <summary>{d.titel.clone()}</summary>
            <div class="bg-detail-body">
                {blok(t.d_what, tekst(&d.wat_gebeurt))}
                {blok(t.d_who, tekst(&d.voor_wie))}
                {blok(t.d_duration, tekst(&d.duur))}
                {blok(t.d_goal, tekst(&d.doel))}
                {blok(t.d_provider, tekst(&d.aanbieder))}
                {blok(t.d_ask, tekst(&d.aanvragen))}
                {blok(t.d_pays, html! {
                    <>
                        <ul>{betaalt}</ul>
                        <p class="bg-dated">{d.betaling_stand.clone()}{" "}{t.d_pays_note}</p>
                    </>
                })}
                {blok(t.d_evidence, html! {
                    <>
                        <p><strong>{d.bewijs}{"."}</strong>{" "}{d.bewijs_uitleg.clone()}</p>
                        if !d.cijfers.is_empty() { <ul class="bg-numbers">{cijfers}</ul> }
                    </>
                })}
                {blok(t.d_workplace, werkplek)}
                {blok(t.d_wrong, tekst(&d.misgaan))}
                {blok(t.d_benefit, html! {
                    <>
                        {tekst(&d.uitkering)}
                        // Work with pay: what it means for the person's money, month by month
                        // (issue 18).
                        if d.werkplek {
                            <p><Link<Route> to={Route::Rekenhulp}>{t.to_rekenhulp}</Link<Route>></p>
                        }
                    </>
                })}
                {bronnen(t, &d.bronnen, lang)}
            </div>
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct KaartProps {
    optie: OptieView,
}

#[function_component(Kaart)]
fn kaart(p: &KaartProps) -> Html {
    let t = use_text();
    let h = use_begeleiding();
    let lang = use_context::<crate::i18n::Taal>().unwrap_or_default();
    let o = &p.optie;
    let title_id = dom_id("title", &o.id);
    let check_id = dom_id("compare", &o.id);
    let refused_id = dom_id("refused", &o.id);
    let onchange = {
        let id = o.id.clone();
        let gekozen = o.gekozen;
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let aan = input.checked();
            // The box shows the state: core decides (a fourth is refused), the new view ticks it.
            input.set_checked(gekozen);
            h.dispatch(Action::Vergelijk {
                id: id.clone(),
                aan,
            });
        })
    };
    html! {
        <li class={classes!("bg-card", o.rang.is_some().then_some("bg-fits"))}>
            <h3 id={title_id}>
                if let Some(r) = &o.rang {
                    <span class="bg-rank">{r.clone()}{": "}</span>
                }
                {o.naam.clone()}
            </h3>
            <p class="bg-badge" hidden={o.rang.is_none()}>{t.fits_badge}</p>
            <p class="bg-short">{o.kort.clone()}</p>
            <div class="bg-why" hidden={o.redenen.is_empty()}>
                // An option that does not fit (yet) may still match some answers: say that, without
                // calling it fitting.
                <h4>{if o.rang.is_some() { t.why_fits } else { t.why_partly }}</h4>
                <ul>{for o.redenen.iter().map(|r| reden(t, r, lang))}</ul>
            </div>
            <div class="bg-watch">
                <h4>{t.watch_out}</h4>
                <ul>{for o.let_op.iter().map(|r| reden(t, r, lang))}</ul>
            </div>
            <Detail id={o.id.clone()} detail={o.detail.clone()} />
            <div class="bg-compare">
                <input type="checkbox" id={check_id.clone()} checked={o.gekozen} {onchange}
                    aria-describedby={o.geweigerd.then(|| refused_id.clone())} />
                <label for={check_id}>{o.vergelijk_label.clone()}</label>
                <p class="bg-refused" id={refused_id.clone()}>
                    {if o.geweigerd { t.grid_refused } else { "" }}
                </p>
            </div>
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct UitslagProps {
    pub heading: NodeRef,
    pub view: Rc<View>,
}

/// The ranked result and the rest of the catalogue.
#[function_component(UitslagLijst)]
pub fn uitslag_lijst(p: &UitslagProps) -> Html {
    let t = use_text();
    let lang = use_context::<crate::i18n::Taal>().unwrap_or_default();
    let v = &p.view;
    let kaart = |o: &OptieView| html! { <Kaart key={o.id.clone()} optie={o.clone()} /> };
    let algemeen = v
        .algemeen
        .iter()
        .map(|r| reden(t, r, lang))
        .collect::<Html>();
    html! {
        <section class="bg-results bg-no-print" aria-labelledby="bg-results-title">
            <h2 id="bg-results-title" tabindex="-1" ref={p.heading.clone()}>{t.results_heading}</h2>
            <p>{t.results_intro}</p>
            <p class="bg-informs">{t.informs}</p>
            <p class="bg-status" role="status">{v.status.clone()}</p>
            // Every element is always there (hidden when empty), so a change of answers never
            // re-creates the lists and an open detail stays open.
            <ul class="bg-general" hidden={v.algemeen.is_empty()}>{algemeen}</ul>
            <ol class="bg-list bg-list-fits" hidden={v.passend.is_empty()}>
                {for v.passend.iter().map(kaart)}
            </ol>
            <h2 id="bg-others-title">{if v.passend.is_empty() { t.all_heading } else { t.others_heading }}</h2>
            <p hidden={v.passend.is_empty()}>{t.others_intro}</p>
            <ul class="bg-list bg-list-others" aria-labelledby="bg-others-title">
                {for v.overig.iter().map(kaart)}
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_and_ids() {
        assert_eq!(route_van("#/vertellen"), Some(Route::Vertellen));
        assert_eq!(route_van("#/rekenhulp"), Some(Route::Rekenhulp));
        assert_eq!(route_van("https://example.org"), None);
        assert_eq!(dom_id("detail", "oad-pra"), "bg-detail-oad-pra");
        assert_eq!(dom_id("x", "a b"), "bg-x-a-b");
    }
}
