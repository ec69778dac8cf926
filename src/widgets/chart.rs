//! Charts as inline SVG, generated in Rust; no chart library. Geometry is plain functions (tested
//! natively); colours come from CSS classes so embeds can theme them. Every chart has a title and
//! a description for screen readers, and the screens that use one also show the numbers as a table.
//!
//! On a phone a chart is drawn narrower ([`NARROW_WIDTH`] units instead of [`WIDE_WIDTH`]), so it
//! fits the screen with readable text and never scrolls sideways: the person's own hours stay in
//! sight ([`use_narrow_screen`]).

use werkkeuze_core::money::{format_whole_euros, Cents};
use yew::prelude::*;

/// "Nice" axis ticks from 0 to at least `max`: steps of 1, 2 or 5 × 10^k, about `target` ticks.
pub fn nice_ticks(max: i64, target: usize) -> Vec<i64> {
    let max = max.max(1);
    let raw = max as f64 / target.max(1) as f64;
    let mag = 10f64.powi(raw.log10().floor() as i32);
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag)
        .max(1.0) as i64;
    let top = ((max + step - 1) / step) * step;
    (0..=top / step).map(|i| i * step).collect()
}

/// A linear map from a domain to a pixel range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub d0: f64,
    pub d1: f64,
    pub r0: f64,
    pub r1: f64,
}

impl Scale {
    pub fn at(&self, v: f64) -> f64 {
        if (self.d1 - self.d0).abs() < f64::EPSILON {
            return self.r0;
        }
        self.r0 + (v - self.d0) / (self.d1 - self.d0) * (self.r1 - self.r0)
    }
}

fn px(v: f64) -> String {
    format!("{:.1}", if v.is_finite() { v } else { 0.0 })
}

/// A shaded stretch on the x axis with the rule that causes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub from: f64,
    pub to: f64,
    pub label: String,
}

/// The width of a chart in SVG units: on a wide screen, and on a phone.
pub const WIDE_WIDTH: f64 = 640.0;
pub const NARROW_WIDTH: f64 = 360.0;
/// Narrower than this (38rem, about 608 px) the charts use [`NARROW_WIDTH`].
const NARROW_QUERY: &str = "(max-width: 38rem)";

/// Whether the screen is narrow (a phone), following a turned phone or a resized window.
#[hook]
pub fn use_narrow_screen() -> bool {
    let query = use_memo((), |_| {
        web_sys::window().and_then(|w| w.match_media(NARROW_QUERY).ok().flatten())
    });
    let narrow = use_state_eq(|| query.as_ref().as_ref().is_some_and(|q| q.matches()));
    {
        let narrow = narrow.clone();
        use_effect_with(query, move |query| {
            let listener = query.as_ref().as_ref().map(|q| {
                let q2 = q.clone();
                gloo::events::EventListener::new(q, "change", move |_| narrow.set(q2.matches()))
            });
            move || drop(listener)
        });
    }
    *narrow
}

#[derive(Properties, PartialEq)]
pub struct LineChartProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub description: AttrValue,
    /// (x, amount) in x order.
    pub points: Vec<(f64, Cents)>,
    pub x_label: AttrValue,
    pub x_max: f64,
    /// The x the person chose, marked with a vertical line.
    #[prop_or_default]
    pub marked: Option<f64>,
    #[prop_or_default]
    pub bands: Vec<Band>,
    /// Width in SVG units ([`WIDE_WIDTH`] or [`NARROW_WIDTH`]).
    #[prop_or(WIDE_WIDTH)]
    pub width: f64,
}

const H: f64 = 320.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 48.0;

/// Total income against hours: the line, the chosen hours, and shaded stretches where extra work
/// earns little or costs money.
#[function_component(LineChart)]
pub fn line_chart(p: &LineChartProps) -> Html {
    #[allow(non_snake_case)]
    let W = p.width;
    let y_max = p
        .points
        .iter()
        .map(|(_, c)| c.0)
        .max()
        .unwrap_or(0)
        .max(100);
    let y_ticks = nice_ticks(y_max / 100, 5);
    let y_top = *y_ticks.last().unwrap_or(&1) as f64 * 100.0;
    let x = Scale {
        d0: 0.0,
        d1: p.x_max,
        r0: LEFT,
        r1: W - RIGHT,
    };
    let y = Scale {
        d0: 0.0,
        d1: y_top,
        r0: H - BOTTOM,
        r1: TOP,
    };
    let path: String = p
        .points
        .iter()
        .enumerate()
        .map(|(i, (xv, c))| {
            format!(
                "{}{},{}",
                if i == 0 { "M" } else { "L" },
                px(x.at(*xv)),
                px(y.at(c.0 as f64))
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    // Ticks about every 40 units, so the numbers never touch.
    let x_ticks = nice_ticks(p.x_max.round() as i64, ((W - LEFT - RIGHT) / 40.0) as usize);
    let title_id = format!("{}-titel", p.id);
    let desc_id = format!("{}-uitleg", p.id);
    html! {
        <svg class="chart line-chart" viewBox={format!("0 0 {W} {H}")} role="img"
            aria-labelledby={title_id.clone()} aria-describedby={desc_id.clone()}
            preserveAspectRatio="xMidYMid meet">
            <title id={title_id}>{p.title.clone()}</title>
            <desc id={desc_id}>{p.description.clone()}</desc>
            { for p.bands.iter().map(|b| {
                let x0 = x.at(b.from.max(0.0));
                let x1 = x.at(b.to.min(p.x_max));
                html! {
                    <g class="chart-band">
                        <rect x={px(x0)} y={px(TOP)} width={px((x1 - x0).max(2.0))} height={px(H - BOTTOM - TOP)} />
                        <text x={px(x0 + 3.0)} y={px(TOP + 14.0)} class="chart-band-label">{b.label.clone()}</text>
                    </g>
                }
            }) }
            { for y_ticks.iter().map(|t| {
                let yy = y.at(*t as f64 * 100.0);
                html! {
                    <g class="chart-grid">
                        <line x1={px(LEFT)} x2={px(W - RIGHT)} y1={px(yy)} y2={px(yy)} />
                        <text x={px(LEFT - 6.0)} y={px(yy + 4.0)} text-anchor="end">{format_whole_euros(Cents(*t * 100))}</text>
                    </g>
                }
            }) }
            { for x_ticks.iter().filter(|t| (**t as f64) <= p.x_max).map(|t| {
                let xx = x.at(*t as f64);
                html! {
                    <text class="chart-tick" x={px(xx)} y={px(H - BOTTOM + 18.0)} text-anchor="middle">{t.to_string()}</text>
                }
            }) }
            <text class="chart-axis-label" x={px((LEFT + W - RIGHT) / 2.0)} y={px(H - 8.0)} text-anchor="middle">{p.x_label.clone()}</text>
            <path class="chart-line" d={path} />
            if let Some(mx) = p.marked {
                <line class="chart-mark" x1={px(x.at(mx))} x2={px(x.at(mx))} y1={px(TOP)} y2={px(H - BOTTOM)} />
            }
        </svg>
    }
}

/// One segment of a stacked bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub label: String,
    pub amount: Cents,
    /// CSS class that gives the colour, e.g. "seg-0".
    pub class: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub segments: Vec<Segment>,
}

#[derive(Properties, PartialEq)]
pub struct StackedBarsProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub description: AttrValue,
    pub bars: Vec<Bar>,
    /// Width in SVG units ([`WIDE_WIDTH`] or [`NARROW_WIDTH`]).
    #[prop_or(WIDE_WIDTH)]
    pub width: f64,
}

/// Before and after as stacked bars (net wage, benefit, each allowance).
#[function_component(StackedBars)]
pub fn stacked_bars(p: &StackedBarsProps) -> Html {
    const BH: f64 = 60.0;
    #[allow(non_snake_case)]
    let BW = p.width;
    let label_w = if BW < WIDE_WIDTH { 100.0 } else { 120.0 };
    let total_max = p
        .bars
        .iter()
        .map(|b| {
            b.segments
                .iter()
                .map(|s| s.amount.max_zero().0)
                .sum::<i64>()
        })
        .max()
        .unwrap_or(0)
        .max(1);
    let x = Scale {
        d0: 0.0,
        d1: total_max as f64,
        r0: label_w,
        r1: BW - 90.0,
    };
    let height = BH * p.bars.len() as f64 + 8.0;
    let title_id = format!("{}-titel", p.id);
    let desc_id = format!("{}-uitleg", p.id);
    html! {
        <svg class="chart bar-chart" viewBox={format!("0 0 {BW} {height}")} role="img"
            aria-labelledby={title_id.clone()} aria-describedby={desc_id.clone()}>
            <title id={title_id}>{p.title.clone()}</title>
            <desc id={desc_id}>{p.description.clone()}</desc>
            { for p.bars.iter().enumerate().map(|(i, bar)| {
                let y0 = 8.0 + i as f64 * BH;
                let mut acc = 0i64;
                let total: Cents = bar.segments.iter().map(|s| s.amount.max_zero()).sum();
                html! {
                    <g>
                        <text x="0" y={px(y0 + 26.0)} class="chart-bar-label">{bar.label.clone()}</text>
                        { for bar.segments.iter().filter(|s| s.amount.0 > 0).map(|s| {
                            let x0 = x.at(acc as f64);
                            acc += s.amount.0;
                            let x1 = x.at(acc as f64);
                            html! {
                                <rect class={s.class.clone()} x={px(x0)} y={px(y0)} width={px(x1 - x0)} height="40">
                                    <title>{format!("{}: {}", s.label, format_whole_euros(s.amount))}</title>
                                </rect>
                            }
                        }) }
                        <text x={px(x.at(acc as f64) + 6.0)} y={px(y0 + 26.0)} class="chart-bar-total">{format_whole_euros(total)}</text>
                    </g>
                }
            }) }
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_maximum() {
        assert_eq!(nice_ticks(40, 8), vec![0, 5, 10, 15, 20, 25, 30, 35, 40]);
        assert_eq!(nice_ticks(2_345, 5), vec![0, 500, 1000, 1500, 2000, 2500]);
        assert_eq!(nice_ticks(0, 5), vec![0, 1]);
        assert!(*nice_ticks(1_999, 4).last().unwrap() >= 1_999);
    }

    #[test]
    fn scale_maps_ends_and_never_divides_by_zero() {
        let s = Scale {
            d0: 0.0,
            d1: 40.0,
            r0: 64.0,
            r1: 624.0,
        };
        assert_eq!(s.at(0.0), 64.0);
        assert_eq!(s.at(40.0), 624.0);
        assert_eq!(s.at(20.0), 344.0);
        let flat = Scale {
            d0: 5.0,
            d1: 5.0,
            r0: 1.0,
            r1: 9.0,
        };
        assert_eq!(flat.at(5.0), 1.0);
        assert_eq!(px(f64::NAN), "0.0");
    }
}
