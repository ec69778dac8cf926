// Issue 16, phase 2 for the Rekenhulp (points 1, 5, 8, 12 and 13) and the fixes of the review of
// the income engine that a person sees on the screen: the answer tells every period of the first
// year with when it applies; a line's "Waarom?" is readable and full width on a phone; the chart's
// notes are right; the start month is any month up to the last year with amounts, and months and
// dates are written as people write them; differences are those of the totals shown; the WW's
// holiday-pay month and the old wage above the maximum dagloon can be entered.
// The browser's clock is fixed at 4 December 2026, as in rekenhulp.test.mjs; the expected
// amounts are the engine's (`rekenhulp scenario --datum 2026-12-01`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, openPage, gotoApp, assertAccessible, assertOnlyLocal, assertNoErrors, noOverflow,
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

const TODAY = new Date('2026-12-04T10:00:00');
const HOURS = /6\. Hoeveel uur per week/;
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';

async function open(page, search = '') {
  await page.clock.setFixedTime(TODAY);
  await gotoApp(page, server.origin, '#/rekenhulp', search);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** Waits until `locator`'s text matches `re` (parts follow the answer one frame later). */
async function textMatching(locator, re) {
  const end = Date.now() + 5000;
  let text = await locator.innerText();
  while (!re.test(text) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    text = await locator.innerText();
  }
  assert.match(text, re);
  return text;
}

/** "€ 1.942" or "+€ 285" or "-€ 40" as a number of whole euros. */
function euros(text) {
  const m = text.match(/([+\-−]?)€\s*([\d.]+)/);
  assert.ok(m, `no amount in "${text}"`);
  const v = Number(m[2].replace(/\./g, ''));
  return m[1] === '-' || m[1] === '−' ? -v : v;
}

async function full(page) {
  await page.getByRole('button', { name: /Volledig: alle vragen/ }).click();
  await page.getByRole('group', { name: 'Meer over uw situatie' }).waitFor();
}

test('1: the answer, the comparison and "Mijn plan" tell the gain in every period, with when it applies', async () => {
  const page = await openPage(browser, { viewport: { width: 360, height: 800 } });
  await open(page);
  await page.getByLabel(HOURS).fill('20');
  // Bijstand at 20 hours: the vrijlating for six months, then nothing.
  const answer = page.locator('#rk-antwoord');
  assert.equal(
    (await answer.locator('.rk-answer-main').innerText()).trim(),
    'De eerste 6 maanden (december 2026 tot en met mei 2027) gaat u er ongeveer € 285 per maand op vooruit.',
  );
  assert.equal(
    (await answer.locator('.rk-answer-later').innerText()).trim(),
    'Vanaf juni 2027 houdt u per maand ongeveer evenveel over.\nDe vrijlating in de bijstand stopt: uw hele nettoloon gaat nu van de bijstand af.',
  );
  assert.equal(await answer.getAttribute('aria-live'), 'polite');
  await assertAccessible(page, 'answer with two periods at 360 px');

  // A second situation on WW with 24 hours: the WW goes to 70% and the employer's holiday pay
  // of May counts as income that month, each a period of its own.
  await page.getByRole('button', { name: 'Kopieer deze situatie' }).click();
  await page.getByRole('radio', { name: 'WW', exact: true }).check();
  await page.getByLabel(HOURS).fill('24');
  const later = () => answer.locator('.rk-answer-later').allInnerTexts();
  await textMatching(answer, /In mei 2027 gaat u er ongeveer € \d+ op vooruit/);
  const parts = await later();
  assert.match(parts.join('\n'), /Van februari 2027 tot en met april 2027 gaat u er ongeveer € \d+ per maand op vooruit\.\nDe WW gaat van 75% naar 70%\./);
  assert.match(parts.join('\n'), /In mei 2027 gaat u er ongeveer € \d+ op vooruit\.\nUw werkgever betaalt uw vakantiegeld \(€ [\d.,]+\)\. Voor de WW telt dat deze maand als inkomen/);
  assert.match(parts.join('\n'), /Vanaf juni 2027 gaat u er ongeveer € \d+ per maand op vooruit\.\nUw WW is weer zoals in een gewone maand/);

  // The comparison: each situation's first period with its end, and a row for what comes after.
  const rows = await page.locator('#rk-vergelijking tbody tr').allInnerTexts();
  assert.match(rows[5], /^Verschil\s+\+€ 285\s+tot en met mei 2027\s+\+€ \d+\s+tot en met januari 2027$/);
  assert.match(rows[6], /^Daarna\s+€ 0\s+vanaf juni 2027\s+\+€ \d+\s+februari 2027 tot en met april 2027\s+\+€ \d+\s+in mei 2027\s+\+€ \d+\s+vanaf juni 2027$/);
  assert.ok((await noOverflow(page)) <= 0, 'the page scrolls sideways');
  await assertAccessible(page, 'comparison with periods at 360 px');

  // "Mijn plan": the same periods, each difference with when it applies.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Mijn plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn plan' }).waitFor();
  const table = page.getByRole('region', { name: 'Tabel: Mijn inkomen als ik ga werken' });
  const planRows = await table.locator('tbody tr').allInnerTexts();
  assert.match(planRows[6], /^Verschil per maand\s+\+€ 285\s+tot en met mei 2027\s+\+€ \d+\s+tot en met januari 2027$/);
  assert.match(planRows[7], /^Daarna\s+€ 0\s+vanaf juni 2027\s+\+€ \d+\s+februari 2027 tot en met april 2027\s+\+€ \d+\s+in mei 2027\s+\+€ \d+\s+vanaf juni 2027$/);
  assert.ok((await noOverflow(page)) <= 0, 'Mijn plan scrolls sideways');
  assert.ok(await table.evaluate((t) => t.scrollWidth <= t.clientWidth + 1), 'the plan table is clipped');
  await assertAccessible(page, 'Mijn plan with periods at 360 px');
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await page.context().close();
});

test('5: "Waarom?" has labelled parts, no sentence twice, plain words, and the full width on a phone', async () => {
  const page = await openPage(browser, { viewport: { width: 360, height: 800 } });
  await open(page);
  await page.getByLabel(HOURS).fill('20');
  const table = page.locator('#rk-tabel');
  const toggle = table.getByRole('button', { name: 'Waarom? (Uitkering)' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const row = table.locator('#rk-waarom-uitkering');
  assert.equal(await toggle.getAttribute('aria-controls'), 'rk-waarom-uitkering');
  // A row of its own across the whole table, not a squeezed first column.
  const rw = await row.locator('td').boundingBox();
  const tw = await table.boundingBox();
  assert.ok(rw.width >= tw.width - 2, `the explanation is ${rw.width}px of ${tw.width}px`);
  const text = await row.innerText();
  // Labelled parts: the rule, what holds in both, then without and with work.
  assert.match(text, /^De regel: [\s\S]*\n+Zo is het berekend: De bijstand voor uw situatie \(de bijstandsnorm\) is € 1\.419,46 per maand[\s\S]*\n+Zonder werk: U houdt € 1\.419,46 bijstand per maand over\.\n+Met werk: De gemeente trekt uw nettoloon \(€ 1\.369,93\) af van de bijstand\./);
  // No sentence twice.
  const body = text.split(/\n+Bron:/)[0];
  const sentences = body.replace(/^[A-Z][a-z ]+: /gm, '').split(/(?<=\.)\s+(?=[A-Z])/).map((s) => s.trim()).filter(Boolean);
  assert.equal(new Set(sentences).size, sentences.length, `a sentence twice: ${sentences.join(' | ')}`);
  // Each source once.
  const sources = await row.locator('ul.source li').allInnerTexts();
  assert.equal(new Set(sources.map((s) => s.split(': ').slice(1).join(': '))).size, sources.length);
  // Only what applies to a single person: the couples' norm is not in the calculation.
  assert.doesNotMatch(body, /2\.002,13|gehuwden/);
  // Every line's explanation in plain words: no unexplained technical terms.
  const toggles = table.locator('button.rk-why-toggle[aria-expanded="false"]');
  while (await toggles.count() > 0) await toggles.first().click();
  assert.equal(await table.locator('.rk-why-row').count(), 4);
  const all = (await table.locator('.rk-why-row').allInnerTexts()).map((t) => t.split(/\n+Bron:/)[0]).join('\n');
  for (const term of ['kwaliteitskortingsgrens', 'aftoppingsgrens', 'basishuur', 'inkomensijkpunt', 'rekeninkomen', 'normpremie', 'standaardpremie', 'drempelinkomen', 'compensatiefactor']) {
    assert.ok(!all.includes(term), `"${term}" in a Waarom?`);
  }
  assert.match(all, /toetsingsinkomen \(het jaarinkomen waarmee de toeslagen rekenen/);
  assert.match(all, /kortingen op de belasting \(heffingskortingen\)/);
  assert.ok((await noOverflow(page)) <= 0, 'the page scrolls sideways');
  await assertAccessible(page, 'every Waarom? open at 360 px');
  // Closing gives the row back.
  await toggle.click();
  assert.equal(await table.locator('#rk-waarom-uitkering').count(), 0);
  assertNoErrors(page);
  await page.context().close();
});

test('8: the chart notes name each cause once, truly, and say which month the chart shows', async () => {
  const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await open(page);
  await page.getByLabel(HOURS).fill('20');
  const curve = page.getByRole('region', { name: 'Wat levert elk uur extra op?' });
  await textMatching(curve, /De grafiek laat de eerste maand van uw werk zien \(december 2026\)\. In latere maanden ziet het er anders uit/);
  const notes = await curve.locator('.rk-stretch').allInnerTexts();
  assert.deepEqual(notes.map((n) => n.replace(/:.*$/s, '')), ['1. Van 8 tot 14 uur', '2. Van 16,5 tot 25 uur', '3. Van 35,5 tot 40 uur']);
  assert.match(notes[1], /u houdt al het hoogste bedrag dat u van uw loon mag houden \(€ 285,00 per maand\): meer loon gaat helemaal van de bijstand af\. Daar houdt u van een euro die u bruto extra verdient niets over\.$/);
  const heads = notes.map((n) => n.split('. Daar')[0].replace(/^\d+\. Van [^:]+: /, ''));
  assert.equal(new Set(heads).size, heads.length, 'a cause has two notes');
  const all = await curve.innerText();
  assert.doesNotMatch(all, /stopt de vrijlating|hoogstens 0 cent|0% over|ongeveer 0 cent/);
  // The bands carry the number of their note.
  const labels = await curve.locator('svg .chart-band text').allTextContents();
  assert.ok(labels.every((l) => ['1', '2', '3'].includes(l.trim())), labels.join(','));
  // The marginal sentence never says "0% over".
  assert.match(await page.locator('.rk-result').innerText(), /Werkt u een uur per week meer, dan houdt u van wat u bruto extra verdient \(bijna\) niets over\./);
  await assertAccessible(page, 'chart notes, bijstand 20 hours');
  // Under 27 there is no vrijlating: the note says the whole net wage goes.
  await page.getByLabel(/2\. Hoe oud bent u/).fill('24');
  await textMatching(curve.locator('.rk-stretches'), /^1\. Van 0 tot [\d,]+ uur: u mag geen deel van uw loon houden: uw hele nettoloon gaat van de bijstand af\. Daar houdt u van een euro die u bruto extra verdient niets over\./);
  await textMatching(curve, /De grafiek laat de eerste maand van uw werk zien \(december 2026\)\.(?! In latere)/);
  await assertAccessible(page, 'chart notes, under 27');
  assertNoErrors(page);
  await page.context().close();
});

test('12: the first month is any month up to the last year with amounts, months and dates as people write them', async () => {
  const page = await openPage(browser, { viewport: { width: 360, height: 800 } });
  await open(page);
  await full(page);
  const select = page.getByLabel('In welke maand begint u met werken?');
  const options = (await select.locator('option').allInnerTexts()).map((t) => t.trim());
  assert.equal(options[0], 'Deze maand (december 2026)');
  assert.deepEqual(options.slice(1), [
    'januari 2027', 'februari 2027', 'maart 2027', 'april 2027', 'mei 2027', 'juni 2027',
    'juli 2027', 'augustus 2027', 'september 2027', 'oktober 2027', 'november 2027', 'december 2027',
  ]);
  await select.selectOption({ label: 'juli 2027' });
  const bedragen = page.locator('#rk-bedragen');
  await textMatching(bedragen, /^De bedragen van 1 januari 2027 zijn nog niet allemaal bekend\. Daarom gelden hier de laatst bekende bedragen: voor [^.]+ die van 1 januari 2026/);
  const rows = page.locator('#rk-tijdlijn tbody tr:not(.rk-change) th');
  await textMatching(rows.first(), /^juli 2027$/);
  assert.equal((await rows.nth(11).innerText()).trim(), 'juni 2028');
  // The first of January 2028: amounts not known, said in its own row.
  await textMatching(page.locator('#rk-tijdlijn'), /Vanaf januari 2028: Vanaf 1 januari 2028 gelden nieuwe bedragen die nog niet bekend zijn/);
  // No ISO date anywhere, and one date style: "1 december 2026".
  const main = await page.getByRole('main').innerText();
  assert.doesNotMatch(main, /\b20\d\d-\d\d(-\d\d)?\b|\b\d\d-\d\d-20\d\d\b/);
  assert.match(await page.getByRole('region', { name: 'Wat moet ik regelen?' }).innerText(), new RegExp(`gecontroleerd op \\d{1,2} (${MONTHS}) 20\\d\\d`));
  await assertAccessible(page, 'start in July 2027 at 360 px');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Mijn plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn plan' }).waitFor();
  assert.match(await page.getByRole('main').innerText(), /Gemaakt op 4 december 2026 met Werkkeuze\./);
  assertNoErrors(page);
  await page.context().close();
});

test('13: every difference is that of the totals shown; an event only where it changes something; English says how numbers are written', async () => {
  const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await open(page);
  await full(page);
  await page.getByLabel(HOURS).fill('12');
  await page.getByRole('button', { name: 'Kopieer deze situatie' }).click();
  await page.getByLabel(HOURS).fill('32');
  await page.locator('#rk-tijdlijn tbody tr').first().waitFor();
  const check = async (rowsLocator, where) => {
    for (const r of await rowsLocator.allInnerTexts()) {
      const cells = r.split('\t').map((c) => c.trim());
      if (cells.length < 4 || !/€/.test(cells[1]) || /niet geschat/.test(r)) continue;
      assert.equal(euros(cells[3]), euros(cells[2]) - euros(cells[1]), `${where}: ${r}`);
    }
  };
  await check(page.locator('#rk-tabel tbody tr:not(.rk-why-row), #rk-tabel tfoot tr'), 'breakdown');
  await check(page.locator('#rk-tijdlijn tbody tr:not(.rk-change)'), '12 months');
  // The comparison: the difference of the first period is met − zonder as shown.
  const cmp = await page.locator('#rk-vergelijking tbody tr').allInnerTexts();
  const col = (i) => cmp.map((r) => r.split('\t')[i]);
  for (const i of [1, 2]) {
    const c = col(i);
    assert.equal(euros(c[5]), euros(c[4]) - euros(c[3]), `comparison column ${i}`);
  }
  // At 32 hours the bijstand is nil with and without the vrijlating: month 7 says nothing.
  const changes = await page.locator('#rk-tijdlijn tr.rk-change').allInnerTexts();
  assert.ok(changes.every((c) => !/vrijlating/.test(c)), changes.join(' | '));
  assert.ok(changes.some((c) => /^Vanaf januari 2027: Nieuwe bedragen/.test(c)), 'new amounts are always said');
  await assertAccessible(page, 'consistency at 32 hours');
  // English: numbers the Dutch way, and the page says so.
  await open(page, '?lang=en');
  const note = await page.locator('.rk-numbers').innerText();
  assert.match(note, /^Numbers are written the Dutch way/);
  assert.match(await page.locator('#rk-tabel').innerText(), /€ \d\.\d{3}/);
  assert.doesNotMatch(await page.getByRole('main').innerText(), /\d+\.\d+%/);
  await assertAccessible(page, 'English with the numbers note');
  assertNoErrors(page);
  await page.context().close();
});

test('review of the income engine: the old wage above the maximum, the holiday-pay month and examples from the amounts', async () => {
  const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await open(page);
  await full(page);
  // The bijstand amount's example is the norm of December 2026, not a typed number.
  await page.getByLabel('Ik vul zelf het bedrag van mijn uitkering in').check();
  assert.match(await page.locator('#rk-bedrag-help').innerText(), /Bijvoorbeeld: 1\.419,46$/);
  await page.getByLabel('Ik vul zelf het bedrag van mijn uitkering in').uncheck();
  await page.getByRole('radio', { name: 'WW', exact: true }).check();
  // Finding 3: when the letter shows the maximum dagloon, the same field asks for the old wage,
  // and UWV counts the new wage proportionally less (C/D).
  await page.getByLabel(/Uw maandloon volgens UWV/).fill('6.740,54');
  await page.getByLabel('Ik weet mijn uurloon').check();
  await page.getByLabel('Uw uurloon').fill('40');
  await page.getByLabel(HOURS).fill('20');
  const ww = () => page.locator('#rk-tabel tbody tr').filter({ hasText: 'Uitkering' }).first().locator('td').nth(1).innerText();
  const capped = euros(await ww());
  const box = page.getByLabel('Op mijn beschikking staat het maximumdagloon');
  assert.match(await page.locator('#rk-boven-max-help').innerText(), /meer dan € 6\.740,54 per maand/);
  await box.check();
  const field = page.getByLabel(/Uw oude brutoloon per maand, met vakantiegeld/);
  await field.fill('8.000');
  await page.locator('#rk-tabel').waitFor();
  const scaled = euros(await ww());
  assert.ok(scaled > capped, `WW with the old wage € ${scaled}, with the capped one € ${capped}`);
  await page.getByRole('button', { name: 'Waarom? (Uitkering)' }).click();
  assert.match(await page.locator('#rk-waarom-uitkering').innerText(), /Uw oude loon \(€ 8\.000,00\) is hoger dan het maximum/);
  await assertAccessible(page, 'WW above the maximum');
  // Finding 1: the holiday pay counts in the month it is paid; another month can be chosen.
  await box.uncheck();
  await page.getByLabel(/Uw maandloon volgens UWV/).fill('3.200');
  await page.getByLabel('Ik weet mijn uurloon').uncheck();
  await textMatching(page.locator('#rk-tijdlijn'), /Vanaf mei 2027: Uw werkgever betaalt uw vakantiegeld/);
  await page.getByLabel('In welke maand betaalt uw werkgever het vakantiegeld?').selectOption({ label: 'juni' });
  const tl = await textMatching(page.locator('#rk-tijdlijn'), /Vanaf juni 2027: Uw werkgever betaalt uw vakantiegeld \(€ [\d.,]+\)/);
  assert.doesNotMatch(tl, /Vanaf mei 2027: Uw werkgever/);
  // Seven months built up (December to June): 7 × € 103,93 (8% of 20 hours at € 14,99).
  assert.match(tl, /Vanaf juni 2027: Uw werkgever betaalt uw vakantiegeld \(€ 727,51\)/);
  await assertAccessible(page, 'WW holiday pay in June');
  assertNoErrors(page);
  await page.context().close();
});
