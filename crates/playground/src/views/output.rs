//! The output column: losses, the big heatmap and the colour legend.

use yew::prelude::*;

use super::heatmap::OutputHeatmap;
use super::legend::Legend;
use super::metrics::Metrics;
use crate::state::SessionView;
use crate::text::{use_lang, Text};

/// Id of the column heading, which names the column.
const HEADING_ID: &str = "output-heading";

/// Props of [`OutputColumn`].
#[derive(Properties, PartialEq)]
pub struct OutputColumnProps {
    /// The session to show.
    pub view: SessionView,
}

/// Everything right of the network.
#[function_component]
pub fn OutputColumn(props: &OutputColumnProps) -> Html {
    let lang = use_lang();
    let session = &props.view.session;
    let config = session.config();
    html! {
        <section class="column output-column" aria-labelledby={HEADING_ID}>
            <h2 class="column-heading" id={HEADING_ID}>{ lang.text(Text::Output) }</h2>
            <Metrics test_loss={session.test_loss()} train_loss={session.train_loss()} />
            <OutputHeatmap view={props.view.clone()} discretize={config.discretize}
                show_test_data={config.show_test_data} />
            <Legend />
        </section>
    }
}
