//! "Mijn plan": one printable handout of what the person chose to include from each tool — their
//! calculator situations, their disclosure choice and message, the support options they compared
//! — on at most two A4 pages, with the date and "dit is een schatting" where it applies. It is
//! built from the same session snapshot that "Bewaren en delen" saves; nothing is sent.

use crate::dom;
use crate::hooks::{use_messages, use_title};
use crate::i18n::Taal;
use crate::route::Route;
use crate::session::{self, use_sessie, Sessie, ToolId};
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
        rekenhulp_heading,
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
    rekenhulp_heading: "Mijn inkomen als ik ga werken",
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
    rekenhulp_heading: "My income if I start working",
    estimate: "This is an estimate. The municipality, UWV and Dienst Toeslagen work it out \
        exactly.",
    to_tool: "To the tool",
    table: "Table",
};

crate::catalogue_lookup!(PlanText);

/// The tools the handout can hold, in the order it shows them.
pub fn sections(s: &Sessie) -> Vec<ToolId> {
    s.filled_tools()
}

fn rekenhulp_section(t: &PlanText, s: &Sessie) -> Html {
    html! {
        <>
            <crate::tools::rekenhulp::PlanSamenvatting state={s.rekenhulp.clone()} label={format!("{}: {}", t.table, t.rekenhulp_heading)} />
            <p>{t.estimate}</p>
        </>
    }
}

#[function_component(Plan)]
pub fn plan() -> Html {
    let lang = use_context::<Taal>().unwrap_or_default();
    let t = text(lang);
    let m = use_messages();
    use_title(t.title);
    let s = use_sessie();
    let available = sections(&s.huidig);
    // Everything that holds answers is in the plan until the person leaves it out.
    let left_out = use_state(Vec::<ToolId>::new);

    if available.is_empty() {
        return html! {
            <>
                <h1 tabindex="-1">{t.title}</h1>
                <p class="lead">{t.empty}</p>
                <p><Link<Route> to={Route::Home}>{m.back_home}</Link<Route>></p>
            </>
        };
    }

    let name = |tool: ToolId| match tool {
        ToolId::Vertellen => t.vertellen_heading,
        ToolId::Rekenhulp => t.rekenhulp_heading,
        ToolId::Begeleiding => t.begeleiding_heading,
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
                ToolId::Vertellen => html! {
                    <crate::tools::vertellen::PlanSamenvatting answers={s.huidig.vertellen.clone()} />
                },
                ToolId::Rekenhulp => rekenhulp_section(t, &s.huidig),
                ToolId::Begeleiding => html! {
                    <crate::tools::begeleiding::PlanSamenvatting state={s.huidig.begeleiding.clone()} />
                },
            };
            html! {
                <section class="plan-section" aria-label={name(tool)}>
                    <h2>{name(tool)}</h2>
                    {content}
                    <p class="no-print"><Link<Route> to={session::route(tool)}>{t.to_tool}</Link<Route>></p>
                </section>
            }
        })
        .collect::<Html>();

    let on_print = Callback::from(|_: MouseEvent| dom::print());
    // One date style in the app, core's datum_tekst ("4 december" and the year).
    let date = werkkeuze_core::income::datum_tekst(&dom::today_iso(), lang);
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
        assert_eq!(sections(&s), vec![ToolId::Begeleiding]);
    }
}
