// "Vertellen of verzwijgen?" (issue 5): full walks for applying and for sick leave (the rights
// differ), own reasons, the message preview and copy button (allowed and refused), the one-page
// A4 print of "Mijn afweging", a keyboard-only walk, resuming after leaving the route, every step
// at 320 px and 200% zoom with axe-core, and privacy: no request leaves the local server, nothing is stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  serve, launch, openPage, gotoApp, assertAccessible, assertOnlyLocal, assertNoErrors,
  assertNothingStored, ARTIFACTS, pdfPages, noOverflow, keyTo, tabToControl,
  SHOTS,
} from './harness.mjs';

const TITLE = 'Vertellen of verzwijgen?';
const RIGHT_APPLYING = 'Geen vragen over uw gezondheid bij het solliciteren';
const RIGHT_SICK = 'Bij een ziekmelding hoeft u niet te zeggen wat u heeft';

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

/** The step heading (h2) and the "Stap n van 9" line. */
async function expectStep(page, n, name) {
  const heading = page.getByRole('heading', { level: 2, name: new RegExp(`^Stap ${n} van 9\\W+${escape(name)}$`) });
  await heading.waitFor();
  const progress = page.getByRole('navigation', { name: 'Voortgang' });
  assert.match(await progress.innerText(), new RegExp(`Stap ${n} van 9`));
  assert.equal(await progress.getByRole('button', { name, exact: true }).getAttribute('aria-current'), 'step');
}

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Goes on with "Volgende stap" (or "Overslaan" when the step is left empty). */
async function next(page, label = 'Volgende stap') {
  await page.getByRole('navigation', { name: 'Vorige of volgende stap' }).getByRole('button', { name: label, exact: true }).click();
}

/** Marks how much a reason counts, in its own radio group. */
async function weigh(page, reason, weight) {
  const group = page.getByRole('group', { name: reason, exact: true });
  if ((await group.count()) === 0) await showAllReasons(page);
  await group.getByRole('radio', { name: weight, exact: true }).check();
}

/** Step 4 shows five reasons a side: opens the rest with "Meer redenen tonen (N)". */
async function showAllReasons(page) {
  const closed = page.locator('button.vt-more[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
}

async function answerSure(page, answers) {
  const groups = page.getByRole('main').getByRole('group');
  for (let i = 0; i < answers.length; i++) {
    await groups.nth(i).getByRole('radio', { name: answers[i], exact: true }).check();
  }
}

async function addOwnReason(page, text, side, weight) {
  const form = page.getByRole('region', { name: 'Een eigen reden toevoegen' });
  await form.getByRole('textbox', { name: 'Uw reden' }).fill(text);
  await form.getByRole('group', { name: 'Is dit een reden om het wel of niet te vertellen?' }).getByRole('radio', { name: side }).check();
  await form.getByRole('group', { name: 'Hoeveel telt deze reden voor u?' }).getByRole('radio', { name: weight }).check();
  await form.getByRole('button', { name: 'Reden toevoegen' }).click();
  await page.getByRole('group', { name: `${text} (eigen reden)` }).waitFor();
}

test('applying for a job: all nine steps, own reasons, message, copy, one-page print, resume', async () => {
  const page = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await gotoApp(page, server.origin, '#/vertellen');
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  await expectStep(page, 1, 'Uw situatie');
  assert.equal(await page.getByRole('navigation', { name: 'Voortgang' }).getByRole('button').count(), 9);
  // IPDAS: production date, update policy, no funder, sources.
  const about = page.getByRole('region', { name: 'Over deze keuzehulp' });
  assert.match(await about.innerText(), /Gemaakt op[\s\S]*4 december 2026[\s\S]*elk jaar[\s\S]*geen financier[\s\S]*Alle bronnen/);
  // Issue 15: how the content is made, reachable from the aid.
  assert.match(await about.getByRole('link', { name: /Hoe wij deze hulp maken/ }).getAttribute('href'), /#\/hoe-wij-dit-maken$/);
  await assertAccessible(page, 'step 1');

  // 1. Situation and audience.
  assert.equal(await page.getByRole('button', { name: 'Overslaan', exact: true }).count(), 1, 'an empty step offers "Overslaan"');
  await page.getByRole('radio', { name: 'Ik solliciteer' }).check();
  await page.getByRole('radio', { name: 'Mijn leidinggevende' }).check();
  await next(page);

  // 2. SURE before: two yes, two no.
  await expectStep(page, 2, 'Hoe zeker bent u nu?');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'vt-step-title', 'focus moved to the step heading');
  await answerSure(page, ['Nee', 'Ja', 'Nee', 'Ja']);
  const feedback = await page.locator('.vt-feedback').innerText();
  assert.match(feedback, /Uw score: 2 van de 4\. Score 4 = geen twijfel\./);
  assert.match(feedback, /U hoeft vandaag niet te kiezen/);
  // The questions start with their words, not with a bare letter S, U, R or E ("SVoelt u zich");
  // the name SURE is explained once, in plain words, under "Waarom?".
  const legends = await page.getByRole('main').locator('fieldset.vt-sure-item legend').allInnerTexts();
  assert.equal(legends.length, 4);
  for (const l of legends) assert.match(l.trim(), /^(Voelt|Weet|Heeft) u /, l);
  await page.getByRole('main').locator('summary', { hasText: 'de vier vragen' }).click();
  const whyBody = page.getByRole('main').locator('details.why[open] .why-body p').first();
  await whyBody.waitFor();
  const why = await whyBody.textContent();
  assert.match(why, /De naam komt van vier Engelse woorden, één per vraag: Sure \(zeker zijn\)/);
  await assertAccessible(page, 'step 2');
  await next(page);

  // 3. Rights for applying: dated and sourced; not the sick-leave rights.
  await expectStep(page, 3, 'Uw rechten');
  const main = page.getByRole('main');
  await main.getByRole('heading', { level: 3, name: RIGHT_APPLYING }).waitFor();
  await main.getByRole('heading', { level: 3, name: 'De ene uitzondering: als u belangrijke taken niet kunt doen' }).waitFor();
  assert.equal(await main.getByRole('heading', { name: RIGHT_SICK }).count(), 0);
  assert.match(await page.locator('#recht-geen-gezondheidsvragen').innerText(), /Nagekeken op 4 december 2026/);
  await page.locator('#recht-geen-gezondheidsvragen summary').click();
  const sources = await page.locator('#recht-geen-gezondheidsvragen .vt-sources').innerText();
  assert.match(sources, /Autoriteit Persoonsgegevens/);
  // Issue 15: the source carries the words it was read for.
  assert.match(sources, /Een werkgever mag tijdens uw sollicitatiegesprek niet vragen naar uw gezondheid/);
  // The recording rule, the probation risk and a plan B also show when applying.
  for (const right of ['niet-vastleggen', 'proeftijd-contract', 'klacht-sollicitatie', 'plan-b']) {
    assert.equal(await page.locator(`#recht-${right}`).count(), 1, right);
  }
  await assertAccessible(page, 'step 3 (applying)');
  await next(page);

  // 4. Reasons: a concrete weight per reason, and two own reasons.
  await expectStep(page, 4, 'Redenen voor en tegen');
  assert.equal(await main.locator('fieldset.vt-reason:visible').count(), 10, 'five reasons a side at first');
  await showAllReasons(page);
  assert.ok(await main.getByRole('radio', { name: 'Belangrijk voor mij', exact: true }).count() >= 24);
  await weigh(page, 'Ik wil aanpassingen in mijn werk kunnen vragen.', 'Belangrijk voor mij');
  await weigh(page, 'Ik wil dat mensen op mijn werk mij begrijpen.', 'Een beetje');
  await weigh(page, 'Ik ben bang dat ik dan niet word aangenomen.', 'Belangrijk voor mij');
  await weigh(page, 'Ik wil eerst laten zien wat ik kan.', 'Een beetje');
  await weigh(page, 'Mijn gezondheid is privé. Dat wil ik zo houden.', 'Niet voor mij');
  await addOwnReason(page, 'Mijn vorige werkgever reageerde goed', 'Om het wel te vertellen', 'Belangrijk voor mij');
  await addOwnReason(page, 'Ik reis al lang naar mijn werk', 'Om het niet te vertellen', 'Een beetje');
  assert.match(await page.getByRole('status').first().innerText(), /Uw reden staat nu in de lijst/);
  await assertAccessible(page, 'step 4');
  await next(page);

  // 5. Weighing: both sides, no verdict, the choice is theirs, composite stories.
  await expectStep(page, 5, 'Wat weegt voor u?');
  const forSide = await page.getByRole('region', { name: 'Wat voor u pleit voor vertellen' }).innerText();
  const againstSide = await page.getByRole('region', { name: 'Wat voor u pleit tegen vertellen' }).innerText();
  assert.match(forSide, /Ik wil aanpassingen in mijn werk kunnen vragen\./);
  assert.match(forSide, /Mijn vorige werkgever reageerde goed \(eigen reden\)/);
  assert.match(againstSide, /Ik ben bang dat ik dan niet word aangenomen\./);
  assert.match(againstSide, /Ik reis al lang naar mijn werk/);
  assert.doesNotMatch(againstSide, /privé/, '"niet voor mij" is left out');
  const text5 = await main.innerText();
  assert.match(text5, /We tellen niets op en we geven geen advies/);
  assert.match(text5, /De keuze is aan u\./);
  assert.match(text5, /Niet vertellen is ook een goede keuze\./);
  const stories = page.getByRole('region', { name: 'Hoe anderen kozen' }).getByRole('listitem').filter({ has: page.getByRole('heading') });
  assert.ok((await stories.count()) >= 3);
  for (let i = 0; i < (await stories.count()); i++) {
    assert.match(await stories.nth(i).innerText(), /Dit is een samengesteld verhaal/);
  }
  await assertAccessible(page, 'step 5');
  await next(page);

  // 6. Options with pros and cons linked to the marked reasons.
  await expectStep(page, 6, 'Uw mogelijkheden');
  const niets = page.locator('.vt-option').filter({ has: page.getByRole('radio', { name: 'Niets vertellen' }) });
  assert.match(await niets.locator('.vt-option-side').nth(1).innerText(), /Ik wil aanpassingen in mijn werk kunnen vragen\. \(Belangrijk voor mij\)/);
  assert.match(await niets.locator('.vt-option-side').nth(0).innerText(), /niet word aangenomen/);
  assert.equal(await main.getByRole('checkbox', { name: 'De bedrijfsarts', exact: true }).count(), 0, 'no company doctor when applying');
  await main.getByRole('radio', { name: 'Alleen wat ik nodig heb, zonder diagnose' }).check();
  // Chosen in step 1, so already ticked.
  assert.ok(await main.getByRole('checkbox', { name: 'Mijn leidinggevende', exact: true }).isChecked());
  await main.getByRole('radio', { name: 'Na het aanbod, voor de eerste werkdag' }).check();
  await main.getByRole('radio', { name: 'Eerst een e-mail, daarna een gesprek' }).check();
  const email = page.locator('.vt-option').filter({ has: page.getByRole('radio', { name: 'Eerst een e-mail, daarna een gesprek' }) });
  await email.getByText('Uw eigen redenen bij deze mogelijkheid').click();
  await email.getByRole('combobox', { name: /Ik reis al lang naar mijn werk/ }).selectOption({ label: 'Pleit ervoor' });
  assert.match(await email.locator('.vt-option-side').nth(0).innerText(), /Ik reis al lang naar mijn werk \(Een beetje, eigen reden\)/);
  await assertAccessible(page, 'step 6');
  await next(page);

  // 7. The message: example sentence, own words, preview, copy.
  await expectStep(page, 7, 'Mijn bericht');
  assert.match(await page.locator('.vt-reminder').innerText(), /Alleen wat ik nodig heb, zonder diagnose[\s\S]*Mijn leidinggevende/);
  await main.getByRole('textbox', { name: /^Aanhef/ }).fill('Beste Marleen,');
  await main.getByRole('button', { name: 'Voeg deze zin toe: Ik werk nauwkeurig en houd van duidelijke afspraken.' }).click();
  await main.getByRole('textbox', { name: /^Wat mij helpt/ }).fill('Een vaste planning helpt mij');
  await main.getByRole('textbox', { name: 'Uw naam' }).fill('Sanne');
  // Not a live region: it would read the whole message again on every key typed.
  const preview = page.locator('#vt-preview');
  assert.equal(await preview.getAttribute('aria-live'), null);
  const message = await preview.innerText();
  assert.match(message, /^Beste Marleen,\s+Ik werk nauwkeurig en houd van duidelijke afspraken\.\s+Een vaste planning helpt mij\.\s+Sanne$/);
  await main.getByRole('button', { name: 'Kopieer uw bericht' }).click();
  await page.getByText('Uw bericht is gekopieerd.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, 'Beste Marleen,\n\nIk werk nauwkeurig en houd van duidelijke afspraken.\n\nEen vaste planning helpt mij.\n\nSanne');
  await assertAccessible(page, 'step 7');
  await next(page);

  // 8. SURE again: the change, and next steps with the matcher.
  await expectStep(page, 8, 'Nog eens: hoe zeker bent u?');
  await answerSure(page, ['Ja', 'Ja', 'Ja', 'Ja']);
  const change = await page.getByRole('region', { name: 'Wat is er veranderd?' }).innerText();
  assert.match(change, /Aan het begin: 2 van de 4\. Nu: 4 van de 4\./);
  assert.match(change, /U voelt zich nu zekerder dan aan het begin\./);
  const matcher = main.getByRole('link', { name: 'Bekijk welke begeleiding bij u past' });
  assert.match(await matcher.getAttribute('href'), /#\/begeleiding$/);
  await assertAccessible(page, 'step 8');
  await next(page);

  // 9. "Mijn afweging".
  await expectStep(page, 9, 'Mijn afweging');
  assert.equal(await page.getByRole('navigation', { name: 'Vorige of volgende stap' }).getByRole('button', { name: 'Volgende stap' }).count(), 0);
  const summary = page.getByRole('article', { name: 'Mijn afweging' });
  const sum = await summary.innerText();
  for (const part of [
    'Ik solliciteer', 'Mijn leidinggevende', 'Aan het begin: 2 van de 4. Nu: 4 van de 4.',
    'Ik wil aanpassingen in mijn werk kunnen vragen.', 'Mijn vorige werkgever reageerde goed',
    'Alleen wat ik nodig heb, zonder diagnose', 'Na het aanbod, voor de eerste werkdag',
    'Een vaste planning helpt mij.', RIGHT_APPLYING, 'De keuze is aan u.', 'Niet vertellen is ook een goede keuze.',
    'Deze keuzehulp heeft geen financier.',
    // First-person labels, not the questions of step 6.
    'Hoeveel: Alleen wat ik nodig heb', 'Wanneer: Na het aanbod',
  ]) {
    assert.ok(sum.includes(part), `summary lacks "${part}"`);
  }
  assert.match(sum, /Aan wie ik vooral denk\s*Mijn leidinggevende/);
  assert.ok(!sum.includes('vertelt u het?'), 'the summary lists choices under questions');
  assert.ok(!sum.includes(RIGHT_SICK));
  await main.getByRole('button', { name: 'Afdrukken of als pdf bewaren' }).waitFor();
  await assertAccessible(page, 'step 9');

  // Print: navigation and controls hidden, one A4 page.
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.vt-progress', '.vt-nav', '.vt-about', '.vt-no-print', 'h1']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} shows in print`);
  }
  assert.ok(await summary.isVisible());
  const pdf = await page.pdf({ format: 'A4' });
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(path.join(ARTIFACTS, 'vertellen-afweging.pdf'), pdf);
  assert.equal(pdfPages(pdf), 1, 'the summary does not fit on one A4 page');
  await page.emulateMedia({ media: 'screen' });

  // Resume: leave the tool and come back to the same step with the same answers.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Privacy' }).click().catch(async () => {
    await page.evaluate(() => { location.hash = '#/privacy'; });
  });
  await page.waitForFunction(() => location.hash === '#/privacy');
  await page.evaluate(() => { location.hash = '#/vertellen'; });
  await expectStep(page, 9, 'Mijn afweging');
  assert.match(await page.getByRole('article', { name: 'Mijn afweging' }).innerText(), /Een vaste planning helpt mij\./);

  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await assertNothingStored(page);
  await page.context().close();
});

test('on sick leave: other rights and options; skipping and jumping through the step list', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/vertellen');
  await expectStep(page, 1, 'Uw situatie');
  await page.getByRole('radio', { name: 'Ik werk, maar ben nu ziek gemeld' }).check();
  await page.getByRole('radio', { name: 'De bedrijfsarts', exact: true }).check();
  await next(page);
  await expectStep(page, 2, 'Hoe zeker bent u nu?');
  await next(page, 'Overslaan');
  await expectStep(page, 3, 'Uw rechten');
  const main = page.getByRole('main');
  await main.getByRole('heading', { level: 3, name: RIGHT_SICK }).waitFor();
  await main.getByRole('heading', { level: 3, name: 'De bedrijfsarts mag niet vertellen wat u heeft' }).waitFor();
  // Issue 15: the duties of the Wet verbetering poortwachter, and the rights that come with them.
  await main.getByRole('heading', { level: 3, name: 'Ziek: wat u moet doen om uw loon te houden' }).waitFor();
  await main.getByRole('heading', { level: 3, name: 'Niet eens met de bedrijfsarts of uw werkgever?' }).waitFor();
  assert.match(await page.locator('.vt-let-op').first().innerText(), /U bent ziek gemeld\.[\s\S]*bedrijfsarts[\s\S]*plan van aanpak/);
  assert.equal(await main.getByRole('heading', { name: RIGHT_APPLYING }).count(), 0);
  assert.match(await main.innerText(), /Ik werk, maar ben nu ziek gemeld/);
  await assertAccessible(page, 'step 3 (sick leave)');
  await next(page);
  await weigh(page, 'Ik wil samen met mijn leidinggevende oplossingen zoeken.', 'Belangrijk voor mij');
  await weigh(page, 'Ik weet niet bij wie mijn verhaal terechtkomt.', 'Belangrijk voor mij');
  await addOwnReason(page, 'Ik wil rustig opbouwen', 'Om het wel te vertellen', 'Een beetje');
  // Jump straight to the options with the step list.
  await page.getByRole('navigation', { name: 'Voortgang' }).getByRole('button', { name: 'Uw mogelijkheden' }).click();
  await expectStep(page, 6, 'Uw mogelijkheden');
  assert.equal(await main.getByRole('radio', { name: 'In de sollicitatiebrief' }).count(), 0, 'no application letter on sick leave');
  // Silence on sick leave comes with the duties that stay; "only if problems arise" is not offered.
  assert.equal(await main.getByRole('radio', { name: 'Pas als er problemen komen' }).count(), 0);
  const niets = main.getByRole('radio', { name: 'Niets vertellen' });
  const described = (await niets.getAttribute('aria-describedby')).split(' ');
  assert.equal(described.length, 2, 'the warning is read out with the option');
  assert.match(await page.locator(`#${described[1]}`).innerText(), /bedrijfsarts[\s\S]*plan van aanpak[\s\S]*loon/);
  await main.getByRole('checkbox', { name: 'De bedrijfsarts', exact: true }).check();
  await main.getByRole('radio', { name: 'In een gesprek over uw terugkeer' }).check();
  await main.getByRole('radio', { name: 'Een deel vertellen' }).check();
  await next(page);
  await expectStep(page, 7, 'Mijn bericht');
  await main.getByRole('textbox', { name: /^Wat ik u vraag als het minder gaat/ }).fill('Vraag gerust hoe het gaat');
  assert.match(await page.locator('#vt-preview').innerText(), /Vraag gerust hoe het gaat\./);
  // Back with "Vorige stap" keeps what was chosen.
  await page.getByRole('button', { name: 'Vorige stap' }).click();
  await expectStep(page, 6, 'Uw mogelijkheden');
  assert.ok(await main.getByRole('radio', { name: 'Een deel vertellen' }).isChecked());
  await page.getByRole('navigation', { name: 'Voortgang' }).getByRole('button', { name: 'Mijn afweging' }).click();
  await expectStep(page, 9, 'Mijn afweging');
  const sum = await page.getByRole('article', { name: 'Mijn afweging' }).innerText();
  assert.ok(sum.includes(RIGHT_SICK), 'the summary lists the sick-leave right');
  assert.ok(!sum.includes(RIGHT_APPLYING));
  assert.match(sum, /De bedrijfsarts/);
  assert.match(sum, /In een gesprek over uw terugkeer/);
  assert.match(sum, /Ik wil rustig opbouwen/);
  assert.match(sum, /Vraag gerust hoe het gaat\./);
  assert.match(sum, /niet ingevuld/, 'the skipped SURE test shows as not filled in');
  assert.match(sum, /Let op[\s\S]*U bent ziek gemeld\. Wat u heeft, mag u voor uzelf houden/, 'the duties are on the summary');
  await page.emulateMedia({ media: 'print' });
  assert.equal(pdfPages(await page.pdf({ format: 'A4' })), 1);
  await page.emulateMedia({ media: 'screen' });
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await assertNothingStored(page);
  await page.context().close();
});

test('when the browser refuses the clipboard, the text is selected with how to copy it', async () => {
  const page = await openPage(browser);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
    });
  });
  await gotoApp(page, server.origin, '#/vertellen');
  await page.getByRole('navigation', { name: 'Voortgang' }).getByRole('button', { name: 'Mijn bericht' }).click();
  await expectStep(page, 7, 'Mijn bericht');
  const copy = page.getByRole('button', { name: 'Kopieer uw bericht' });
  assert.ok(await copy.isDisabled(), 'nothing to copy yet');
  assert.match(await page.locator('#vt-preview').innerText(), /Uw bericht is nog leeg/);
  await page.getByRole('textbox', { name: /^Wat ik kan/ }).fill('Ik ben goed met klanten');
  await copy.click();
  await page.getByText('Kopiëren lukte niet.').waitFor();
  assert.match(await page.getByRole('main').getByRole('status').last().innerText(), /Ctrl\+C/);
  const field = page.getByRole('textbox', { name: 'Uw bericht, om zelf te kopiëren' });
  assert.equal(await field.inputValue(), 'Ik ben goed met klanten.');
  const selection = await page.evaluate(() => {
    const el = document.activeElement;
    return { id: el?.id, start: el?.selectionStart, end: el?.selectionEnd, length: el?.value?.length };
  });
  assert.deepEqual(selection, { id: 'vt-copy-field', start: 0, end: 'Ik ben goed met klanten.'.length, length: 'Ik ben goed met klanten.'.length });
  await assertAccessible(page, 'copy refused');
  assertOnlyLocal(page, server.origin);
  await page.context().close();
});

test('step 4 on a phone: five reasons a side, "Meer redenen tonen (N)" keeps focus, an own reason without scrolling', async () => {
  const page = await openPage(browser, { viewport: { width: 360, height: 800 } });
  await gotoApp(page, server.origin, '#/vertellen');
  await page.getByRole('radio', { name: 'Ik begin aan een nieuwe baan' }).check();
  const steps = page.getByRole('navigation', { name: 'Voortgang' }).getByRole('button');
  await steps.nth(3).click();
  await expectStep(page, 4, 'Redenen voor en tegen');
  const main = page.getByRole('main');
  const forSide = main.getByRole('region', { name: 'Redenen om het wel te vertellen' });
  const againstSide = main.getByRole('region', { name: 'Redenen om het niet te vertellen' });
  // Counted from the content: all reasons are in the page, five a side show.
  const total = async (side) => side.locator('fieldset.vt-reason').count();
  const shown = async (side) => side.locator('fieldset.vt-reason:visible').count();
  const [allFor, allAgainst] = [await total(forSide), await total(againstSide)];
  assert.ok(allFor > 5 && allAgainst > 5);
  assert.equal(await shown(forSide), 5);
  assert.equal(await shown(againstSide), 5);
  const moreFor = forSide.getByRole('button', { name: `Meer redenen tonen (${allFor - 5})`, exact: true });
  const moreAgainst = againstSide.getByRole('button', { name: `Meer redenen tonen (${allAgainst - 5})`, exact: true });
  assert.equal(await moreFor.getAttribute('aria-expanded'), 'false');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height < 12000, `step 4 is ${height}px tall at 360 px`);
  await assertAccessible(page, 'step 4, five reasons a side');

  // The own-reason form is one button away from the top.
  const jump = main.getByRole('button', { name: 'Zelf een reden toevoegen', exact: true });
  const jb = await jump.boundingBox();
  assert.ok(jb.y < 800 * 2, 'the own-reason button is not near the top');
  await jump.click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'vt-own-text');
  assert.ok(await main.getByRole('textbox', { name: 'Uw reden' }).isVisible());

  // With the keyboard: the button opens the rest below it and keeps focus; Tab goes on into them.
  await moreFor.focus();
  await page.keyboard.press('Space');
  const fewer = forSide.getByRole('button', { name: 'Minder redenen tonen', exact: true });
  assert.equal(await fewer.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'vt-more');
  assert.equal(await shown(forSide), allFor);
  assert.equal(await shown(againstSide), 5, 'the other side opened too');
  await page.keyboard.press('Tab');
  const sixth = forSide.locator('fieldset.vt-reason').nth(5);
  assert.ok(await sixth.evaluate((f) => f.contains(document.activeElement)), 'Tab did not go into the sixth reason');
  await page.screenshot({ path: `${SHOTS}/vertellen-step4-360-open.png` });
  // A reason weighed further down is there again when the person comes back.
  await sixth.getByRole('radio', { name: 'Belangrijk voor mij', exact: true }).check();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  assert.equal(await shown(forSide), 5);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded')), 'false');
  await steps.nth(4).click();
  await expectStep(page, 5, 'Wat weegt voor u?');
  await steps.nth(3).click();
  await expectStep(page, 4, 'Redenen voor en tegen');
  assert.equal(await shown(forSide), allFor, 'a weighed reason was hidden on return');
  assert.ok(await forSide.locator('fieldset.vt-reason').nth(5).getByRole('radio', { name: 'Belangrijk voor mij', exact: true }).isChecked());
  await assertAccessible(page, 'step 4, one side open');
  assertNoErrors(page);
  await page.context().close();
});

test('a full summary (15 reasons, three people, six sentences) still prints on one A4 page', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/vertellen');
  await page.getByRole('radio', { name: 'Ik werk, maar ben nu ziek gemeld' }).check();
  await page.getByRole('radio', { name: 'De bedrijfsarts', exact: true }).check();
  const steps = page.getByRole('navigation', { name: 'Voortgang' }).getByRole('button');
  await steps.nth(3).click();
  await showAllReasons(page);
  const reasons = page.locator('fieldset.vt-reason');
  for (let i = 0; i < 12; i++) {
    await reasons.nth((i * 2) % 29).getByRole('radio').nth(i % 2).check();
  }
  for (const text of ['Mijn vorige werkgever reageerde goed op mijn verhaal', 'Ik wil rustig opbouwen', 'Ik reis lang']) {
    await addOwnReason(page, text, 'Om het wel te vertellen', 'Belangrijk voor mij');
  }
  await steps.nth(5).click();
  for (const label of ['Een deel vertellen', 'In een gesprek over uw terugkeer', 'Via of samen met de bedrijfsarts']) {
    await page.getByRole('radio', { name: label }).check();
  }
  for (const label of ['Mijn leidinggevende', 'De bedrijfsarts', "Collega's"]) {
    await page.getByRole('checkbox', { name: label, exact: true }).check();
  }
  await steps.nth(6).click();
  const examples = page.getByRole('button', { name: /^Voeg deze zin toe:/ });
  for (const i of [0, 2, 5, 8, 11, 13]) await examples.nth(i).click();
  await steps.nth(8).click();
  await page.getByRole('article', { name: 'Mijn afweging' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(path.join(ARTIFACTS, 'vertellen-afweging-vol.pdf'), pdf);
  assert.equal(pdfPages(pdf), 1, 'a full summary does not fit on one A4 page');
  assertNoErrors(page);
  await page.context().close();
});

test('keyboard only (Tab, Space, Enter): through all nine steps', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/vertellen');
  await expectStep(page, 1, 'Uw situatie');
  await keyTo(page, 'Ik solliciteer', 'Space');
  await keyTo(page, 'Mijn leidinggevende', 'Space');
  await keyTo(page, 'Volgende stap', 'Enter');
  await expectStep(page, 2, 'Hoe zeker bent u nu?');
  for (let i = 0; i < 4; i++) await keyTo(page, 'Ja', 'Space');
  assert.match(await page.locator('.vt-feedback').innerText(), /Uw score: 4 van de 4/);
  await keyTo(page, 'Volgende stap', 'Enter');
  await expectStep(page, 3, 'Uw rechten');
  // A "Waarom?" fold-out opens with Enter.
  await keyTo(page, /^Waarom\?/, 'Enter');
  assert.equal(await page.locator('details.why[open]').count(), 1);
  await keyTo(page, 'Volgende stap', 'Enter');
  await expectStep(page, 4, 'Redenen voor en tegen');
  await keyTo(page, 'Belangrijk voor mij', 'Space');
  await keyTo(page, 'Belangrijk voor mij', 'Space');
  assert.ok(await tabToControl(page, 'Uw reden'));
  await page.keyboard.type('Ik wil open kunnen zijn');
  await keyTo(page, 'Reden toevoegen', 'Enter');
  await page.getByRole('group', { name: 'Ik wil open kunnen zijn (eigen reden)' }).waitFor();
  await keyTo(page, 'Volgende stap', 'Enter');
  await expectStep(page, 5, 'Wat weegt voor u?');
  assert.match(await page.getByRole('region', { name: 'Wat voor u pleit voor vertellen' }).innerText(), /Ik wil open kunnen zijn/);
  await keyTo(page, 'Volgende stap', 'Enter');
  await expectStep(page, 6, 'Uw mogelijkheden');
  // The manager, chosen in step 1, is already ticked here; HR is added by keyboard.
  assert.ok(await page.getByRole('checkbox', { name: 'Mijn leidinggevende', exact: true }).isChecked());
  await keyTo(page, 'Niets vertellen', 'Space');
  await keyTo(page, 'HR of personeelszaken', 'Space');
  assert.ok(await page.getByRole('radio', { name: 'Niets vertellen' }).isChecked());
  assert.ok(await page.getByRole('checkbox', { name: 'Mijn leidinggevende', exact: true }).isChecked());
  assert.ok(await page.getByRole('checkbox', { name: 'HR of personeelszaken', exact: true }).isChecked());
  await keyTo(page, 'Volgende stap', 'Enter');
  await expectStep(page, 7, 'Mijn bericht');
  await keyTo(page, /Voeg deze zin toe:.*Ik werk nauwkeurig/, 'Enter');
  assert.match(await page.locator('#vt-preview').innerText(), /Ik werk nauwkeurig en houd van duidelijke afspraken\./);
  await keyTo(page, 'Volgende stap', 'Enter');
  await expectStep(page, 8, 'Nog eens: hoe zeker bent u?');
  for (let i = 0; i < 4; i++) await keyTo(page, 'Ja', 'Space');
  assert.ok(await tabToControl(page, 'Bekijk welke begeleiding bij u past'), 'the matcher link is reachable');
  await keyTo(page, 'Volgende stap', 'Enter');
  await expectStep(page, 9, 'Mijn afweging');
  assert.match(await page.getByRole('article', { name: 'Mijn afweging' }).innerText(), /Niets vertellen[\s\S]*Ik werk nauwkeurig/);
  assert.ok(await tabToControl(page, 'Afdrukken of als pdf bewaren'));
  await keyTo(page, 'Vorige stap', 'Enter');
  await expectStep(page, 8, 'Nog eens: hoe zeker bent u?');
  assertNoErrors(page);
  await page.context().close();
});

const SCREENS = [
  { name: '320px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1, search: '' },
  { name: '320px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1, search: '?lang=en' },
  { name: '200% zoom', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, search: '' },
];

test('every step fits a 320 px screen and 200% zoom and passes axe, in Dutch and English', async () => {
  for (const { name, viewport, deviceScaleFactor, search } of SCREENS) {
    const page = await openPage(browser, { viewport, deviceScaleFactor });
    await gotoApp(page, server.origin, '#/vertellen', search);
    const steps = page.getByRole('navigation', { name: search ? 'Progress' : 'Voortgang' }).getByRole('button');
    assert.equal(await steps.count(), 9);
    // Some answers first, so the lists on later steps are not empty.
    await page.locator('#vt-sit-terugkeer').check();
    await steps.nth(3).click();
    await showAllReasons(page);
    await page.locator('input[name="vt-r-voor-steun"]').first().check();
    await page.locator('input[name="vt-r-tegen-label"]').nth(1).check();
    for (let i = 0; i < 9; i++) {
      await steps.nth(i).click();
      await page.waitForFunction((n) => document.querySelector('#vt-step-title')?.textContent?.includes(`${n}`), i + 1);
      const overflow = await noOverflow(page);
      assert.ok(overflow <= 0, `step ${i + 1}${search} is ${overflow}px too wide at ${name}`);
      await assertAccessible(page, `step ${i + 1}${search} at ${name}`);
    }
    if (search) {
      await page.getByRole('heading', { level: 1, name: 'Tell or keep it to yourself?' }).waitFor();
      assert.match(await page.getByRole('navigation', { name: 'Progress' }).innerText(), /Step 9 of 9/);
    }
    assertOnlyLocal(page, server.origin);
    assertNoErrors(page);
    await assertNothingStored(page);
    await page.context().close();
  }
});

test('"Hoe wij dit maken": from the footer, with the facts from the data, in both languages', async () => {
  const page = await openPage(browser);
  await gotoApp(page, server.origin, '#/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Hoe wij dit maken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hoe wij dit maken' }).waitFor();
  const main = await page.getByRole('main').innerText();
  assert.match(main, /geschreven door het project Werkkeuze zelf/);
  // Each tool's facts come from its own data.
  const aid = await page.getByRole('region', { name: 'Vertellen of verzwijgen?' }).innerText();
  assert.match(aid, /4 december 2026[\s\S]*elk jaar[\s\S]*geen financier[\s\S]*\d+ bronnen, waarvan \d+ niet zelf in de bron nagelezen/);
  const matcher = await page.getByRole('region', { name: 'Welke begeleiding past bij mij?' }).innerText();
  assert.match(matcher, /4 december 2026[\s\S]*elk jaar[\s\S]*geen financier[\s\S]*\d+ bronnen/);
  assert.match(main, /Nog niet met de mensen voor wie het is gemaakt/);
  assert.match(main, /geen eigen meldpunt/);
  assert.match(main, /Versie van de inhoud: [0-9a-f]{16}/);
  assert.doesNotMatch(main, /@|https?:/, 'no address is invented');
  await assertAccessible(page, 'hoe wij dit maken');
  await gotoApp(page, server.origin, '#/hoe-wij-dit-maken', '?lang=en');
  await page.getByRole('heading', { level: 1, name: 'How we make this' }).waitFor();
  assert.match(await page.getByRole('main').innerText(), /Not yet with the people it is made for/);
  assertOnlyLocal(page, server.origin);
  assertNoErrors(page);
  await assertNothingStored(page);
  await page.context().close();
});
