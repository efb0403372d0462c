import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it exists (these machines cannot download Playwright's browsers);
// elsewhere Playwright's own, after `npx playwright install chromium`.
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
// E2E_PORT / E2E_DIST let two checkouts' builds be tested side by side (e.g. `vite build --outDir dist-x`).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
// The paired-mock server for pairing.spec.ts, on its own port beside each preview server.
const PAIR_PORT = Number(process.env.E2E_PAIR_PORT ?? PORT + 100);
process.env.E2E_PAIR_URL = `ws://127.0.0.1:${PAIR_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // The screenshot sweep runs only when asked for (SCREENSHOTS=<dir>): CI runs no skipped test.
  testIgnore: process.env.SCREENSHOTS ? [] : ['**/screenshots.spec.ts'],
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Two cores: each page runs its own Pyodide, so one worker keeps timings honest.
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // Every test is a fresh profile: letting each one precache 40 MB for offline use would only slow
    // the suite. The offline spec allows them.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        ...(executablePath
          ? {
              launchOptions: {
                executablePath,
                args: [
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                  '--no-first-run',
                  '--disable-quic',
                ],
              },
            }
          : {}),
      },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx tsx scripts/pair-server/cli.ts --host 127.0.0.1 --port ${PAIR_PORT}`,
      url: `http://127.0.0.1:${PAIR_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
