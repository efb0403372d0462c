import { expect, test } from '@playwright/test';
import { editorText, expectEditorToContain, setCode, startRound } from './helpers.ts';

const ASSIST_WIDGETS = [
  '.suggest-widget',
  '.parameter-hints-widget',
  '.monaco-hover:not(.hidden)',
  '.ghost-text-decoration',
  '.lightbulb-glyph',
  '.codelens-decoration',
];

async function expectNoAssists(page: import('@playwright/test').Page) {
  for (const selector of ASSIST_WIDGETS) await expect(page.locator(selector)).toHaveCount(0);
}

test('the editor offers no suggestions, parameter hints or hover, whatever the candidate presses', async ({ page }) => {
  await startRound(page, 'Two Sum');
  await expect(page.getByText('Interview conditions')).toBeVisible();
  await setCode(page, 'import collections\nnumbers = [3, 1, 2]\n');
  await page.keyboard.press('ControlOrMeta+End');

  // Partial identifiers that any IDE would complete.
  for (const partial of ['num', 'coll', 'enu', 'pri']) {
    await page.keyboard.type(partial);
    await page.keyboard.press('Control+Space');
    await page.keyboard.press('Control+i');
    await page.keyboard.type('.');
    await expectNoAssists(page);
    for (let i = 0; i <= partial.length; i++) await page.keyboard.press('Backspace');
  }
  // Call parentheses would open parameter hints.
  await page.keyboard.type('sorted(');
  await page.keyboard.press('Control+Shift+Space');
  await expectNoAssists(page);
  // Hovering an identifier shows nothing.
  await page.getByText('collections', { exact: true }).first().hover();
  await page.waitForTimeout(800); // longer than Monaco's hover delay (300 ms)
  await expectNoAssists(page);
  // Nothing was inserted behind the candidate's back.
  await expectEditorToContain(page, 'sorted(');
  expect(await editorText(page)).not.toContain('enumerate');
});

test('kept editing help: auto-indent after a colon and bracket matching', async ({ page }) => {
  await startRound(page, 'Two Sum');
  await setCode(page, '');
  await page.keyboard.type('def f(x):\nreturn x');
  await expectEditorToContain(page, '    return x');
  await page.keyboard.type('\nprint((1)');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.bracket-match')).not.toHaveCount(0);
});
