// The harness source for Node (judge, bench): its parts read from disk and joined as the browser
// worker joins them (src/worker/harness-source.ts).
import { readFileSync } from 'node:fs';
import { joinHarness } from '../../src/worker/harness-source.ts';

export function readHarness(): string {
  return joinHarness((part) => readFileSync(new URL(`../../src/worker/harness/${part}`, import.meta.url), 'utf8'));
}
