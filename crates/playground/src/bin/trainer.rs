//! The training worker (built by Trunk as a second binary, `data-type="worker"`); see
//! `playground::trainer`.

fn main() {
    playground::trainer::worker::run();
}
