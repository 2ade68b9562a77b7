// Offline support: after the first visit the playground loads with no network (a
// classroom's Wi-Fi fails), and when a newer version has been published the open page is
// told so. Only this origin's files are cached; the page loads nothing from elsewhere.
//
// - install: caches the page, the files it names (hashed by the build) and the training
//   worker's files;
// - a page load is answered from the cache at once, while the network is asked for the
//   page too: if it changed, the new version and its files are cached and the open pages
//   are told that a reload gives the newer version;
// - every other file of this origin: from the cache, else from the network (and cached);
// - a page that has loaded sends its <head> (`nn-playground:check`): once the page
//   refresh started by its load has finished, it is told if the newest cached version names
//   other files. (The message sent by the refresh itself can miss a page that was still
//   loading when the refresh ended.)

const CACHE = 'nn-playground';
const WORKER_FILES = ['trainer_loader.js', 'trainer.js', 'trainer_bg.wasm', 'embed-height.js'];

/** The files a version of index.html names: its hashed scripts, styles and module. */
function namedIn(html) {
  return [...html.matchAll(/(?:href|src|data-js|data-wasm)="\.?\/?([^"#?:]+\.(?:js|css|wasm))"/g)].map((m) => m[1]);
}

/** Every file a version needs: the page, the fixed files and those it names. */
function filesOf(html) {
  return [...new Set(['./', 'boot.js', ...WORKER_FILES, ...namedIn(html)])];
}

/** What tells one build from another: the (hashed) names its page gives. */
function buildOf(html) {
  return namedIn(html).sort().join(' ');
}

/** The refresh started by the last page load (see the `message` listener). */
let refreshing = Promise.resolve();

async function cacheVersion(html) {
  const cache = await caches.open(CACHE);
  const files = filesOf(html).filter((f) => f !== './');
  await cache.addAll(files);
  await cache.put('./', new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch('./', { cache: 'no-store' });
      await cacheVersion(await response.text());
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'nn-playground:check' || typeof event.data.head !== 'string') return;
  event.waitUntil(
    (async () => {
      await refreshing;
      const hit = await (await caches.open(CACHE)).match('./');
      if (hit && buildOf(await hit.text()) !== buildOf(event.data.head)) {
        event.source?.postMessage({ type: 'nn-playground:update' });
      }
    })(),
  );
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/** Asks the network for the page; if it differs from the cached one, caches the new version
 *  and tells the open pages. */
async function refresh(cached) {
  try {
    const response = await fetch('./', { cache: 'no-store' });
    if (!response.ok) return;
    const html = await response.text();
    if (cached !== undefined && html !== cached) {
      await cacheVersion(html);
      for (const client of await self.clients.matchAll({ type: 'window' })) {
        client.postMessage({ type: 'nn-playground:update' });
      }
    } else if (cached === undefined) {
      await cacheVersion(html);
    }
  } catch {
    // Offline: the cached version is what there is.
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && (url.pathname.endsWith('/') || url.pathname.endsWith('/index.html'))) {
    event.respondWith(
      (async () => {
        const cache = await caches.open(CACHE);
        const hit = await cache.match('./');
        const cached = hit ? await hit.clone().text() : undefined;
        refreshing = refresh(cached);
        event.waitUntil(refreshing);
        return hit ?? fetch(request);
      })(),
    );
    return;
  }
  if (request.mode === 'navigate') {
    // Other pages (the example notes): the network first, the cache when offline.
    event.respondWith(
      (async () => {
        const cache = await caches.open(CACHE);
        try {
          const response = await fetch(request);
          if (response.ok) await cache.put(request, response.clone());
          return response;
        } catch (error) {
          const hit = await cache.match(request, { ignoreSearch: true });
          if (hit) return hit;
          throw error;
        }
      })(),
    );
    return;
  }
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
      return response;
    })(),
  );
});
