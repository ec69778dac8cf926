// Werkkeuze service worker: keeps the app's own files so a second visit works without a network.
// It caches only the files listed below, never a request with a person's answers (the app makes
// none: answers live in memory, and in a link only after '#', which is never sent).
// CACHE_VERSION is replaced by the build with a hash of the files; a new hash means a new version.
const CACHE_VERSION = '__CACHE_VERSION__';
const CACHE = `werkkeuze-${CACHE_VERSION}`;
const FILES = [
  './',
  './index.html',
  './static/boot.js',
  './static/icon.svg',
  './static/manifest.webmanifest',
  // The start build (the home page) and the full app (src/app.rs).
  './pkg-start/werkkeuze.js',
  './pkg-start/werkkeuze_bg.wasm',
  './pkg/werkkeuze.js',
  './pkg/werkkeuze_bg.wasm',
  // Each tool's data: fetched by the app when a tool opens, kept here so it also opens offline.
  './data/vertellen.json',
  './data/rekenhulp.json',
  './data/begeleiding.json',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
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
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(event.request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || fetch(event.request)),
    ),
  );
});
