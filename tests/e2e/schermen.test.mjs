// Issue 16, "What the screens say is true, complete and readable on a phone" (phase 1): a
// half-typed number never drives the result (typing and pasting), source links open in a new tab,
// the Rekenhulp's tables, chart and "Mijn plan" fit 360 px, "Alles wissen" asks first where the
// person looks, Vertellen carries the person's own reasons and audience forward, focus after
// copying or removing a situation, "Naar de uitslag", the QR code, growing text areas, the printed
// Rekenhulp, each data file downloaded once (and, issue 19, every file once on every way in),
// and axe-core (best practices included) on every route.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, openPage, gotoApp, assertAccessible, assertOnlyLocal, assertNoErrors,
  assertNothingStored, noOverflow,
} from './harness.mjs';
import { forLine, totals, fieldError, typeKeys, paste } from './rekenhulp-helpers.mjs';

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

const HOURS = /6\. Hoeveel uur per week/;
const AGE = /2\. Hoe oud bent u/;

/** The day the tests run in: the default first month of work, and so the amounts, follow the clock. */
const TODAY = new Date('2026-12-04T10:00:00');

async function openRekenhulp(page, search = '') {
  await page.clock.setFixedTime(TODAY);
  await gotoApp(page, server.origin, '#/rekenhulp', search);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

const answer = async (page) => (await page.locator('#rk-antwoord .rk-answer-main').innerText()).trim();

const DEFAULT_ANSWER = 'De eerste 6 maanden (december 2026 tot en met mei 2027) gaat u er ongeveer € 285 per maand op vooruit.';
// The quick-mode example in December 2026, with the amounts of 1 July 2026 (bijstand norm € 1.419,46).
const DEFAULT_TOTALS = [194246, 222746, 28500];

test('2: a half-typed or pasted number never drives the result; the field says which number is used', async () => {
  const page = await openPage(browser, { viewport: { width: 360, height: 800 } });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openRekenhulp(page);
  assert.equal(await answer(page), DEFAULT_ANSWER);

  // 99999999 hours, key by key: "9" is a valid number and is shown as 9 hours; from "99" on the
  // field is above its maximum and the result keeps the 9 hours the person last saw (fresh-eyes
  // review §3: the last valid value shown, not an older one), and the field says so.
  await typeKeys(page, HOURS, '99999999', async (typed) => {
    if (typed === '9') {
      assert.equal(await forLine(page), 'Bij 9 uur per week, € 14,99 bruto per uur:');
      return;
    }
    assert.equal(await page.getByLabel(HOURS).getAttribute('aria-invalid'), 'true', typed);
    assert.equal(await forLine(page), 'Bij 9 uur per week, € 14,99 bruto per uur:', `after typing ${typed}`);
  });
  assert.equal(await fieldError(page, HOURS).innerText(),
    'Het getal kan hoogstens 60 zijn. We rekenen verder met wat u eerder invulde: 9 uur per week.');
  // The message is tied to the field for screen readers.
  assert.match(await page.getByLabel(HOURS).getAttribute('aria-describedby'), /rk-uren-fout/);
  await assertAccessible(page, 'rekenhulp: 99999999 hours typed');
  // Leaving the field does not make an invalid text count.
  await page.keyboard.press('Tab');
  assert.equal(await forLine(page), 'Bij 9 uur per week, € 14,99 bruto per uur:');

  // Pasted at once: the result stays at the last valid value.
  await paste(page, HOURS, '20');
  await paste(page, HOURS, '99999999');
  assert.equal(await forLine(page), 'Bij 20 uur per week, € 14,99 bruto per uur:');
  assert.match(await fieldError(page, HOURS).innerText(), /eerder invulde: 20 uur per week\.$/);
  await paste(page, HOURS, '24');
  await page.keyboard.press('Tab');
  assert.equal(await forLine(page), 'Bij 24 uur per week, € 14,99 bruto per uur:');
  await paste(page, HOURS, '24x');
  assert.equal(await forLine(page), 'Bij 24 uur per week, € 14,99 bruto per uur:');
  assert.match(await fieldError(page, HOURS).innerText(), /Dit is geen getal[\s\S]*eerder invulde: 24 uur per week\.$/);
  await paste(page, HOURS, '20');
  await page.keyboard.press('Tab');
  assert.equal(await answer(page), DEFAULT_ANSWER);
  assert.deepEqual(await totals(page), DEFAULT_TOTALS);

  // Age 67, digit by digit: "6" is below 15 and "67" above 66; the result stays at 35 years.
  await typeKeys(page, AGE, '67', async (typed) => {
    assert.equal(await page.getByLabel(AGE).getAttribute('aria-invalid'), 'true', typed);
    assert.match(await fieldError(page, AGE).innerText(), /We rekenen verder met wat u eerder invulde: 35 jaar\.$/, typed);
    assert.equal(await answer(page), DEFAULT_ANSWER, `age ${typed}`);
    assert.deepEqual(await totals(page), DEFAULT_TOTALS, `age ${typed}`);
  });
  assert.match(await fieldError(page, AGE).innerText(), /^Het getal kan hoogstens 66 zijn\./);
  await paste(page, AGE, '67');
  assert.deepEqual(await totals(page), DEFAULT_TOTALS, 'age 67 pasted');
  await paste(page, AGE, '35');
  await page.keyboard.press('Tab');
  assert.equal(await page.locator('.field-invalid').count(), 0);

  // "2.500" as an hourly wage (full mode, own wage): "2" is € 2, the last valid value; "2.",
  // "2.5" and "2.50" are still being typed (a dot in an amount separates thousands only) and
  // change nothing; 2.500 is two thousand five hundred, above the maximum of 500. Never € 2,50.
  await page.getByRole('button', { name: /Volledig: alle vragen/ }).click();
  await page.getByRole('checkbox', { name: 'Ik weet mijn uurloon' }).check();
  const WAGE = /^Uw uurloon/;
  await typeKeys(page, WAGE, '2.500', async (typed) => {
    if (typed !== '2.500') {
      assert.equal(await forLine(page), 'Bij 20 uur per week, € 2,00 bruto per uur:', `after typing ${typed}`);
    }
    if (['2.', '2.5', '2.50'].includes(typed)) {
      assert.equal(await fieldError(page, WAGE).innerText(), '', `no error while typing ${typed}`);
    }
  });
  assert.equal(await forLine(page), 'Bij 20 uur per week, € 2,00 bruto per uur:');
  assert.equal(await fieldError(page, WAGE).innerText(),
    'Het getal kan hoogstens 500 zijn. We rekenen verder met wat u eerder invulde: 2 euro per uur, bruto.');
  await paste(page, WAGE, '14,99');
  await paste(page, WAGE, '2.500');
  assert.equal(await forLine(page), 'Bij 20 uur per week, € 14,99 bruto per uur:');
  await assertAccessible(page, 'rekenhulp: 2.500 as an hourly wage');

  // In English the message names the number too.
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Income calculator: what will I have?' }).waitFor();
  await paste(page, /6\. How many hours per week/, '99999999');
  assert.equal(await fieldError(page, /6\. How many hours per week/).innerText(),
    'The number can be at most 60. We keep calculating with what you entered before: 20 hours per week.');
  assert.doesNotMatch(await page.locator('body').innerText(), /NaN|undefined/);
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await assertNothingStored(page);
  await page.context().close();
});

/** Every link to another site in `scope`: [href, target, rel]. */
async function outsideLinks(scope) {
  return scope.locator('a[href^="http"]').evaluateAll((els) =>
    els.filter((a) => new URL(a.href).origin !== location.origin)
      .map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel') ?? '']));
}

function assertNewTab(links, where) {
  assert.ok(links.length > 0, `no source links found in ${where}`);
  for (const [href, target, rel] of links) {
    assert.equal(target, '_blank', `${where}: ${href} does not open in a new tab`);
    assert.match(rel, /\bnoopener\b/, `${where}: ${href} has no rel="noopener"`);
  }
}

/** Opens every "Waarom?" in `scope`, one by one (the Rekenhulp's are buttons that add a row,
 *  Vertellen's are details). */
async function openAllWhy(scope) {
  const buttons = scope.locator('button.rk-why-toggle[aria-expanded="false"]');
  while (await buttons.count() > 0) {
    const before = await scope.locator('.rk-why-row').count();
    await buttons.first().click();
    await scope.locator('.rk-why-row').nth(before).waitFor();
  }
  const whys = scope.locator('details.why');
  for (let i = 0; i < await whys.count(); i++) {
    await whys.nth(i).locator('summary').click();
    await whys.nth(i).locator('.why-body > *').first().waitFor();
  }
}

for (const embed of [false, true]) {
  test(`4: source links open in a new tab with rel="noopener"${embed ? ' (embed)' : ''}; the answers stay`, async () => {
    const page = await openPage(browser);
    const context = page.context();
    // Following a source must not leave this machine in a test: the new tab gets a stand-in page.
    await context.route((url) => url.origin !== server.origin, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Bron</title><p>Bron</p>' }));
    const search = embed ? '?embed=1' : '';
    // Rekenhulp: the sources behind each line, and what to arrange.
    await openRekenhulp(page, search);
    await page.getByLabel(HOURS).fill('24');
    await openAllWhy(page.locator('#rk-tabel'));
    await page.getByRole('region', { name: 'Wat moet ik regelen?' }).waitFor();
    assertNewTab(await outsideLinks(page.locator('main')), `rekenhulp${search}`);
    // Following one opens a new tab; the calculator keeps what was typed.
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      page.locator('#rk-tabel a[href^="http"]').first().click(),
    ]);
    await popup.waitForLoadState();
    assert.equal(await page.getByLabel(HOURS).inputValue(), '24');
    assert.equal(page.url().endsWith('#/rekenhulp'), true);
    await popup.close();
    // The link says it opens a new tab, to a screen reader too.
    assert.match(await page.locator('#rk-tabel a[href^="http"]').first().innerText(), /↗/);
    assert.match(await page.locator('#rk-tabel a[href^="http"] .visually-hidden').first().textContent(), /opent in een nieuw tabblad/);
    await assertAccessible(page, `rekenhulp sources${search}`);

    // Vertellen: the rights and their sources.
    await gotoApp(page, server.origin, '#/vertellen', search);
    await page.getByRole('radio', { name: 'Ik solliciteer' }).check();
    await page.getByRole('navigation', { name: 'Voortgang' }).getByRole('button', { name: 'Uw rechten' }).click();
    await openAllWhy(page.locator('.vt-rights'));
    assertNewTab(await outsideLinks(page.locator('main')), `vertellen${search}`);
    await assertAccessible(page, `vertellen sources${search}`);

    // Begeleiding: an option's detail with its sources.
    await gotoApp(page, server.origin, '#/begeleiding', search);
    await page.locator('#bg-q-doel-betaald_werk').check();
    const detail = page.locator('.bg-card details.bg-detail').first();
    await detail.locator('summary').click();
    assertNewTab(await outsideLinks(page.locator('main')), `begeleiding${search}`);
    await assertAccessible(page, `begeleiding sources${search}`);
    assertNoErrors(page);
    await context.close();
  });
}

/**
 * What sticks out sideways in `selector` (scroll boxes, tables): boxes that scroll, cells whose
 * content is cut off, and columns too narrow to hold a word (a "one-letter column").
 */
async function clipped(page, selector) {
  return page.evaluate((sel) => {
    const out = [];
    for (const box of document.querySelectorAll(sel)) {
      if (!box.offsetParent) continue;
      if (box.scrollWidth > box.clientWidth + 1) out.push(`${box.className} scrolls: ${box.scrollWidth} > ${box.clientWidth}`);
      for (const cell of box.querySelectorAll('th, td')) {
        if (!cell.offsetParent || cell.textContent.trim() === '') continue;
        const width = cell.getBoundingClientRect().width;
        const text = cell.textContent.trim().slice(0, 30);
        if (cell.scrollWidth > cell.clientWidth + 1) out.push(`cut off: "${text}"`);
        if (width < 40) out.push(`${Math.round(width)} px wide: "${text}"`);
        if (cell.getBoundingClientRect().right > window.innerWidth + 1) out.push(`off screen: "${text}"`);
      }
    }
    return out;
  }, selector);
}

test('6: at 360 px the Rekenhulp\'s tables, the chart and "Mijn plan" fit, with the own hours in sight', async () => {
  const page = await openPage(browser, { viewport: { width: 360, height: 780 } });
  await openRekenhulp(page);
  // Three situations side by side, in the full mode, with a change in the 12 months.
  await page.getByRole('button', { name: /Volledig: alle vragen/ }).click();
  await page.getByLabel(HOURS).fill('20');
  await page.getByRole('button', { name: 'Kopieer deze situatie' }).click();
  await page.getByLabel(HOURS).fill('32');
  await page.getByRole('button', { name: 'Kopieer deze situatie' }).click();
  await page.getByLabel(HOURS).fill('12');
  await page.locator('#rk-tijdlijn tr.rk-change').first().waitFor();
  await page.locator('#rk-curve-samenvatting', { hasText: 'Uw keuze: 12 uur' }).waitFor();
  // The curve's data table open too.
  await page.locator('.rk-curve details.rk-data summary').click();
  await page.locator('.rk-curve details.rk-data tbody tr').first().waitFor();
  assert.deepEqual(await clipped(page, '.rk .rk-table-wrap'), []);
  assert.equal(
    await page.locator('.rk .rk-table-wrap').count(), 6,
    'comparison, breakdown, curve data, the month view\'s months and settlement (issue 18), 12 months',
  );
  assert.ok((await noOverflow(page)) <= 0, 'the page scrolls sideways');
  // What changes in a month has the table's whole width, not a squeezed fifth column.
  const change = page.locator('#rk-tijdlijn tr.rk-change td').first();
  const table = await page.locator('#rk-tijdlijn').boundingBox();
  assert.ok((await change.boundingBox()).width >= table.width - 2, 'the change is not full width');
  assert.equal(await page.locator('#rk-tijdlijn thead th').count(), 4);
  // The chart fits the screen (no sideways scrolling), and the chosen hours are in sight.
  const chart = page.locator('.rk-chart');
  assert.ok(await chart.evaluate((c) => c.scrollWidth <= c.clientWidth + 1), 'the chart scrolls');
  for (const hours of ['12', '40', '0']) {
    await page.getByLabel(HOURS).fill(hours);
    await page.locator('#rk-curve-samenvatting', { hasText: `Uw keuze: ${hours} uur` }).waitFor();
    const mark = await page.locator('.rk-chart .chart-mark').boundingBox();
    assert.ok(mark.x >= 0 && mark.x + mark.width <= 360, `the mark for ${hours} hours is off screen (x=${mark.x})`);
  }
  // Readable text in the chart: at least 11 px on screen.
  const fontPx = await page.locator('.rk-chart svg .chart-tick').first().evaluate((t) => t.getBoundingClientRect().height);
  assert.ok(fontPx >= 11, `chart labels are ${fontPx}px high`);
  await assertAccessible(page, 'rekenhulp: three situations at 360 px');

  // "Mijn plan": a column per situation.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Mijn plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn plan' }).waitFor();
  const plan = page.getByRole('region', { name: 'Tabel: Mijn inkomen als ik ga werken' });
  assert.deepEqual((await plan.locator('thead th').allInnerTexts()).map((t) => t.trim()), ['Situatie 1', 'Situatie 2', 'Situatie 3']);
  // What was assumed, per situation (fresh-eyes review §12), then the hours and the totals.
  const planRows = (await plan.locator('tbody tr').allInnerTexts()).map((r) => r.replace(/\u00ad/g, ''));
  assert.match(planRows[0], /^Uitkering\s+Bijstand\s+Bijstand\s+Bijstand$/);
  assert.match(planRows[1], /Uren werk per week\s+20\s+32\s+0/);
  assert.match(planRows[2], /^Uurloon \(bruto\)\s+minimumloon\s+minimumloon\s+minimumloon$/);
  assert.match(planRows[3], /^Kale huur per maand\s+€ 650\s+€ 650\s+€ 650$/);
  assert.match(planRows[5], /^Per maand met werk \(eerste maand\)\s+€ /);
  assert.deepEqual(await clipped(page, '.plan-table'), []);
  assert.ok((await noOverflow(page)) <= 0, 'Mijn plan scrolls sideways');
  await assertAccessible(page, 'mijn plan at 360 px');
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await page.context().close();
});

/** The sizes of the footer's links and buttons. */
async function footerTargets(page) {
  return page.getByRole('contentinfo').locator('a, button').evaluateAll((els) =>
    els.map((e) => { const r = e.getBoundingClientRect(); return [e.textContent.trim(), r.width, r.height]; }));
}

test('7: "Alles wissen" asks first, where the person is looking; footer links are comfortable targets', async () => {
  const page = await openPage(browser, { viewport: { width: 360, height: 700 } });
  await openRekenhulp(page);
  await page.getByLabel(HOURS).fill('12');
  const footer = page.getByRole('contentinfo');
  for (const [name, w, h] of await footerTargets(page)) {
    assert.ok(h >= 44 && w >= 24, `${name}: ${w}×${h} px`);
  }
  await footer.getByRole('button', { name: 'Alles wissen' }).click();
  // The question is right there, in view, and focus is on the safe answer.
  const question = footer.getByRole('group', { name: /^Weet u het zeker\? Dit haalt alles weg/ });
  await question.waitFor();
  const box = await question.boundingBox();
  const viewport = page.viewportSize();
  assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, `the question is out of view (y=${box.y})`);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Nee, niets wissen');
  await assertAccessible(page, 'alles wissen: the question');
  // "Nee": nothing is wiped; focus back on "Alles wissen".
  await page.keyboard.press('Enter');
  assert.equal(await question.count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Alles wissen');
  assert.equal(await page.getByLabel(HOURS).inputValue(), '12');
  // "Ja": everything is wiped, said in a status line beside the button.
  await footer.getByRole('button', { name: 'Alles wissen' }).click();
  await footer.getByRole('button', { name: 'Ja, wis alles' }).click();
  await footer.getByRole('status').getByText('Alles is gewist. Er staat niets meer van u in Werkkeuze.').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Alles wissen');
  assert.equal(await page.getByLabel(HOURS).inputValue(), '20');
  await assertAccessible(page, 'alles wissen: wiped');
  for (const [name, w, h] of await footerTargets(page)) {
    assert.ok(h >= 44 && w >= 24, `${name}: ${w}×${h} px`);
  }
  // The same on the page "Bewaren en delen".
  await page.getByLabel(HOURS).fill('16');
  await footer.getByRole('link', { name: 'Bewaren en delen' }).click();
  const section = page.getByRole('region', { name: 'Alles wissen' });
  await section.getByRole('button', { name: 'Alles wissen' }).click();
  await section.getByRole('button', { name: 'Nee, niets wissen' }).click();
  assert.match(await page.getByRole('main').innerText(), /Nu ingevuld: Rekenhulp/);
  await section.getByRole('button', { name: 'Alles wissen' }).click();
  await section.getByRole('button', { name: 'Ja, wis alles' }).click();
  await section.getByText('Alles is gewist.').waitFor();
  assert.match(await page.getByRole('main').innerText(), /U heeft nog niets ingevuld/);
  await assertNothingStored(page);
  assertNoErrors(page);
  await page.context().close();
});

async function next(page) {
  await page.getByRole('navigation', { name: 'Vorige of volgende stap' })
    .getByRole('button', { name: /^(Volgende stap|Overslaan)$/ }).click();
}

async function toStep(page, name) {
  await page.getByRole('navigation', { name: 'Voortgang' }).getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: new RegExp(`${name}$`) }).waitFor();
}

test('9: Vertellen carries the own reasons and the audience forward, and the message fits "een deel vertellen"', async () => {
  const page = await openPage(browser, { viewport: { width: 360, height: 780 } });
  await gotoApp(page, server.origin, '#/vertellen');
  await page.getByRole('radio', { name: 'Ik begin aan een nieuwe baan' }).check();
  await page.getByRole('radio', { name: 'Mijn leidinggevende' }).check();
  // 4: a reason of one's own, important.
  await toStep(page, 'Redenen voor en tegen');
  const form = page.getByRole('region', { name: 'Een eigen reden toevoegen' });
  await form.getByRole('textbox', { name: 'Uw reden' }).fill('Ik wil open kunnen zijn');
  await form.getByRole('radio', { name: 'Om het wel te vertellen' }).check();
  await form.getByRole('radio', { name: 'Belangrijk voor mij' }).check();
  await form.getByRole('button', { name: 'Reden toevoegen' }).click();
  await page.getByRole('group', { name: 'Ik wil open kunnen zijn (eigen reden)' }).waitFor();

  // 6: the reason is with the options it bears on, the manager is ticked from step 1.
  await toStep(page, 'Uw mogelijkheden');
  const option = (name) => page.locator('.vt-option').filter({ has: page.getByRole('radio', { name, exact: true }) });
  const own = /Ik wil open kunnen zijn \(Belangrijk voor mij, eigen reden\)/;
  assert.match(await option('Alles vertellen').locator('.vt-option-side').nth(0).innerText(), own);
  assert.match(await option('Niets vertellen').locator('.vt-option-side').nth(1).innerText(), own);
  const manager = page.getByRole('checkbox', { name: 'Mijn leidinggevende', exact: true });
  assert.ok(await manager.isChecked(), 'the audience of step 1 is not carried into step 6');
  assert.match(await page.locator('.vt-option', { has: manager }).innerText(), /U koos deze persoon bij stap 1\./);
  await page.getByRole('radio', { name: 'Een deel vertellen', exact: true }).check();
  await assertAccessible(page, 'vertellen step 6 with an own reason');

  // 7: the reminder has the manager; there is a part for what one tells about one's health.
  await next(page);
  await page.getByRole('heading', { level: 2, name: /Mijn bericht$/ }).waitFor();
  assert.match(await page.locator('.vt-reminder').innerText(), /Een deel vertellen[\s\S]*Mijn leidinggevende/);
  const health = page.getByRole('textbox', { name: /^Wat ik vertel over mijn gezondheid/ });
  await health.waitFor();
  // A suggestion clicked twice is added once, and then says it is there.
  const suggestion = 'Ik heb soms last van spanning. Dan neem ik even rust, en daarna ga ik weer verder.';
  const button = page.getByRole('button', { name: `Voeg deze zin toe: ${suggestion}` });
  await button.click();
  await page.getByRole('button', { name: `Voeg deze zin toe: ${suggestion} (staat al in uw tekst)` }).click();
  assert.equal(await health.inputValue(), suggestion);
  // The preview is not a live region (nor inside one): typing does not make a screen reader read
  // the whole message again.
  const preview = page.locator('#vt-preview');
  assert.equal(await preview.evaluate((el) => el.closest('[aria-live], [role="status"], [role="log"], [role="alert"]')), null);
  assert.match(await preview.innerText(), /Ik heb soms last van spanning\./);
  // A text area grows with its text.
  const helps = page.getByRole('textbox', { name: /^Wat mij helpt/ });
  const before = await helps.evaluate((el) => el.clientHeight);
  await helps.fill(Array(8).fill('Een vaste planning aan het begin van de dag helpt mij om rustig te beginnen.').join('\n'));
  const [height, scroll] = await helps.evaluate((el) => [el.clientHeight, el.scrollHeight]);
  assert.ok(height > before * 2, `the text area did not grow (${before} → ${height})`);
  assert.ok(scroll <= height + 1, 'the text area hides text behind a scroll bar');
  await assertAccessible(page, 'vertellen step 7 with the health part');

  // Choosing to tell nothing takes the health part out of the builder and the message.
  await toStep(page, 'Uw mogelijkheden');
  await page.getByRole('radio', { name: 'Niets vertellen', exact: true }).check();
  await toStep(page, 'Mijn bericht');
  assert.equal(await page.getByRole('textbox', { name: /^Wat ik vertel over mijn gezondheid/ }).count(), 0);
  assert.doesNotMatch(await page.locator('#vt-preview').innerText(), /spanning/);
  // Changing whom one mainly thinks of in step 1 moves the tick in step 6.
  await toStep(page, 'Uw situatie');
  await page.getByRole('radio', { name: 'HR of personeelszaken' }).check();
  await toStep(page, 'Uw mogelijkheden');
  assert.ok(await page.getByRole('checkbox', { name: 'HR of personeelszaken', exact: true }).isChecked());
  assert.equal(await page.getByRole('checkbox', { name: 'Mijn leidinggevende', exact: true }).isChecked(), false);
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await assertNothingStored(page);
  await page.context().close();
});

test('10: focus and an announcement after copying or removing a situation; "Naar de uitslag" shows the result', async () => {
  const page = await openPage(browser, { viewport: { width: 360, height: 700 } });
  await openRekenhulp(page);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') || document.activeElement?.textContent);
  const status = page.locator('.rk-status');
  // By keyboard: copy twice.
  await page.getByRole('button', { name: 'Kopieer deze situatie' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await focused(), 'Situatie 2 bekijken');
  assert.equal(await status.getAttribute('role'), 'status');
  assert.equal(await status.innerText(), 'Situatie 2 is een kopie van situatie 1. U ziet nu situatie 2: pas de vragen hieronder aan.');
  await page.getByLabel(HOURS).fill('32');
  await page.getByRole('button', { name: 'Kopieer deze situatie' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await focused(), 'Situatie 3 bekijken');
  assert.match(await status.innerText(), /^Situatie 3 is een kopie van situatie 2\./);
  await assertAccessible(page, 'rekenhulp: after copying');
  // Remove the middle one: the third becomes the second, and is shown.
  await page.getByRole('button', { name: 'Situatie 2 bekijken' }).click();
  assert.equal(await status.innerText(), '', 'an old announcement stays after showing another situation');
  await page.getByRole('button', { name: 'Situatie 2 weghalen' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await focused(), 'Situatie 2 bekijken');
  assert.equal(await status.innerText(), 'Situatie 2 is weggehaald. De situatie daarna heet nu situatie 2; die ziet u nu.');
  // Remove the last: the one before it is shown; the remove button is gone, focus is not lost.
  await page.getByRole('button', { name: 'Situatie 2 weghalen' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await focused(), 'Situatie 1 bekijken');
  assert.equal(await status.innerText(), 'Situatie 2 is weggehaald. U ziet nu situatie 1.');
  await assertAccessible(page, 'rekenhulp: after removing');

  // Begeleiding on a phone: "Naar de uitslag" brings the result's heading to the top of the screen.
  await gotoApp(page, server.origin, '#/begeleiding');
  await page.locator('#bg-q-doel-betaald_werk').check();
  for (const button of [
    page.getByRole('navigation', { name: 'Op deze pagina' }).getByRole('button', { name: 'Naar de uitslag' }),
    page.locator('.bg-actions').getByRole('button', { name: 'Naar de uitslag' }),
  ]) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await button.scrollIntoViewIfNeeded();
    await button.click();
    const heading = page.locator('#bg-results-title');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'bg-results-title');
    const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 80, `the result's heading is at ${top}px, not at the top of the screen`);
  }
  assertNoErrors(page);
  await page.context().close();
});

test('14: the QR code can be scanned and is named; the printed Rekenhulp has no screen-only parts', async () => {
  const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await openRekenhulp(page);
  await page.getByLabel(HOURS).fill('24');
  await page.getByRole('button', { name: 'Kopieer deze situatie' }).click();
  await page.getByLabel(HOURS).fill('32');
  // Print: the result and the tables, without questions, buttons, "Waarom?" toggles, typing or
  // copying instructions and link styling.
  await page.locator('.rk-todo').waitFor();
  await page.emulateMedia({ media: 'print' });
  const visible = (selector) => page.locator(selector).evaluateAll((els) => els.filter((e) => e.offsetParent || e.getClientRects().length).map((e) => e.textContent.trim().slice(0, 40)));
  assert.deepEqual(await visible('.rk button, .rk summary, .rk input, .rk .bron-link-mark, .rk-status'), []);
  const printed = await page.locator('.rk').innerText();
  for (const words of ['Kopieer deze situatie', 'Vul een paar vragen in', 'De cijfers van de grafiek als tabel', 'Uitkomst printen']) {
    assert.ok(!printed.includes(words), `"${words}" is printed`);
  }
  assert.doesNotMatch(printed, /^Waarom\?$/m, 'a "Waarom?" toggle is printed');
  assert.match(printed, /Vergelijking per maand[\s\S]*(gaat u er|U gaat er) ongeveer € \d+ per maand op vooruit[\s\S]*De eerste 12 maanden/);
  const underlined = await page.locator('.rk a').evaluateAll((els) => els.filter((a) => getComputedStyle(a).textDecorationLine.includes('underline')).length);
  assert.equal(underlined, 0, 'links are underlined on paper');
  await page.emulateMedia({ media: 'screen' });

  // The QR code: named, and every module at least 4 pixels wide on this screen.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Bewaren en delen' }).click();
  await page.getByRole('button', { name: /Maak een link/ }).click();
  const qr = page.getByRole('img', { name: 'QR-code van uw link' });
  await qr.waitFor();
  const modules = Number(await qr.getAttribute('data-modules'));
  const { width } = await qr.boundingBox();
  assert.ok(modules >= 29 && width / modules >= 4, `${modules} modules in ${width}px`);
  const svg = await qr.locator('svg').boundingBox();
  assert.ok(Math.abs(svg.width - width) < 2, 'the code does not fill its box');
  await assertAccessible(page, 'bewaren: QR code');
  // On a phone it takes the screen's width.
  await page.setViewportSize({ width: 360, height: 780 });
  const phone = await qr.boundingBox();
  assert.ok(phone.width >= 300 || phone.width >= modules * 4, `the QR code is ${phone.width}px on a phone`);
  assert.ok((await noOverflow(page)) <= 0);
  assertNoErrors(page);
  await page.context().close();
});

test('14: on a first visit each data file is downloaded once, the service worker\'s copy included', async () => {
  const page = await openPage(browser);
  const from = server.served.length;
  await openRekenhulp(page);
  // Wait until the service worker has kept the app's files, then open the other tools.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  for (const [hash, heading] of [['#/vertellen', 'Vertellen of verzwijgen?'], ['#/begeleiding', 'Welke begeleiding past bij mij?']]) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }
  const data = server.served.slice(from).filter((s) => / \/data\//.test(s));
  const count = (bundle) => data.filter((s) => s.startsWith('200 ') && s.includes(`/data/${bundle}.json`)).length;
  for (const bundle of ['rekenhulp', 'vertellen', 'begeleiding']) {
    assert.equal(count(bundle), 1, `${bundle}.json: ${data.join(', ')}`);
  }
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await page.context().close();
});

// Issue 19: on any way in (the home page, a tool straight, a tool embedded), every file is
// downloaded once in that visit, the service worker's copies included. The page counts once under
// every address it answers ('/', '/index.html', '/?embed=1'): it is one file.
test('19: every way in downloads each file once, the service worker\'s copies included', async () => {
  for (const address of ['/', '/?embed=1#/rekenhulp', '/#/vertellen', '/index.html?embed=1#/begeleiding']) {
    const page = await openPage(browser);
    const from = server.served.length;
    await page.goto(`${server.origin}${address}`);
    await page.waitForSelector('html[data-app="ready"]');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    const served = server.served.slice(from);
    const downloads = served.filter((s) => s.startsWith('200 ')).map((s) => {
      const url = new URL(s.slice(4), server.origin);
      const file = url.pathname === '/' ? '/index.html' : url.pathname;
      // The data's version is part of its address, so it counts.
      return url.pathname.startsWith('/data/') ? `${file}${url.search}` : file;
    });
    const twice = downloads.filter((f, i) => downloads.indexOf(f) !== i);
    assert.deepEqual(twice, [], `${address}: ${served.join(', ')}`);
    // The worker keeps the app for offline use: the start build, the full app and every tool's data.
    for (const file of ['/index.html', '/pkg/werkkeuze_bg.wasm', '/pkg-start/werkkeuze_bg.wasm', '/static/boot.js']) {
      assert.ok(downloads.includes(file) || served.some((s) => s.startsWith('304 ') && s.includes(file)),
        `${address}: ${file} is not kept (${served.join(', ')})`);
    }
    assert.equal(downloads.filter((f) => f.startsWith('/data/')).length, 3, `${address}: ${served.join(', ')}`);
    // From a tool's own build, another tool hands over to the full app the worker has just kept:
    // nothing is downloaded again.
    if (address === '/#/vertellen') {
      const before = server.served.length;
      await page.evaluate(() => { location.hash = '#/rekenhulp'; });
      await page.locator('html[data-build="pkg"][data-app="ready"]').waitFor();
      await page.locator('#rk-uren').waitFor();
      const again = server.served.slice(before).filter((s) => s.startsWith('200 '));
      assert.deepEqual(again, [], `the hand-over downloaded again: ${again.join(', ')}`);
    }
    // The worker keeps the tool's own build this visit loaded (from the browser's cache), and no
    // other tool's build.
    const tool = /#\/(vertellen|rekenhulp|begeleiding)$/.exec(address)?.[1];
    const kept = await page.evaluate(async () => {
      const names = [];
      for (const key of await caches.keys()) {
        for (const r of await (await caches.open(key)).keys()) names.push(new URL(r.url).pathname);
      }
      return names.filter((n) => n.startsWith('/pkg-') && !n.startsWith('/pkg-start/')).sort();
    });
    assert.deepEqual(kept, tool ? [`/pkg-${tool}/werkkeuze.js`, `/pkg-${tool}/werkkeuze_bg.wasm`] : [], address);
    // And the kept page opens offline, under another address than the one first visited, and so
    // does every tool: with its own build when it was kept, else with the full app.
    await page.context().setOffline(true);
    await page.goto(`${server.origin}/index.html?lang=en#/privacy`);
    await page.waitForSelector('html[data-app="ready"]');
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const [t, heading] of [['vertellen', 'Vertellen of verzwijgen?'], ['rekenhulp', 'Rekenhulp: wat houd ik over?'],
      ['begeleiding', 'Welke begeleiding past bij mij?']]) {
      // A query of its own, so each is a new page load and not a hash change in the page before.
      await page.goto(`${server.origin}/?offline=${t}#/${t}`);
      await page.waitForSelector('html[data-app="ready"]');
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.dataset.wasm), t === tool ? `pkg-${t}` : 'pkg',
        `${address}, then offline #/${t}`);
    }
    await page.context().setOffline(false);
    assertOnlyLocal(page, server.origin);
    assertNoErrors(page);
    await page.context().close();
  }
});

test('14: axe-core, best practices included, finds nothing on any route', async () => {
  for (const { viewport, search } of [
    { viewport: { width: 360, height: 780 }, search: '' },
    { viewport: { width: 1280, height: 900 }, search: '?lang=en' },
  ]) {
    const page = await openPage(browser, { viewport });
    for (const hash of ['#/', '#/vertellen', '#/rekenhulp', '#/begeleiding', '#/begrippen', '#/privacy',
      '#/insluiten', '#/bewaren', '#/mijn-plan', '#/bestaat-niet']) {
      await gotoApp(page, server.origin, hash, search);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await assertAccessible(page, `${hash}${search} at ${viewport.width}px`);
    }
    // Every step of Vertellen.
    await gotoApp(page, server.origin, '#/vertellen', search);
    const steps = page.getByRole('navigation', { name: search ? 'Progress' : 'Voortgang' }).locator('.vt-step-button');
    for (let i = 0; i < await steps.count(); i++) {
      await steps.nth(i).click();
      await page.locator(`.vt-step-list li:nth-child(${i + 1}) [aria-current="step"]`).waitFor();
      await assertAccessible(page, `vertellen step ${i + 1}${search} at ${viewport.width}px`);
    }
    assertNoErrors(page);
    await page.context().close();
  }
});
