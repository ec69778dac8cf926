//! The questions: six in the quick mode, every input the engine takes in the full mode. Each
//! question has a help text with an example and an explicit unit; numbers are typed the Dutch way
//! and a wrong value shows an inline message while the page keeps the last good value.

use super::text::{use_text, RekenhulpText};
use crate::state::RekenhulpHandle;
use crate::widgets::number_field::NumberField;
use crate::widgets::term::Term;
use werkkeuze_core::income::maand_tekst;
use werkkeuze_core::income::maandnaam;
use werkkeuze_core::income::ww::VAKANTIEGELD_MAAND;
use werkkeuze_core::tools::rekenhulp::{
    leeftijden, startmaanden, vandaag, Action, Modus, Soort, Uurlonen, Veld, Vinkje, MAX_KINDEREN,
};
use yew::prelude::*;

/// The form's callbacks, each made once and kept for the life of the form. They dispatch an
/// [`Action`], applied to the newest state, so the same callback stays right on every render; a
/// field whose value did not change then gets equal props and is not drawn again while the
/// person types in another one.
#[derive(Default)]
struct Callbacks {
    /// By the number they set.
    getallen: Vec<(Veld, Callback<i64>)>,
    /// By the yes/no answer they flip.
    vinkjes: Vec<(Vinkje, Callback<Event>)>,
    /// The age of child 1, 2, …
    kinderen: Vec<Callback<i64>>,
}

/// The callback kept under `key`, made by `make` the first time.
fn kept<K: PartialEq, C: Clone>(list: &mut Vec<(K, C)>, key: K, make: impl FnOnce() -> C) -> C {
    if let Some((_, c)) = list.iter().find(|(k, _)| *k == key) {
        return c.clone();
    }
    let c = make();
    list.push((key, c.clone()));
    c
}

fn help(t: &RekenhulpText, text: &str, example: &str) -> AttrValue {
    AttrValue::from(format!("{text} {}", t.example.replace("{x}", example)))
}

pub fn soort_label(t: &RekenhulpText, s: Soort) -> &'static str {
    match s {
        Soort::Geen => t.soort_geen,
        Soort::Bijstand => t.soort_bijstand,
        Soort::Wajong => t.soort_wajong,
        Soort::Wga => t.soort_wga,
        Soort::Iva => t.soort_iva,
        Soort::Ww => t.soort_ww,
        Soort::Ziektewet => t.soort_ziektewet,
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    pub checked: bool,
    pub onchange: Callback<Event>,
}

/// A yes/no question as a checkbox with its help text.
#[function_component(Check)]
pub fn check(p: &CheckProps) -> Html {
    let help_id = format!("{}-help", p.id);
    html! {
        <div class="field rk-check">
            <input type="checkbox" id={p.id.clone()} checked={p.checked}
                onchange={p.onchange.clone()}
                aria-describedby={p.help.is_some().then(|| help_id.clone())} />
            <label for={p.id.clone()}>{p.label.clone()}</label>
            if let Some(h) = &p.help {
                <p class="field-help" id={help_id}>{h.clone()}</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct InputsProps {
    pub handle: RekenhulpHandle,
    /// From the last calculation: the minimum wage per hour for the person's age, the hourly
    /// wage used (with loondispensatie the wage the employer pays by default), and the amounts
    /// the questions name.
    pub hulp: Option<Uurlonen>,
}

#[derive(Properties, PartialEq)]
struct StartMaandProps {
    /// `JJJJ-MM`, or empty for the current month.
    start: String,
}

/// The month the work starts: this month (the default) or one of the next twelve. The amounts of
/// that month are used.
#[function_component(StartMaand)]
fn start_maand(p: &StartMaandProps) -> Html {
    let t = use_text();
    let lang = use_context::<crate::i18n::Taal>().unwrap_or_default();
    let taal = lang;
    let h = crate::state::use_rekenhulp();
    let nu = vandaag();
    let onchange = {
        let d = h.dispatcher();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let waarde = el.value();
            d.dispatch(Action::Start(waarde));
        })
    };
    // Every month from this one to the last month of the last year with amounts (issue 16 point
    // 12), as people write them ("januari 2027").
    let maanden = startmaanden(&p.start);
    let deze = t
        .start_this_month
        .replace("{maand}", &maand_tekst(&nu, taal));
    html! {
        <div class="field">
            <label for="rk-startmaand">{t.q_startmaand}</label>
            <p class="field-help" id="rk-startmaand-help">{t.q_startmaand_help}</p>
            <select id="rk-startmaand" class="rk-select" aria-describedby="rk-startmaand-help" {onchange}>
                <option value="" selected={p.start.is_empty() || p.start == nu[..7]}>{deze}</option>
                { for maanden.iter().map(|m| html! {
                    <option value={m.clone()} selected={p.start == *m}>{maand_tekst(m, taal)}</option>
                }) }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct VakantiegeldMaandProps {
    /// 1 to 12, or 0: not chosen.
    maand: u32,
}

/// The month the employer pays the holiday pay (for the WW it counts as income in that month).
#[function_component(VakantiegeldMaand)]
fn vakantiegeld_maand(p: &VakantiegeldMaandProps) -> Html {
    let t = use_text();
    let taal = use_context::<crate::i18n::Taal>().unwrap_or_default();
    let h = crate::state::use_rekenhulp();
    let onchange = {
        let d = h.dispatcher();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let m: u32 = el.value().parse().unwrap_or(0);
            d.dispatch(Action::VakantiegeldMaand(m));
        })
    };
    let onbekend = t
        .vakantiegeld_onbekend
        .replace("{maand}", maandnaam(VAKANTIEGELD_MAAND, taal));
    html! {
        <div class="field">
            <label for="rk-vakantiegeld-maand">{t.q_vakantiegeld_maand}</label>
            <p class="field-help" id="rk-vakantiegeld-maand-help">{t.q_vakantiegeld_maand_help}</p>
            <select id="rk-vakantiegeld-maand" class="rk-select" aria-describedby="rk-vakantiegeld-maand-help" {onchange}>
                <option value="0" selected={p.maand == 0}>{onbekend}</option>
                { for (1..=12u32).map(|m| html! {
                    <option value={m.to_string()} selected={p.maand == m}>{maandnaam(m, taal)}</option>
                }) }
            </select>
        </div>
    }
}

#[function_component(Inputs)]
pub fn inputs(p: &InputsProps) -> Html {
    let t = use_text();
    let h = &p.handle;
    let f = h.formulier();
    let minimumloon = p.hulp.as_ref().map(|x| x.minimum).unwrap_or_default();
    let uurloon_gebruikt = p.hulp.as_ref().map(|x| x.gebruikt).unwrap_or(minimumloon);
    // The examples next to the amount fields are the engine's own amounts of the first month of
    // work, never a typed number that goes stale on 1 July.
    let voorbeeld_bedrag = p
        .hulp
        .as_ref()
        .and_then(|x| x.standaard_uitkering)
        .map(|c| c.to_string().trim_start_matches("€ ").to_string())
        .unwrap_or_default();
    let dagen = p.hulp.as_ref().map(|x| x.dagen.clone()).unwrap_or_default();
    let max_maandloon = p.hulp.as_ref().map(|x| x.max_maandloon).unwrap_or_default();
    let volledig = h.modus == Modus::Volledig;
    let leeftijden = leeftijden(&f);
    let d = h.dispatcher();
    let cache = use_mut_ref(Callbacks::default);
    // The callback that sets one number of the situation shown.
    let setter = |veld: Veld| -> Callback<i64> {
        let d = d.clone();
        kept(&mut cache.borrow_mut().getallen, veld, || {
            Callback::from(move |v: i64| d.dispatch(Action::Getal(veld, v)))
        })
    };
    // The callback that flips one yes/no answer of the situation shown.
    let toggler = |vinkje: Vinkje| -> Callback<Event> {
        let d = d.clone();
        kept(&mut cache.borrow_mut().vinkjes, vinkje, || {
            Callback::from(move |_: Event| d.dispatch(Action::Wissel(vinkje)))
        })
    };

    let soort_radios = Soort::ALL.iter().map(|&s| {
        let id = format!("rk-soort-{}", s.code());
        let onchange = {
            let d = d.clone();
            Callback::from(move |_: Event| d.dispatch(Action::Soort(s)))
        };
        html! {
            <div class="rk-radio">
                <input type="radio" name="rk-soort" id={id.clone()} checked={f.soort == s} {onchange} />
                <label for={id}>{soort_label(t, s)}</label>
            </div>
        }
    });

    // Question 1: the benefit, with what the engine needs for it.
    let benefit_details = html! {
        <>
            if f.soort.heeft_maandloon() {
                // Above the maximum dagloon the law scales the earnings by capped / uncapped
                // dagloon (WW art. 47, WIA art. 52 and 61, ZW art. 31): then the same field asks
                // for the old wage (the engine caps it itself).
                <NumberField id="rk-maandloon" label={if f.boven_maximum { t.q_oud_loon } else { t.q_maandloon }}
                    help={if f.boven_maximum { help(t, t.q_oud_loon_help, "8.000") } else { help(t, &t.q_maandloon_help.replace("{dagen}", &dagen), "3.000") }}
                    unit={t.unit_month_gross}
                    value={f.maandloon} decimals={2} max={100_000_00}
                    on_change={setter(Veld::Maandloon)} />
                <Check id="rk-boven-max" label={t.q_boven_max} checked={f.boven_maximum}
                    help={t.q_boven_max_help.replace("{bedrag}", &max_maandloon.to_string())}
                    onchange={toggler(Vinkje::BovenMaximum)} />
            }
            if f.soort == Soort::Wga {
                <NumberField id="rk-rvc" label={t.q_rvc}
                    help={help(t, t.q_rvc_help, "1.500")} unit={t.unit_month_gross}
                    value={f.rvc} decimals={2} max={30_000_00}
                    on_change={setter(Veld::Rvc)} />
                <p class="rk-terms"><Term id="rvc" /></p>
            }
            if f.soort.eigen_bedrag_mogelijk() {
                <Check id="rk-eigen-bedrag" label={t.q_eigen_bedrag} checked={f.eigen_bedrag}
                    onchange={toggler(Vinkje::EigenBedrag)} />
                if f.eigen_bedrag {
                    <NumberField id="rk-bedrag"
                        label={if f.soort == Soort::Bijstand { t.q_bedrag_bijstand } else { t.q_bedrag_wajong }}
                        help={if voorbeeld_bedrag.is_empty() { AttrValue::from(t.q_bedrag_help) } else { help(t, t.q_bedrag_help, &voorbeeld_bedrag) }}
                        unit={if f.soort == Soort::Bijstand { t.unit_month_net } else { t.unit_month_gross }}
                        value={f.bedrag} decimals={2} max={10_000_00}
                        on_change={setter(Veld::Bedrag)} />
                }
            }
        </>
    };

    let full = volledig.then(|| {
        let kinderen = f.kinderen.iter().enumerate().map(|(i, age)| {
            let on_change = {
                let mut c = cache.borrow_mut();
                while c.kinderen.len() <= i {
                    let (d, n) = (d.clone(), c.kinderen.len());
                    c.kinderen.push(Callback::from(move |v: i64| {
                        d.dispatch(Action::KindLeeftijd(n, v))
                    }));
                }
                c.kinderen[i].clone()
            };
            html! {
                <NumberField id={format!("rk-kind-{}", i + 1)}
                    label={t.q_kind_leeftijd.replace("{n}", &(i + 1).to_string())}
                    unit={t.unit_years} value={*age} decimals={0} max={17} {on_change} />
            }
        });
        html! {
            <fieldset class="rk-more">
                <legend>{t.more_heading}</legend>
                <Check id="rk-eigen-uurloon" label={t.q_uurloon_eigen} checked={f.eigen_uurloon}
                    help={t.minimum_wage_is.replace("{bedrag}", &minimumloon.to_string())}
                    onchange={toggler(Vinkje::EigenUurloon)} />
                if f.eigen_uurloon {
                    <NumberField id="rk-uurloon" label={t.q_uurloon}
                        help={help(t, t.q_uurloon_help, "16,50")} unit={t.unit_hour_gross}
                        value={f.uurloon} decimals={2} max={500_00}
                        on_change={setter(Veld::Uurloon)} />
                }
                <p class="rk-terms"><Term id="bruto-netto" />{" "}<Term id="minimumloon" /></p>
                if f.partner {
                    <NumberField id="rk-partner-leeftijd" label={t.q_partner_leeftijd}
                        unit={t.unit_years} value={f.partner_leeftijd} decimals={0} min={*leeftijden.start()} max={*leeftijden.end()}
                        on_change={setter(Veld::PartnerLeeftijd)} />
                    <NumberField id="rk-partner-inkomen" label={t.q_partner_inkomen}
                        help={help(t, t.q_partner_inkomen_help, "1.500")} unit={t.unit_month_gross}
                        value={f.partner_inkomen} decimals={2} max={50_000_00}
                        on_change={setter(Veld::PartnerInkomen)} />
                }
                { for kinderen }
                <NumberField id="rk-kostendelers" label={t.q_kostendelers}
                    help={help(t, t.q_kostendelers_help, "1")} unit={t.unit_people}
                    value={f.kostendelers} decimals={0} max={10}
                    on_change={setter(Veld::Kostendelers)} />
                <p class="rk-terms"><Term id="kostendeler" /></p>
                if f.kostendelers > 0 {
                    <Check id="rk-kd-inkomen-bekend" label={t.q_kd_inkomen_bekend}
                        help={t.q_kd_inkomen_bekend_help} checked={f.kostendelers_inkomen_bekend}
                        onchange={toggler(Vinkje::KostendelersInkomenBekend)} />
                    if f.kostendelers_inkomen_bekend {
                        <NumberField id="rk-kd-inkomen" label={t.q_kd_inkomen}
                            help={help(t, t.q_kd_inkomen_help, "2.500")} unit={t.unit_month_gross}
                            value={f.kostendelers_inkomen} decimals={2} max={50_000_00}
                            on_change={setter(Veld::KostendelersInkomen)} />
                    }
                }
                <NumberField id="rk-vermogen" label={t.q_vermogen}
                    help={help(t, t.q_vermogen_help, "5.000")} unit={t.unit_euro}
                    value={f.vermogen} decimals={2} max={10_000_000_00}
                    on_change={setter(Veld::Vermogen)} />
                if f.soort == Soort::Bijstand {
                    <Check id="rk-medisch" label={t.q_medisch} help={t.q_medisch_help} checked={f.medisch}
                        onchange={toggler(Vinkje::Medisch)} />
                    <NumberField id="rk-vrijlating-gehad" label={t.q_vrijlating_gehad}
                        help={help(t, t.q_vrijlating_gehad_help, "2")} unit={t.unit_months}
                        value={f.vrijlating_gehad} decimals={0} max={60}
                        on_change={setter(Veld::VrijlatingGehad)} />
                    <p class="rk-terms"><Term id="vrijlating" /></p>
                }
                if f.soort == Soort::Wajong {
                    <Check id="rk-arbeidsvermogen" label={t.q_arbeidsvermogen} help={t.q_arbeidsvermogen_help}
                        checked={f.arbeidsvermogen}
                        onchange={toggler(Vinkje::Arbeidsvermogen)} />
                    <Check id="rk-loondispensatie" label={t.q_loondispensatie} checked={f.loondispensatie}
                        onchange={toggler(Vinkje::Loondispensatie)} />
                    if f.loondispensatie {
                        <NumberField id="rk-loonwaarde" label={t.q_loonwaarde}
                            help={help(t, t.q_loonwaarde_help, "70")} unit={t.unit_percent}
                            value={f.loonwaarde} decimals={0} min={1} max={100}
                            on_change={setter(Veld::Loonwaarde)} />
                        <p class="rk-terms"><Term id="loonwaarde" /></p>
                        // The wage the employer actually pays with loondispensatie (Wajong art.
                        // 2:20): by default the minimum wage times the loonwaarde.
                        <NumberField id="rk-loon-dispensatie" label={t.q_loon_dispensatie}
                            help={t.q_loon_dispensatie_help.replace("{bedrag}", &uurloon_gebruikt.to_string())}
                            unit={t.unit_hour_gross}
                            value={if f.eigen_uurloon { f.uurloon } else { uurloon_gebruikt.0 }}
                            decimals={2} max={500_00}
                            on_change={{
                                let d = d.clone();
                                Callback::from(move |v: i64| d.dispatch(Action::LoonBijDispensatie(v)))
                            }} />
                    }
                }
                if f.soort == Soort::Wga {
                    <NumberField id="rk-lgu-resterend" label={t.q_lgu_resterend}
                        help={help(t, t.q_lgu_resterend_help, "6")} unit={t.unit_months}
                        value={f.lgu_resterend} decimals={0} max={38}
                        on_change={setter(Veld::LguResterend)} />
                    <NumberField id="rk-lgu-gehad" label={t.q_lgu_gehad} unit={t.unit_months}
                        value={f.lgu_gehad} decimals={0} max={38}
                        on_change={setter(Veld::LguGehad)} />
                }
                if f.soort == Soort::Ww {
                    <NumberField id="rk-ww-gehad" label={t.q_ww_gehad} unit={t.unit_months}
                        value={f.ww_gehad} decimals={0} max={24}
                        on_change={setter(Veld::WwGehad)} />
                    <NumberField id="rk-ww-resterend" label={t.q_ww_resterend} unit={t.unit_months}
                        value={f.ww_resterend} decimals={0} max={24}
                        on_change={setter(Veld::WwResterend)} />
                    <VakantiegeldMaand maand={f.vakantiegeld_maand} />
                }
                <StartMaand start={f.start.clone()} />
                <NumberField id="rk-gem-zonder" label={t.q_gem_zonder}
                    help={help(t, t.q_gem_help, "40")} unit={t.unit_month_net}
                    value={f.gemeentelijk_zonder} decimals={2} max={5_000_00}
                    on_change={setter(Veld::GemeentelijkZonder)} />
                <NumberField id="rk-gem-met" label={t.q_gem_met} unit={t.unit_month_net}
                    value={f.gemeentelijk_met} decimals={2} max={5_000_00}
                    on_change={setter(Veld::GemeentelijkMet)} />
            </fieldset>
        }
    });

    html! {
        <section class="rk-form" aria-labelledby="rk-form-titel">
            <h2 id="rk-form-titel">{t.form_heading}</h2>
            <fieldset class="rk-q">
                <legend>{"1. "}{t.q_soort}</legend>
                <p class="field-help">{t.q_soort_help}</p>
                <div class="rk-radios">{ for soort_radios }</div>
                <p class="rk-terms"><Term id="bijstand" />{" "}<Term id="wajong" />{" "}<Term id="wga" />{" "}<Term id="iva" />{" "}<Term id="ww" /></p>
                {benefit_details}
            </fieldset>
            <div class="rk-q">
                <NumberField id="rk-leeftijd" label={format!("2. {}", t.q_leeftijd)}
                    help={help(t, t.q_leeftijd_help, "35")} unit={t.unit_years}
                    value={f.leeftijd} decimals={0} min={*leeftijden.start()} max={*leeftijden.end()}
                    on_change={setter(Veld::Leeftijd)} />
            </div>
            <div class="rk-q">
                <Check id="rk-partner" label={format!("3. {}", t.q_partner)} help={t.q_partner_help} checked={f.partner}
                    onchange={toggler(Vinkje::Partner)} />
            </div>
            <div class="rk-q">
                <NumberField id="rk-kinderen" label={format!("4. {}", t.q_kinderen)}
                    help={help(t, t.q_kinderen_help, "2")} unit={t.unit_children}
                    value={f.kinderen.len() as i64} decimals={0} max={MAX_KINDEREN}
                    on_change={setter(Veld::AantalKinderen)} />
            </div>
            <div class="rk-q">
                <NumberField id="rk-huur" label={format!("5. {}", t.q_huur)}
                    help={help(t, t.q_huur_help, "650,00")} unit={t.unit_month}
                    value={f.huur} decimals={2} max={5_000_00}
                    on_change={setter(Veld::Huur)} />
                <p class="rk-terms"><Term id="huurtoeslag" /></p>
            </div>
            <div class="rk-q">
                <NumberField id="rk-uren" label={format!("6. {}", t.q_uren)}
                    help={help(t, t.q_uren_help, "20")} unit={t.unit_hours_week}
                    value={f.uren} decimals={1} max={600}
                    on_change={setter(Veld::Uren)} />
            </div>
            {full}
        </section>
    }
}
