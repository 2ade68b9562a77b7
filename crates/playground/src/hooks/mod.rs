//! Hooks that connect the app to the browser: frames, keys, the URL and the window size.

pub mod canvas;
pub mod embed_height;
pub mod frame_loop;
pub mod in_view;
pub mod keyboard;
pub mod language;
pub mod location;
pub mod pace;
pub mod resize;

pub use canvas::use_painted_canvas;
pub use embed_height::use_embed_height;
pub use frame_loop::use_frame_loop;
pub use in_view::use_in_view;
pub use keyboard::use_shortcuts;
pub use language::{use_document_language, use_page_lang};
pub use location::{use_hash_change, use_hash_sync};
pub use pace::use_pace;
pub use resize::use_layout_version;
