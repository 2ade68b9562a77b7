//! The linear collapse figure: when every hidden layer is Linear, the single layer the
//! network amounts to (O = XW + b, multiplied through with the live weights) and a
//! button that opens that network, which draws the same boundary.

use nn_core::collapse::{collapse, Collapsed};
use nn_core::Activation;
use yew::prelude::*;

use super::figure::figure;
use crate::state::{Action, SessionView};
use crate::text::{use_lang, Lang, Text};

/// Props of [`CollapseFigure`].
#[derive(Properties, PartialEq)]
pub struct CollapseFigureProps {
    /// The session to show.
    pub view: SessionView,
    /// Receives the button's [`Action::OpenCollapsed`].
    pub onaction: Callback<Action>,
    /// The button shown but disabled (`collapseFigure_lock`).
    #[prop_or_default]
    pub frozen: bool,
}

/// A weight in the table: four decimals, a true minus.
pub fn number(v: f64) -> String {
    let s = format!("{v:.4}");
    match s.strip_prefix('-') {
        Some(rest) if s.trim_start_matches(['-', '0', '.']).is_empty() => rest.to_string(),
        Some(rest) => format!("−{rest}"),
        None => s,
    }
}

/// Output `k` of `n`: `O`, or `O₁`, `O₂`, … when there are several.
fn output_name(k: usize, n: usize) -> String {
    const SUB: [char; 10] = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];
    if n == 1 {
        return "O".into();
    }
    let digits: String = (k + 1)
        .to_string()
        .chars()
        .map(|d| SUB[d.to_digit(10).unwrap_or(0) as usize])
        .collect();
    format!("O{digits}")
}

/// The figure: the formula and the table, or why there is none.
#[function_component]
pub fn CollapseFigure(props: &CollapseFigureProps) -> Html {
    let lang = use_lang();
    let session = &props.view.session;
    let collapsed = collapse(session.network());
    let body = match collapsed {
        None => html! { <p class="figure-readout">{ lang.text(Text::FigCollapseNotLinear) }</p> },
        Some(c) => {
            let names: Vec<String> = session
                .features()
                .iter()
                .map(|&f| lang.feature(f).to_string())
                .collect();
            let output = session.network().layers().last().map(|l| l.activation);
            let onclick = props.onaction.reform(|_: MouseEvent| Action::OpenCollapsed);
            html! {
                <>
                <p class="figure-readout">{
                    if c.hidden == 0 {
                        lang.text(Text::FigCollapseNoHidden).to_string()
                    } else {
                        lang.fill(Text::FigCollapseHidden, &[&c.hidden.to_string()])
                    }
                }</p>
                <p class="collapse-formula">{ "O = XW + b" }</p>
                if let Some(a) = output.filter(|&a| a != Activation::Linear) {
                    <p class="figure-readout">
                        { lang.fill(Text::FigCollapseOutput, &[lang.activation(a)]) }
                    </p>
                }
                { table(lang, &c, &names) }
                if c.hidden > 0 {
                    <button type="button" class="text-button collapse-open"
                        title={lang.text(if props.frozen { Text::LockedHint } else { Text::FigCollapseOpenHint })}
                        disabled={props.frozen} {onclick}>
                        { lang.text(Text::FigCollapseOpen) }
                    </button>
                }
                </>
            }
        }
    };
    html! {
        { figure(lang, "figure-collapse", Text::FigCollapseTitle, Text::FigCollapseExplain, html! { <>
            { body }
        </> }) }
    }
}

/// W (one row per input, one column per output) and b under it.
fn table(lang: Lang, c: &Collapsed, names: &[String]) -> Html {
    let outputs = c.outputs;
    html! {
        <table class="collapse-table">
            <caption>{ lang.text(Text::FigCollapseTable) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ lang.text(Text::FigCollapseInput) }</th>
                    { for (0..outputs).map(|k| html! {
                        <th scope="col">{ format!("W → {}", output_name(k, outputs)) }</th>
                    }) }
                </tr>
            </thead>
            <tbody>
                { for (0..c.inputs).map(|i| html! {
                    <tr>
                        <th scope="row">{ names.get(i).cloned().unwrap_or_default() }</th>
                        { for (0..outputs).map(|k| html! { <td>{ number(c.weight(i, k)) }</td> }) }
                    </tr>
                }) }
                <tr class="collapse-bias">
                    <th scope="row">{ "b" }</th>
                    { for c.biases.iter().map(|&b| html! { <td>{ number(b) }</td> }) }
                </tr>
            </tbody>
        </table>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_names_read_cleanly() {
        assert_eq!(number(0.123456), "0.1235");
        assert_eq!(number(-1.5), "−1.5000");
        assert_eq!(number(-0.00001), "0.0000", "no minus on a rounded zero");
        assert_eq!(output_name(0, 1), "O");
        assert_eq!(output_name(1, 3), "O₂");
        assert_eq!(output_name(11, 12), "O₁₂");
    }
}
