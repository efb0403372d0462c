import { expect, test } from '@playwright/test';
import { results, setCode, startRound, TWO_SUM, waitForPython } from './helpers.ts';

test('a full round never makes a request outside the app origin', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  const seen: string[] = [];
  context.on('request', (req) => {
    const url = req.url();
    seen.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) outside.push(url);
  });
  await startRound(page, 'Two Sum');
  await waitForPython(page);
  await setCode(page, TWO_SUM);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Run: Accepted');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Submit: Accepted', { timeout: 30_000 });
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await page.getByRole('link', { name: 'Review this round' }).click();
  await expect(page.getByRole('heading', { name: /Review/ })).toBeVisible();

  expect(outside).toEqual([]);
  // Python and the editor really were loaded, and from here.
  expect(seen.some((u) => u.endsWith('/pyodide/pyodide.asm.wasm'))).toBe(true);
  expect(seen.some((u) => /python_stdlib\.zip$/.test(u))).toBe(true);
  expect(seen.some((u) => /python\.worker[^/]*\.js$/.test(u))).toBe(true);
  // The review's replay is a read-only editor, loaded from this origin like the round's.
  await expect(page.locator('.monaco-editor')).toHaveCount(1);
});

test('every page is cross-origin isolated, so loops can be interrupted in place', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['cross-origin-opener-policy']).toBe('same-origin');
  expect(response?.headers()['cross-origin-embedder-policy']).toBe('require-corp');
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
});

test('a Content-Security-Policy allows only the origin, and a whole round runs under it without a violation', async ({
  page,
  context,
}) => {
  await context.addInitScript({
    content: `window.__cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`,
  });
  const response = await page.goto('/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  await startRound(page, 'Two Sum');
  await waitForPython(page);
  await setCode(page, TWO_SUM);
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(results(page).getByRole('heading')).toHaveText('Submit: Accepted', { timeout: 30_000 });
  await page.getByRole('button', { name: 'End round' }).click();
  await page.getByRole('button', { name: 'End now' }).click();
  await page.getByRole('link', { name: 'Review this round' }).click();
  await expect(page.getByRole('heading', { name: /Review/ })).toBeVisible();
  await page.goto('/gaps');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  // And it is enforced: an inline script injected into the page does not run.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});
