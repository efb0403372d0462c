// Drive the app the way a candidate does: by role and accessible name.
import { expect, type Page } from '@playwright/test';

export async function waitForPython(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Python ready' })).toBeVisible({ timeout: 60_000 });
}

export interface RoundOptions {
  /** Interruptions every N minutes (fixed schedule). */
  interruptEvery?: number;
}

/** From the home page: open a problem, choose a length and start the round. */
export async function startRound(page: Page, title: string, minutes = 45, options: RoundOptions = {}): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: title, exact: true }).click();
  if ([20, 30, 45, 60].includes(minutes)) await page.getByRole('radio', { name: `${minutes} min` }).check();
  else await page.getByLabel('Custom length (minutes)').fill(String(minutes));
  if (options.interruptEvery) {
    await page.getByRole('radio', { name: 'Every N minutes', exact: true }).check();
    await page.getByLabel('N (minutes)').selectOption(String(options.interruptEvery));
  }
  await page.getByRole('button', { name: 'Start round' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
}

export function editor(page: Page) {
  return page.getByRole('textbox', { name: /Code editor/ });
}

/** Replaces the editor's contents, as a paste would. */
export async function setCode(page: Page, code: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // A paste, not keystrokes: typed newlines would be auto-indented, as they would for a person.
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, code);
}

/** Waits until the editor shows `text` (rendering follows a paste by a frame or two). */
export async function expectEditorToContain(page: Page, text: string): Promise<void> {
  await expect.poll(() => editorText(page)).toContain(text);
}

/** The visible text of the editor's model, line by line. */
export async function editorText(page: Page): Promise<string> {
  // Monaco renders spaces as no-break spaces.
  return (await page.locator('.monaco-editor .view-lines').innerText()).replace(/\u00a0/g, ' ');
}

export function results(page: Page) {
  return page.getByRole('region', { name: 'Results' });
}

export const TWO_SUM = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
`;
