// Starts the app. If the browser cannot run it, says so calmly instead of leaving the page stuck.
// Then registers the service worker (offline use) and offers a new version when there is one.
//
// The app has several builds (README "Builds"): `pkg/` has everything; the entry builds a first
// visit loads have less: `pkg-start/` the home page and the pages about the app, `pkg-<tool>/`
// one tool. The small script at the top of index.html picks one from the address
// (<html data-build>) and asks for its files at once. In an entry build, opening a page it does
// not hold calls window.werkkeuzeVolledig (src/overstap.rs), and the full app takes over.

const dutch = () => document.documentElement.lang !== 'en';
const BUILDS = ['pkg', 'pkg-start', 'pkg-vertellen', 'pkg-rekenhulp', 'pkg-begeleiding'];
const build = BUILDS.includes(document.documentElement.dataset.build) ? document.documentElement.dataset.build : 'pkg';

import(`../${build}/werkkeuze.js`)
  .then(async (app) => {
    await app.default();
    if (build !== 'pkg') window.werkkeuzeVolledig = () => takeOver(app);
    registerWorker();
  })
  .catch(couldNotStart);

// `answers`: the session text an entry build handed over when the full app then failed to start.
// It is offered as a file, which "Bewaren en delen" opens later: nothing is lost.
function couldNotStart(answers) {
  const root = document.getElementById('app');
  if (!root) return;
  root.removeAttribute('aria-busy');
  let note = root.querySelector('.loading-note');
  if (!note) {
    // The entry build had already left the page (see takeOver).
    note = document.createElement('p');
    note.className = 'notice loading-note';
    root.replaceChildren(note);
  }
  const kept = typeof answers === 'string' && answers !== '';
  note.textContent = dutch()
    ? `Werkkeuze kon niet starten in deze browser. Probeer een recente versie van Firefox, Chrome, Edge of Safari. ${kept ? 'Uw antwoorden kunt u hieronder als bestand bewaren.' : 'U bent niets kwijt: er was nog niets ingevuld.'}`
    : `Werkkeuze could not start in this browser. Try a recent Firefox, Chrome, Edge or Safari. ${kept ? 'You can save your answers as a file below.' : 'You have lost nothing: nothing was entered yet.'}`;
  note.setAttribute('role', 'alert');
  if (kept) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([answers], { type: 'application/json' }));
    link.download = 'werkkeuze.json';
    link.className = 'button';
    link.textContent = dutch() ? 'Bewaar mijn antwoorden als bestand' : 'Save my answers as a file';
    note.after(link);
  }
}

// From an entry build to the full app: fetch and compile it while the entry build still shows the
// page (a failure leaves everything as it was, and the page offers to try again); then the entry
// build leaves #app, handing over the person's answers as a session text in memory (never
// stored; the full app takes it at once, src/dom.rs take_overdracht), and the full app mounts
// there at the same address. One attempt at a time.
let takingOver = null;
function takeOver(entry) {
  takingOver ??= (async () => {
    const full = await import('../pkg/werkkeuze.js');
    const module = await compile(new URL('../pkg/werkkeuze_bg.wasm', import.meta.url));
    const html = document.documentElement;
    html.removeAttribute('data-app');
    html.dataset.overstap = '';
    html.dataset.build = 'pkg';
    const answers = entry.stop();
    if (answers) window.werkkeuzeOverdracht = answers;
    try {
      await full.default({ module_or_path: module });
    } catch (e) {
      delete window.werkkeuzeOverdracht;
      couldNotStart(answers);
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
