// Chromium's fake microphone, fed by a WAV from tests/fixtures/ (it loops), for specs that record.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PlaywrightTestOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** `test.use(...)` options: the microphone granted and played from `tests/fixtures/<wav>`. */
export function fakeMicrophone(wav: string): Partial<PlaywrightTestOptions> & Record<string, unknown> {
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
  const file = fileURLToPath(new URL(`../fixtures/${wav}`, import.meta.url));
  return {
    permissions: ['microphone'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-audio-capture=${file}`,
      ],
    },
  };
}
