// Dialogs hold the keyboard: while the interviewer's interruption or "End the round?" is open, Tab
// stays inside it, keystrokes never reach the editor or the Run shortcut behind it, and closing it
// gives the focus back to the editor.
import { expect, test, type Page } from '@playwright/test';
import { editorText, expectEditorToContain, setCode, startRound } from './helpers.ts';

const CODE = 'x = 1  # my code\n';

async function focusInside(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => !!document.querySelector(sel)?.contains(document.activeElement), selector);
}

async function editorFocused(page: Page): Promise<boolean> {
  return page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'));
}

test('in an interruption, ten Tabs and a few keystrokes leave the code untouched and focus in the dialog, then back in the editor', async ({
  page,
}) => {
  await page.clock.install();
  await startRound(page, 'Two Sum', 10, { interruptEvery: 2 });
  await setCode(page, CODE);
  await expectEditorToContain(page, 'my code');
  const before = await editorText(page);
  expect(await editorFocused(page)).toBe(true);

  await page.clock.fastForward('02:05');
  const dialog = page.getByRole('alertdialog', { name: 'Interviewer interruption' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Your answer' })).toBeFocused();

  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab');
    expect(await focusInside(page, '[role="alertdialog"]'), `after Tab ${i + 1}`).toBe(true);
  }
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusInside(page, '[role="alertdialog"]'), `after Shift+Tab ${i + 1}`).toBe(true);
  }
  // Keystrokes: letters, Enter, Backspace, and the Run shortcut, none of which may reach the page.
  await page.keyboard.type('zzz');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  expect(await editorText(page)).toBe(before);
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('heading')).toHaveCount(0);
  // The page behind cannot be clicked or focused either.
  expect(await page.locator('.round-panes').evaluate((el) => el.closest('[inert]') !== null)).toBe(true);

  await dialog.getByRole('textbox', { name: 'Your answer' }).fill('Linear time with a hash map.');
  await dialog.getByRole('button', { name: 'Submit answer' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => editorFocused(page)).toBe(true);
  await page.keyboard.type('y = 2');
  await expectEditorToContain(page, 'y = 2');
  expect(await page.locator('.round-panes').evaluate((el) => el.closest('[inert]') !== null)).toBe(false);
});

test('"End the round?" holds the focus, Escape keeps going, and the focus goes back to the editor', async ({
  page,
}) => {
  await startRound(page, 'Two Sum', 30);
  await setCode(page, CODE);
  await expectEditorToContain(page, 'my code');
  const before = await editorText(page);

  await page.getByRole('button', { name: 'End round' }).click();
  const dialog = page.getByRole('dialog', { name: 'End the round?' });
  await expect(dialog.getByRole('button', { name: 'End now' })).toBeFocused();
  // The page behind is dimmed, as it is inert: what is clickable is plain to see.
  expect(await dialog.evaluate((el) => getComputedStyle(el).boxShadow)).toContain('rgba(0, 0, 0, 0.35)');
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Tab');
    expect(await focusInside(page, '[role="dialog"]')).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect.poll(() => editorFocused(page)).toBe(true);
  expect(await editorText(page)).toBe(before);

  // From the keyboard: focus returns to End round itself.
  await page.getByRole('button', { name: 'End round' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep going' }).click();
  await expect(page.getByRole('button', { name: 'End round' })).toBeFocused();
});

test('an interruption over "End the round?" takes the keyboard; answered, End the round? has it back, then the editor', async ({
  page,
}) => {
  await page.clock.install();
  await startRound(page, 'Two Sum', 10, { interruptEvery: 2 });
  await setCode(page, CODE);
  await expectEditorToContain(page, 'my code');
  const before = await editorText(page);

  await page.getByRole('button', { name: 'End round' }).click();
  const confirm = page.getByRole('dialog', { name: 'End the round?' });
  await expect(confirm.getByRole('button', { name: 'End now' })).toBeFocused();

  await page.clock.fastForward('02:05');
  const cutIn = page.getByRole('alertdialog', { name: 'Interviewer interruption' });
  const answer = cutIn.getByRole('textbox', { name: 'Your answer' });
  await expect(answer).toBeFocused();
  // The dialog underneath is as inert as the page: not a Tab stop, not clickable.
  expect(await page.locator('[role="dialog"]').evaluate((el) => el.closest('[inert]') !== null)).toBe(true);
  expect(await page.locator('[role="alertdialog"]').evaluate((el) => el.closest('[inert]') !== null)).toBe(false);
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab');
    expect(await focusInside(page, '[role="alertdialog"]'), `after Tab ${i + 1}`).toBe(true);
  }
  // Escape belongs to the top dialog, which has no cancel: End the round? stays open under it.
  await page.keyboard.press('Escape');
  await expect(cutIn).toBeVisible();
  await expect(confirm).toBeAttached();

  await answer.fill('A hash map from value to index.');
  await cutIn.getByRole('button', { name: 'Submit answer' }).click();
  await expect(cutIn).toBeHidden();
  await expect(confirm.getByRole('button', { name: 'End now' })).toBeFocused();
  expect(await page.locator('[role="dialog"]').evaluate((el) => el.closest('[inert]') !== null)).toBe(false);
  expect(await page.locator('.round-panes').evaluate((el) => el.closest('[inert]') !== null)).toBe(true);
  for (let i = 0; i < 4; i += 1) {
    await page.keyboard.press('Tab');
    expect(await focusInside(page, '[role="dialog"]'), `after Tab ${i + 1}`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect.poll(() => editorFocused(page)).toBe(true);
  expect(await page.locator('.round-panes').evaluate((el) => el.closest('[inert]') !== null)).toBe(false);
  expect(await editorText(page)).toBe(before);

  // A dialog opened right after one closed holds the keyboard the same way.
  await page.getByRole('button', { name: 'End round' }).click();
  await expect(confirm.getByRole('button', { name: 'End now' })).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await focusInside(page, '[role="dialog"]')).toBe(true);
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect.poll(() => editorFocused(page)).toBe(true);
});
