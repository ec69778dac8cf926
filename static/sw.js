// Werkkeuze service worker: keeps the app's own files so a second visit works without a network.
// It caches only the app's files (the page, FILES, a tool's own build, each tool's data: see
// below), never a request with a person's answers (the app makes none: answers live in memory,
// and in a link only after '#', which is never sent).
// CACHE_VERSION is replaced by the build with a hash of the files; a new hash means a new version.
const CACHE_VERSION = '__CACHE_VERSION__';
const CACHE = `werkkeuze-${CACHE_VERSION}`;
// The version the app asks for its data with (src/data.rs: data/<bundle>.json?v=…), also
// replaced by the build.
const DATA_VERSION = '__DATA_VERSION__';
// The page itself is kept as './' (see keepPage); every address of the app opens it.
const PAGE = './';
const FILES = [
  './static/boot.js',
  './static/icon.svg',
  './static/manifest.webmanifest',
  // The start build (the home page) and the full app (README "Builds"); for the tools' own
  // builds see keepToolBuilds.
  './pkg-start/werkkeuze.js',
  './pkg-start/werkkeuze_bg.wasm',
  './pkg/werkkeuze.js',
  './pkg/werkkeuze_bg.wasm',
];
// Each tool's data, kept so every tool also opens offline. At the very address the app asks for
// it, and taken from the browser's own cache when it is there ('force-cache': the address holds
// the data's version, so a cached copy is never an old one): the tool a first visit opened has
// already downloaded its file, and it is not downloaded a second time.
const DATA = ['vertellen', 'rekenhulp', 'begeleiding'].map((b) => `./data/${b}.json?v=${DATA_VERSION}`);

async function keepData(cache) {
  await Promise.all(DATA.map(async (url) => {
    const response = await fetch(url, { cache: 'force-cache' });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    await cache.put(url, response);
  }));
}

// The page is kept under PAGE, asked for at the address the visit that installs this worker
// opened ('/?embed=1', '/index.html?lang=en'): the same index.html, which that visit has just
// downloaded, so the browser's cache answers it.
//
// 'no-cache' here and for the app's files: the browser asks the site whether its copy is still
// current (a short "not modified" answer when it is), so a first visit downloads nothing twice,
// and a new version of the worker never keeps an old copy from the browser's cache.
async function keepPage(cache) {
  const page = new URL(PAGE, self.location.href);
  const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const same = open.map((c) => new URL(c.url)).find((u) => u.origin === page.origin
    && (u.pathname === page.pathname || u.pathname === `${page.pathname}index.html`));
  if (same) same.hash = '';
  const response = await fetch(same ?? page, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${PAGE}: ${response.status}`);
  await cache.put(PAGE, response);
}

// A tool's own build (README "Builds") is kept when the visit that installs this worker loaded
// it (the browser's cache has it: 'only-if-cached' downloads nothing), or when the worker before
// this one kept it (an update). It is then asked for with 'no-cache' like the other files, so the
// copy kept is always the current one (a short "not modified" answer when the browser's copy is),
// and a later visit to that tool starts as quickly as the first. The other tools' builds are not
// kept; a visit to such a tool gets the full app under that build's address (see the fetch
// handler). A tool whose build cannot be kept just uses the full app.
const TOOLS = ['vertellen', 'rekenhulp', 'begeleiding'];
const BUILD_FILES = ['werkkeuze.js', 'werkkeuze_bg.wasm'];
const TOOL_BUILD = /\/pkg-(vertellen|rekenhulp|begeleiding)\/(werkkeuze\.js|werkkeuze_bg\.wasm)$/;

async function keptBefore() {
  const tools = new Set();
  for (const key of await caches.keys()) {
    if (!key.startsWith('werkkeuze-') || key === CACHE) continue;
    for (const request of await (await caches.open(key)).keys()) {
      const m = TOOL_BUILD.exec(new URL(request.url).pathname);
      if (m) tools.add(m[1]);
    }
  }
  return tools;
}

async function keepToolBuilds(cache) {
  const before = await keptBefore();
  await Promise.all(TOOLS.map(async (tool) => {
    const urls = BUILD_FILES.map((f) => `./pkg-${tool}/${f}`);
    if (!before.has(tool)) {
      const there = await Promise.all(urls.map((u) => fetch(u, { cache: 'only-if-cached', mode: 'same-origin' })
        .then((r) => r.ok, () => false)));
      if (!there.every(Boolean)) return;
    }
    const copies = await Promise.all(urls.map((u) => fetch(u, { cache: 'no-cache' })));
    // Both files or neither: a script and a wasm of different builds do not work together.
    if (copies.every((r) => r.ok)) await Promise.all(copies.map((r, i) => cache.put(urls[i], r)));
  }).map((keeping) => keeping.catch(() => {})));
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all([
    cache.addAll(FILES.map((f) => new Request(f, { cache: 'no-cache' }))),
    keepPage(cache),
    keepData(cache),
    keepToolBuilds(cache),
  ])));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(keys.filter((k) => k.startsWith('werkkeuze-') && k !== CACHE).map((k) => caches.delete(k))),
    ).then(() => self.clients.claim()),
  );
});

// The page asks the waiting worker to take over when the person chooses "vernieuwen".
self.addEventListener('message', (event) => {
  if (event.data === 'werkkeuze:activeer') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Cache first for the app's files; the query string (?lang=en, ?embed=1) does not change them,
  // and neither does how the host compressed them (Vary: Accept-Encoding).
  // Every address of the page ('/', '/index.html', with any query) is the one page.
  const page = new URL(PAGE, self.location.href).pathname;
  const isPage = event.request.mode === 'navigate' && (url.pathname === page || url.pathname === `${page}index.html`);
  const key = isPage ? PAGE : event.request;
  const tool = TOOL_BUILD.exec(url.pathname);
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(key, { ignoreSearch: true, ignoreVary: true });
      if (hit) return hit;
      // A tool's build this worker did not keep: the full app's file of the same name (both
      // files of a build are kept together, so the script and the wasm always match).
      const full = tool && await cache.match(`./pkg/${tool[2]}`);
      return full || fetch(event.request);
    }),
  );
});
