// Reach: every route, in both languages, on a 320 px phone and at 200% zoom (a 1280 px window
// zoomed to 200% lays out like 640 CSS px), without horizontal scrolling, with axe-core's WCAG 2.x
// A/AA rules passing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, gotoApp, assertAccessible, assertNoErrors } from './harness.mjs';

const ROUTES = ['#/', '#/vertellen', '#/rekenhulp', '#/begeleiding', '#/begrippen', '#/privacy', '#/insluiten', '#/bewaren', '#/hoe-wij-dit-maken', '#/openen/s1.kapot'];
const SCREENS = [
  { name: '320px phone', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '200% zoom', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
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

for (const screen of SCREENS) {
  for (const search of ['', '?lang=en']) {
    test(`every route fits and passes axe: ${screen.name}${search ? ', English' : ''}`, async () => {
      const page = await openPage(browser, { viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor });
      for (const hash of ROUTES) {
        await gotoApp(page, server.origin, hash, search);
        await page.getByRole('heading', { level: 1 }).waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${hash} is ${overflow}px too wide at ${screen.name}`);
        await assertAccessible(page, `${hash}${search} at ${screen.name}`);
      }
      assertNoErrors(page);
      await page.context().close();
    });
  }
}
