// Browser figures in headless Chromium against the production build (vite preview). Every time is
// taken inside the page (performance.now() against the navigation's time origin, or around a click),
// so Playwright's polling adds nothing to them.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, percentile } from './stats.ts';

const EXECUTABLE = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
// ForceEagerMeasureMemory: performance.measureUserAgentSpecificMemory() answers at once, not within 20 s.
const ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-blink-features=ForceEagerMeasureMemory',
];

export const TWO_SUM = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
`;

export function launch(): Promise<Browser> {
  return chromium.launch({ ...(EXECUTABLE ? { executablePath: EXECUTABLE } : {}), args: ARGS });
}

/** Records, in the page, when "Python ready" first appears (ms since the navigation started). */
// Plain text, not a function: tsx would wrap named inner functions in a helper the page lacks.
const WATCH_READY = `
window.__pythonReadyAt = new Promise((resolve) => {
  const observer = new MutationObserver(() => {
    for (const el of document.querySelectorAll('[role="status"]')) {
      if (el.textContent && el.textContent.includes('Python ready')) {
        observer.disconnect();
        resolve(performance.now());
        return;
      }
    }
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
});`;

export async function watchReady(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: WATCH_READY });
}

export function readyAt(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __pythonReadyAt: Promise<number> }).__pythonReadyAt);
}

export async function paste(page: Page, code: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, code);
}

/** First visit with an empty profile: navigation start to "Python ready". */
export async function coldStart(baseURL: string, samples: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    const browser = await launch();
    const context = await browser.newContext();
    await watchReady(context);
    const page = await context.newPage();
    await page.goto(baseURL);
    out.push(await readyAt(page));
    await browser.close();
  }
  return out;
}

/**
 * Repeat visits in one profile after a first visit that left the app cached (service worker) and a
 * Python snapshot stored: navigation start to "Python ready" on each new tab.
 */
export async function repeatVisit(baseURL: string, samples: number): Promise<number[]> {
  const browser = await launch();
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  await watchReady(context);
  const first = await context.newPage();
  await first.goto(baseURL);
  await readyAt(first);
  // Builds without a service worker never say this; their repeat visit is the HTTP cache's.
  await first
    .getByRole('status')
    .filter({ hasText: 'Available offline' })
    .waitFor({ timeout: 120_000 })
    .catch(() => undefined);
  await first.close();
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    const page = await context.newPage();
    await page.goto(baseURL);
    out.push(await readyAt(page));
    await page.close();
  }
  await browser.close();
  return out;
}

/** Clicks a button by its text and resolves when the results heading reads `heading` (ms after the click). */
export function clickUntil(page: Page, button: string, heading: string): Promise<number> {
  return page.evaluate(
    ({ button, heading }) =>
      new Promise<number>((resolve, reject) => {
        const results = document.querySelector('[aria-label="Results"]')!;
        const target = [...document.querySelectorAll('button')].find((b) => b.textContent === button);
        if (!target) return reject(new Error(`no ${button} button`));
        const start = performance.now();
        const observer = new MutationObserver(() => {
          const h = results.querySelector('h3');
          if (h && h.textContent === heading && results.getAttribute('aria-busy') === 'false') {
            observer.disconnect();
            requestAnimationFrame(() => {
              (window as unknown as { __verdictAt: number }).__verdictAt = performance.now();
              resolve(performance.now() - start);
            });
          }
        });
        observer.observe(results, { subtree: true, childList: true, characterData: true, attributes: true });
        target.click();
      }),
    { button, heading },
  );
}

const verdictAt = (page: Page) => page.evaluate(() => (window as unknown as { __verdictAt: number }).__verdictAt);

export async function openRound(browser: Pick<Browser, 'newPage'>, baseURL: string, title: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(baseURL);
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('button', { name: 'Start round' }).click();
  await page.getByRole('status').filter({ hasText: 'Python ready' }).waitFor({ timeout: 90_000 });
  return page;
}

/** Warm Run on Two Sum: click to the verdict rendered and painted. */
/** Time for the spare worker to restore Python from its snapshot (≈ 1 s here) with room to spare. */
const SPARE_WARMUP_MS = 4000;

export async function warmRun(browser: Browser, baseURL: string, samples: number): Promise<number[]> {
  const page = await openRound(browser, baseURL, 'Two Sum');
  await paste(page, TWO_SUM);
  const out: number[] = [];
  for (let i = 0; i < samples + 2; i++) {
    const ms = await clickUntil(page, 'Run', 'Run: Accepted');
    if (i >= 2) out.push(ms); // the first runs warm the JIT
    // The spare starts once the runner has been idle (client.ts): measure the steady state, not runs
    // that share the CPU with that start (a candidate reads the verdict and types for longer than this).
    if (i === 1) await page.waitForTimeout(SPARE_WARMUP_MS);
  }
  await page.close();
  return out;
}

/** Submit on an ML task with 50 cases (hidden ones included): click to the verdict rendered. */
export async function mlSubmit(
  browser: Browser,
  baseURL: string,
  title: string,
  solution: string,
  samples: number,
): Promise<number[]> {
  const page = await openRound(browser, baseURL, title);
  await paste(page, solution);
  const out: number[] = [];
  for (let i = 0; i < samples + 1; i++) {
    // Each Submit swaps in the warm spare (a fresh interpreter) and a new spare starts behind it:
    // leave it the time a candidate spends before submitting again.
    await page.waitForTimeout(SPARE_WARMUP_MS);
    const ms = await clickUntil(page, 'Submit', 'Submit: Accepted');
    if (i >= 1) out.push(ms);
  }
  await page.close();
  return out;
}

/**
 * Recovery from runaway code: from the time-limit verdict being shown to the next passing run's
 * verdict, when the candidate pastes the fix and clicks Run at once (the driver's paste, ≈ 50 ms, is
 * included). `loop` is stopped by the soft interrupt; `sleep` ignores it, so the worker is killed and
 * replaced. Also returns the click-to-verdict time of that next run alone.
 */
export async function recovery(
  browser: Browser,
  baseURL: string,
  kind: 'loop' | 'sleep',
  samples: number,
): Promise<{ recoveryMs: number[]; nextRunMs: number[] }> {
  const runaway =
    kind === 'loop'
      ? 'class Solution:\n    def twoSum(self, nums, target):\n        while True:\n            pass\n'
      : 'import time\nclass Solution:\n    def twoSum(self, nums, target):\n        time.sleep(1000)\n';
  const page = await openRound(browser, baseURL, 'Two Sum');
  await paste(page, TWO_SUM);
  await clickUntil(page, 'Run', 'Run: Accepted');
  await page.waitForTimeout(6000); // the spare warms up while the candidate types
  const recoveryMs: number[] = [];
  const nextRunMs: number[] = [];
  for (let i = 0; i < samples; i++) {
    await paste(page, runaway);
    await clickUntil(page, 'Run', 'Run: Time limit exceeded');
    const limitShownAt = await verdictAt(page);
    await paste(page, TWO_SUM);
    nextRunMs.push(await clickUntil(page, 'Run', 'Run: Accepted'));
    recoveryMs.push((await verdictAt(page)) - limitShownAt);
    await page.waitForTimeout(6000);
  }
  await page.close();
  return { recoveryMs, nextRunMs };
}

export interface TransferFigures {
  /** JavaScript the home page runs before anything else is needed (main thread, gzip bytes). */
  initialJsGzip: number;
  initialJsFiles: string[];
  /** Everything the first visit downloads, including the service worker's precache (raw and gzip). */
  firstVisitRaw: number;
  firstVisitGzip: number;
}

/** Sizes from the built files: what the home page loads, and what a first visit downloads in all. */
export async function transfer(baseURL: string, dist = 'dist'): Promise<TransferFigures> {
  const browser = await launch();
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await watchReady(context);
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' && r.frame() === page.mainFrame()) scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(baseURL);
  await readyAt(page);
  await browser.close();
  const gz = (path: string) => gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;
  const initial = [...new Set(scripts)].filter((p) => !/python\.worker|pyodide/.test(p));
  let raw = 0;
  let zipped = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!name.endsWith('.gz')) {
        // (a .gz is another encoding of the file beside it, not a second download)
        raw += statSync(full).size;
        zipped += gzipSync(readFileSync(full), { level: 6 }).length;
      }
    }
  };
  walk(dist);
  return {
    initialJsGzip: initial.reduce((a, p) => a + gz(p), 0),
    initialJsFiles: initial,
    firstVisitRaw: raw,
    firstVisitGzip: zipped,
  };
}

export function summarise(xs: number[]): { median: number; p90: number; samples: number } {
  return { median: median(xs), p90: percentile(xs, 90), samples: xs.length };
}
