// Helpers shared by the Rekenhulp's end-to-end files: reading the result, and typing or pasting
// into a number field the way a person does.
import assert from 'node:assert/strict';

/** The line that says for which hours and wage the result is ("Bij 24 uur per week, …"). */
export const forLine = async (page) => (await page.locator('.rk-for').innerText()).trim();

/** The total row of the breakdown in cents: [without, with, difference]. */
export async function totals(page) {
  const cells = page.locator('#rk-tabel tfoot td');
  const out = [];
  for (let i = 0; i < 3; i++) out.push(Number(await cells.nth(i).getAttribute('data-bedrag')));
  return out;
}

/** The message under a number field (found by its label). */
export function fieldError(page, label) {
  return page.locator('.field').filter({ has: page.getByLabel(label) }).locator('.field-error');
}

/** Clears a field and types `text` key by key, calling `after(prefix)` after every key. */
export async function typeKeys(page, label, text, after = async () => {}) {
  const input = page.getByLabel(label);
  await input.click();
  await input.press('Control+A');
  await input.press('Backspace');
  for (let i = 0; i < text.length; i++) {
    await page.keyboard.type(text[i]);
    await after(text.slice(0, i + 1));
  }
}

/** Pastes `text` into a field (found by its label) through the clipboard, replacing what was there. */
export async function paste(page, label, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const input = page.getByLabel(label);
  await input.click();
  await input.press('Control+A');
  await input.press('Control+V');
  assert.equal(await input.inputValue(), text, 'the paste did not reach the field');
}
