// Issue 16, point 3: sources people can read. No screen shows a source document's file name
// (`001_….txt, regel 1239`): every route in both languages, and the states where sources are
// shown — the matcher's reasons and details, the Option Grid, the glossary, every step of the
// disclosure aid with all its sources open, "Mijn plan" and "Hoe wij dit maken". Instead a source
// document reads as a reference list would name it: title, maker, year, heading and page; the
// quotes stay; the file and lines stay in `data-bron` for maintainers only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  serve, launch, openPage, gotoApp, assertAccessible, assertOnlyLocal, assertNoErrors, ROOT,
} from './harness.mjs';

// The seed files, from the documents' own metadata (data/documenten.toml).
const FILES = [...readFileSync(path.join(ROOT, 'data/documenten.toml'), 'utf8').matchAll(/^bestand = "(\d{3}_[0-9a-f]{16})\.txt"$/gm)]
  .map((m) => m[1]);
const ROUTES = ['#/', '#/vertellen', '#/rekenhulp', '#/begeleiding', '#/begrippen', '#/privacy', '#/insluiten',
  '#/bewaren', '#/mijn-plan', '#/hoe-wij-dit-maken', '#/openen/s1.kapot', '#/bestaat-niet'];

const SAMEN = 'Samen werken aan werk (Programmaraad, in opdracht van het ministerie van SZW, 2017)';
const IPS = 'IPS (Individuele Plaatsing en Steun)';
const WCGT = 'Werkgerichte cognitieve gedragstherapie (W-CGT)';
const OAD = 'OAD/PRA: werk zonder druk bij een beschut werkbedrijf';

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

/**
 * Everything the page shows or reads out, with every fold-out open: the title, the text, and the
 * attributes a person meets (accessible names and descriptions, tooltips, alternative texts).
 */
async function shown(page) {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const attrs = [];
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-description]')) {
      for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) {
        const v = el.getAttribute(a);
        if (v) attrs.push(v);
      }
    }
    return [document.title, document.body.innerText, ...attrs].join('\n');
  });
}

/** No line of what the page shows names a seed file or its lines. */
async function assertNoFileNames(page, where) {
  const text = await shown(page);
  const bad = text.split('\n').filter((l) =>
    /\.txt\b|\d{3}_[0-9a-f]{16}|\bregels? \d|\blines? \d/.test(l) || FILES.some((f) => l.includes(f)));
  assert.deepEqual(bad, [], `${where} shows a file name`);
  return text;
}

test('no route shows a source file, in Dutch and English', async () => {
  assert.equal(FILES.length, 5, 'the five documents');
  const page = await openPage(browser);
  for (const search of ['', '?lang=en']) {
    for (const hash of ROUTES) {
      await gotoApp(page, server.origin, hash, search);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await assertNoFileNames(page, `${hash}${search}`);
    }
  }
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await page.context().close();
});

function question(page, words) {
  return page.getByRole('group', { name: new RegExp(`^\\d+\\. ${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
}

test('the matcher, its details and the Option Grid name documents by title, maker, year and page; so does "Mijn plan"', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/begeleiding');
  await question(page, 'Wat wilt u het liefst?').getByRole('radio', { name: 'Betaald werk vinden', exact: true }).check();
  await question(page, 'Bent u in behandeling bij de GGZ?').getByRole('radio', { name: 'Ja, ik ben in behandeling bij de GGZ', exact: true }).check();
  await question(page, 'Hoe lang en hoe zwaar zijn uw klachten?')
    .getByRole('radio', { name: 'Ik heb er al jaren last van. Het bepaalt een groot deel van mijn leven.', exact: true }).check();
  for (const name of [IPS, WCGT, OAD]) {
    await page.getByRole('checkbox', { name: `Vergelijken: ${name}`, exact: true }).check();
  }
  const grid = page.getByRole('table', { name: 'Vergelijking van begeleiding' });
  await grid.waitFor();
  const text = await assertNoFileNames(page, 'matcher with details open and the grid');

  // IPS's detail: each document once, with the sections and pages of all its citations (pages
  // from the document's own table of contents).
  assert.ok(text.includes(`Bronnen: ${SAMEN}, onderdelen ‘3.5 IPS’, p. 22; ‘4.2 Financiering IPS’, p. 27–28; `), 'IPS detail sources');
  // A reason's source, with the heading of a report without page numbers.
  assert.match(text, /\(Bron: Re-integratie bij psychische aandoeningen \(Panteia, in opdracht van het ministerie van SZW, 2021\), onderdeel ‘4\.2 Effectief instrument: Individuele plaatsing en steun \(IPS\)’\)/);
  // The grid's chance of work: the study, its group and the document.
  const kans = await grid.locator('tr[data-row="kans_werk"]').innerText();
  assert.ok(kans.includes('Gemeten bij: mensen met ernstige psychische aandoeningen in Nederland (Scion-onderzoek).'), kans);
  assert.ok(kans.includes("Bronnen: Kennissynthese arbeid en ernstige psychische aandoeningen (VUmc en Trimbos-instituut, 2015), onderdelen ‘3.2 Resultaten netwerkanalyse’; ‘4 Behoefte aan kennis in Nederland’; Workshop Meedoen/Meedelen: dia's (Divosa en Amsterdam UMC, 2026)"), kans);
  // A real title is a <cite>; the file and lines stay for maintainers in data-bron.
  const ref = page.locator('.doc-bron', { hasText: '‘3.5 IPS’, p. 22' }).first();
  assert.equal(await ref.locator('cite').innerText(), 'Samen werken aan werk');
  assert.match(await ref.getAttribute('data-bron'), /^001_c330f0dc3297d9c7\.txt:\d+-\d+( 001_c330f0dc3297d9c7\.txt:\d+-\d+)*$/);
  // Web pages stay links that open in a new tab.
  const web = page.locator('.bg-source a[href^="https://"]').first();
  assert.equal(await web.getAttribute('target'), '_blank');
  await assertAccessible(page, 'matcher with every detail open and the grid');

  // "Mijn plan" with the comparison.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Mijn plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn plan' }).waitFor();
  assert.match(await page.getByRole('main').innerText(), /IPS \(Individuele Plaatsing en Steun\)/);
  await assertNoFileNames(page, '"Mijn plan" with the matcher');
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await page.context().close();
});

test('the glossary: a document as a reference with its quote, a law as a link with its name', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/begrippen');
  await page.getByRole('heading', { level: 1, name: 'Begrippen: wat betekent dit woord?' }).waitFor();
  await assertNoFileNames(page, 'glossary');
  const ips = page.locator('#begrip-ips .source');
  assert.equal(
    await ips.innerText(),
    `Bron: ${SAMEN}, onderdeel ‘3.5 IPS’, p. 22: Er wordt snel gezocht naar een echte baan … Er wordt langdurige ondersteuning geboden … de trajectbegeleider is lid van een ambulant GGZ-team`,
  );
  // The quote is a quotation (the marks come from the style sheet).
  assert.equal(await ips.locator('q').count(), 1);
  const law = page.locator('#begrip-bijstand .source').getByRole('link');
  assert.equal(await law.getAttribute('href'), 'https://wetten.overheid.nl/BWBR0015703');
  assert.equal(await law.getAttribute('target'), '_blank');
  assert.match(await law.innerText(), /^Participatiewet/);
  await assertAccessible(page, 'glossary');
  // In English the description is English, the Dutch title and heading say they are Dutch.
  await gotoApp(page, server.origin, '#/begrippen', '?lang=en');
  await page.getByRole('heading', { level: 1 }).waitFor();
  const en = page.locator('#begrip-jobcoach .source');
  assert.match(await en.innerText(), /^Source: Samen werken aan werk \(Programmaraad, commissioned by the Ministry of Social Affairs \(SZW\), 2017\), section ‘3\.3 Jobcoaching’, p\. 21: De jobcoach/);
  assert.equal(await en.locator('cite').getAttribute('lang'), 'nl');
  await assertAccessible(page, 'glossary in English');
  assertNoErrors(page);
  await page.context().close();
});

test('the disclosure aid: every step with all its sources open names documents, keeps the quotes; and "Mijn plan"', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/vertellen');
  await page.getByRole('radio', { name: 'Ik werk, maar ben nu ziek gemeld' }).check();
  await page.getByRole('radio', { name: 'De bedrijfsarts', exact: true }).check();
  const steps = page.getByRole('navigation', { name: 'Voortgang' });
  const names = ['Uw situatie', 'Hoe zeker bent u nu?', 'Uw rechten', 'Redenen voor en tegen', 'Wat weegt voor u?',
    'Uw mogelijkheden', 'Mijn bericht', 'Nog eens: hoe zeker bent u?', 'Mijn afweging'];
  let all = '';
  for (const [i, name] of names.entries()) {
    await steps.getByRole('button', { name, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(`^Stap ${i + 1} van 9`) }).waitFor();
    all += await assertNoFileNames(page, `step ${i + 1}`);
  }
  // A seed source: what its lines say, the document they are from, and the quote.
  assert.ok(all.includes(
    `'Openheid?' en Coral. Uit: ${SAMEN}, onderdeel ‘3.6 Stigma bestrijden’, p. 22–24: zien openheid als ideaal`,
  ), 'the Coral source');
  assert.match(all, /Delen van psychische klachten is een dilemma voor werknemers\. Uit: Re-integratie bij psychische aandoeningen \(Panteia, in opdracht van het ministerie van SZW, 2021\), onderdeel ‘3\.2\.1 Belemmeringen in de werksituatie’: Voor werknemers is het een dilemma/);
  // The quotes stay, as quotations.
  assert.ok((await page.locator('q.vt-quote').count()) >= 25);
  await assertAccessible(page, 'disclosure aid, last step with every source open');

  await page.getByRole('contentinfo').getByRole('link', { name: 'Mijn plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn plan' }).waitFor();
  await assertNoFileNames(page, '"Mijn plan" with the disclosure aid');
  assertNoErrors(page);
  await page.context().close();
});

test('"Hoe wij dit maken" lists the five documents by title, maker and year, and says which titles are ours', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/hoe-wij-dit-maken');
  await page.getByRole('heading', { level: 1, name: 'Hoe wij dit maken' }).waitFor();
  const items = await page.locator('.how-documents > li').allInnerTexts();
  assert.equal(items.length, 5);
  assert.ok(items[0].startsWith('Kennissynthese arbeid en ernstige psychische aandoeningen (VUmc en Trimbos-instituut, 2015). '));
  assert.ok(items[1].startsWith(`${SAMEN}. Ondertitel:`));
  assert.ok(items[2].startsWith('Re-integratie bij psychische aandoeningen (Panteia, in opdracht van het ministerie van SZW, 2021). '));
  assert.match(items[3], /^Workshop Meedoen\/Meedelen: dia's \(Divosa en Amsterdam UMC, 2026\)\. .*de naam is onze beschrijving/);
  assert.match(items[4], /^Handboek over IPS: voorwoord en proloog \(Van Weeghel, De Winter en Verhoeven, 2024 of later\)\. .*de naam is onze beschrijving/);
  // Only real titles are cited as titles.
  assert.equal(await page.locator('.how-documents cite').count(), 3);
  await assertNoFileNames(page, 'Hoe wij dit maken');
  await assertAccessible(page, 'Hoe wij dit maken');
  assertNoErrors(page);
  await page.context().close();
});
