// Starts the app. Trunk's own loader is an inline <script>, which the page's
// Content-Security-Policy (script-src 'self', no inline code) forbids, so Trunk.toml's
// `pattern_script` puts this file in its place and hands it the hashed file names.
const tag = document.querySelector('script[data-js][data-wasm]');
const js = new URL(tag.dataset.js, document.baseURI).href;
const wasmUrl = new URL(tag.dataset.wasm, document.baseURI);
const { default: init } = await import(js);
const wasm = await init({ module_or_path: wasmUrl });
// The same event Trunk's loader fires (the benchmarks listen for it).
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
