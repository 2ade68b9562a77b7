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

// Offline support (www/sw.js): registered once the app runs. When a newer version has been
// published, a note offers to reload, in the page's language.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('sw.js').catch(() => {});
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data?.type !== 'nn-playground:update' || document.getElementById('update-note')) return;
    const zh = document.documentElement.lang.startsWith('zh');
    const note = document.createElement('div');
    note.id = 'update-note';
    note.className = 'update-note';
    note.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = zh ? '有新版本可用。' : 'A newer version is available.';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'text-button';
    button.textContent = zh ? '重新加载' : 'Reload';
    button.addEventListener('click', () => location.reload());
    note.append(text, ' ', button);
    document.body.append(note);
  });
  // Ask too, in case the version check that this load started ends before the page can
  // hear it: the worker compares the files this page names with the newest version's.
  navigator.serviceWorker.controller?.postMessage({ type: 'nn-playground:check', head: document.head.outerHTML });
}
