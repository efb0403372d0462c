// The Sketch in a coding round, as a candidate uses it: a whiteboard opened beside the editor with
// its button or Alt+Shift+K, drawn with the mouse, saved with the round, back after a reload, and in
// the review on the code replay's clock. None of the board loads until a Sketch opens, and the
// board's keys and the editor's never cross.
import { expect, test, type Page } from '@playwright/test';
import { editorText, expectEditorToContain, results, setCode, startRound, TWO_SUM, waitForPython } from './helpers.ts';

function sketch(page: Page) {
  return page.getByRole('region', { name: 'Sketch' });
}

function sketchButton(page: Page) {
  return page.getByRole('button', { name: 'Sketch', exact: true });
}

async function openSketch(page: Page): Promise<void> {
  await sketchButton(page).click();
  await expect(sketchButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(sketch(page).locator('canvas.interactive')).toBeVisible({ timeout: 30_000 });
}

/** Clicks a tool's button in the board's toolbar (the label around its radio input). */
async function pickTool(page: Page, tool: string): Promise<void> {
  await sketch(page)
    .locator('label', { has: page.getByTestId(`toolbar-${tool}`) })
    .click();
  await expect(sketch(page).getByTestId(`toolbar-${tool}`)).toBeChecked();
}

/** Draws a rectangle with the mouse, in the canvas's own coordinates. */
async function drawRectangle(page: Page): Promise<void> {
  await pickTool(page, 'rectangle');
  const box = (await sketch(page).locator('canvas.interactive').boundingBox())!;
  await page.mouse.move(box.x + 90, box.y + 140);
  await page.mouse.down();
  await page.mouse.move(box.x + 150, box.y + 180, { steps: 5 });
  await page.mouse.move(box.x + 220, box.y + 230, { steps: 5 });
  await page.mouse.up();
  await expect(sketch(page)).toContainText('1 shape: 1 rectangle');
  await expect(sketch(page)).toContainText('Board saved');
}

/** Excalidraw's chunk (and its CSS), its fonts, and the Whiteboard module that loads them. */
const BOARD_FILES = /\/assets\/(board-)?excalidraw-canvas-|\/assets\/whiteboard-|\/excalidraw\//;

test('the Sketch is closed at first and none of the board loads until it opens', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (req) => requests.push(req.url()));
  await startRound(page, 'Two Sum', 20);
  await expect(sketchButton(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(sketch(page)).toHaveCount(0);
  // The page up to a working editor asked for nothing of the board.
  expect(requests.filter((u) => BOARD_FILES.test(u))).toEqual([]);

  await openSketch(page);
  expect(requests.some((u) => /\/assets\/board-excalidraw-canvas-/.test(u))).toBe(true);
  await expect(sketch(page)).toContainText('Empty board');
  // Beside the editor, not instead of it.
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Problem' })).toBeVisible();
});

test('a rectangle drawn in the Sketch is there after a reload, and the Sketch stays open for that round', async ({
  page,
}) => {
  await startRound(page, 'Two Sum', 20);
  await openSketch(page);
  await drawRectangle(page);

  await page.reload();
  await expect(sketchButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(sketch(page).locator('canvas.interactive')).toBeVisible({ timeout: 30_000 });
  await expect(sketch(page)).toContainText('1 shape: 1 rectangle');

  // Closed, it stays closed after a reload.
  await sketchButton(page).click();
  await expect(sketch(page)).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  await expect(sketchButton(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(sketch(page)).toHaveCount(0);
});

test('keys typed in the editor never reach the board, the board’s never reach the editor, and Run still works', async ({
  page,
}) => {
  await startRound(page, 'Two Sum', 20);
  await waitForPython(page);
  await openSketch(page);
  // A paste into the editor is the editor's: the board (which takes pastes of shapes) stays empty.
  await setCode(page, TWO_SUM);
  await expectEditorToContain(page, 'seen[x] = i');
  await expect(sketch(page)).toContainText('Empty board');

  // r, a and o are the board's rectangle, arrow and ellipse keys; typed in the editor they are code.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('# rao');
  await expectEditorToContain(page, '# rao');
  await expect(sketch(page).getByTestId('toolbar-selection')).toBeChecked();
  await expect(sketch(page)).toContainText('Empty board');

  // Ctrl/Cmd+Enter runs from the editor with the Sketch open.
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(results(page).getByRole('heading')).toHaveText('Run: Accepted');

  // With the board focused, r picks the rectangle and types nothing into the editor.
  const before = await editorText(page);
  await sketch(page)
    .locator('canvas.interactive')
    .click({ position: { x: 30, y: 300 } });
  await page.keyboard.press('r');
  await expect(sketch(page).getByTestId('toolbar-rectangle')).toBeChecked();
  await page.keyboard.press('o');
  await expect(sketch(page).getByTestId('toolbar-ellipse')).toBeChecked();
  expect(await editorText(page)).toBe(before);

  // Alt+Shift+K closes the Sketch from the editor and types nothing there.
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Alt+Shift+K');
  await expect(sketch(page)).toHaveCount(0);
  await expect(sketchButton(page)).toHaveAttribute('aria-pressed', 'false');
  expect(await editorText(page)).toBe(before);
  await page.keyboard.press('Alt+Shift+K');
  await expect(sketch(page).locator('canvas.interactive')).toBeVisible({ timeout: 30_000 });
});

test('the review replays the Sketch on the code replay’s clock: empty at 0:00, the rectangle at the end', async ({
  page,
}) => {
  await startRound(page, 'Two Sum', 20);
  await openSketch(page);
  await drawRectangle(page);
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await page.getByRole('link', { name: 'Review this round' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Review/ })).toBeVisible();

  const board = sketch(page);
  const slider = page.getByRole('slider', { name: 'Board replay' });
  await expect(board.locator('canvas.static')).toBeVisible({ timeout: 30_000 });
  // It opens at the end, as the code replay does: the rectangle.
  await expect(board).toContainText('1 shape: 1 rectangle');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(board).toContainText('0:00');
  await expect(board).toContainText('Empty board');
  await page.keyboard.press('End');
  await expect(board).toContainText('1 shape: 1 rectangle');

  // One clock: moving the code replay moves the board, and the board's slider moves the code's.
  const code = page.getByRole('slider', { name: 'Replay position' });
  await code.focus();
  await page.keyboard.press('Home');
  await expect(board).toContainText('Empty board');
  await expect(slider).toHaveValue('0');
  await slider.focus();
  await page.keyboard.press('End');
  await expect(code).toHaveValue(await slider.inputValue());
  // A read-only board: no drawing tools.
  await expect(board.getByTestId('toolbar-rectangle')).toHaveCount(0);
});

test('a round without a sketch shows nothing of one in its review', async ({ page }) => {
  await startRound(page, 'Two Sum', 20);
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await page.getByRole('link', { name: 'Review this round' }).click();
  await expect(page.getByRole('slider', { name: 'Replay position' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Board replay' })).toHaveCount(0);
  await expect(sketch(page)).toHaveCount(0);
});

test('on a phone the Sketch is a third tab beside Statement and Code, loaded when first chosen', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (req) => requests.push(req.url()));
  await startRound(page, 'Two Sum', 20);
  await page.setViewportSize({ width: 390, height: 844 });
  const tabs = page.getByRole('tablist', { name: 'Round view' });
  await expect(tabs.getByRole('tab')).toHaveText(['Statement', 'Code', 'Sketch']);
  // The bar keeps its room for the round's name and clock: the tab is the way in.
  await expect(sketchButton(page)).toBeHidden();
  expect(requests.filter((u) => BOARD_FILES.test(u))).toEqual([]);

  await tabs.getByRole('tab', { name: 'Sketch' }).click();
  await expect(tabs.getByRole('tab', { name: 'Sketch' })).toHaveAttribute('aria-selected', 'true');
  await expect(sketch(page).locator('canvas.interactive')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.monaco-editor')).toBeHidden();
  await drawRectangle(page);

  await tabs.getByRole('tab', { name: 'Code' }).click();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  await expect(sketch(page)).toBeHidden();
  await tabs.getByRole('tab', { name: 'Sketch' }).click();
  await expect(sketch(page)).toContainText('1 shape: 1 rectangle');
  // Closed (a keyboard's shortcut), it goes back to the code.
  await page.keyboard.press('Alt+Shift+K');
  await expect(sketch(page)).toHaveCount(0);
  await expect(tabs.getByRole('tab', { name: 'Code' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
});
