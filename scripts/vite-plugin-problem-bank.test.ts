// Every problem's module, as the build writes it, gives back exactly the problem in problems/<id>/:
// the same cases (every number, string, null and list), statement and solution.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unpack } from '../src/domain/packed-values.ts';
import { loadBankOrThrow } from './lib/load-bank.ts';
import { packedProblemJson, runtime } from './vite-plugin-problem-bank.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe("the problems' modules", () => {
  const bank = loadBankOrThrow();

  it('unpack to exactly the problems in the bank, every case of every problem', () => {
    let packedBytes = 0;
    let plainBytes = 0;
    const differing: string[] = [];
    for (const problem of bank) {
      const shipped = packedProblemJson(problem);
      const plain = JSON.stringify(runtime(problem));
      packedBytes += shipped.length;
      plainBytes += plain.length;
      if (sha256(JSON.stringify(unpack(JSON.parse(shipped)))) !== sha256(plain)) differing.push(problem.id);
    }
    expect(bank.length).toBeGreaterThan(200);
    expect(differing).toEqual([]);
    // The generated inputs are what made the chunks heavy: packed, the bank ships at most 60% of it.
    expect(packedBytes).toBeLessThan(plainBytes * 0.6);
  });
});
