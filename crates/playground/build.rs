//! Builds the lessons (`lessons/*.toml` at the repository's root, or the folder named by
//! `NN_LESSONS_DIR`) into the page as static data: the files are checked here, so a
//! mistake in one stops the build with a message naming the file, the step and the key.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=NN_LESSONS_DIR");
    let dir = std::env::var_os("NN_LESSONS_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../lessons"),
        PathBuf::from,
    );
    println!("cargo:rerun-if-changed={}", dir.display());
    let lessons = match nn_lessons::load_dir(&dir) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("lessons: {e}");
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("lessons.rs"), nn_lessons::codegen(&lessons))
        .expect("OUT_DIR is writable");
}
