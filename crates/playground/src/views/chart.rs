//! The loss chart above the output heatmap.

use std::rc::Rc;

use nn_core::history::LossHistory;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::browser;
use crate::draw::loss_chart::{self, Titles};
use crate::hooks::use_layout_version;
use crate::text::{use_lang, Text};

/// The app's loss history as a prop, compared by identity (each change is a new
/// version of the state, so comparing the points themselves is not needed).
#[derive(Clone, Debug)]
pub struct SharedHistory(pub Rc<LossHistory>);

impl PartialEq for SharedHistory {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Props of [`LossChart`].
#[derive(Properties, PartialEq)]
pub struct LossChartProps {
    /// Both losses over the epochs since the last reset.
    pub history: SharedHistory,
    /// Changes whenever `history` may have changed (the chart redraws only then).
    pub version: u64,
}

/// Training loss (grey) and test loss (black) against the epoch.
#[function_component]
pub fn LossChart(props: &LossChartProps) -> Html {
    let lang = use_lang();
    let canvas_ref = use_node_ref();
    let layout = use_layout_version();
    // The displayed size, read once per layout: reading it every frame would force the
    // browser to lay the page out in the middle of each frame.
    let size = use_mut_ref(|| None::<(u32, (i32, i32))>);
    {
        let canvas_ref = canvas_ref.clone();
        let history = Rc::clone(&props.history.0);
        use_effect_with((props.version, layout, lang), move |&(_, layout, lang)| {
            if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                let mut cached = size.borrow_mut();
                let css = match *cached {
                    Some((at, css)) if at == layout => css,
                    _ => {
                        let css = (canvas.client_width(), canvas.client_height());
                        if css.0 > 0 && css.1 > 0 {
                            *cached = Some((layout, css));
                        }
                        css
                    }
                };
                let titles = Titles {
                    epochs: lang.text(Text::ChartEpochs),
                    loss: lang.text(Text::ChartLoss),
                };
                let ratio = browser::device_pixel_ratio();
                loss_chart::paint(&canvas, css, &history, titles, ratio);
            }
        });
    }
    html! {
        <canvas ref={canvas_ref} class="loss-chart" role="img"
            aria-label={lang.text(Text::LossChart)}></canvas>
    }
}
