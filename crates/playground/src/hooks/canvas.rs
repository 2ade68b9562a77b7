//! A canvas painted from the app's data: repainted when its data or the page's layout
//! change, with its displayed size read once per layout (reading it every frame would
//! make the browser lay the page out in the middle of each frame).

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::use_layout_version;
use crate::browser;

/// A canvas's paint call: the canvas, its displayed size in CSS pixels and the device
/// pixel ratio.
pub type Painter = Box<dyn FnOnce(&HtmlCanvasElement, (i32, i32), f64)>;

/// The ref to put on a `<canvas>`: whenever `deps` change (or the window is resized)
/// after a render, `paint` draws it.
#[hook]
pub fn use_painted_canvas<D>(deps: D, paint: Painter) -> NodeRef
where
    D: PartialEq + 'static,
{
    let canvas_ref = use_node_ref();
    let layout = use_layout_version();
    let size = use_mut_ref(|| None::<(u32, (i32, i32))>);
    {
        let canvas_ref = canvas_ref.clone();
        use_effect_with((deps, layout), move |(_, layout)| {
            if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                let mut cached = size.borrow_mut();
                let css = match *cached {
                    Some((at, css)) if at == *layout => css,
                    _ => {
                        let css = (canvas.client_width(), canvas.client_height());
                        if css.0 > 0 && css.1 > 0 {
                            *cached = Some((*layout, css));
                        }
                        css
                    }
                };
                paint(&canvas, css, browser::device_pixel_ratio());
            }
        });
    }
    canvas_ref
}
