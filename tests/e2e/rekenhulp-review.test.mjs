// The fresh-eyes review of the Rekenhulp (5 December 2026, /work/notes/review-fresh-eyes.md):
// §2 "Waarom?" keeps the focus on its button; §3 a half-typed number keeps the last valid value
// the person saw, a trailing "." or "," changes nothing until the field is left, and in amounts a
// dot separates thousands only (before three digits); §4 the answer says plainly that the
// bijstand stops, with a step for it; §5 the chart's notes name every line that falls; §8, §9 and
// §16 the texts around the result. The clock is fixed at 4 December 2026, as in the other
// rekenhulp files; amounts are the engine's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, openPage, gotoApp, assertAccessible, assertOnlyLocal, assertNoErrors, tabToControl,
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

const TODAY = new Date('2026-12-04T10:00:00');
const HOURS = /6\. Hoeveel uur per week/;
const RENT = /5\. Hoeveel kale huur/;

async function open(page) {
  await page.clock.setFixedTime(TODAY);
  await gotoApp(page, server.origin, '#/rekenhulp');
  await page.getByRole('heading', { level: 1 }).waitFor();
}


/** What has the focus: tag, expanded state and text. */
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return { tag: e?.tagName, expanded: e?.getAttribute('aria-expanded'), text: (e?.textContent || '').trim() };
});

test('§2: opening and closing "Waarom?" keeps the focus on its button (Enter, Space and mouse)', async () => {
  const page = await openPage(browser, { viewport: { width: 360, height: 800 } });
  await open(page);
  assert.ok(await tabToControl(page, 'Waarom? (Uitkering)'), 'Tab never reached "Waarom? (Uitkering)"');
  await page.keyboard.press('Enter');
  await page.locator('.rk-why-row').first().waitFor();
  assert.deepEqual(await focused(page), { tag: 'BUTTON', expanded: 'true', text: 'Waarom? (Uitkering)' });
  await assertAccessible(page, 'rekenhulp: Waarom? opened with Enter');
  await page.keyboard.press('Space');
  await page.locator('.rk-why-row').waitFor({ state: 'detached' });
  assert.deepEqual(await focused(page), { tag: 'BUTTON', expanded: 'false', text: 'Waarom? (Uitkering)' });
  await page.keyboard.press('Space');
  await page.locator('.rk-why-row').first().waitFor();
  assert.deepEqual(await focused(page), { tag: 'BUTTON', expanded: 'true', text: 'Waarom? (Uitkering)' });
  // The next Tab goes into the explanation that was just opened.
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => !!document.activeElement.closest('.rk-why-row')));
  // With the mouse, another line: the same.
  const zorg = page.getByRole('button', { name: 'Waarom? (Zorgtoeslag)' });
  await zorg.click();
  assert.deepEqual(await focused(page), { tag: 'BUTTON', expanded: 'true', text: 'Waarom? (Zorgtoeslag)' });
  await zorg.click();
  assert.deepEqual(await focused(page), { tag: 'BUTTON', expanded: 'false', text: 'Waarom? (Zorgtoeslag)' });
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await page.context().close();
});

test('§3: a half-typed number keeps the last valid value the person saw; one rule for the dot', async () => {
  const page = await openPage(browser, { viewport: { width: 360, height: 800 } });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  assert.equal(await forLine(page), 'Bij 20 uur per week, € 14,99 bruto per uur:');

  // "24" then "24." (still typing): the result stays at 24, with no error; "24.5" is 24,5.
  await typeKeys(page, HOURS, '24.5', async (typed) => {
    const error = (await fieldError(page, HOURS).innerText()).trim();
    const invalid = await page.getByLabel(HOURS).getAttribute('aria-invalid');
    if (typed === '24' || typed === '24.') {
      assert.equal(await forLine(page), 'Bij 24 uur per week, € 14,99 bruto per uur:', `after typing ${typed}`);
      assert.equal(error, '', `no error after ${typed}`);
      assert.equal(invalid, null, typed);
    }
  });
  assert.equal(await forLine(page), 'Bij 24,5 uur per week, € 14,99 bruto per uur:');
  // The message for hours says the dot may be a decimal point, as the field reads it.
  await typeKeys(page, HOURS, '24x');
  assert.equal(await fieldError(page, HOURS).innerText(),
    'Dit is geen getal. Gebruik cijfers, bijvoorbeeld 24 of 24,5 (een punt mag ook: 24.5). We rekenen verder met wat u eerder invulde: 24 uur per week.');
  assert.equal(await forLine(page), 'Bij 24 uur per week, € 14,99 bruto per uur:');
  await assertAccessible(page, 'rekenhulp: 24x hours');
  // "24," and "24." left as they are: the number before the separator, without an error.
  await typeKeys(page, HOURS, '24,');
  assert.equal(await fieldError(page, HOURS).innerText(), '');
  await page.keyboard.press('Tab');
  assert.equal(await page.getByLabel(HOURS).inputValue(), '24');
  assert.equal(await fieldError(page, HOURS).innerText(), '');
  await paste(page, HOURS, '30.');
  assert.equal(await fieldError(page, HOURS).innerText(), '');
  assert.equal(await forLine(page), 'Bij 24 uur per week, € 14,99 bruto per uur:', 'a pasted "30." changes nothing yet');
  await page.keyboard.press('Tab');
  assert.equal(await forLine(page), 'Bij 30 uur per week, € 14,99 bruto per uur:');
  await paste(page, HOURS, '20');

  // Rent "1.250", key by key: "1" is € 1, then "1.", "1.2" and "1.25" change nothing and show no
  // error (they are the start of 1.250), "1.250" is € 1.250. Never € 1,20.
  let at1;
  await typeKeys(page, RENT, '1.250', async (typed) => {
    if (typed === '1') at1 = await totals(page);
    if (['1.', '1.2', '1.25'].includes(typed)) {
      assert.deepEqual(await totals(page), at1, `after typing ${typed}`);
      assert.equal((await fieldError(page, RENT).innerText()).trim(), '', `no error after ${typed}`);
    }
  });
  assert.equal((await fieldError(page, RENT).innerText()).trim(), '');
  const at1250 = await totals(page);
  assert.notDeepEqual(at1250, at1);
  // Pasted "1.2" and left: a clear message, and the last valid rent stays.
  await paste(page, RENT, '1.2');
  assert.deepEqual(await totals(page), at1250);
  await page.keyboard.press('Tab');
  assert.match(await fieldError(page, RENT).innerText(),
    /^Gebruik een komma voor de centen, bijvoorbeeld 12,50\. Een punt staat alleen tussen duizendtallen, bijvoorbeeld 1\.250\. We rekenen verder met wat u eerder invulde: 1\.250 /);
  assert.equal(await page.getByLabel(RENT).getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await totals(page), at1250);
  await assertAccessible(page, 'rekenhulp: rent 1.2');
  await paste(page, RENT, '650');
  await page.keyboard.press('Tab');
  assert.equal(await page.locator('.field-invalid').count(), 0);
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await page.context().close();
});

test('§4, §5, §8, §9, §16: the bijstand that stops, the chart notes and the sentences around them', async () => {
  const page = await openPage(browser, { viewport: { width: 360, height: 800 } });
  await open(page);
  await page.getByLabel(HOURS).fill('24');
  const later = page.locator('#rk-antwoord .rk-answer-later');
  await later.waitFor();
  assert.match((await later.innerText()).trim(),
    /^Vanaf juni 2027 krijgt u geen bijstand meer: uw nettoloon is hoger dan de bijstandsnorm\. U gaat er ongeveer € [\d.]+ per maand op vooruit\.\s+De vrijlating in de bijstand stopt\.$/);
  const todo = page.locator('.rk-todo');
  // The list is drawn after the answer (the later sections render a moment later): wait for it.
  const stopt = todo.getByRole('heading', { name: 'Uw bijstand stopt: vraag wat dit betekent' });
  await stopt.waitFor();
  assert.equal(await stopt.count(), 1);
  assert.match(await todo.innerText(), /kwijtschelding/);
  await assertAccessible(page, 'rekenhulp: bijstand stops at 24 hours');

  // §5: the notes name every line that falls: from 35,5 hours both toeslagen.
  await page.locator('.rk-stretches li', { hasText: 'hier worden de zorgtoeslag en de huurtoeslag lager' }).first().waitFor();
  const notes = await page.locator('.rk-stretches li').allInnerTexts();
  assert.ok(notes.some((n) => /: hier worden de zorgtoeslag en de huurtoeslag lager\./.test(n)), notes.join('\n'));
  assert.ok(notes.some((n) => /de vrijlating\), en hier wordt de huurtoeslag lager\./.test(n)), notes.join('\n'));
  // §16: "armoedeval" in a sentence.
  assert.match(await page.locator('.rk-curve').innerText(), /Zo'n stuk heet een armoedeval\./);
  // §9: one way of saying what is kept, in cents of a euro earned extra.
  // At 24 hours the vrijlating is at its maximum in the first month: nothing is kept.
  assert.match(await page.locator('.rk-result').innerText(),
    /Werkt u een uur per week meer, dan houdt u van wat u bruto extra verdient \(bijna\) niets over\./);
  assert.doesNotMatch(await page.locator('body').innerText(), /% over|extra euro bruto/);
  // §8: the hint names how to reach the fields for gemeentelijke regelingen.
  assert.match(await page.locator('body').innerText(), /Kies 'Volledig: alle vragen' en vul ze in bij 'Gemeentelijke regelingen zonder werk'/);

  // With some bijstand left, no step for a bijstand that stops.
  await page.getByLabel(HOURS).fill('12');
  await page.locator('#rk-antwoord').getByText(/12 uur|vooruit/).first().waitFor();
  await stopt.waitFor({ state: 'detached' });
  assert.equal(await stopt.count(), 0);
  assert.doesNotMatch(await page.locator('#rk-antwoord').innerText(), /geen bijstand/);
  assert.match(await page.locator('.rk-result').innerText(),
    /Werkt u een uur per week meer, dan houdt u van elke euro die u bruto extra verdient ongeveer \d+ cent over\./);
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await page.context().close();
});
