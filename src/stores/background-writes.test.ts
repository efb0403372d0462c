import { describe, expect, it } from 'vitest';
import { createBackgroundWrites } from './background-writes.ts';

describe('background writes', () => {
  it('settles after every write, including one started by another, and after a failed one', async () => {
    const writes = createBackgroundWrites();
    const done: string[] = [];
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r)).then(() => {
      done.push('slow');
      writes.start(Promise.resolve().then(() => done.push('chained')));
    });
    writes.start(slow);
    const failed = Promise.reject(new Error('quota'));
    failed.catch(() => {});
    writes.start(failed.catch(() => done.push('failed')));
    let settled = false;
    const waiting = writes.settled().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    release();
    await waiting;
    expect(done.sort()).toEqual(['chained', 'failed', 'slow']);
    await writes.settled(); // nothing in flight: resolves at once
  });
});
