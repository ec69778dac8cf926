//! A number field that accepts the ways people type numbers in the Netherlands ("1.234,56",
//! "1234,56", "12,5") and never computes with half of what the person typed.
//!
//! While the text is a valid number, the tool computes with it at once. While it is not (typing
//! "99999999" hours goes through "99", which is above the maximum; age 67 through "6"), the tool
//! computes with the last valid value the person saw — the one they typed a moment before, or
//! that came from outside — and the field says what is wrong and which value is used, with its
//! number. A text that is still being typed ("24." on the way to "24.5", or "1.2" on the way to
//! "1.250" in an amount) changes nothing and shows no error until the person leaves the field.

use crate::hooks::use_messages;
use crate::i18n::Messages;
use web_sys::HtmlInputElement;
use werkkeuze_core::money::{parse_decimal, parse_typed, still_typing, NumberError};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// Unique id of the input; the help and error texts get ids derived from it.
    pub id: AttrValue,
    pub label: AttrValue,
    /// One or two short sentences: what to fill in and where to find it.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// The unit shown after the field, e.g. "uur per week" or "euro per maand, bruto".
    #[prop_or_default]
    pub unit: Option<AttrValue>,
    /// The current value, scaled by 10^decimals (cents for euros).
    pub value: i64,
    /// How many decimals the person may type (2 for euros, 1 for hours).
    #[prop_or(2)]
    pub decimals: u32,
    /// Allowed range, scaled like `value`.
    #[prop_or(0)]
    pub min: i64,
    pub max: i64,
    /// Called only with valid values inside the range.
    pub on_change: Callback<i64>,
}

/// Formats a scaled value the Dutch way for the field: 125 with 1 decimal → "12,5".
pub fn format_scaled(value: i64, decimals: u32) -> String {
    let scale = 10i64.pow(decimals);
    let int = value / scale;
    let frac = (value % scale).abs();
    if decimals == 0 || frac == 0 {
        return int.to_string();
    }
    let mut f = format!("{frac:0width$}", width = decimals as usize);
    while f.ends_with('0') {
        f.pop();
    }
    format!("{int},{f}")
}

/// A scaled value as the page writes it in a sentence, thousands grouped: 320000 with 2 decimals
/// → "3.200", 125 with 1 → "12,5".
pub fn format_grouped(value: i64, decimals: u32) -> String {
    let plain = format_scaled(value, decimals);
    let (int, frac) = plain.split_once(',').unwrap_or((&plain, ""));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

/// The message for a value that is not accepted, in the person's language.
/// The example and the rule for the dot follow the kind of number: whole numbers, one decimal
/// (a comma or a dot, as `parse_typed` reads it), or an amount in euros (a comma for cents).
pub fn number_error_text(m: &Messages, e: &NumberError, decimals: u32) -> String {
    match e {
        NumberError::Empty => m.num_empty.to_string(),
        NumberError::NotANumber => match decimals {
            0 => m.num_not_a_number_whole,
            1 => m.num_not_a_number_decimal,
            _ => m.num_not_a_number,
        }
        .to_string(),
        NumberError::DotInAmount => m.num_dot_in_amount.to_string(),
        NumberError::TooManyDecimals { max } => {
            m.num_too_many_decimals.replace("{n}", &max.to_string())
        }
        NumberError::Negative => m.num_negative.to_string(),
        NumberError::TooLarge => m.num_too_large.to_string(),
    }
}

/// Checks a typed text against the decimals and the range. `Ok` carries the scaled value.
pub fn validate(
    m: &Messages,
    text: &str,
    decimals: u32,
    min: i64,
    max: i64,
) -> Result<i64, String> {
    let v = parse_typed(text, decimals).map_err(|e| number_error_text(m, &e, decimals))?;
    if v < min {
        return Err(m
            .num_below_min
            .replace("{min}", &format_scaled(min, decimals)));
    }
    if v > max {
        return Err(m
            .num_above_max
            .replace("{max}", &format_scaled(max, decimals)));
    }
    Ok(v)
}

#[function_component(NumberField)]
pub fn number_field(props: &NumberFieldProps) -> Html {
    let m = use_messages();
    let text = use_state(|| format_scaled(props.value, props.decimals));
    // What is wrong with the text, and the value the tool computes with meanwhile.
    let error = use_state(|| None::<(String, i64)>);
    // The last valid value the person saw: the last valid number they typed, or the value that
    // came from outside.
    let last_valid = use_mut_ref(|| props.value);
    // The value this field handed to `on_change` last, until the page comes back with it: a new
    // `props.value` equal to it is the field's own doing, not a change from outside.
    let sent = use_mut_ref(|| None::<i64>);

    // When the value changes from outside (another mode, a loaded session, "Alles wissen"), show
    // it, unless the person is typing something that already means it.
    {
        let text = text.clone();
        let error = error.clone();
        let last_valid = last_valid.clone();
        let sent = sent.clone();
        let decimals = props.decimals;
        use_effect_with(props.value, move |v| {
            if sent.borrow_mut().take() == Some(*v) {
                return;
            }
            *last_valid.borrow_mut() = *v;
            if parse_decimal(&text, decimals).ok() != Some(*v) {
                text.set(format_scaled(*v, decimals));
                error.set(None);
            }
        });
    }

    let oninput = {
        let text = text.clone();
        let error = error.clone();
        let last_valid = last_valid.clone();
        let sent = sent.clone();
        let on_change = props.on_change.clone();
        let (decimals, min, max) = (props.decimals, props.min, props.max);
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let value = input.value();
            text.set(value.clone());
            // Still being typed: nothing changes and nothing is wrong yet.
            if still_typing(&value, decimals)
                || parse_typed(&value, decimals) == Err(NumberError::DotInAmount)
            {
                error.set(None);
                return;
            }
            let used = match validate(m, &value, decimals, min, max) {
                Ok(v) => {
                    error.set(None);
                    *last_valid.borrow_mut() = v;
                    v
                }
                Err(msg) => {
                    let c = *last_valid.borrow();
                    error.set(Some((msg, c)));
                    c
                }
            };
            *sent.borrow_mut() = Some(used);
            on_change.emit(used);
        })
    };
    // Leaving the field (or Enter): a number that ends in "." or "," is the number before it
    // ("24." is 24); an amount with a dot that is not a thousands separator gets its message now.
    let onchange = {
        let text = text.clone();
        let error = error.clone();
        let last_valid = last_valid.clone();
        let on_change = props.on_change.clone();
        let (decimals, min, max) = (props.decimals, props.min, props.max);
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let value = input.value();
            if still_typing(&value, decimals) {
                let kort = value.trim_end().trim_end_matches(['.', ',']).to_string();
                if let Ok(v) = validate(m, &kort, decimals, min, max) {
                    text.set(kort);
                    error.set(None);
                    // A pasted "30." changed nothing yet; leaving the field uses 30.
                    if v != *last_valid.borrow() {
                        *last_valid.borrow_mut() = v;
                        *sent.borrow_mut() = Some(v);
                        on_change.emit(v);
                    }
                    return;
                }
            }
            if let Err(msg) = validate(m, &value, decimals, min, max) {
                error.set(Some((msg, *last_valid.borrow())));
            }
        })
    };

    let help_id = format!("{}-help", props.id);
    let err_id = format!("{}-fout", props.id);
    let mut described = Vec::new();
    if props.help.is_some() {
        described.push(help_id.clone());
    }
    if error.is_some() {
        described.push(err_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    let inputmode = if props.decimals == 0 {
        "numeric"
    } else {
        "decimal"
    };
    let kept = |v: i64| {
        let number = format_grouped(v, props.decimals);
        let waarde = match &props.unit {
            Some(unit) => format!("{number} {unit}"),
            None => number,
        };
        m.num_kept_previous.replace("{waarde}", &waarde)
    };

    html! {
        <div class={classes!("field", error.is_some().then_some("field-invalid"))}>
            <label for={props.id.clone()}>{props.label.clone()}</label>
            if let Some(help) = &props.help {
                <p class="field-help" id={help_id}>{help.clone()}</p>
            }
            <div class="field-row">
                <input id={props.id.clone()} type="text" inputmode={inputmode} autocomplete="off"
                    value={(*text).clone()} {oninput} {onchange}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={described} />
                if let Some(unit) = &props.unit {
                    <span class="field-unit">{unit.clone()}</span>
                }
            </div>
            <p class="field-error" id={err_id} aria-live="polite">
                if let Some((msg, c)) = &*error {
                    {msg.clone()}{" "}{kept(*c)}
                }
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, NL};

    #[test]
    fn formats_scaled_values_the_dutch_way() {
        assert_eq!(format_scaled(125, 1), "12,5");
        assert_eq!(format_scaled(120, 1), "12");
        assert_eq!(format_scaled(123456, 2), "1234,56");
        assert_eq!(format_scaled(123450, 2), "1234,5");
        assert_eq!(format_scaled(40, 0), "40");
    }

    #[test]
    fn values_in_a_sentence_group_thousands() {
        assert_eq!(format_grouped(320_000, 2), "3.200");
        assert_eq!(format_grouped(123_456_789, 2), "1.234.567,89");
        assert_eq!(format_grouped(200, 1), "20");
        assert_eq!(format_grouped(1_471, 2), "14,71");
        assert_eq!(format_grouped(35, 0), "35");
        assert_eq!(format_grouped(100_000, 0), "100.000");
    }

    #[test]
    fn validation_messages_name_the_problem_in_both_languages() {
        assert_eq!(validate(&NL, "12,5", 1, 0, 600), Ok(125));
        let err = validate(&NL, "abc", 1, 0, 600).unwrap_err();
        assert!(err.contains("geen getal"), "{err}");
        let err = validate(&NL, "70", 1, 0, 600).unwrap_err();
        assert!(err.contains("60"), "{err}");
        let err = validate(&EN, "-3", 1, 0, 600).unwrap_err();
        assert!(err.contains("negative"), "{err}");
        let err = validate(&NL, "1,25", 1, 0, 600).unwrap_err();
        assert!(err.contains('1'), "{err}");
    }
}
