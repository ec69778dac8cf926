// The app shell: home page, the three tools reached by keyboard alone, language switch, privacy
// (no request leaves the page, nothing stored), accessibility, and honest not-found handling.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, openPage, gotoApp, assertOnlyLocal, assertNoErrors, assertAccessible, tabTo,
  assertNothingStored,
} from './harness.mjs';

const TOOLS = [
  { name: 'Vertellen of verzwijgen?', hash: '#/vertellen' },
  { name: 'Rekenhulp: wat houd ik over?', hash: '#/rekenhulp' },
  { name: 'Welke begeleiding past bij mij?', hash: '#/begeleiding' },
];

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('home page introduces the three tools, promises privacy, and keeps every request local', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin);
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Werk en psychische gezondheid: wat past bij u?' }).waitFor());
  const main = page.getByRole('main');
  for (const tool of TOOLS) {
    assert.equal(await main.getByRole('link', { name: tool.name, exact: true }).count(), 1, `no link to ${tool.name}`);
  }
  assert.match(await main.innerText(), /niets wat u invult, gaat naar een server/);
  assert.equal(await page.title(), 'Keuzehulp voor werk en psychische gezondheid — Werkkeuze');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /connect-src 'self'/);
  await assertAccessible(page, 'home');
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await assertNothingStored(page);
  await page.context().close();
});

for (const tool of TOOLS) {
  test(`keyboard alone reaches "${tool.name}"`, async () => {
    const page = await openPage(browser);
    await gotoApp(page, server.origin);
    assert.ok(await tabTo(page, tool.name), `Tab never reached ${tool.name}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => location.hash === h, tool.hash);
    const h1 = page.getByRole('heading', { level: 1 });
    assert.equal(await h1.innerText(), tool.name);
    // Focus moved to the new page's heading, so the next Tab continues from there.
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    // Every tool is built: each opens on its own first question, none says "in aanbouw".
    const opening = {
      '#/vertellen': /Stap 1 van 9/,
      '#/rekenhulp': /Wat houd ik over als ik ga werken\?/,
      '#/begeleiding': /Uw antwoorden[\s\S]*Wat wilt u het liefst\?/,
    }[tool.hash];
    const text = await page.getByRole('main').innerText();
    assert.match(text, opening);
    assert.doesNotMatch(text, /nog in aanbouw/);
    await assertAccessible(page, tool.hash);
    assertOnlyLocal(page, server.origin);
    assertNoErrors(page);
    await page.context().close();
  });
}

test('the skip link moves focus to the content', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/privacy');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Naar de inhoud');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => location.hash), '#/privacy', 'the skip link changed the route');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  await page.context().close();
});

test('English by keyboard, carried in the URL and kept on reload, never stored', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/privacy');
  assert.ok(await tabTo(page, /English/), 'Tab never reached the language switch');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Privacy: what happens to your data' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(page.url(), /\?lang=en#\/privacy$/);
  await page.reload();
  await page.waitForSelector('html[data-app="ready"]');
  await page.getByRole('heading', { level: 1, name: 'Privacy: what happens to your data' }).waitFor();
  await assertAccessible(page, 'privacy (English)');
  await assertNothingStored(page);
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await page.context().close();
});

test('an unknown route shows a calm not-found page with a way back', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/bestaat-niet');
  await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
  await page.getByRole('main').getByRole('link', { name: 'Terug naar start' }).click();
  await page.getByRole('heading', { level: 1, name: 'Werk en psychische gezondheid: wat past bij u?' }).waitFor();
  await assertAccessible(page, 'not found');
  assertNoErrors(page);
  await page.context().close();
});

test('a phone-sized screen shows the home page without horizontal scrolling', async () => {
  const page = await openPage(browser, { viewport: { width: 320, height: 640 } });
  await gotoApp(page, server.origin);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than a 320px screen`);
  await assertAccessible(page, 'home at 320px');
  await page.context().close();
});

test('the app files travel compressed, as a web host sends them (the bytes the size budget counts)', async () => {
  const page = await openPage(browser);
  const encodings = {};
  page.on('response', (r) => { encodings[new URL(r.url()).pathname] = r.headers()['content-encoding']; });
  await gotoApp(page, server.origin);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /Rekenhulp/ }).click();
  await page.locator('#rk-uren').waitFor();
  for (const file of ['/', '/pkg-start/werkkeuze.js', '/pkg-start/werkkeuze_bg.wasm', '/pkg/werkkeuze.js', '/pkg/werkkeuze_bg.wasm']) {
    assert.match(encodings[file] ?? 'none', /^(br|gzip)$/, `${file} was sent without compression`);
  }
  await page.context().close();
});

test('the home page loads the small start build; a tool loads the full app, which takes over in place', async () => {
  // Without the service worker, so every file the page needs is asked for by the page itself.
  const page = await openPage(browser, { serviceWorkers: 'block' });
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  let blocked = true;
  await page.route('**/pkg/werkkeuze_bg.wasm', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await gotoApp(page, server.origin, '?lang=en');
  const builds = () => [...new Set(asked.filter((p) => p.includes('/pkg')).map((p) => p.split('/')[1]))];
  assert.deepEqual(builds(), ['pkg-start'], 'the home page loaded more than the start build');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.build), 'pkg-start');
  // The full app cannot be fetched: a calm message and a way to try again; the page stays.
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: /Calculator|Rekenhulp/ }).click();
  const alert = page.getByRole('alert');
  await alert.getByRole('heading', { name: 'This part could not load' }).waitFor();
  await assertAccessible(page, 'the full app could not load');
  assert.equal(await page.getByRole('navigation', { name: 'Main menu' }).count(), 1);
  // Once it can: the tool opens at the same address, in the same language, with the focus on
  // its heading, as after any route change.
  blocked = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.locator('#rk-uren').waitFor();
  await page.locator('html[data-app="ready"]').waitFor();
  assert.match(page.url(), /\?lang=en#\/rekenhulp$/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.build), 'pkg');
  // One app in the page, and it works: typing updates the answer; the menu still moves around.
  assert.equal(await page.locator('header.site-header').count(), 1);
  await page.locator('#rk-uren').fill('24');
  assert.match(await page.locator('.rk-for').innerText(), /24 hours per week/);
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: /Home/ }).click();
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: /Calculator|Rekenhulp/ }).click();
  assert.equal(await page.locator('#rk-uren').inputValue(), '24');
  assertOnlyLocal(page, server.origin);
  await assertNothingStored(page);
  await page.context().close();
});

test('a first visit straight to a tool loads only that tool\'s own build', async () => {
  for (const [tool, heading] of [['vertellen', 'Vertellen of verzwijgen?'], ['rekenhulp', 'Rekenhulp: wat houd ik over?'],
    ['begeleiding', 'Welke begeleiding past bij mij?']]) {
    for (const search of ['', '?embed=1']) {
      const page = await openPage(browser, { serviceWorkers: 'block' });
      const asked = [];
      page.on('request', (r) => asked.push(new URL(r.url()).pathname));
      await gotoApp(page, server.origin, `#/${tool}`, search);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('html[data-app="ready"]').waitFor();
      assert.deepEqual([...new Set(asked.filter((p) => p.includes('/pkg')).map((p) => p.split('/')[1]))], [`pkg-${tool}`],
        `${search}#/${tool}`);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.build), `pkg-${tool}`);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.wasm), `pkg-${tool}`);
      assertNoErrors(page);
      await page.context().close();
    }
  }
});

test('from a tool\'s own build, another page loads the full app, which takes over with the answers', async () => {
  const page = await openPage(browser, { serviceWorkers: 'block' });
  let blocked = true;
  await page.route('**/pkg/werkkeuze_bg.wasm', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await gotoApp(page, server.origin, '#/rekenhulp', '?lang=en');
  await page.locator('#rk-uren').fill('24');
  assert.match(await page.locator('.rk-for').innerText(), /24 hours per week/);
  // The full app cannot be fetched: a calm message and a way to try again; the answers stay.
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await menu.getByRole('link', { name: /^Tell\?/ }).click();
  const alert = page.getByRole('alert');
  await alert.getByRole('heading', { name: 'This part could not load' }).waitFor();
  // It is the app's own code that could not load, and the message says so.
  assert.match(await alert.innerText(), /could not fetch this part of Werkkeuze\./);
  await menu.getByRole('link', { name: /Calculator/ }).click();
  assert.equal(await page.locator('#rk-uren').inputValue(), '24', 'the answers stayed in the tool\'s build');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.build), 'pkg-rekenhulp');
  // Once it can: the other tool opens at its address, in the same language, with the focus on its
  // heading; the full app holds the answers typed in the tool's build.
  blocked = false;
  await menu.getByRole('link', { name: /^Tell\?/ }).click();
  await page.locator('html[data-build="pkg"][data-app="ready"]').waitFor();
  await page.getByRole('heading', { level: 1, name: /Tell or keep it/ }).waitFor();
  assert.match(page.url(), /\?lang=en#\/vertellen$/);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  assert.equal(await page.locator('header.site-header').count(), 1);
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: /Calculator/ }).click();
  assert.equal(await page.locator('#rk-uren').inputValue(), '24');
  assert.match(await page.locator('.rk-for').innerText(), /24 hours per week/);
  // The hand-over left nothing behind: not in the page, not on the device.
  assert.equal(await page.evaluate(() => 'werkkeuzeOverdracht' in window), false);
  assertOnlyLocal(page, server.origin);
  await assertNothingStored(page);
  // The one error is the download this test made fail.
  assert.deepEqual(page.werkkeuze.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
  await page.context().close();
});

test('the data of a tool arrives when the tool opens, from this site only; the home page needs none', async () => {
  const page = await openPage(browser);
  // What the page itself asks for (the service worker also keeps every tool's data, for offline use).
  const asked = [];
  page.on('request', (r) => asked.push(r.url()));
  await gotoApp(page, server.origin);
  const data = () => asked.filter((u) => new URL(u).pathname.startsWith('/data/')).map((u) => new URL(u).pathname);
  assert.deepEqual(data(), [], 'the home page fetched tool data');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /Rekenhulp/ }).click();
  await page.locator('#rk-uren').waitFor();
  assert.deepEqual(data(), ['/data/rekenhulp.json']);
  // Keyboard users land on the tool's heading once it is there.
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  // Coming back needs no new request.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /Home|Start/ }).first().click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /Rekenhulp/ }).click();
  await page.locator('#rk-uren').waitFor();
  assert.deepEqual(data(), ['/data/rekenhulp.json']);
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await page.context().close();
});

test('when the data of a tool cannot be fetched or is damaged: a calm message, a retry, and nothing lost', async () => {
  // Without the service worker, which would otherwise already keep the data.
  const page = await openPage(browser, { serviceWorkers: 'block' });
  let mode = 'offline';
  await page.route('**/data/vertellen.json*', (route) => {
    if (mode === 'offline') return route.abort('internetdisconnected');
    if (mode === 'damaged') return route.fulfill({ status: 200, contentType: 'application/json', body: '{"disclosure/hulp": "{niet' });
    return route.continue();
  });
  // Something entered in another tool first.
  await gotoApp(page, server.origin, '#/rekenhulp');
  await page.locator('#rk-uren').fill('12');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /Vertellen/ }).click();
  const alert = page.getByRole('alert');
  await alert.getByRole('heading', { name: 'Dit deel kon niet laden' }).waitFor();
  assert.match(await alert.innerText(), /Wat u al had ingevuld, is er nog\./);
  await assertAccessible(page, 'data could not load');
  mode = 'damaged';
  await alert.getByRole('button', { name: 'Probeer het opnieuw' }).click();
  await page.getByRole('alert').getByRole('heading', { name: 'Dit deel kon niet laden' }).waitFor();
  mode = 'online';
  await page.getByRole('alert').getByRole('button', { name: 'Probeer het opnieuw' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vertellen of verzwijgen?' }).waitFor();
  // The calculator still has what was typed.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /Rekenhulp/ }).click();
  assert.equal(await page.locator('#rk-uren').inputValue(), '12');
  assertOnlyLocal(page, server.origin);
  await page.context().close();
});

test('after a first visit the app reloads without a network (service worker)', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/privacy');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await page.context().setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-app="ready"]', { timeout: 20000 });
  await page.getByRole('heading', { level: 1, name: 'Privacy: wat er met uw gegevens gebeurt' }).waitFor();
  // A tool never opened before also opens: the worker keeps each tool's data too.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Begeleiding' }).click();
  await page.getByRole('heading', { level: 1, name: 'Welke begeleiding past bij mij?' }).waitFor();
  await page.getByRole('group', { name: /Heeft u een uitkering/ }).waitFor();
  await assertNothingStored(page);
  assertOnlyLocal(page, server.origin);
  await page.context().close();
});

test('the glossary explains every term with a source, in both languages', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/begrippen');
  await page.getByRole('heading', { level: 1, name: 'Begrippen: wat betekent dit woord?' }).waitFor();
  const terms = page.locator('.glossary dt');
  assert.ok((await terms.count()) >= 25);
  assert.match(await page.locator('#begrip-rvc').innerText(), /Restverdiencapaciteit[\s\S]*Bron: Wet WIA/);
  await assertAccessible(page, 'begrippen');
  await gotoApp(page, server.origin, '#/begrippen', '?lang=en');
  await page.getByRole('heading', { level: 1, name: 'Glossary: what does this word mean?' }).waitFor();
  assert.match(await page.locator('#begrip-rvc').innerText(), /Remaining earning capacity/);
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await page.context().close();
});
