// The harness's parts: every file under harness/ is joined, in order, with nothing added, and each
// part starts at a top-level statement, so the joined source is the harness as one file.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHarness } from '../../scripts/runner/harness-file.ts';
import { HARNESS_PARTS, joinHarness } from './harness-source.ts';

const dir = new URL('./harness/', import.meta.url);
const read = (part: string): string => readFileSync(new URL(part, dir), 'utf8');

describe('the harness source', () => {
  it('lists every part under harness/, in file-name order', () => {
    expect([...HARNESS_PARTS]).toEqual(readdirSync(dir).sort());
  });

  it('is the parts concatenated in that order, as the browser and Node read it', () => {
    const joined = HARNESS_PARTS.map(read).join('');
    expect(joinHarness(read)).toBe(joined);
    expect(readHarness()).toBe(joined);
  });

  it('cuts only between top-level statements, each part a whole number of lines under 300', () => {
    for (const part of HARNESS_PARTS) {
      const text = read(part);
      expect(text.endsWith('\n'), part).toBe(true);
      expect(text.split('\n').length - 1, part).toBeLessThanOrEqual(300);
      expect(text, part).toMatch(/^[^\s]/);
    }
  });

  it('refuses a missing part instead of running half a harness', () => {
    expect(() => joinHarness((part) => (part === '03-errors.py' ? undefined : read(part)))).toThrow(/03-errors\.py/);
  });

  it('changes only deliberately: its hash is the one the snapshot and judge were checked with', () => {
    // SHA-256 of src/worker/harness.py before it was split into parts (the split changed no byte).
    // A change to the harness changes this: update it in the same commit, after the judge tests pass.
    expect(createHash('sha256').update(readHarness()).digest('hex')).toBe(
      'deb643590b22e7eae86bd87f66de3108d8555cab62e4303ad4b202f06c530cd5',
    );
  });
});
