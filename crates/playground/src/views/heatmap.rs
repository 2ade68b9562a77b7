//! The big output heatmap with the data points and axes.
//!
//! Two stacked canvases: the decision image (n×n pixels, stretched and smoothed by CSS,
//! repainted every time the network changes) and the points (drawn at device
//! resolution, repainted only when the data, the test-data switch or the size change).

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::axes::Axes;
use crate::browser;
use crate::draw::grid_store::SharedGrid;
use crate::draw::heatmap::Picture;
use crate::draw::{heatmap, highlight, points};
use crate::hooks::use_layout_version;
use crate::state::SessionView;
use crate::text::{use_lang, Text};

/// Props of [`OutputHeatmap`].
#[derive(Properties, PartialEq)]
pub struct OutputHeatmapProps {
    /// The session to show.
    pub view: SessionView,
    /// Show the sign of the output instead of its value.
    pub discretize: bool,
    /// Draw the test points too.
    pub show_test_data: bool,
}

/// The output node's decision surface over [−6, 6]², with the data on top.
#[function_component]
pub fn OutputHeatmap(props: &OutputHeatmapProps) -> Html {
    let lang = use_lang();
    let image_ref = use_node_ref();
    let points_ref = use_node_ref();
    let grid = use_context::<SharedGrid>().unwrap_or_default();
    let pixels = use_mut_ref(Vec::new);
    let layout = use_layout_version();

    {
        let image_ref = image_ref.clone();
        let view = props.view.clone();
        let scratch = use_mut_ref(Vec::new);
        use_effect_with(
            (
                props.view.network_version,
                props.view.highlight,
                props.discretize,
            ),
            move |&(_, node, discretize)| {
                if let Some(canvas) = image_ref.cast::<HtmlCanvasElement>() {
                    let mut store = grid.0.borrow_mut();
                    let g = store.get(&view);
                    // The hovered node's image, or the output's.
                    let scratch = &mut scratch.borrow_mut();
                    let classes = view.session.config().outputs();
                    let picture = if node.is_none() && classes > 1 {
                        Picture::Classes(g.output_layer(), classes)
                    } else {
                        Picture::Values(highlight::image(g, view.session.features(), node, scratch))
                    };
                    let buffer = &mut pixels.borrow_mut();
                    heatmap::paint_picture(&canvas, picture, g.resolution(), discretize, buffer);
                }
            },
        );
    }
    {
        let points_ref = points_ref.clone();
        let session = props.view.session.clone();
        // The last stepped batch's points are ringed until training goes on.
        let batch = session
            .last_batch()
            .next()
            .map(|_| (session.updates(), session.epoch(), session.cursor()));
        use_effect_with(
            (props.view.data_version, props.show_test_data, layout, batch),
            move |&(_, show_test, _, _)| {
                if let Some(canvas) = points_ref.cast::<HtmlCanvasElement>() {
                    let train = session.train_points();
                    let ringed: Vec<nn_core::Point> = session
                        .last_batch()
                        .filter_map(|i| train.get(i).copied())
                        .collect();
                    let mut layers = vec![(train, points::TRAIN)];
                    if show_test {
                        layers.push((session.test_points(), points::TEST));
                    }
                    layers.push((&ringed, points::BATCH));
                    points::paint(&canvas, &layers, browser::device_pixel_ratio());
                }
            },
        );
    }

    html! {
        <div class="heatmap">
            <div class="plot">
                <canvas ref={image_ref} class="plot-image" role="img"
                    aria-label={lang.text(Text::OutputHeatmap)}></canvas>
                <canvas ref={points_ref} class="plot-points" aria-hidden="true"></canvas>
                <Axes />
            </div>
        </div>
    }
}
