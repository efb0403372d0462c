// Browser figures in headless Chromium against the production build (vite preview):
// cold start to "Python ready" (fresh profile each time) and warm Run latency (click to verdict).
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { median, percentile } from './stats.ts';

const EXECUTABLE = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const TWO_SUM = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
`;

async function paste(page: Page, code: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, code);
}

export async function coldStart(baseURL: string, samples: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    const browser = await chromium.launch({ ...(EXECUTABLE ? { executablePath: EXECUTABLE } : {}), args: ARGS });
    const page = await browser.newPage();
    const t0 = Date.now();
    await page.goto(baseURL);
    await page.getByRole('status').filter({ hasText: 'Python ready' }).waitFor({ timeout: 90_000 });
    out.push(Date.now() - t0);
    await browser.close();
  }
  return out;
}

export async function warmRun(baseURL: string, samples: number): Promise<{ runMs: number[]; browser: Browser }> {
  const browser = await chromium.launch({ ...(EXECUTABLE ? { executablePath: EXECUTABLE } : {}), args: ARGS });
  const page = await browser.newPage();
  await page.goto(baseURL);
  await page.getByRole('link', { name: 'Two Sum', exact: true }).click();
  await page.getByRole('button', { name: 'Start round' }).click();
  await page.getByRole('status').filter({ hasText: 'Python ready' }).waitFor({ timeout: 90_000 });
  await paste(page, TWO_SUM);
  const runMs: number[] = [];
  for (let i = 0; i < samples + 2; i++) {
    // Measured in the page: from the click event to the verdict heading being in the DOM and painted.
    const ms = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const results = document.querySelector('[aria-label="Results"]')!;
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Run')!;
          const start = performance.now();
          const observer = new MutationObserver(() => {
            const h = results.querySelector('h3');
            if (h && h.textContent === 'Run: Accepted' && results.getAttribute('aria-busy') === 'false') {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            }
          });
          observer.observe(results, { subtree: true, childList: true, characterData: true, attributes: true });
          button.click();
        }),
    );
    if (i >= 2) runMs.push(ms); // the first runs warm the JIT
  }
  return { runMs, browser };
}

export function summarise(xs: number[]): { median: number; p90: number; samples: number } {
  return { median: median(xs), p90: percentile(xs, 90), samples: xs.length };
}
