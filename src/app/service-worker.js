// The service worker, registered from the first quiz page (src/app/offline.ts): it keeps every file
// of this build on the device, so that once the quiz has started it finishes, and the results,
// history, compare and the article open, with no network, a reload included.
// scripts/service-worker.ts writes it out as sw.js after prerendering, with the build's own file
// list in front of this text as `BUILD` ({ base, version, pages, files, shell }).
/* global BUILD */

const PREFIX = `career-quiz:${BUILD.base}:`;
const CACHE = `${PREFIX}${BUILD.version}`;
const url = (path) => new URL(`${BUILD.base}${path}`, self.location.origin).href;

self.addEventListener('install', (event) => {
  // No skipWaiting: a new version waits until every tab of the one before has closed, so an
  // attempt in progress never loses the files it was started with.
  event.waitUntil(precache());
});

async function precache() {
  const cache = await caches.open(CACHE);
  // Pages by the address a person visits (`quiz/3`, which the host serves from quiz/3.html), so a
  // navigation finds them as they are; the frame and the assets by their file names.
  const entries = [...BUILD.pages, BUILD.shell, ...BUILD.files];
  await Promise.all(
    entries.map(async (path) => {
      const response = await fetch(url(path), { cache: 'no-cache' });
      // A host answers its 404.html with the status 404; any other failure fails the install,
      // and the worker stays out of the way until the next visit tries again.
      if (!response.ok && !(path === BUILD.shell && response.status === 404))
        throw new Error(`${path}: HTTP ${response.status}`);
      // A navigation refuses a redirected response (a host may send /about.html on to /about),
      // and the frame must come back as a page: keep a plain copy of those.
      const plain =
        response.redirected || !response.ok
          ? new Response(await response.blob(), { status: 200, headers: response.headers })
          : response;
      await cache.put(url(path), plain);
    }),
  );
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const older = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE);
      // Only reached once no tab runs an older version, so its files can go.
      await Promise.all(older.map((key) => caches.delete(key)));
      // The first install takes the open tab at once: nothing older runs there, and the attempt
      // that just started is then offline from its first question. An update never takes a tab.
      if (older.length === 0) await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const at = new URL(request.url);
  if (request.method !== 'GET' || at.origin !== self.location.origin || !at.pathname.startsWith(BUILD.base)) return;
  event.respondWith(respond(request, at));
});

// A host may answer with `Vary: Origin`, and a module script is asked for with an Origin header
// that the worker's own fetch at install did not send: the files are the same either way.
const MATCH = { ignoreSearch: true, ignoreVary: true };

/** Offline first: this build's files from the device, anything else from the network. */
async function respond(request, at) {
  const cache = await caches.open(CACHE);
  if (request.mode === 'navigate') {
    // `/quiz/3/` is `/quiz/3`; an address without a page of its own gets the frame, as from the host.
    const path = at.pathname.slice(BUILD.base.length).replace(/\/+$/, '');
    const page = (await cache.match(url(path), MATCH)) ?? (await cache.match(url(BUILD.shell), MATCH));
    return page ?? fetch(request);
  }
  return (await cache.match(request, MATCH)) ?? fetch(request);
}
