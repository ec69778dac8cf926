// Privacy and sessions (issue 7): save to a file and open it again, share as a link (state after
// '#') with a QR code, damaged/foreign/too large/newer files and links change nothing,
// "onthouden op dit apparaat" is off by default and "alles wissen" leaves no trace.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import {
  serve, launch, openPage, gotoApp, assertAccessible, assertOnlyLocal, assertNoErrors,
  assertNothingStored, storageSnapshot, pdfPages, noOverflow,
  SHOTS,
} from './harness.mjs';

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

/** Fills in part of the disclosure aid: a situation, an audience and one weighed reason. */
async function fillVertellen(page) {
  await gotoApp(page, server.origin, '#/vertellen');
  await page.getByRole('radio', { name: 'Ik solliciteer' }).check();
  await page.getByRole('radio', { name: 'Mijn leidinggevende' }).check();
  await page.getByRole('navigation', { name: 'Voortgang' }).getByRole('button', { name: 'Redenen voor en tegen', exact: true }).click();
  await page.getByRole('group', { name: 'Ik wil aanpassingen in mijn werk kunnen vragen.', exact: true })
    .getByRole('radio', { name: 'Belangrijk voor mij', exact: true }).check();
}

async function goBewaren(page) {
  await page.getByRole('contentinfo').getByRole('link', { name: 'Bewaren en delen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bewaren en delen' }).waitFor();
}

/** Saves the session through the download link and returns the file's text. */
async function download(page) {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Bestand opslaan' }).click(),
  ]);
  assert.match(dl.suggestedFilename(), /^werkkeuze-\d{4}-\d{2}-\d{2}\.json$/);
  return readFileSync(await dl.path(), 'utf8');
}

async function openFile(page, name, text) {
  await page.getByLabel('Kies een Werkkeuze-bestand').setInputFiles({
    name, mimeType: 'application/json', buffer: Buffer.from(text),
  });
}

test('file: save, clear everything, open again — the same session, and nothing stored', async () => {
  const page = await openPage(browser);
  await fillVertellen(page);
  await goBewaren(page);
  assert.match(await page.getByRole('main').innerText(), /Nu ingevuld: Vertellen of verzwijgen\?/);
  await assertAccessible(page, 'bewaren');
  const file = await download(page);
  const parsed = JSON.parse(file);
  assert.equal(parsed.formaat, 'werkkeuze-sessie');
  assert.equal(parsed.versie, 2);
  assert.equal(parsed.inhoud.gerekend, undefined, 'nothing computed: the Rekenhulp is empty');
  assert.equal(parsed.inhoud.vertellen.situation, 'solliciteren');
  assert.equal(parsed.inhoud.vertellen.step, 4);

  // "Alles wissen" in the footer: every tool back to empty.
  await page.getByRole('contentinfo').getByRole('button', { name: 'Alles wissen' }).click();
  await page.getByRole('contentinfo').getByRole('button', { name: 'Ja, wis alles' }).click();
  await page.getByRole('contentinfo').getByText('Alles is gewist.').waitFor();
  assert.match(await page.getByRole('main').innerText(), /U heeft nog niets ingevuld/);

  await openFile(page, 'werkkeuze.json', file);
  await page.getByText('Het bestand is geopend.').waitFor();
  assert.equal(await download(page), file, 'the reopened session is exactly the saved one');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /Vertellen/ }).click();
  await page.getByRole('heading', { level: 2, name: /Stap 4 van 9/ }).waitFor();
  assert.equal(await page.getByRole('group', { name: 'Ik wil aanpassingen in mijn werk kunnen vragen.', exact: true })
    .getByRole('radio', { name: 'Belangrijk voor mij', exact: true }).isChecked(), true);
  await assertNothingStored(page);
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await page.context().close();
});

test('bad files: damaged, foreign, newer, too large — a Dutch message and nothing changes', async () => {
  const page = await openPage(browser);
  await fillVertellen(page);
  await goBewaren(page);
  const before = await download(page);
  const cases = [
    ['kapot.json', '{"formaat": "werkkeuze-sessie", "versie": 1, "inhoud": {"vertellen": ', /geen Werkkeuze-sessie, of het is beschadigd/],
    ['vreemd.json', '{"naam": "iets anders"}', /niet van Werkkeuze/],
    ['nieuw.json', '{"formaat": "werkkeuze-sessie", "versie": 99, "inhoud": {}}', /nieuwere versie van Werkkeuze \(versie 99\)/],
    ['fout.json', '{"formaat": "werkkeuze-sessie", "versie": 1, "inhoud": {"vertellen": {"step": "zes"}}}', /beschadigd of onvolledig/],
    ['groot.json', 'x'.repeat(600 * 1024), /te groot/],
    ['plaatje.json', '\u0000\u0001\u0002PNG', /geen Werkkeuze-sessie/],
  ];
  for (const [name, text, message] of cases) {
    await openFile(page, name, text);
    const region = page.getByRole('region', { name: 'Een bestand openen' });
    await region.locator('.field-error').waitFor();
    const shown = await region.locator('.field-error').innerText();
    assert.match(shown, message, name);
    assert.match(shown, /Wat u al had ingevuld, is niet veranderd/, name);
    assert.equal(await download(page), before, `${name} changed the session`);
  }
  await assertAccessible(page, 'bewaren with an error');
  assertNoErrors(page);
  await page.context().close();
});

test('link and QR code: another browser opens exactly the same session, only after agreeing', async () => {
  const coach = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await fillVertellen(coach);
  await goBewaren(coach);
  const file = await download(coach);
  await coach.getByRole('button', { name: 'Maak een link' }).click();
  const main = coach.getByRole('main');
  assert.match(await main.innerText(), /iedereen die deze link heeft, kan uw antwoorden lezen/);
  const link = await coach.getByLabel('Uw link', { exact: true }).inputValue();
  assert.ok(link.startsWith(`${server.origin}/#/openen/s1.`), link);
  assert.ok(!link.split('#')[0].includes('s1.'), 'the state sits after the #, never before it');
  assert.equal(await main.getByRole('img', { name: 'QR-code van uw link' }).locator('svg').count(), 1);
  await coach.getByRole('button', { name: 'Kopieer de link' }).click();
  await coach.getByText('De link is gekopieerd.').waitFor();
  assert.equal(await coach.evaluate(() => navigator.clipboard.readText()), link);
  await assertAccessible(coach, 'bewaren with a link and QR code');
  assertOnlyLocal(coach, server.origin);

  // The client's phone: a fresh browser context.
  const client = await openPage(browser, { viewport: { width: 360, height: 740 } });
  await client.goto(link);
  await client.waitForSelector('html[data-app="ready"]');
  await client.getByRole('heading', { level: 1, name: 'Antwoorden openen uit een link' }).waitFor();
  assert.match(await client.getByRole('main').innerText(), /Deze link bevat antwoorden voor: Vertellen of verzwijgen\?/);
  await assertAccessible(client, 'open link');
  await client.getByRole('button', { name: 'Open deze antwoorden' }).click();
  await client.getByRole('heading', { level: 2, name: /Stap 4 van 9/ }).waitFor();
  assert.ok(!client.url().includes('s1.'), 'the payload leaves the address bar after opening');
  await goBewaren(client);
  assert.equal(await download(client), file, 'the link reproduces the session exactly');
  await assertNothingStored(client);
  assertOnlyLocal(client, server.origin);
  assertNoErrors(client);
  await coach.context().close();
  await client.context().close();
});

/** "€ 1.812": whole euros with a thousands dot, as the app writes them. */
function euros(cents) {
  return `€ ${String(Math.round(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

test('a session saved with other amounts says what changed for this person, for a file and for a link', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/bewaren');
  // A file the app wrote before it recorded its amounts (version 1, all three tools).
  const v1 = readFileSync(new URL('../../core/tests/data/sessies/v1-f67fd3b-drie-tools.json', import.meta.url), 'utf8');
  await openFile(page, 'oud.json', v1);
  const region = page.getByRole('region', { name: 'Een bestand openen' });
  await region.getByText('Het bestand is geopend.').waitFor();
  assert.match(await region.locator('.warning').innerText(), /eerdere versie van Werkkeuze[\s\S]*opnieuw na/);

  // Saved again: version 2 with what the Rekenhulp computed for both situations.
  const saved = JSON.parse(await download(page));
  assert.equal(saved.versie, 2);
  const nu = saved.inhoud.gerekend.situaties;
  assert.equal(nu.length, 2);
  assert.match(nu[0].bedragen_van, /^\d{4}-\d{2}-01$/);
  assert.ok(nu[0].met_werk_cent > 0);
  await openFile(page, 'net-bewaard.json', JSON.stringify(saved));
  await region.getByText('Het bestand is geopend.').waitFor();
  assert.equal(await region.locator('.warning').count(), 0, 'nothing changed: nothing to say');

  // As if saved when the amounts of 1 July 2025 applied and the first situation gave € 25 less.
  const toen = structuredClone(saved);
  toen.inhoud.gerekend.situaties[0] = { bedragen_van: '2025-07-01', met_werk_cent: nu[0].met_werk_cent - 2500 };
  await openFile(page, 'vorig-jaar.json', JSON.stringify(toen));
  await region.locator('.warning').waitFor();
  const said = await region.locator('.warning').innerText();
  assert.match(said, /^Deze antwoorden zijn bewaard met de bedragen van 1 juli 2025 en /);
  const regel = `Situatie 1: met werk houdt u in de eerste maand nu ${euros(nu[0].met_werk_cent)} per maand over. Dat was ${euros(nu[0].met_werk_cent - 2500)}.`;
  assert.ok(said.includes(regel), said);
  assert.ok(!said.includes('Situatie 2'), `situation 2 did not change: ${said}`);
  await assertAccessible(page, 'bewaren, opened with other amounts');

  // The same as a link: said on the page that asks before opening.
  const payload = 's1.' + deflateRawSync(Buffer.from(JSON.stringify(toen))).toString('base64url');
  const client = await openPage(browser, { viewport: { width: 360, height: 740 } });
  await client.goto(`${server.origin}/#/openen/${payload}`);
  await client.getByRole('heading', { level: 1, name: 'Antwoorden openen uit een link' }).waitFor();
  const main = await client.getByRole('main').innerText();
  assert.match(main, /Deze antwoorden zijn bewaard met de bedragen van 1 juli 2025/);
  assert.ok(main.includes(regel), main);
  await assertAccessible(client, 'open link with other amounts');
  assert.ok((await noOverflow(client)) <= 0, 'the page is wider than a phone');
  mkdirSync(SHOTS, { recursive: true });
  await client.screenshot({ path: `${SHOTS}/sessie-andere-bedragen-360.png`, fullPage: true });
  await assertNothingStored(client);
  assertOnlyLocal(client, server.origin);
  assertNoErrors(client);
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await page.context().close();
  await client.context().close();
});

test('a damaged link says so and keeps what was there', async () => {
  const page = await openPage(browser);
  await fillVertellen(page);
  const base = `${server.origin}/`;
  for (const payload of ['s1.kapot', 'iets-anders', 's1.' + 'A'.repeat(70000)]) {
    await page.goto(`${base}#/openen/${payload}`);
    await page.getByRole('heading', { level: 1, name: 'Deze link kunnen we niet openen' }).waitFor();
    assert.match(await page.getByRole('alert').innerText(), /Wat u al had ingevuld, is niet veranderd/);
  }
  await assertAccessible(page, 'damaged link');
  await page.getByRole('button', { name: 'Naar de startpagina' }).click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /Vertellen/ }).click();
  await page.getByRole('heading', { level: 2, name: /Stap 4 van 9/ }).waitFor();
  // In English the same message, in English.
  await page.goto(`${base}?lang=en#/openen/s1.kapot`);
  await page.getByRole('heading', { level: 1, name: 'We cannot open this link' }).waitFor();
  assert.match(await page.getByRole('alert').innerText(), /incomplete or damaged[\s\S]*What you had entered has not changed/);
  await assertAccessible(page, 'damaged link, English');
  assertNoErrors(page);
  await page.context().close();
});

test('onthouden is off by default; on, it survives a reload; alles wissen leaves no trace', async () => {
  const page = await openPage(browser);
  await fillVertellen(page);
  await assertNothingStored(page);
  await goBewaren(page);
  const box = page.getByRole('checkbox', { name: 'Onthoud mijn antwoorden op dit apparaat' });
  assert.equal(await box.isChecked(), false, 'remembering is off by default');
  await box.check();
  await page.getByText('Uw antwoorden worden op dit apparaat onthouden.').waitFor();
  const stored = await storageSnapshot(page);
  assert.equal(stored.localStorage, 1, 'one item while remembering');
  await page.reload();
  await page.waitForSelector('html[data-app="ready"]');
  assert.match(await page.getByRole('main').innerText(), /Nu ingevuld: Vertellen of verzwijgen\?/);
  assert.equal(await box.isChecked(), true);

  await page.getByRole('region', { name: 'Alles wissen' }).getByRole('button', { name: 'Alles wissen' }).click();
  await page.getByRole('region', { name: 'Alles wissen' }).getByRole('button', { name: 'Ja, wis alles' }).click();
  await page.getByRole('region', { name: 'Alles wissen' }).getByText('Alles is gewist.').waitFor();
  assert.equal(await box.isChecked(), false);
  await assertNothingStored(page);
  await page.reload();
  await page.waitForSelector('html[data-app="ready"]');
  assert.match(await page.getByRole('main').innerText(), /U heeft nog niets ingevuld/);
  await assertNothingStored(page);

  // Switching it off again also removes the copy.
  await fillVertellen(page);
  await goBewaren(page);
  await box.check();
  assert.equal((await storageSnapshot(page)).localStorage, 1);
  await box.uncheck();
  await assertNothingStored(page);
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await page.context().close();
});

/** Uses all three tools: part of the disclosure aid, a calculation, the matcher with a comparison. */
async function useAllThree(page) {
  await fillVertellen(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rekenhulp' }).click();
  await page.getByRole('radio', { name: 'Bijstand (van de gemeente)', exact: true }).check();
  // Not the screen's defaults (35 years, € 650, 20 hours): the person's own situation.
  await page.getByLabel(/2\. Hoe oud bent u/).fill('40');
  await page.getByLabel(/5\. Hoeveel kale huur/).fill('700');
  await page.getByLabel(/6\. Hoeveel uur per week/).fill('16');
  await page.locator('.rk-for').getByText('Bij 16 uur per week', { exact: false }).waitFor();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Begeleiding' }).click();
  const q = (words) => page.getByRole('group', { name: new RegExp(`^\\d+\\. ${words.replace(/[?()]/g, '\\$&')}$`) });
  await q('Wat wilt u het liefst?').getByRole('radio', { name: 'Betaald werk vinden', exact: true }).check();
  await q('Bent u in behandeling bij de GGZ?').getByRole('radio', { name: 'Ja, ik ben in behandeling bij de GGZ', exact: true }).check();
  for (const name of ['IPS (Individuele Plaatsing en Steun)', 'Jobcoach op het werk']) {
    await page.getByRole('checkbox', { name: `Vergelijken: ${name}`, exact: true }).check();
  }
}

test('all three tools: nothing leaves the page or is stored; Mijn plan holds all three on at most two A4 pages', async () => {
  const page = await openPage(browser);
  await useAllThree(page);
  await assertNothingStored(page);
  assertOnlyLocal(page, server.origin);

  await page.getByRole('contentinfo').getByRole('link', { name: 'Mijn plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn plan' }).waitFor();
  const plan = page.getByRole('main');
  for (const part of ['Vertellen op mijn werk', 'Mijn inkomen als ik ga werken', 'Begeleiding naar werk']) {
    await plan.getByRole('region', { name: part, exact: true }).waitFor();
  }
  const text = await plan.innerText();
  // One date style in the app: "4 december 2026" (issue 16 point 12).
  assert.match(text, /Gemaakt op \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4} met Werkkeuze/);
  assert.match(text, /Dit is een schatting/);
  // The difference per period, with when it applies (issue 16 point 1).
  assert.match(text, /Verschil per maand\s+[+-]?€ [\d.]+(\s+tot en met (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4})?/);
  assert.match(text, /Uren werk per week[\s\S]*\b16\b/);
  assert.match(text, /Mijn situatie: Ik solliciteer[\s\S]*Aan wie ik vooral denk: Mijn leidinggevende/);
  assert.match(text, /IPS \(Individuele Plaatsing en Steun\)[\s\S]*Jobcoach op het werk/);
  await assertAccessible(page, 'mijn plan');
  // Leaving a part out removes it from the handout.
  await plan.getByRole('checkbox', { name: 'Vertellen op mijn werk' }).uncheck();
  assert.equal(await plan.getByRole('region', { name: 'Vertellen op mijn werk', exact: true }).count(), 0);
  await plan.getByRole('checkbox', { name: 'Vertellen op mijn werk' }).check();

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible(), false);
  assert.equal(await plan.getByRole('button', { name: 'Print mijn plan' }).isVisible(), false);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdfPages(pdf);
  assert.ok(pages >= 1 && pages <= 2, `Mijn plan prints on ${pages} pages`);
  await page.emulateMedia({ media: 'screen' });

  // On a phone the compared options are one block per question, each answer under its name.
  await page.setViewportSize({ width: 360, height: 800 });
  const cells = plan.locator('table.grid-stack tbody td');
  assert.ok((await cells.count()) >= 2);
  for (const td of await cells.all()) {
    const name = (await td.getByRole('heading', { level: 4 }).innerText()).trim();
    assert.match(name, /^(IPS \(Individuele Plaatsing en Steun\)|Jobcoach op het werk)$/);
  }
  assert.ok((await noOverflow(page)) <= 0, 'Mijn plan is wider than a phone');
  const wide = await page.evaluate(() => [...document.querySelectorAll('table.grid-stack')]
    .filter((t) => t.getBoundingClientRect().right > window.innerWidth + 0.5).length);
  assert.equal(wide, 0);
  await assertAccessible(page, 'mijn plan at 360 px');
  mkdirSync(SHOTS, { recursive: true });
  await plan.locator('table.grid-stack tbody th').nth(2).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${SHOTS}/plan-grid-360.png` });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Remembering on, then clearing everything: no trace of any of the three tools.
  await goBewaren(page);
  assert.match(await page.getByRole('main').innerText(),
    /Nu ingevuld: Vertellen of verzwijgen\?, Rekenhulp: wat houd ik over\?, Welke begeleiding past bij mij\?/);
  await page.getByRole('checkbox', { name: 'Onthoud mijn antwoorden op dit apparaat' }).check();
  assert.equal((await storageSnapshot(page)).localStorage, 1);
  await page.getByRole('contentinfo').getByRole('button', { name: 'Alles wissen' }).click();
  await page.getByRole('contentinfo').getByRole('button', { name: 'Ja, wis alles' }).click();
  await assertNothingStored(page);
  assert.match(await page.getByRole('main').innerText(), /U heeft nog niets ingevuld/);
  await page.reload();
  await page.waitForSelector('html[data-app="ready"]');
  await assertNothingStored(page);
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await page.context().close();
});
