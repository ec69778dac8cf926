// Embedding: a host page on a second local origin embeds a tool; the frame grows with its content,
// shows no site navigation, and nothing is stored or sent elsewhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, launch, openPage, assertNothingStored, assertAccessible } from './harness.mjs';

let app;
let host;
let browser;
before(async () => {
  app = await serve();
  const dir = mkdtempSync(path.join(tmpdir(), 'werkkeuze-host-'));
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Gastsite</title></head>
<body><h1>Een gemeentepagina</h1>
<iframe src="${app.origin}/?embed=1&kleur=6b2c91#/rekenhulp" title="Rekenhulp" data-werkkeuze
  style="width:100%;border:0;height:150px"></iframe>
<script src="${app.origin}/static/embed.js"></script>
</body></html>`);
  host = await serve(dir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  app?.close();
  host?.close();
});

test('a host page on another origin embeds the calculator and the frame grows with its content', async () => {
  const page = await openPage(browser, { viewport: { width: 800, height: 900 } });
  assert.notEqual(new URL(host.origin).port, new URL(app.origin).port);
  await page.goto(`${host.origin}/`);
  const frame = page.frameLocator('iframe[data-werkkeuze]');
  await frame.locator('html[data-app="ready"]').waitFor({ timeout: 20000 });
  await frame.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 300);
  const frameHeight = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
  const contentHeight = await frame.locator('html').evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(Math.abs(frameHeight - contentHeight) <= 2, `frame ${frameHeight}px, content ${contentHeight}px`);
  // Embed mode: no site navigation, a link to the full app in a new window, the host's colour.
  assert.equal(await frame.getByRole('navigation').count(), 0);
  const full = frame.getByRole('link', { name: /volledige keuzehulp/ });
  assert.equal(await full.getAttribute('target'), '_blank');
  assert.doesNotMatch(await full.getAttribute('href'), /embed=1/);
  const primary = await frame.locator('html').evaluate((el) => getComputedStyle(el).getPropertyValue('--wk-primary').trim());
  assert.equal(primary, '#6b2c91');
  const outside = page.werkkeuze.requests.filter((u) => !u.startsWith(app.origin) && !u.startsWith(host.origin));
  assert.deepEqual(outside, []);
  await page.context().close();
});

test('the embed page gives site owners a snippet for each tool', async () => {
  const page = await openPage(browser);
  await page.goto(`${app.origin}/#/insluiten`);
  await page.waitForSelector('html[data-app="ready"]');
  const snippets = page.getByRole('textbox', { name: 'Code om te kopiëren' });
  assert.equal(await snippets.count(), 3);
  const first = await snippets.first().inputValue();
  assert.match(first, new RegExp(`src="${app.origin}/\\?embed=1#/vertellen"`));
  assert.match(first, /static\/embed\.js/);
  await assertAccessible(page, 'insluiten');
  await assertNothingStored(page);
  await page.context().close();
});
