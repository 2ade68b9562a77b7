//! The plot axes: x along the bottom and y along the right, as in the original.
//!
//! Ticks are HTML positioned in percent of the plot, so they stay crisp and follow the
//! plot's size. They are decorative for assistive technology (the plot has a name).

use nn_core::grid::DOMAIN;
use yew::prelude::*;

/// The tick values: every integer of the domain, as d3 picks for [−6, 6].
fn ticks() -> impl Iterator<Item = i32> {
    let d = DOMAIN as i32;
    -d..=d
}

/// Position of `v` in percent along an axis from −DOMAIN to +DOMAIN.
fn percent(v: i32) -> f64 {
    (f64::from(v) + DOMAIN) / (2.0 * DOMAIN) * 100.0
}

fn tick(v: i32, style: String) -> Html {
    // The original prints negatives with a true minus sign.
    let label = if v < 0 {
        format!("−{}", -v)
    } else {
        v.to_string()
    };
    html! {
        <span class={classes!("tick", (v == 0).then_some("zero"))} style={style}>{ label }</span>
    }
}

/// Both axes, laid over a `position: relative` plot.
#[function_component]
pub fn Axes() -> Html {
    html! {
        <div class="axes" aria-hidden="true">
            <div class="axis axis-x">
                { for ticks().map(|v| tick(v, format!("left: {:.4}%", percent(v)))) }
            </div>
            <div class="axis axis-y">
                { for ticks().map(|v| tick(v, format!("top: {:.4}%", 100.0 - percent(v)))) }
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_span_the_domain() {
        let t: Vec<i32> = ticks().collect();
        assert_eq!(t.len(), 13);
        assert_eq!((t[0], t[12]), (-6, 6));
        assert_eq!(percent(-6), 0.0);
        assert_eq!(percent(0), 50.0);
        assert_eq!(percent(6), 100.0);
    }
}
