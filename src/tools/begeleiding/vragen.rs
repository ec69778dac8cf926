//! The questions: at most ten, from the view model (`werkkeuze_core::tools::begeleiding::View`),
//! each a fieldset with a legend and a short help text. Radio buttons for one choice, checkboxes
//! for more. Every question may be skipped; an answer can be taken back.

use super::text::use_text;
use crate::state::use_begeleiding;
use crate::widgets::term::Term;
use std::rc::Rc;
use werkkeuze_core::tools::begeleiding::view::VraagView;
use werkkeuze_core::tools::begeleiding::{Action, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct VraagProps {
    vraag: VraagView,
}

#[function_component(VraagVeld)]
fn vraag_veld(p: &VraagProps) -> Html {
    let t = use_text();
    let h = use_begeleiding();
    let v = &p.vraag;
    let help_id = format!("bg-q-{}-help", v.id);
    let keuzes = v
        .keuzes
        .iter()
        .map(|k| {
            let id = format!("bg-q-{}-{}", v.id, k.code);
            let onchange = {
                let h = h.clone();
                let (vraag, code, meerdere) = (v.id, k.code, v.meerdere);
                Callback::from(move |e: Event| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    let aan = if meerdere { input.checked() } else { true };
                    h.dispatch(Action::Kies { vraag, code, aan });
                })
            };
            let soort = if v.meerdere { "checkbox" } else { "radio" };
            html! {
                <li class="bg-choice">
                    <input type={soort} id={id.clone()} name={format!("bg-q-{}", v.id)}
                        value={k.code} checked={k.gekozen} {onchange} />
                    <label for={id}>{k.label}</label>
                </li>
            }
        })
        .collect::<Html>();
    let wis_knop = v.beantwoord.then(|| {
        let h = h.clone();
        let vraag = v.id;
        // The button goes away with the answer: focus the question's first choice instead.
        let eerste = v
            .keuzes
            .first()
            .map(|k| format!("bg-q-{}-{}", v.id, k.code));
        let onclick = Callback::from(move |_: MouseEvent| {
            h.dispatch(Action::Wis(vraag));
            if let Some(id) = &eerste {
                crate::dom::focus_id(id);
            }
        });
        html! {
            <button type="button" class="bg-clear" {onclick}
                aria-label={format!("{}: {}", t.clear_answer, v.vraag)}>
                {t.clear_answer}
            </button>
        }
    });
    html! {
        <fieldset class="bg-question" aria-describedby={help_id.clone()}>
            <legend><span class="bg-q-number">{format!("{}. ", v.nummer)}</span>{v.vraag}</legend>
            <p class="bg-help" id={help_id}>{v.uitleg}</p>
            <ul class="bg-choices">{keuzes}</ul>
            if !v.begrippen.is_empty() {
                <p class="bg-terms">{t.explain}{" "}
                    { for v.begrippen.iter().enumerate().map(|(i, id)| html! {
                        <>{(i > 0).then_some(" · ")}<Term id={*id} /></>
                    }) }
                </p>
            }
            <div class="bg-clear-slot">{wis_knop}</div>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct VragenProps {
    pub heading: NodeRef,
    pub on_results: Callback<()>,
    pub view: Rc<View>,
}

/// All questions, with a count of the answered ones and a way to start again.
#[function_component(Vragen)]
pub fn vragen_lijst(p: &VragenProps) -> Html {
    let t = use_text();
    let h = use_begeleiding();
    let velden = p
        .view
        .vragen
        .iter()
        .map(|v| html! { <VraagVeld key={v.id} vraag={v.clone()} /> })
        .collect::<Html>();
    let wis_alles = p.view.iets_beantwoord.then(|| {
        let h = h.clone();
        let heading = p.heading.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            h.dispatch(Action::WisAlles);
            super::focus(&heading);
        });
        html! { <button type="button" class="bg-clear-all" {onclick}>{t.clear_all}</button> }
    });
    let naar_uitslag = {
        let cb = p.on_results.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <section class="bg-questions bg-no-print" aria-labelledby="bg-questions-title">
            <h2 id="bg-questions-title" tabindex="-1" ref={p.heading.clone()}>{t.questions_heading}</h2>
            <p>{t.questions_intro}</p>
            {velden}
            <p class="bg-count" aria-live="polite">{p.view.beantwoord.clone()}</p>
            <div class="bg-actions">
                <button type="button" class="primary" onclick={naar_uitslag}>{t.to_results}</button>
                <span class="bg-clear-slot">{wis_alles}</span>
            </div>
        </section>
    }
}
