// Browser measurements for scripts/bench: first contentful paint of the app against a plain HTML
// page with the home page's text, time until the app is ready (first and cached visit; on the
// home page, and straight on the calculator), a first visit straight to each tool with and
// without ?embed=1, opening the calculator from the home page, and
// keystroke-to-result latency on the calculator, all in headless Chromium with 4x CPU slowdown
// and a throttled network (1.6 Mbps down, 150 ms round trip). Prints one JSON object.
// Numbers from a shared machine are noisy: medians of several alternated runs, never a test.
import { readFileSync, writeFileSync, mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, launch, ROOT } from '../e2e/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_ONLY=keystroke (or =load) measures one part, for quicker work on it; the default is all.
const ONLY = process.env.BENCH_ONLY ?? 'all';
// The addresses of a first visit straight to a tool (the calculator's is also measured above,
// with its cached visit).
const STRAIGHT = ['#/vertellen', '#/rekenhulp', '#/begeleiding', '?embed=1#/vertellen', '?embed=1#/rekenhulp', '?embed=1#/begeleiding'];
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};

// The app sets a performance mark when it is ready (next to <html data-app="ready">).
const readyAt = (page) => page.waitForFunction(
  () => performance.getEntriesByName('werkkeuze-ready')[0]?.startTime, null, { timeout: 120000, polling: 50 },
).then((h) => h.jsonValue());

async function throttled(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

async function fcp(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const e = performance.getEntriesByName('first-contentful-paint')[0];
    if (e) return resolve(e.startTime);
    new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
  }));
}

// One throttled first visit in a fresh profile. `app`: wait until the app is ready, then open
// the calculator from the menu (on the home page the start build hands over to the full app,
// src/overstap.rs), then measure a second, cached visit (service worker) of the same address.
async function loadOnce(browser, url, { app = false, openTool = false, cached = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 412, height: 860 } });
  const page = await context.newPage();
  await throttled(context, page);
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  const result = { fcp: await fcp(page) };
  if (app) {
    result.ready = await readyAt(page);
    if (openTool) {
      const t0 = await page.evaluate(() => performance.now());
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rekenhulp' }).click();
      await page.locator('#rk-uren').waitFor({ timeout: 120000 });
      result.openTool = (await page.evaluate(() => performance.now())) - t0;
      await page.evaluate(() => { location.hash = '#/'; });
    }
    if (!cached) {
      await context.close();
      return result;
    }
    // Second visit in the same profile: the service worker serves the files.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      }
    });
    await page.reload({ waitUntil: 'load' });
    result.cachedReady = await readyAt(page);
  }
  await context.close();
  return result;
}

// The plain page: the same text as the app's home, the same stylesheet delivered the same way
// (inside the page, as the build puts it in index.html), no script.
async function makePlainPage(browser, origin, dir) {
  const style = readFileSync(path.join(dir, 'index.html'), 'utf8').match(/<style>[\s\S]*?<\/style>/)?.[0];
  if (!style) throw new Error('dist/index.html has no <style> element (scripts/inline_css.py)');
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForSelector('html[data-app="ready"]');
  const body = await page.evaluate(() => document.getElementById('app').innerHTML);
  await context.close();
  writeFileSync(path.join(dir, 'plain.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Werkkeuze (plain)</title>
${style}</head><body><div id="app">${body}</div></body></html>`);
}

// Keystroke-to-result on the calculator: time from a key press until the result text changed.
async function keystrokes(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 412, height: 860 } });
  const page = await context.newPage();
  await page.goto(`${origin}/#/rekenhulp`);
  await page.waitForSelector('html[data-app="ready"]');
  if ((await page.locator('#rk-uren').count()) === 0) {
    await context.close();
    return { note: 'the calculator screen has no hours field (#rk-uren)' };
  }
  // Three situations side by side: the heaviest screen (three results and the 81-point curve).
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Kopieer deze situatie' }).click();
  // The full mode has the own-wage field.
  await page.getByRole('button', { name: /Volledig: alle vragen/ }).click();
  await page.locator('#rk-eigen-uurloon').check();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Measured in the page, from the input event: (1) until the result line ("Bij … uur per week …")
  // shows the new value and the page is laid out, ready to paint: the app's work, which the budget
  // is about; (2) until the next animation frame after that: the same plus the wait for the
  // display's next frame, up to 16.7 ms at 60 Hz, which no app can shorten. Every value is typed
  // as a person would, one character at a time, so each prefix ("1", "12", "12,", "12,5") is one
  // sample.
  const samples = await page.evaluate(async () => {
    const out = [];
    const frames = [];
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    async function type(id, values) {
      const input = document.getElementById(id);
      for (const v of values) {
        for (let n = 1; n <= v.length; n++) {
          const before = document.querySelector('.rk-for')?.textContent;
          const t0 = performance.now();
          const changed = new Promise((resolve) => {
            const obs = new MutationObserver(() => {
              if (document.querySelector('.rk-for')?.textContent !== before) {
                obs.disconnect();
                void document.body.offsetHeight; // style and layout, as the next paint needs
                resolve(performance.now());
              }
            });
            obs.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
            setTimeout(() => { obs.disconnect(); resolve(null); }, 1000);
          });
          input.value = v.slice(0, n);
          input.dispatchEvent(new InputEvent('input', { bubbles: true }));
          // A prefix that leaves the result unchanged ("12," after "12") is no sample.
          const done = await changed;
          if (done) { out.push(done - t0); await frame(); frames.push(performance.now() - t0); }
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    }
    await type('rk-uren', ['8', '12', '16', '20', '24', '28', '32', '36', '12,5']);
    await type('rk-uurloon', ['14,71', '15,50', '16', '18,25', '20']);
    return { out, frames };
  });
  await context.close();
  const { out, frames } = samples;
  return {
    samples: out.length,
    p50: percentile(out, 50),
    p95: percentile(out, 95),
    frame_p50: percentile(frames, 50),
    frame_p95: percentile(frames, 95),
  };
}

const dir = mkdtempSync(path.join(tmpdir(), 'werkkeuze-bench-'));
// BENCH_DIST: another build to measure (a before/after comparison); dist/ by default.
cpSync(process.env.BENCH_DIST ?? path.join(ROOT, 'dist'), dir, { recursive: true });
const server = await serve(dir);
const browser = await launch();
try {
  await makePlainPage(browser, server.origin, dir);
  const app = [];
  const plain = [];
  const tool = [];
  // A first visit straight to each tool, as a link or a site that embeds it (?embed=1) makes one.
  const straight = Object.fromEntries(STRAIGHT.map((s) => [s, []]));
  for (let i = 0; i < (ONLY === 'keystroke' ? 0 : RUNS); i++) {
    app.push(await loadOnce(browser, `${server.origin}/`, { app: true, openTool: true }));
    plain.push(await loadOnce(browser, `${server.origin}/plain.html`));
    tool.push(await loadOnce(browser, `${server.origin}/#/rekenhulp`, { app: true }));
    for (const s of STRAIGHT) {
      straight[s].push(await loadOnce(browser, `${server.origin}/${s}`, { app: true, cached: false }));
    }
  }
  const out = {
    runs: RUNS,
    fcp_app_ms: median(app.map((r) => r.fcp)),
    fcp_plain_ms: median(plain.map((r) => r.fcp)),
    ready_first_ms: median(app.map((r) => r.ready)),
    ready_cached_ms: median(app.map((r) => r.cachedReady)),
    open_tool_ms: median(app.map((r) => r.openTool)),
    tool_ready_first_ms: median(tool.map((r) => r.ready)),
    tool_ready_cached_ms: median(tool.map((r) => r.cachedReady)),
    straight_ready_first_ms: Object.fromEntries(STRAIGHT.map((s) => [s, median(straight[s].map((r) => r.ready))])),
    keystroke: ONLY === 'load' ? {} : await keystrokes(browser, server.origin),
  };
  out.fcp_ratio = out.fcp_app_ms / out.fcp_plain_ms;
  console.log(JSON.stringify(out));
} finally {
  await browser.close();
  server.close();
}
