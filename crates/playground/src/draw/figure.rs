//! The figure for homework: one PNG of the output map with its points, the network, the
//! loss chart and a caption (the settings, the epoch, the losses and the link).
//!
//! It is composed from what the page shows: the map's two canvases, the node canvases
//! and link paths of the network diagram (each at its place in the diagram), and the loss
//! chart's canvas, found by their classes. A part the page hides is left out.

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Document, Element, HtmlCanvasElement, Path2d};

use super::canvas::context_2d;

/// The figure's width in CSS pixels; the PNG has [`SCALE`] times as many.
pub const WIDTH: f64 = 1200.0;
/// Device pixels per figure pixel.
pub const SCALE: f64 = 2.0;
const MARGIN: f64 = 24.0;
/// The side of the output map.
const MAP: f64 = 440.0;
/// Top of the map, the network and the chart (under the title).
const TOP: f64 = 64.0;
const GAP: f64 = 32.0;
/// Height of the network's box; the chart's box takes the rest of the map's height.
const NETWORK: f64 = 300.0;
const CAPTION_LINE: f64 = 20.0;
const LINK_LINE: f64 = 15.0;
const INK: &str = "#333";

/// What the figure says in words.
pub struct Caption {
    /// The heading.
    pub title: String,
    /// Lines of settings and results.
    pub lines: Vec<String>,
    /// The page's link, wrapped to fit.
    pub link: String,
}

/// The figure's height for `caption` (CSS pixels).
pub fn height(caption: &Caption) -> f64 {
    let links = link_lines(&caption.link).len() as f64;
    TOP + MAP + GAP + caption.lines.len() as f64 * CAPTION_LINE + 8.0 + links * LINK_LINE + MARGIN
}

/// The link cut into lines that fit the figure's width in the caption's small font.
fn link_lines(link: &str) -> Vec<String> {
    // About 6.6 pixels per character at 11 px monospace.
    let per_line = ((WIDTH - 2.0 * MARGIN) / 6.6) as usize;
    let chars: Vec<char> = link.chars().collect();
    chars
        .chunks(per_line.max(1))
        .map(|c| c.iter().collect())
        .collect()
}

/// The figure as a canvas, or `None` if the browser gives no canvas.
pub fn compose(document: &Document, caption: &Caption) -> Option<HtmlCanvasElement> {
    let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    let h = height(caption);
    canvas.set_width((WIDTH * SCALE) as u32);
    canvas.set_height((h * SCALE) as u32);
    let ctx = context_2d(&canvas)?;
    ctx.scale(SCALE, SCALE).ok()?;
    ctx.set_fill_style_str("#fff");
    ctx.fill_rect(0.0, 0.0, WIDTH, h);

    ctx.set_fill_style_str(INK);
    ctx.set_font("bold 20px sans-serif");
    let _ = ctx.fill_text(&caption.title, MARGIN, 36.0);

    draw_map(document, &ctx);
    let right = MARGIN + MAP + GAP;
    let room = WIDTH - MARGIN - right;
    draw_network(document, &ctx, (right, TOP, room, NETWORK));
    let chart_top = TOP + NETWORK + 16.0;
    draw_canvas_fit(
        &ctx,
        find_canvas(document, "canvas.loss-chart").as_ref(),
        (right, chart_top, room, TOP + MAP - chart_top),
    );

    let mut y = TOP + MAP + GAP;
    ctx.set_fill_style_str(INK);
    ctx.set_font("15px sans-serif");
    for line in &caption.lines {
        let _ = ctx.fill_text(line, MARGIN, y);
        y += CAPTION_LINE;
    }
    y += 8.0;
    ctx.set_fill_style_str("#555");
    ctx.set_font("11px monospace");
    for line in link_lines(&caption.link) {
        let _ = ctx.fill_text(&line, MARGIN, y);
        y += LINK_LINE;
    }
    Some(canvas)
}

fn find_canvas(document: &Document, selector: &str) -> Option<HtmlCanvasElement> {
    document.query_selector(selector).ok()??.dyn_into().ok()
}

/// The output map: the decision image (smoothed, as the page shows it), the points, a
/// frame and the axes' ends.
fn draw_map(document: &Document, ctx: &CanvasRenderingContext2d) {
    let (x, y) = (MARGIN, TOP);
    ctx.set_image_smoothing_enabled(true);
    for selector in ["canvas.plot-image", "canvas.plot-points"] {
        if let Some(c) = find_canvas(document, selector).filter(|c| c.width() > 0) {
            let _ = ctx.draw_image_with_html_canvas_element_and_dw_and_dh(&c, x, y, MAP, MAP);
        }
    }
    ctx.set_stroke_style_str("#999");
    ctx.set_line_width(1.0);
    ctx.stroke_rect(x, y, MAP, MAP);
    ctx.set_fill_style_str("#666");
    ctx.set_font("11px sans-serif");
    for (v, label) in [(-6.0, "−6"), (0.0, "0"), (6.0, "6")] {
        let at = x + (v + 6.0) / 12.0 * MAP;
        let _ = ctx.fill_text(label, at - 6.0, y + MAP + 14.0);
        let at = y + (6.0 - v) / 12.0 * MAP;
        let _ = ctx.fill_text(label, x + MAP + 4.0, at + 4.0);
    }
}

/// `canvas` scaled to fit `(x, y, w, h)` with its proportions kept.
fn draw_canvas_fit(
    ctx: &CanvasRenderingContext2d,
    canvas: Option<&HtmlCanvasElement>,
    (x, y, w, h): (f64, f64, f64, f64),
) {
    let Some(c) = canvas.filter(|c| c.client_width() > 0 && c.client_height() > 0) else {
        return;
    };
    let (cw, ch) = (f64::from(c.client_width()), f64::from(c.client_height()));
    let s = (w / cw).min(h / ch);
    let _ = ctx.draw_image_with_html_canvas_element_and_dw_and_dh(c, x, y, cw * s, ch * s);
}

/// The network diagram scaled into `(x, y, w, h)`: each node's picture where it sits,
/// then the links with the colour, width and dashes the page gave them.
fn draw_network(
    document: &Document,
    ctx: &CanvasRenderingContext2d,
    (x, y, w, h): (f64, f64, f64, f64),
) {
    let Some(diagram) = document.query_selector(".diagram").ok().flatten() else {
        return;
    };
    let base = diagram.get_bounding_client_rect();
    let (dw, dh) = (base.width(), base.height());
    if dw <= 0.0 || dh <= 0.0 {
        return;
    }
    let s = (w / dw).min(h / dh);
    ctx.save();
    let _ = ctx.translate(x, y);
    let _ = ctx.scale(s, s);
    for node in all(&diagram, "canvas.node-image") {
        let Ok(c) = node.dyn_into::<HtmlCanvasElement>() else {
            continue;
        };
        let r = c.get_bounding_client_rect();
        let (nx, ny) = (r.left() - base.left(), r.top() - base.top());
        let _ = ctx.draw_image_with_html_canvas_element_and_dw_and_dh(
            &c,
            nx,
            ny,
            r.width(),
            r.height(),
        );
        ctx.set_stroke_style_str("#bbb");
        ctx.set_line_width(1.0);
        ctx.stroke_rect(nx, ny, r.width(), r.height());
    }
    for link in all(&diagram, "path.link") {
        let (Some(d), Some(stroke)) = (link.get_attribute("d"), link.get_attribute("stroke"))
        else {
            continue;
        };
        let Ok(path) = Path2d::new_with_path_string(&d) else {
            continue;
        };
        let width = link
            .get_attribute("stroke-width")
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(1.0);
        let dashes = js_sys::Array::new();
        if let Some(dash) = link.get_attribute("stroke-dasharray") {
            for v in dash
                .split([',', ' '])
                .filter_map(|v| v.trim().parse::<f64>().ok())
            {
                dashes.push(&v.into());
            }
        }
        let _ = ctx.set_line_dash(&dashes);
        ctx.set_stroke_style_str(&stroke);
        ctx.set_line_width(width);
        ctx.stroke_with_path(&path);
    }
    let _ = ctx.set_line_dash(&js_sys::Array::new());
    ctx.restore();
}

/// The elements under `root` that match `selector`.
fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caption(link: String) -> Caption {
        Caption {
            title: "t".into(),
            lines: vec!["a".into(), "b".into()],
            link,
        }
    }

    #[test]
    fn a_long_link_wraps_and_the_figure_grows_with_it() {
        let long = caption("x".repeat(1000));
        let lines = link_lines(&long.link);
        assert!(lines.len() > 5 && lines.iter().all(|l| l.len() <= 175));
        assert_eq!(lines.concat(), long.link);
        let short = caption("https://example.org/#seed=1".into());
        assert_eq!(link_lines(&short.link).len(), 1);
        assert!(height(&long) > height(&short));
    }
}
