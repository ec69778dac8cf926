// "Welke begeleiding past bij mij?" (issue 6): two profiles from the issue (IPS first for severe,
// long-term problems in GGZ care; work-focused CBT and Return@Work for sick leave with burn-out),
// skipping and taking back answers, the state surviving a route change, an option's detail with
// its sources, the Option Grid with three options (a fourth refused), its A4 print, a keyboard-only
// walk, every state at 320 px and 200% zoom with axe-core in Dutch and English, screenshots for
// the docs, and privacy: no request leaves the local server, nothing is stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  serve, launch, openPage, gotoApp, assertAccessible, assertOnlyLocal, assertNoErrors,
  assertNothingStored, ARTIFACTS, ROOT, pdfPages, noOverflow, keyTo, tabToControl,
  SHOTS,
} from './harness.mjs';

const TITLE = 'Welke begeleiding past bij mij?';
const IPS = 'IPS (Individuele Plaatsing en Steun)';
const WCGT = 'Werkgerichte cognitieve gedragstherapie (W-CGT)';
const RAW = 'Return@Work: online cursus met de bedrijfsarts';
const OAD = 'OAD/PRA: werk zonder druk bij een beschut werkbedrijf';
const JOBCOACH = 'Jobcoach op het werk';
const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');

/** The questions people ask, as the grid's rows must name them. */
const GRID_ROWS = [
  'Wat gebeurt er?',
  'Hoe lang duurt het en hoe vaak?',
  'Hoeveel kans op (betaald) werk? Uit welk onderzoek?',
  'Wie betaalt?',
  'Moet ik het mijn werkgever vertellen?',
  'Kan ik terug naar mijn uitkering als het niet lukt?',
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

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The fieldset of a question, by the words of its legend. */
function question(page, words) {
  return page.getByRole('group', { name: new RegExp(`^\\d+\\. ${escape(words)}$`) });
}

async function choose(page, words, label) {
  await question(page, words).getByRole('radio', { name: label, exact: true }).check();
}

async function tick(page, words, label) {
  await question(page, words).getByRole('checkbox', { name: label, exact: true }).check();
}

/** Severe, long-term problems, in GGZ care, wants paid work (docs/begeleiding.md, first example). */
async function answerIps(page) {
  await choose(page, 'Wat wilt u het liefst?', 'Betaald werk vinden');
  await choose(page, 'Wat is uw situatie nu?', 'Ik heb geen werk');
  await choose(page, 'Heeft u een uitkering?', 'WIA (WGA of IVA)');
  await choose(page, 'Bent u in behandeling bij de GGZ?', 'Ja, ik ben in behandeling bij de GGZ');
  await choose(page, 'Hoe lang en hoe zwaar zijn uw klachten?', 'Ik heb er al jaren last van. Het bepaalt een groot deel van mijn leven.');
  await choose(page, 'Hoeveel vertrouwen heeft u dat werken (weer) lukt?', 'Ik twijfel');
  await choose(page, 'Heeft u in de laatste vijf jaar betaald werk gehad?', 'Nee, langer geleden of nooit');
  await choose(page, 'Hoe gaat het met uw dagritme en uw conditie?', 'Dat wisselt');
}

/** Employed, on sick leave with burn-out (docs/begeleiding.md, second example). */
async function answerBurnout(page) {
  await choose(page, 'Wat wilt u het liefst?', 'Terug naar mijn werk na ziekteverlof');
  await choose(page, 'Wat is uw situatie nu?', 'Ik heb werk, maar ik ben ziek gemeld');
  await choose(page, 'Heeft u een uitkering?', 'Geen uitkering');
  await choose(page, 'Bent u in behandeling bij de GGZ?', 'Nee');
  await choose(page, 'Hoe lang en hoe zwaar zijn uw klachten?', 'Ik heb er sinds kort last van, maar het is zwaar. Het bepaalt nu mijn dagen.');
  await tick(page, 'Wat maakt het moeilijk?', 'Ik ben bang om (terug) te gaan, of voor de reacties');
  await tick(page, 'Wat maakt het moeilijk?', 'Ik vind het moeilijk om grenzen te stellen of ik wil alles perfect doen');
  await choose(page, 'Hoeveel vertrouwen heeft u dat werken (weer) lukt?', 'Ik twijfel');
}

/** The names of the fitting options, in rank order. */
async function fitting(page) {
  return page.locator('.bg-list-fits > .bg-card h3').evaluateAll((hs) =>
    hs.map((h) => h.textContent.replace(/^Nummer \d+: |^Number \d+: /, '').trim()));
}

function card(page, name) {
  return page.locator('.bg-card').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`${escape(name)}$`) }) });
}

test('severe long-term problems, in GGZ care, wants paid work: IPS first, traced to the answers', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/begeleiding');
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  const main = page.getByRole('main');
  assert.match(await main.innerText(), /Deze lijst geeft informatie\. Hij beslist niets voor u\./);
  assert.equal(await page.locator('fieldset.bg-question').count(), 10, 'ten questions');
  assert.equal(await page.locator('fieldset.bg-question > legend').count(), 10, 'a question without a legend');
  // Before any answer: the whole catalogue, and nothing claimed to fit.
  assert.match(await page.locator('.bg-status').innerText(), /U heeft nog geen vragen beantwoord/);
  assert.equal(await page.locator('.bg-list-fits > .bg-card').count(), 0);
  assert.equal(await page.locator('.bg-list-fits').isVisible(), false);
  assert.ok((await page.locator('.bg-list-others > .bg-card').count()) >= 14);
  await assertAccessible(page, 'begeleiding, no answers');

  await answerIps(page);
  // Two questions skipped: that is fine.
  assert.equal(await page.locator('.bg-count').innerText(), 'U beantwoordde 8 van de 10 vragen.');
  const names = await fitting(page);
  assert.equal(names[0], IPS, `IPS is not first: ${names.join(' | ')}`);
  const first = page.locator('.bg-list-fits > .bg-card').first();
  assert.equal(await first.locator('.bg-badge').innerText(), 'Past bij u');
  const why = await first.locator('.bg-why').innerText();
  assert.match(why, /Waarom dit bij u past/);
  assert.match(why, /U koos: [^)]*“Betaald werk vinden”/, why);
  assert.match(why, /“Ja, ik ben in behandeling bij de GGZ”/, why);
  // Zero exclusion is explained with what it does not mean, next to the claim.
  assert.match(why, /sluit niemand uit[\s\S]*Dat betekent niet dat IPS overal is/, why);
  assert.match(await first.locator('.bg-watch').innerText(), /Waar u op moet letten[\s\S]*287 dagen/);
  assert.match(await page.locator('.bg-status').innerText(), new RegExp(`Bovenaan staat: ${escape(IPS)}`));
  // The options that fit less are shown below, never hidden: together the whole catalogue.
  await page.getByRole('heading', { level: 2, name: 'Andere vormen van begeleiding' }).waitFor();
  const others = page.locator('.bg-list-others > .bg-card');
  assert.ok((await others.count()) > 0);
  for (const other of await others.all()) {
    assert.equal(await other.locator('.bg-badge').isVisible(), false, 'an option that does not fit says "Past bij u"');
    if (await other.locator('.bg-why').isVisible()) {
      assert.match(await other.locator('.bg-why h4').innerText(), /^Wat hiervan past bij uw antwoorden$/);
    }
  }
  assert.equal(await page.locator('.bg-list-fits .bg-badge:visible').count(), names.length);
  // Some that do not fit still match an answer (e.g. supported employment: paid work); shown, not hidden.
  assert.ok((await page.locator('.bg-list-others .bg-why:visible').count()) > 0);
  const all = (await page.locator('.bg-list-fits > .bg-card').count()) + (await page.locator('.bg-list-others > .bg-card').count());
  assert.ok(all >= 14, `only ${all} options shown`);
  await assertAccessible(page, 'begeleiding, IPS profile');

  // The result updates as answers change; an answer can be taken back.
  await page.getByRole('button', { name: 'Antwoord weghalen: Hoe gaat het met uw dagritme en uw conditie?' }).click();
  assert.equal(await page.locator('.bg-count').innerText(), 'U beantwoordde 7 van de 10 vragen.');
  assert.equal(await question(page, 'Hoe gaat het met uw dagritme en uw conditie?').getByRole('radio', { checked: true }).count(), 0);
  // The button went away with the answer; focus stays in the question, not at the top of the page.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'bg-q-structuur-goed');
  await choose(page, 'Bent u in behandeling bij de GGZ?', 'Nee');
  assert.notEqual((await fitting(page))[0], IPS, 'the result did not change with the answer');
  await choose(page, 'Bent u in behandeling bij de GGZ?', 'Ja, ik ben in behandeling bij de GGZ');
  assert.equal((await fitting(page))[0], IPS);

  // Leave the route and come back: the answers are still there.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Privacy' }).click();
  await page.getByRole('heading', { level: 1, name: 'Privacy: wat er met uw gegevens gebeurt' }).waitFor();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Begeleiding' }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  assert.equal(await page.locator('.bg-count').innerText(), 'U beantwoordde 7 van de 10 vragen.');
  assert.ok(await question(page, 'Wat wilt u het liefst?').getByRole('radio', { name: 'Betaald werk vinden' }).isChecked());
  assert.equal((await fitting(page))[0], IPS);

  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await assertNothingStored(page);
  await page.context().close();
});

test('employed, on sick leave with burn-out: W-CGT and Return@Work at the top, IPS still listed', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/begeleiding');
  await answerBurnout(page);
  const names = await fitting(page);
  const top = names.slice(0, 3);
  assert.ok(top.includes(WCGT), `W-CGT not in the top three: ${names.join(' | ')}`);
  assert.ok(top.includes(RAW), `Return@Work not in the top three: ${names.join(' | ')}`);
  const wcgt = card(page, WCGT);
  assert.match(await wcgt.locator('.bg-why').innerText(), /U koos: [^)]*“Ik heb werk, maar ik ben ziek gemeld”/);
  // IPS does not fit these answers, but it is still there to see and choose.
  assert.ok(!names.includes(IPS));
  assert.equal(await page.locator('.bg-list-others').getByRole('heading', { level: 3, name: IPS }).count(), 1);
  // Fear of reactions: one note for the whole result (not repeated on every card) points to the
  // disclosure aid.
  const links = page.locator('.bg-general a[href="#/vertellen"]');
  assert.equal(await links.count(), 1, 'no single link to the disclosure aid in the general notes');
  assert.equal(await page.locator('.bg-watch a[href="#/vertellen"]').count(), 0);
  // W-CGT's evidence is from one study: the card's detail says so, not "bewezen".
  assert.doesNotMatch(await page.getByRole('main').innerText(), /bewezen effectief|twee keer zo/i);
  await assertAccessible(page, 'begeleiding, burn-out profile');
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await assertNothingStored(page);
  await page.context().close();
});

test('SHARP-at-work only after sick leave; the list says when it was checked, how it is kept up to date and who paid', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/begeleiding');
  await choose(page, 'Wat wilt u het liefst?', 'Mijn baan houden');
  await choose(page, 'Wat is uw situatie nu?', 'Ik heb werk en ik werk');
  const SHARP = 'SHARP-at-work: terugval voorkomen met de bedrijfsarts';
  assert.ok(!(await fitting(page)).includes(SHARP), 'SHARP fits without sick leave');
  await choose(page, 'Wat is uw situatie nu?', 'Ik werk weer, na ziekteverlof');
  assert.equal((await fitting(page))[0], SHARP);
  const about = page.getByRole('region', { name: 'Over deze lijst' });
  const text = await about.innerText();
  assert.match(text, /Nagekeken op\s*4 december 2026/);
  assert.match(text, /elk jaar/);
  assert.match(text, /geen financier/);
  assert.match(text, /nog niet getest/);
  await assertAccessible(page, 'begeleiding, SHARP after sick leave, about');
  assertNoErrors(page);
  await page.context().close();
});

test('the benefit question explains its words in place (Wajong, WIA …), from the glossary', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/begeleiding');
  const q = question(page, 'Heeft u een uitkering?');
  const wajong = q.getByRole('button', { name: 'Wajong', exact: true });
  assert.equal(await wajong.getAttribute('aria-expanded'), 'false');
  await wajong.click();
  assert.equal(await wajong.getAttribute('aria-expanded'), 'true');
  assert.match(await q.innerText(), /voor hun 18e/, 'the explanation of the Wajong shows in the question');
  for (const term of ['Bijstand', 'WW', 'Ziektewet', 'WIA']) {
    assert.equal(await q.getByRole('button', { name: new RegExp(`^${term}`) }).count(), 1, `${term} is explained`);
  }
  await assertAccessible(page, 'benefit question with a term open');
  assertNoErrors(page);
  await page.context().close();
});

test('an option opens to its detail: what, for whom, how long, who pays (dated), evidence with source', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/begeleiding');
  await answerIps(page);
  const ips = card(page, IPS);
  const detail = ips.locator('details.bg-detail');
  assert.equal(await detail.locator('.bg-detail-body').isVisible(), false, 'the detail is open before asking');
  await ips.getByText(`Alles over ${IPS}`, { exact: true }).click();
  assert.ok(await detail.locator('.bg-detail-body').isVisible());
  const text = await detail.innerText();
  for (const part of [
    'Wat gebeurt er?', 'Voor wie is het?', 'Hoe lang duurt het en hoe vaak?', 'Wat is het doel?',
    'Wie biedt het?', 'Hoe vraagt u erom?', 'Wie betaalt?', 'Werkt het? Wat zegt het onderzoek?',
    'Merkt uw werk er iets van?', 'Wat als het niet lukt?', 'Wat betekent het voor uw uitkering?',
    'Sterke aanwijzingen dat het werkt', 'Volgens bronnen uit 2016–2024', 'Dit is geen belofte.',
  ]) {
    assert.ok(text.includes(part), `detail lacks "${part}"`);
  }
  // Who pays: phrased as "vraag ernaar", for this person's benefit (WIA: UWV).
  assert.match(text, /Vraag ernaar bij UWV/);
  // Every number with the group it was measured in and its source.
  const numbers = detail.locator('.bg-numbers > li');
  assert.ok((await numbers.count()) > 0);
  for (const n of await numbers.allInnerTexts()) {
    // A document by its title, maker and year (never its file, issue 16), or a web page.
    assert.match(n, /Gemeten bij: .+\. Bron: (.+ \([^()]+, \d{4}[^()]*\)|https:\/\/\S+)/, n);
    assert.doesNotMatch(n, /\.txt|regels? \d/, n);
  }
  assert.match(text, /Bronnen: Samen werken aan werk \(Programmaraad, in opdracht van het ministerie van SZW, 2017\), onderdelen ‘3\.5 IPS’, p\. 22; ‘4\.2 Financiering IPS’, p\. 27–28; /);
  await assertAccessible(page, 'detail open');
  // Changing an answer updates the result but keeps the open detail open.
  await tick(page, 'Wat maakt het moeilijk?', 'Ik ben bang dat ik er geld op achteruit ga of mijn uitkering kwijtraak');
  await page.locator('.bg-general a[href="#/rekenhulp"]').waitFor();
  assert.ok(await detail.locator('.bg-detail-body').isVisible(), 'the detail closed when an answer changed');
  // The workplace part links to the disclosure aid.
  await detail.getByRole('link', { name: /Vertellen of verzwijgen/ }).click();
  await page.waitForFunction(() => location.hash === '#/vertellen');
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await page.context().close();
});

test('Option Grid: three options compared, a fourth refused, printed on A4 without navigation', async () => {
  const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await gotoApp(page, server.origin, '#/begeleiding');
  await answerIps(page);
  const section = page.getByRole('region', { name: 'Vergelijk twee of drie vormen' });
  assert.match(await section.innerText(), /U koos 0 van de 3\.[\s\S]*Kies minstens twee vormen/);
  await page.getByRole('checkbox', { name: `Vergelijken: ${IPS}`, exact: true }).check();
  assert.equal(await section.locator('table').count(), 0, 'a table with one option');
  await page.getByRole('checkbox', { name: `Vergelijken: ${WCGT}`, exact: true }).check();
  await page.getByRole('checkbox', { name: `Vergelijken: ${OAD}`, exact: true }).check();
  assert.match(await section.locator('.bg-grid-status').innerText(), /U koos 3 van de 3\./);

  const table = section.getByRole('table', { name: 'Vergelijking van begeleiding' });
  const heads = await table.locator('thead th').allInnerTexts();
  assert.deepEqual(heads.map((h) => h.trim()), ['Vraag', IPS, WCGT, OAD]);
  const rows = (await table.locator('tbody th[scope="row"]').allInnerTexts()).map((r) => r.trim());
  for (const row of GRID_ROWS) assert.ok(rows.includes(row), `the grid lacks the row "${row}"`);
  for (const tr of await table.locator('tbody tr').all()) {
    assert.equal(await tr.locator('td').count(), 3, 'a row without three cells');
  }
  // The chance of work names its study and group; who pays is for this person's benefit.
  const kans = await table.locator('tr[data-row="kans_werk"]').innerText();
  assert.match(kans, /Gemeten bij:[\s\S]*Bron/);
  assert.match(await table.locator('tr[data-row="wie_betaalt"]').innerText(), /Vraag ernaar bij/);
  assert.match(await section.innerText(), /U beslist zelf wat bij u past\./);
  await assertAccessible(page, 'grid with three options');

  // A fourth is refused, with a message, and changes nothing.
  const fourth = page.getByRole('checkbox', { name: `Vergelijken: ${JOBCOACH}`, exact: true });
  await fourth.click();
  assert.equal(await fourth.isChecked(), false, 'the fourth option was ticked');
  assert.match(await section.locator('.bg-grid-status').innerText(), /U koos 3 van de 3\.[\s\S]*U kunt hoogstens drie vormen tegelijk vergelijken/);
  assert.match(await card(page, JOBCOACH).locator('.bg-refused').innerText(), /hoogstens drie/);
  assert.equal(await table.locator('thead th').count(), 4);
  await assertAccessible(page, 'fourth refused');

  mkdirSync(SCREENSHOTS, { recursive: true });
  await section.screenshot({ path: path.join(SCREENSHOTS, 'begeleiding-grid-1280.png') });

  // Print: only the grid, no navigation, one or two A4 pages.
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.bg-page-nav', '.bg-questions', '.bg-results', '.bg-intro', 'h1', '.site-footer']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} shows in print`);
  }
  assert.ok(await table.isVisible());
  const pdf = await page.pdf({ format: 'A4' });
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(path.join(ARTIFACTS, 'begeleiding-grid.pdf'), pdf);
  const pages = pdfPages(pdf);
  assert.ok(pages >= 1 && pages <= 2, `the grid prints on ${pages} A4 pages`);
  await page.emulateMedia({ media: 'screen' });

  // Taking one away makes room again.
  await section.getByRole('button', { name: `Weghalen uit de vergelijking: ${OAD}` }).click();
  assert.equal(await table.locator('thead th').count(), 3);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'bg-grid-title');
  await fourth.check();
  assert.equal(await table.locator('thead th').count(), 4);
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await assertNothingStored(page);
  await page.context().close();
});

test('the result at 360 px (screenshot for the docs)', async () => {
  const page = await openPage(browser, { viewport: { width: 360, height: 1280 } });
  await gotoApp(page, server.origin, '#/begeleiding');
  await answerIps(page);
  assert.ok((await noOverflow(page)) <= 0);
  await page.getByRole('button', { name: 'Naar de uitslag' }).first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'bg-results-title');
  await page.locator('#bg-results-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'begeleiding-360.png') });
  await page.context().close();
});

test('Option Grid at 360 px: one block per question, each answer under its option\'s name; the table at 1280', async () => {
  const shots = SHOTS;
  mkdirSync(shots, { recursive: true });
  const BW = 'Begeleid werken (BW-IVB, supported employment)';
  const names = [IPS, BW, JOBCOACH];
  const page = await openPage(browser, { viewport: { width: 360, height: 800 } });
  await gotoApp(page, server.origin, '#/begeleiding');
  await answerIps(page);
  for (const n of names) await page.getByRole('checkbox', { name: `Vergelijken: ${n}`, exact: true }).check();
  const table = page.locator('.bg-grid-table');
  await table.waitFor();
  // The column heads are gone on a phone; no hint to scroll sideways.
  assert.equal(await page.locator('.bg-grid-table thead').isVisible(), false);
  assert.equal(await page.locator('.bg-scroll-hint').isVisible(), false);

  // A question mid-way: its name, then each option's name as a heading right above its answer.
  const row = table.locator('tr[data-row="wie_betaalt"]');
  const q = row.locator('th[scope="row"]');
  await q.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  assert.equal((await q.innerText()).trim(), 'Wie betaalt?');
  const cells = row.locator('td');
  assert.equal(await cells.count(), 3);
  const qBox = await q.boundingBox();
  let prevBottom = qBox.y + qBox.height;
  for (let i = 0; i < 3; i++) {
    const cell = cells.nth(i);
    const head = cell.getByRole('heading', { level: 4, name: names[i], exact: true });
    assert.ok(await head.isVisible(), `no visible name "${names[i]}" above its answer`);
    const hb = await head.boundingBox();
    const answer = cell.locator('p').first();
    const ab = await answer.boundingBox();
    // Stacked under the question, the name right above its answer, inside the screen.
    assert.ok(hb.y >= prevBottom - 1, `"${names[i]}" is not under the block before it`);
    assert.ok(ab.y >= hb.y + hb.height - 1 && ab.y - (hb.y + hb.height) < 24, `"${names[i]}" is not right above its answer`);
    assert.ok(hb.x >= 0 && hb.x + hb.width <= 360 && ab.x >= 0 && ab.x + ab.width <= 360);
    prevBottom = ab.y + ab.height;
  }
  await page.screenshot({ path: path.join(shots, 'grid-360-wie-betaalt.png') });
  // Half-way through a long answer, its option's name stays at the top of the screen.
  const ipsCell = cells.nth(0);
  await ipsCell.evaluate((td) => window.scrollBy(0, td.getBoundingClientRect().top + td.offsetHeight / 2));
  const stuck = await ipsCell.locator('h4').boundingBox();
  assert.ok(stuck.y >= -1 && stuck.y < 8, `the name is at ${stuck.y}px while its answer fills the screen`);
  await page.screenshot({ path: path.join(shots, 'grid-360-sticky-name.png') });
  await table.locator('tr[data-row="kans_werk"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'grid-360-kans-werk.png') });

  // Nothing wider than the screen, and nothing clipped: no element scrolls or is cut off sideways.
  assert.ok((await noOverflow(page)) <= 0);
  const tooWide = await page.evaluate(() => [...document.querySelectorAll('.bg-grid-section *')]
    // A visually hidden text (for screen readers only) is clipped on purpose.
    .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
    .filter((el) => { const r = el.getBoundingClientRect(); return r.left < -0.5 || r.right > window.innerWidth + 0.5 || el.scrollWidth > el.clientWidth + 1; })
    .map((el) => `${el.tagName}.${el.className}: ${el.textContent.slice(0, 40)}`));
  assert.deepEqual(tooWide, []);
  await assertAccessible(page, 'grid per question at 360 px');
  assertNoErrors(page);
  await page.context().close();

  // At 1280 the same grid is a table with the names as column heads, and no names in the cells.
  const wide = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await gotoApp(wide, server.origin, '#/begeleiding');
  await answerIps(wide);
  for (const n of names) await wide.getByRole('checkbox', { name: `Vergelijken: ${n}`, exact: true }).check();
  const heads = (await wide.locator('.bg-grid-table thead th').allInnerTexts()).map((h) => h.trim());
  assert.deepEqual(heads, ['Vraag', ...names]);
  assert.equal(await wide.locator('.bg-grid-table .bg-cell-name').first().isVisible(), false);
  await wide.locator('.bg-grid-section').screenshot({ path: path.join(shots, 'grid-1280.png') });
  await assertAccessible(wide, 'grid table at 1280 px');
  assertNoErrors(wide);
  await wide.context().close();
});

test('one fitting option is counted in the singular', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/begeleiding');
  await choose(page, 'Wat wilt u het liefst?', 'Betaald werk vinden');
  await choose(page, 'Bent u in behandeling bij de GGZ?', 'Ja, ik ben in behandeling bij de GGZ');
  assert.equal(await page.locator('.bg-list-fits > .bg-card').count(), 1);
  assert.match(await page.locator('.bg-status').innerText(), /^1 vorm van begeleiding past bij uw antwoorden\. Bovenaan staat: IPS/);
  await page.context().close();
});

test('keyboard only (Tab, Space, Enter): answer, see the result, open a detail, compare, refuse a fourth', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/begeleiding');
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await keyTo(page, 'Betaald werk vinden', 'Space');
  await keyTo(page, 'Ja, ik ben in behandeling bij de GGZ', 'Space');
  assert.ok(await page.getByRole('radio', { name: 'Betaald werk vinden' }).isChecked());
  await keyTo(page, 'Naar de uitslag', 'Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'bg-results-title');
  assert.equal((await fitting(page))[0], IPS);
  await keyTo(page, `Alles over ${IPS}`, 'Enter');
  assert.equal(await page.locator('details.bg-detail[open]').count(), 1);
  await keyTo(page, `Vergelijken: ${IPS}`, 'Space');
  await keyTo(page, /^Vergelijken: /, 'Space');
  await keyTo(page, /^Vergelijken: /, 'Space');
  assert.equal(await page.locator('.bg-compare input:checked').count(), 3);
  await keyTo(page, /^Vergelijken: /, 'Space');
  assert.equal(await page.locator('.bg-compare input:checked').count(), 3, 'a fourth was accepted');
  assert.equal(await page.locator('.bg-card .bg-refused:not(:empty)').count(), 1);
  // Focus stays on the refused checkbox, which now describes the refusal.
  const refusedFocus = await page.evaluate(() => {
    const el = document.activeElement;
    return [el?.id, el?.getAttribute('aria-describedby') && document.getElementById(el.getAttribute('aria-describedby'))?.textContent];
  });
  assert.match(refusedFocus[0] ?? '', /^bg-compare-/, 'focus left the refused checkbox');
  assert.match(refusedFocus[1] ?? '', /hoogstens drie/);
  assert.ok(await tabToControl(page, 'Afdrukken of als pdf bewaren'), 'the print button is reachable');
  assert.equal(await page.locator('.bg-grid-table thead th').count(), 4);
  // The grid's scroll region can be reached too (Shift is not needed: it comes before the button).
  assert.equal(await page.locator('.bg-grid-scroll[tabindex="0"]').count(), 1);
  assertNoErrors(page);
  await page.context().close();
});

const SCREENS = [
  { name: '320px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1, search: '' },
  { name: '320px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1, search: '?lang=en' },
  { name: '200% zoom', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, search: '' },
  { name: '1280px', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, search: '?lang=en' },
];

test('every state fits 320 px and 200% zoom and passes axe, in Dutch and English', async () => {
  for (const { name, viewport, deviceScaleFactor, search } of SCREENS) {
    const page = await openPage(browser, { viewport, deviceScaleFactor });
    await gotoApp(page, server.origin, '#/begeleiding', search);
    const en = search === '?lang=en';
    await page.getByRole('heading', { level: 1, name: en ? 'Which support suits me?' : TITLE }).waitFor();
    const check = async (state) => {
      const overflow = await noOverflow(page);
      assert.ok(overflow <= 0, `${state}${search} is ${overflow}px too wide at ${name}`);
      await assertAccessible(page, `${state}${search} at ${name}`);
    };
    await check('no answers');
    for (const id of ['doel-betaald_werk', 'situatie-geen_werk', 'uitkering-wia', 'ggz-ja', 'klachten-lang_zwaar', 'drempels-vooroordelen', 'drempels-geldzorgen']) {
      await page.locator(`#bg-q-${id}`).check();
    }
    const first = page.locator('.bg-list-fits > .bg-card').first();
    assert.match(await first.locator('h3').innerText(), /IPS/);
    if (en) {
      assert.match(await first.locator('.bg-why').innerText(), /Why this suits you[\s\S]*You chose: [^)]*“Find paid work”/);
      await page.getByRole('heading', { level: 2, name: 'Other kinds of support' }).waitFor();
      // Money worries point to the calculator.
      assert.equal(await page.locator('.bg-general a[href="#/rekenhulp"]').count(), 1);
    }
    await check('answered');
    await first.locator('details.bg-detail > summary').click();
    await check('detail open');
    for (const id of ['ips', 'w-cgt', 'oad-pra']) await page.locator(`#bg-compare-${id}`).check();
    await page.locator('#bg-compare-jobcoaching').click();
    assert.equal(await page.locator('.bg-grid-table thead th').count(), 4);
    if (en) {
      assert.deepEqual(
        (await page.locator('.bg-grid-table thead th').allInnerTexts()).map((h) => h.trim()),
        ['Question', 'IPS (Individual Placement and Support)', 'Work-focused cognitive behavioural therapy (W-CBT)', 'OAD/PRA: work without pressure at a sheltered workplace'],
      );
      assert.match(await page.locator('.bg-grid-table').innerText(), /Do I have to tell my employer\?[\s\S]*Can I go back to my benefit/);
      assert.match(await page.locator('.bg-grid-status').innerText(), /You can compare at most three/);
    }
    await check('grid, fourth refused');
    assertOnlyLocal(page, server.origin);
    assertNoErrors(page);
    await assertNothingStored(page);
    await page.context().close();
  }
});
