// Temporary screenshot script for issue 14 (not a test; removed before commit).
import { serve, launch, openPage, gotoApp } from './harness.mjs';
const server = await serve();
const browser = await launch();
const out = '/tmp/shots/income';
for (const width of [360, 1280]) {
  const page = await openPage(browser, { viewport: { width, height: 900 } });
  await page.clock.setFixedTime(new Date('2026-12-04T10:00:00'));
  await gotoApp(page, server.origin, '#/rekenhulp');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByLabel(/6\. Hoeveel uur per week/).fill('20');
  await page.locator('.rk-result').screenshot({ path: `${out}/result-${width}.png` });
  await page.getByRole('button', { name: /Volledig: alle vragen/ }).click();
  await page.getByLabel(/Andere volwassenen in huis/).fill('1');
  await page.locator('#rk-startmaand').scrollIntoViewIfNeeded();
  await page.locator('.rk-more').screenshot({ path: `${out}/full-form-kostendeler-${width}.png` });
  await page.locator('#rk-tabel').screenshot({ path: `${out}/table-kostendeler-unknown-${width}.png` });
  await page.locator('.rk-notes').screenshot({ path: `${out}/notes-kostendeler-${width}.png` });
  await page.getByLabel(/Ik weet het inkomen van de andere volwassenen/).check();
  await page.getByLabel(/Bruto inkomen per maand van de andere volwassenen/).fill('2.500');
  await page.locator('#rk-tabel').screenshot({ path: `${out}/table-kostendeler-known-${width}.png` });
  await page.getByLabel(/Andere volwassenen in huis/).fill('0');
  await page.getByRole('radio', { name: 'Wajong', exact: true }).check();
  await page.getByLabel(/loondispensatie/i).first().check();
  await page.locator('#rk-loon-dispensatie').scrollIntoViewIfNeeded();
  await page.locator('.rk-more').screenshot({ path: `${out}/wajong-loondispensatie-${width}.png` });
  await page.locator('.rk-result').screenshot({ path: `${out}/wajong-result-${width}.png` });
  await page.locator('#rk-tijdlijn').screenshot({ path: `${out}/timeline-${width}.png` });
  await page.context().close();
}
await browser.close();
server.close();
