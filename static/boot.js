// Starts the app. If the browser cannot run it, says so calmly instead of leaving the page stuck.
// Then registers the service worker (offline use) and offers a new version when there is one.
//
// The app is built twice (src/app.rs): `pkg-start/` has the home page and the pages about the
// app, and is what a first visit to the home page loads; `pkg/` has everything. The small script
// at the top of index.html picks one from the address (<html data-build>) and asks for its files
// at once. In the start build, opening a tool calls window.werkkeuzeVolledig (src/overstap.rs).

const dutch = () => document.documentElement.lang !== 'en';
const build = document.documentElement.dataset.build === 'pkg-start' ? 'pkg-start' : 'pkg';

import(`../${build}/werkkeuze.js`)
  .then(async (app) => {
    await app.default();
    if (build === 'pkg-start') window.werkkeuzeVolledig = () => takeOver(app);
    registerWorker();
  })
  .catch(couldNotStart);

function couldNotStart() {
  const root = document.getElementById('app');
  if (!root) return;
  root.removeAttribute('aria-busy');
  let note = root.querySelector('.loading-note');
  if (!note) {
    // The start build had already left the page (see takeOver).
    note = document.createElement('p');
    note.className = 'notice loading-note';
    root.replaceChildren(note);
  }
  note.textContent = dutch()
    ? 'Werkkeuze kon niet starten in deze browser. Probeer een recente versie van Firefox, Chrome, Edge of Safari. U bent niets kwijt: er was nog niets ingevuld.'
    : 'Werkkeuze could not start in this browser. Try a recent Firefox, Chrome, Edge or Safari. You have lost nothing: nothing was entered yet.';
  note.setAttribute('role', 'alert');
}

// From the start build to the full app: fetch and compile it while the start build still shows
// the page (a failure leaves everything as it was, and the page offers to try again); then the
// start build leaves #app and the full app mounts there at the same address. The start build
// holds no answers, so nothing is lost. One attempt at a time.
let takingOver = null;
function takeOver(start) {
  takingOver ??= (async () => {
    const full = await import('../pkg/werkkeuze.js');
    const module = await compile(new URL('../pkg/werkkeuze_bg.wasm', import.meta.url));
    const html = document.documentElement;
    html.removeAttribute('data-app');
    html.dataset.overstap = '';
    html.dataset.build = 'pkg';
    start.stop();
    try {
      await full.default({ module_or_path: module });
    } catch (e) {
      couldNotStart();
      throw e;
    }
  })().catch((e) => {
    takingOver = null;
    throw e;
  });
  return takingOver;
}

async function compile(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  try {
    return await WebAssembly.compileStreaming(response.clone());
  } catch {
    // A host that sends the wasm with another content type.
    return WebAssembly.compile(await response.arrayBuffer());
  }
}

function offerUpdate(worker) {
  if (document.getElementById('nieuwe-versie')) return;
  const bar = document.createElement('div');
  bar.id = 'nieuwe-versie';
  bar.className = 'update-bar';
  bar.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = dutch()
    ? 'Er is een nieuwe versie van Werkkeuze. Vernieuwen wist wat u nu heeft ingevuld: sla het eerst op als u het wilt houden.'
    : 'A new version of Werkkeuze is available. Refreshing clears what you entered: save it first if you want to keep it.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = dutch() ? 'Nu vernieuwen' : 'Refresh now';
  button.addEventListener('click', () => {
    wantsUpdate = true;
    worker.postMessage('werkkeuze:activeer');
  });
  bar.append(text, ' ', button);
  document.body.append(bar);
}

// In embed mode (?embed=1 inside an iframe) tell the host page how tall the content is, so its
// embed.js can size the frame. Only a number crosses: never an answer.
if (new URLSearchParams(location.search).get('embed') === '1' && window.parent !== window) {
  let last = 0;
  const report = () => {
    const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h !== last) {
      last = h;
      window.parent.postMessage({ type: 'werkkeuze:hoogte', hoogte: h }, '*');
    }
  };
  new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener('load', report);
}

// Reload only when the person chose the new version; never on a first install.
let wantsUpdate = false;

// Registered once the app runs, so the worker's copy of the files does not compete with the
// first download for a slow connection.
function registerWorker() {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!wantsUpdate) return;
    wantsUpdate = false;
    location.reload();
  });
  navigator.serviceWorker.register('sw.js').then((reg) => {
    if (reg.waiting && navigator.serviceWorker.controller) offerUpdate(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const next = reg.installing;
      next?.addEventListener('statechange', () => {
        if (next.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(next);
      });
    });
  }).catch(() => { /* Offline use is a bonus; the app works without it. */ });
}
