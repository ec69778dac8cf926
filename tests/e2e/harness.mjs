// Shared end-to-end setup: serves dist/ on a free local port, drives Debian's Chromium with
// playwright-core, records every request, and runs axe-core in the page.
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = process.env.WERKKEUZE_DIST ?? path.join(ROOT, 'dist');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
/** Screenshots the tests take to be looked at (not compared): kept with the other artifacts. */
export const SHOTS = path.join(ARTIFACTS, 'shots');

/**
 * Serves `dir` on a free port of 127.0.0.1 with scripts/static_server.py: python's http.server
 * that sends the precompressed copies (FILE.br, FILE.gz) the build writes, as a web host would.
 * `served` lists every response sent ("200 /data/rekenhulp.json?v=…"), the service worker's too.
 */
export async function serve(dir = DIST) {
  assert.ok(existsSync(path.join(dir, 'index.html')), `${dir}/index.html is missing: build first (./scripts/serve --build)`);
  const proc = spawn('python3', ['-u', path.join(ROOT, 'scripts/static_server.py'), '0', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WERKKEUZE_LOG_REQUESTS: '1' },
  });
  // Every response the server sent, as "STATUS PATH" (see scripts/static_server.py).
  const served = [];
  let pending = '';
  proc.stdout.on('data', (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) {
      const m = line.match(/^served (\S+) (.*)$/);
      if (m) served.push(`${m[1]} ${m[2]}`);
    }
  });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 15000);
    proc.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/port (\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    proc.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  proc.stderr.resume();
  return { origin: `http://127.0.0.1:${port}`, close: () => proc.kill(), served };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * A new page that records every request and every error. `page.werkkeuze.requests` lists the
 * URLs asked for; `page.werkkeuze.errors` the console errors and uncaught exceptions.
 */
export async function openPage(browser, { viewport = { width: 1280, height: 900 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const record = { requests: [], errors: [] };
  context.on('request', (req) => record.requests.push(req.url()));
  page.on('console', (msg) => {
    if (msg.type() === 'error') record.errors.push(msg.text());
  });
  page.on('pageerror', (err) => record.errors.push(String(err)));
  page.on('response', (res) => {
    if (res.status() >= 400) record.errors.push(`${res.status()} ${res.url()}`);
  });
  page.werkkeuze = record;
  return page;
}

/** Opens `hash` (e.g. '#/rekenhulp') and waits for the app's readiness signal. */
export async function gotoApp(page, origin, hash = '', search = '') {
  await page.goto(`${origin}/${search}${hash}`);
  await page.waitForSelector('html[data-app="ready"]', { timeout: 20000 });
}

/** Every request the page made went to `origin` (data: and blob: URLs stay in the page). */
export function assertOnlyLocal(page, origin) {
  const outside = page.werkkeuze.requests.filter(
    (u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'),
  );
  assert.deepEqual(outside, [], `requests left the local server: ${outside.join(', ')}`);
  assert.ok(page.werkkeuze.requests.length > 0, 'no requests were recorded at all');
}

export function assertNoErrors(page) {
  assert.deepEqual(page.werkkeuze.errors, [], `errors in the page: ${page.werkkeuze.errors.join(' | ')}`);
}

/**
 * Runs axe-core with the WCAG 2.x A/AA tags (and WCAG 2.2 AA) and its best practices (heading
 * order, unique landmarks, …), and fails on any violation of any impact.
 */
export async function assertAccessible(page, label) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`,
  );
  assert.deepEqual(summary, [], `axe-core violations on ${label}`);
  assert.ok(result.passes.length > 0, 'axe-core ran no checks');
}

/** Presses Tab until the focused element's accessible text matches, then returns true. */
export async function tabTo(page, matcher, maxTabs = 40) {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? (el.getAttribute('aria-label') || el.textContent || '').trim() : '';
    });
    if (matcher instanceof RegExp ? matcher.test(text) : text === matcher) return true;
  }
  return false;
}

/** The storage a page could have written, with the paths of everything in the Cache API. */
export async function storageSnapshot(page) {
  const inPage = await page.evaluate(async () => {
    const cached = [];
    if ('caches' in self) {
      for (const key of await caches.keys()) {
        const cache = await caches.open(key);
        for (const req of await cache.keys()) cached.push(new URL(req.url).pathname + new URL(req.url).search);
      }
    }
    return {
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      cookie: document.cookie,
      cached,
      indexedDB: indexedDB.databases ? (await indexedDB.databases()).length : 0,
    };
  });
  const cookies = await page.context().cookies();
  return { ...inPage, contextCookies: cookies.length };
}

/** The only files the service worker may keep: the app itself, never an answer. */
export const APP_FILES = [
  '/', '/index.html', '/static/boot.js', '/static/icon.svg',
  '/static/manifest.webmanifest', '/pkg-start/werkkeuze.js', '/pkg-start/werkkeuze_bg.wasm',
  '/pkg/werkkeuze.js', '/pkg/werkkeuze_bg.wasm',
  // A tool's own build, when the first visit loaded it.
  ...['vertellen', 'rekenhulp', 'begeleiding'].flatMap((t) => [`/pkg-${t}/werkkeuze.js`, `/pkg-${t}/werkkeuze_bg.wasm`]),
  // Each tool's content and rules, the same for everyone (src/data.rs).
  '/data/vertellen.json', '/data/rekenhulp.json', '/data/begeleiding.json',
];

/** Nothing of the person's is stored: no web storage, cookies or databases; caches hold app files only. */
export async function assertNothingStored(page) {
  const s = await storageSnapshot(page);
  assert.equal(s.localStorage, 0, 'localStorage is not empty');
  assert.equal(s.sessionStorage, 0, 'sessionStorage is not empty');
  assert.equal(s.cookie, '', 'document.cookie is not empty');
  assert.equal(s.contextCookies, 0, 'the browser holds cookies');
  assert.equal(s.indexedDB, 0, 'an IndexedDB database exists');
  // The data files are kept at the address the app asks for them, with the data's version.
  const foreign = s.cached.filter((p) => !APP_FILES.includes(p.replace(/^(\/data\/\w+\.json)\?v=[0-9a-f]+$/, '$1')));
  assert.deepEqual(foreign, [], 'the cache holds something that is not an app file');
}

/** The number of pages in a PDF made by page.pdf(). */
export function pdfPages(buffer) {
  return (buffer.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

/** How many CSS pixels the page scrolls sideways (0 or less: it fits). */
export function noOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Presses Tab until the focused control's name (label, aria-label or text) matches. */
export async function tabToControl(page, matcher, maxTabs = 400) {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return '';
      const label = el.labels && el.labels.length ? el.labels[0].textContent : '';
      return (el.getAttribute('aria-label') || label || el.textContent || '').trim();
    });
    if (matcher instanceof RegExp ? matcher.test(name) : name === matcher) return true;
  }
  return false;
}

/** Tabs to a control (see tabToControl) and presses `key` on it. */
export async function keyTo(page, matcher, key) {
  assert.ok(await tabToControl(page, matcher), `Tab never reached ${matcher}`);
  await page.keyboard.press(key);
}
