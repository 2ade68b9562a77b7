//! The big output heatmap with the data points and axes.
//!
//! Two stacked canvases: the decision image (n×n pixels, stretched and smoothed by CSS,
//! repainted every time the network changes) and the points (drawn at device
//! resolution, repainted only when the data, the test-data switch or the size change).

use nn_core::grid::DOMAIN;
use web_sys::{Element, HtmlCanvasElement};
use yew::prelude::*;

use super::axes::Axes;
use super::draw::{Pen, ERASER, SPACING};
use crate::browser;
use crate::draw::grid_store::SharedGrid;
use crate::draw::heatmap::Picture;
use crate::draw::points::Mapping;
use crate::draw::{heatmap, highlight, points};
use crate::hooks::use_layout_version;
use crate::state::{Action, SessionView};
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
    /// The pen while drawing: clicks, drags and keys on the map edit the points.
    #[prop_or_default]
    pub pen: Option<Pen>,
    /// Receives the edits.
    #[prop_or_default]
    pub onaction: Callback<Action>,
    /// The map's accessible name, if not the output heatmap's (compare mode's maps).
    #[prop_or_default]
    pub label: Option<Text>,
}

/// A keyboard cursor step, in data units (Shift: [`BIG_STEP`]).
const STEP: f64 = 0.25;
const BIG_STEP: f64 = 1.0;

/// The output node's decision surface over [−6, 6]², with the data on top.
#[function_component]
pub fn OutputHeatmap(props: &OutputHeatmapProps) -> Html {
    let lang = use_lang();
    let image_ref = use_node_ref();
    let points_ref = use_node_ref();
    let grid = use_context::<SharedGrid>().unwrap_or_default();
    let pixels = use_mut_ref(Vec::new);
    let layout = use_layout_version();
    // The mapping the points were last drawn through: clicks are read back through it.
    let mapping = use_mut_ref(|| None::<Mapping>);

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
        let mapping = mapping.clone();
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
                    *mapping.borrow_mut() =
                        points::paint(&canvas, &layers, browser::device_pixel_ratio());
                }
            },
        );
    }

    let plot_ref = use_node_ref();
    let drawing = Drawing::use_new(props, &plot_ref, &points_ref, &mapping);
    let drawing_class = props.pen.map(|pen| match pen.tool {
        super::draw::Tool::Add => "drawing",
        super::draw::Tool::Erase => "drawing erasing",
    });
    html! {
        <div class="heatmap">
            // One plot either way, so its canvases (and what they show) stay.
            <div ref={plot_ref} class={classes!("plot", drawing_class)}
                tabindex={props.pen.map(|_| "0")} role={props.pen.map(|_| "application")}
                aria-label={props.pen.map(|_| lang.text(Text::DrawArea))}
                onpointerdown={drawing.down} onpointermove={drawing.moved}
                onpointerup={drawing.up.clone()} onpointercancel={drawing.up}
                onkeydown={drawing.key} onfocus={drawing.focus} onblur={drawing.blur}>
                <canvas ref={image_ref} class="plot-image" role="img"
                    aria-label={lang.text(props.label.unwrap_or(Text::OutputHeatmap))}></canvas>
                <canvas ref={points_ref} class="plot-points" aria-hidden="true"></canvas>
                <Axes />
                if drawing.cursor_shown && props.pen.is_some() {
                    <div class="draw-cursor" aria-hidden="true" style={drawing.cursor_style}></div>
                }
            </div>
        </div>
    }
}

/// Where a pointer event is: its pixel on the map, the data point there, and the
/// eraser's reach in data units.
type Spot = ((f64, f64), (f64, f64), f64);

/// The map's handlers while drawing.
struct Drawing {
    down: Callback<PointerEvent>,
    moved: Callback<PointerEvent>,
    up: Callback<PointerEvent>,
    key: Callback<KeyboardEvent>,
    focus: Callback<FocusEvent>,
    blur: Callback<FocusEvent>,
    /// Whether the keyboard cursor is shown (the map has the focus).
    cursor_shown: bool,
    /// Where it is, in percent of the plot.
    cursor_style: String,
}

impl Drawing {
    /// The handlers of the map of `props` (its plot is `plot_ref`), reading pixels back
    /// through `mapping`.
    #[hook]
    fn use_new(
        props: &OutputHeatmapProps,
        plot_ref: &NodeRef,
        points_ref: &NodeRef,
        mapping: &std::rc::Rc<std::cell::RefCell<Option<Mapping>>>,
    ) -> Drawing {
        // The pixel of the last point a drag added (None: no drag under way).
        let dragged = use_mut_ref(|| None::<(f64, f64)>);
        let cursor = use_state(|| (0.0_f64, 0.0_f64));
        let focused = use_state(|| false);
        // Data coordinates and the eraser's reach under a pointer event.
        let locate = {
            let (points_ref, mapping) = (points_ref.clone(), mapping.clone());
            move |e: &PointerEvent| -> Option<Spot> {
                let canvas = points_ref.cast::<Element>()?;
                let rect = canvas.get_bounding_client_rect();
                let (cx, cy) = browser::client_position(e);
                let (px, py) = (cx - rect.left(), cy - rect.top());
                let m = (*mapping.borrow())?;
                Some(((px, py), m.to_data(px, py), m.units(ERASER)))
            }
        };
        let pen = props.pen;
        let emit = props.onaction.clone();
        let down = {
            let (locate, dragged, emit) = (locate.clone(), dragged.clone(), emit.clone());
            let plot_ref = plot_ref.clone();
            Callback::from(move |e: PointerEvent| {
                let (Some(pen), Some((px, (x, y), r))) = (pen, locate(&e)) else {
                    return;
                };
                if e.button() != 0 {
                    return;
                }
                // The plot keeps the pointer until it is released, even off the map (Yew
                // hands events over from its root, so the plot is found by its ref).
                if let Some(el) = plot_ref.cast::<Element>() {
                    let _ = el.set_pointer_capture(e.pointer_id());
                }
                *dragged.borrow_mut() = Some(px);
                emit.emit(Action::EditPoints(pen.edit(x, y, r, false)));
            })
        };
        let moved = {
            let (dragged, emit) = (dragged.clone(), emit.clone());
            Callback::from(move |e: PointerEvent| {
                let Some(last) = *dragged.borrow() else {
                    return;
                };
                let (Some(pen), Some((px, (x, y), r))) = (pen, locate(&e)) else {
                    return;
                };
                let far = (px.0 - last.0).hypot(px.1 - last.1) >= SPACING;
                if pen.tool == super::draw::Tool::Erase || far {
                    *dragged.borrow_mut() = Some(px);
                    emit.emit(Action::EditPoints(pen.edit(x, y, r, false)));
                }
            })
        };
        let up = {
            let dragged = dragged.clone();
            Callback::from(move |_: PointerEvent| *dragged.borrow_mut() = None)
        };
        let key = {
            let (cursor, mapping) = (cursor.clone(), mapping.clone());
            Callback::from(move |e: KeyboardEvent| {
                let Some(pen) = pen else {
                    return;
                };
                let step = if e.shift_key() { BIG_STEP } else { STEP };
                let (x, y) = *cursor;
                let moved = match e.key().as_str() {
                    "ArrowLeft" => Some((x - step, y)),
                    "ArrowRight" => Some((x + step, y)),
                    "ArrowUp" => Some((x, y + step)),
                    "ArrowDown" => Some((x, y - step)),
                    _ => None,
                };
                let reach = (*mapping.borrow()).map_or(0.2, |m| m.units(ERASER));
                let edit = match e.key().as_str() {
                    "Enter" | " " => Some(pen.edit(x, y, reach, false)),
                    "Delete" | "Backspace" => Some(pen.edit(x, y, reach, true)),
                    _ => None,
                };
                if let Some((x, y)) = moved {
                    cursor.set((x.clamp(-DOMAIN, DOMAIN), y.clamp(-DOMAIN, DOMAIN)));
                } else if let Some(edit) = edit {
                    emit.emit(Action::EditPoints(edit));
                } else {
                    return;
                }
                // The page's own keys (Space plays, → steps) leave a handled key alone.
                e.prevent_default();
            })
        };
        let focus = {
            let focused = focused.clone();
            Callback::from(move |_: FocusEvent| focused.set(true))
        };
        let blur = {
            let focused = focused.clone();
            Callback::from(move |_: FocusEvent| focused.set(false))
        };
        let (x, y) = *cursor;
        let percent = |v: f64| (v + DOMAIN) / (2.0 * DOMAIN) * 100.0;
        Drawing {
            down,
            moved,
            up,
            key,
            focus,
            blur,
            cursor_shown: *focused,
            cursor_style: format!("left: {}%; top: {}%", percent(x), 100.0 - percent(y)),
        }
    }
}
