//! "Mijn plan": one printable handout of what the person chose to include from each tool — their
//! calculator situations, their disclosure choice and message, the support options they compared
//! — on at most two A4 pages, with the date and "dit is een schatting" where it applies. It is
//! built from the same session snapshot that "Bewaren en delen" saves; nothing is sent.

use crate::dom;
use crate::hooks::{use_messages, use_title};
use crate::i18n::Lang;
use crate::route::Route;
use crate::session::{use_sessie, Sessie, Tool};
use crate::tools::rekenhulp::form::{uren_tekst, Formulier};
use crate::tools::rekenhulp::inputs::soort_label;
use crate::tools::rekenhulp::results::perioden_cel;
use werkkeuze_core::income::Uitkomst;
use werkkeuze_core::matcher::{catalogus, option_grid, rangschik};
use werkkeuze_core::money::{format_whole_euros, Cents};
use yew::prelude::*;
use yew_router::prelude::*;

crate::catalogue! {
    /// The texts of "Mijn plan".
    pub struct PlanText {
        title,
        intro,
        empty,
        include_legend,
        made_on,
        print,
        not_advice,
        vertellen_heading,
        begeleiding_heading,
        begeleiding_compared,
        begeleiding_top,
        begeleiding_nothing,
        rekenhulp_heading,
        rekenhulp_hours,
        rekenhulp_rent,
        rekenhulp_without,
        rekenhulp_with,
        rekenhulp_difference,
        rekenhulp_error,
        estimate,
        to_tool,
        table,
    }
}

pub static NL: PlanText = PlanText {
    title: "Mijn plan",
    intro: "Eén overzicht om te printen of op te slaan als pdf, bijvoorbeeld voor een gesprek \
        met uw coach. U kiest zelf wat erin komt.",
    empty: "U heeft nog niets ingevuld. Gebruik eerst een van de hulpmiddelen.",
    include_legend: "Wat wilt u in uw plan?",
    made_on: "Gemaakt op {date} met Werkkeuze.",
    print: "Print mijn plan",
    not_advice: "Werkkeuze geeft informatie, geen advies. U beslist zelf.",
    vertellen_heading: "Vertellen op mijn werk",
    begeleiding_heading: "Begeleiding naar werk",
    begeleiding_compared: "De vormen van begeleiding die ik heb vergeleken",
    begeleiding_top: "Wat het beste bij mijn antwoorden past",
    begeleiding_nothing: "Nog geen vragen beantwoord.",
    rekenhulp_heading: "Mijn inkomen als ik ga werken",
    rekenhulp_hours: "Uren werk per week",
    rekenhulp_without: "Per maand zonder werk",
    rekenhulp_rent: "Kale huur per maand",
    rekenhulp_with: "Per maand met werk (eerste maand)",
    rekenhulp_difference: "Verschil per maand",
    rekenhulp_error: "Deze situatie is nog niet compleet ingevuld.",
    estimate: "Dit is een schatting. De gemeente, het UWV en Dienst Toeslagen rekenen het \
        precies uit.",
    to_tool: "Naar het hulpmiddel",
    table: "Tabel",
};

pub static EN: PlanText = PlanText {
    title: "My plan",
    intro: "One overview to print or save as a PDF, for example for a talk with your coach. You \
        choose what goes in.",
    empty: "You have not entered anything yet. Use one of the tools first.",
    include_legend: "What do you want in your plan?",
    made_on: "Made on {date} with Werkkeuze.",
    print: "Print my plan",
    not_advice: "Werkkeuze gives information, not advice. You decide.",
    vertellen_heading: "Telling at work",
    begeleiding_heading: "Support towards work",
    begeleiding_compared: "The kinds of support I compared",
    begeleiding_top: "What suits my answers best",
    begeleiding_nothing: "No questions answered yet.",
    rekenhulp_heading: "My income if I start working",
    rekenhulp_hours: "Hours of work per week",
    rekenhulp_without: "Per month without work",
    rekenhulp_rent: "Basic rent per month",
    rekenhulp_with: "Per month with work (first month)",
    rekenhulp_difference: "Difference per month",
    rekenhulp_error: "This situation is not complete yet.",
    estimate: "This is an estimate. The municipality, UWV and Dienst Toeslagen work it out \
        exactly.",
    to_tool: "To the tool",
    table: "Table",
};

crate::catalogue_lookup!(PlanText);

/// The tools the handout can hold, in the order it shows them.
pub fn sections(s: &Sessie) -> Vec<Tool> {
    s.filled_tools()
}

/// The calculator's situations side by side: a column per situation, so three of them still fit
/// a phone's screen (a row per situation needed five columns there).
fn rekenhulp_section(t: &PlanText, s: &Sessie, lang: Lang) -> Html {
    let rt = crate::tools::rekenhulp::text::text(lang);
    let b = crate::tools::rekenhulp::bereken_alles(&s.rekenhulp, lang);
    let cols: Vec<_> = s.rekenhulp.scenarios.iter().zip(&b.uitkomsten).collect();
    let head = (1..=cols.len())
        .map(|n| html! { <th scope="col">{rt.scen_label.replace("{n}", &n.to_string())}</th> })
        .collect::<Html>();
    // Words ("minimum­loon") may wrap; amounts stay on one line.
    let row_in = |label: &str, wrap: bool, cell: &dyn Fn(&Formulier, &Uitkomst) -> String| {
        let class = classes!("plan-num", wrap.then_some("plan-wrap"));
        let cells = cols
            .iter()
            .map(|(f, u)| match u {
                Ok(u) => html! { <td class={class.clone()}>{cell(f, u)}</td> },
                Err(_) => html! { <td>{t.rekenhulp_error}</td> },
            })
            .collect::<Html>();
        html! { <tr><th scope="row">{label.to_string()}</th>{cells}</tr> }
    };
    let row =
        |label: &str, cell: &dyn Fn(&Formulier, &Uitkomst) -> String| row_in(label, false, cell);
    let heeft_later = b
        .uitkomsten
        .iter()
        .any(|u| u.as_ref().is_ok_and(|u| u.perioden.len() > 1));
    let cells = |label: &str, later: bool| {
        let tds = cols
            .iter()
            .map(|(_, u)| match u {
                Ok(u) => html! { <td class="plan-num plan-wrap">{perioden_cel(u, later)}</td> },
                Err(_) => html! { <td>{t.rekenhulp_error}</td> },
            })
            .collect::<Html>();
        html! { <tr><th scope="row">{label.to_string()}</th>{tds}</tr> }
    };
    html! {
        <>
            <div class="plan-table plan-rekenhulp" role="region" tabindex="0" aria-label={format!("{}: {}", t.table, t.rekenhulp_heading)}>
                <table>
                    <thead><tr><td></td>{head}</tr></thead>
                    <tbody>
                        // What was assumed, so the plan can be read without the screen it
                        // came from (fresh-eyes review §12).
                        {row_in(rt.row_benefit, true, &|f, _| {
                            let l = soort_label(rt, f.soort);
                            l.split(" (").next().unwrap_or(l).to_string()
                        })}
                        {row(t.rekenhulp_hours, &|f, _| uren_tekst(f.uren))}
                        {row_in(rt.row_wage, true, &|f, _| if f.eigen_uurloon {
                            // The euro sign stays with its amount when the cell wraps.
                            Cents(f.uurloon).to_string().replacen("€ ", "€\u{a0}", 1)
                        } else {
                            rt.min_wage_label.to_string()
                        })}
                        {row(t.rekenhulp_rent, &|f, _| format_whole_euros(Cents(f.huur)))}
                        {row(t.rekenhulp_without, &|_, u| format_whole_euros(u.zonder_werk.totaal))}
                        {row(t.rekenhulp_with, &|_, u| format_whole_euros(u.met_werk.totaal))}
                        {cells(t.rekenhulp_difference, false)}
                        if heeft_later {
                            {cells(rt.row_later, true)}
                        }
                    </tbody>
                </table>
            </div>
            <p>{t.estimate}</p>
        </>
    }
}

fn begeleiding_section(t: &PlanText, s: &Sessie, lang: Lang) -> Html {
    let tl = lang.taal();
    let state = &s.begeleiding;
    let ids: Vec<&str> = state.vergelijk.iter().map(String::as_str).collect();
    if ids.len() >= 2 {
        if let Ok(grid) = option_grid(&ids, Some(&state.antwoorden)) {
            let head = grid
                .kolommen
                .iter()
                .map(|k| html! { <th scope="col">{k.naam.get(tl)}</th> })
                .collect::<Html>();
            let rows = grid
                .rijen
                .iter()
                .map(|r| {
                    let cells = r
                        .cellen
                        .iter()
                        .zip(&grid.kolommen)
                        .map(|(c, k)| {
                            let lines = c
                                .tekst
                                .iter()
                                .map(|x| x.get(tl))
                                .collect::<Vec<_>>()
                                .join(" ");
                            // On a phone each answer is headed by its option's name.
                            html! {
                                <td><h4 class="bg-cell-name">{k.naam.get(tl)}</h4>{lines}</td>
                            }
                        })
                        .collect::<Html>();
                    html! { <tr><th scope="row">{r.vraag.get(tl)}</th>{cells}</tr> }
                })
                .collect::<Html>();
            return html! {
                <>
                    <h3>{t.begeleiding_compared}</h3>
                    <div class="plan-table" role="region" tabindex="0"
                        aria-label={format!("{}: {}", t.table, t.begeleiding_compared)}>
                        <table class="grid-stack">
                            <thead><tr><td></td>{head}</tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                </>
            };
        }
    }
    let uitslag = rangschik(&state.antwoorden);
    let top = uitslag
        .opties
        .iter()
        .filter(|o| o.passend)
        .take(3)
        .map(|o| {
            let reason = o.redenen.first().map(|r| r.tekst.get(tl)).unwrap_or("");
            html! { <li><strong>{o.naam.get(tl)}</strong>{" — "}{reason}</li> }
        })
        .collect::<Html>();
    let named = state
        .vergelijk
        .iter()
        .filter_map(|id| catalogus().optie(id))
        .map(|o| html! { <li>{o.naam.get(tl)}</li> })
        .collect::<Html>();
    html! {
        <>
            <h3>{t.begeleiding_top}</h3>
            <ol>{top}</ol>
            if !state.vergelijk.is_empty() {
                <h3>{t.begeleiding_compared}</h3>
                <ul>{named}</ul>
            }
        </>
    }
}

#[function_component(Plan)]
pub fn plan() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = text(lang);
    let m = use_messages();
    use_title(t.title);
    let s = use_sessie();
    let available = sections(&s.huidig);
    // Everything that holds answers is in the plan until the person leaves it out.
    let left_out = use_state(Vec::<Tool>::new);

    if available.is_empty() {
        return html! {
            <>
                <h1 tabindex="-1">{t.title}</h1>
                <p class="lead">{t.empty}</p>
                <p><Link<Route> to={Route::Home}>{m.back_home}</Link<Route>></p>
            </>
        };
    }

    let name = |tool: Tool| match tool {
        Tool::Vertellen => t.vertellen_heading,
        Tool::Rekenhulp => t.rekenhulp_heading,
        Tool::Begeleiding => t.begeleiding_heading,
    };
    let toggles = available
        .iter()
        .map(|&tool| {
            let id = format!("plan-{tool:?}").to_lowercase();
            let checked = !left_out.contains(&tool);
            let onchange = {
                let left_out = left_out.clone();
                Callback::from(move |_: Event| {
                    let mut v = (*left_out).clone();
                    if let Some(i) = v.iter().position(|x| *x == tool) {
                        v.remove(i);
                    } else {
                        v.push(tool);
                    }
                    left_out.set(v);
                })
            };
            html! {
                <p class="check">
                    <input type="checkbox" id={id.clone()} {checked} {onchange} />
                    <label for={id}>{name(tool)}</label>
                </p>
            }
        })
        .collect::<Html>();

    let body = available
        .iter()
        .filter(|tool| !left_out.contains(tool))
        .map(|&tool| {
            let content = match tool {
                Tool::Vertellen => html! {
                    <crate::tools::vertellen::PlanSummary answers={s.huidig.vertellen.clone()} />
                },
                Tool::Rekenhulp => rekenhulp_section(t, &s.huidig, lang),
                Tool::Begeleiding => begeleiding_section(t, &s.huidig, lang),
            };
            html! {
                <section class="plan-section" aria-label={name(tool)}>
                    <h2>{name(tool)}</h2>
                    {content}
                    <p class="no-print"><Link<Route> to={tool.route()}>{t.to_tool}</Link<Route>></p>
                </section>
            }
        })
        .collect::<Html>();

    let on_print = Callback::from(|_: MouseEvent| dom::print());
    // One date style in the app: "4 december 2026".
    let date = werkkeuze_core::income::datum_tekst(&dom::today_iso(), lang.taal());
    html! {
        <div class="plan">
            <h1 tabindex="-1">{t.title}</h1>
            <p class="no-print">{t.intro}</p>
            <fieldset class="no-print">
                <legend>{t.include_legend}</legend>
                {toggles}
            </fieldset>
            <p class="no-print">
                <button type="button" class="primary" onclick={on_print}>{t.print}</button>
            </p>
            <p class="plan-date">{t.made_on.replace("{date}", &date)}</p>
            {body}
            <p class="plan-footer">{t.not_advice}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_are_complete_and_translated() {
        crate::i18n::check_translations(&NL.entries(), &EN.entries(), &[]).unwrap();
    }

    #[test]
    fn the_plan_holds_only_tools_with_answers() {
        let mut s = Sessie::default();
        assert!(sections(&s).is_empty());
        s.begeleiding.vergelijk.push("ips".into());
        assert_eq!(sections(&s), vec![Tool::Begeleiding]);
    }
}
