//! Entry point of the web app (built by Trunk).

fn main() {
    yew::Renderer::<playground::app::App>::new().render();
}
