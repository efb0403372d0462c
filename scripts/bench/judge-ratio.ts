// Pyodide vs native CPython on identical cases through the same harness (src/worker/harness/): each case's call time
// is measured inside the interpreter (perf_counter around the call), so start-up is excluded.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDesignCase } from '../../src/domain/problem-schema.ts';
import { loadBankOrThrow } from '../lib/load-bank.ts';
import { readHarness } from '../runner/harness-file.ts';
import { createNodeRunner } from '../runner/node-runner.ts';
import { median } from './stats.ts';

const REPEATS = 5;
const NATIVE = fileURLToPath(new URL('./native_judge.py', import.meta.url));

export interface RatioRow {
  problem: string;
  cases: number;
  pyodideMs: number;
  nativeMs: number;
  ratio: number;
}

/** Problems whose cases take long enough to time meaningfully (the large hidden cases). */
export async function judgeRatio(problemIds: string[]): Promise<{ rows: RatioRow[]; overall: number }> {
  const bank = loadBankOrThrow();
  const runner = createNodeRunner();
  const rows: RatioRow[] = [];
  // native_judge.py loads the harness from a file: the joined parts, written once for this run.
  const harnessFile = join(mkdtempSync(join(tmpdir(), 'mockloop-harness-')), 'harness.py');
  writeFileSync(harnessFile, readHarness());
  for (const id of problemIds) {
    const p = bank.find((x) => x.id === id);
    if (!p) continue;
    const inputs = p.cases.map((c) => (isDesignCase(c) ? { ops: c.ops, args: c.args } : { args: c.args }));
    const spec = { entry: p.entry, params: p.params, returns: p.returns };
    const prep = await runner.prepare(p.solution, spec, 10_000);
    if (prep.kind !== 'done' || prep.outcome.status !== 'ok') throw new Error(`${id}: reference did not load`);
    const pyodide: number[] = [];
    for (const input of inputs) {
      const times: number[] = [];
      const batch = runner.runCases(Array<typeof input>(REPEATS).fill(input), () => 30_000);
      for (let i = 0; i < REPEATS; i++) {
        const r = await batch.next();
        if (r?.kind !== 'done') throw new Error(`${id}: case did not finish`);
        times.push(r.ms);
      }
      pyodide.push(median(times));
    }
    const native = spawnSync('python3', [NATIVE, harnessFile], {
      input: JSON.stringify({ code: p.solution, spec, cases: inputs, repeats: REPEATS }),
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    if (native.status !== 0) throw new Error(`native run failed: ${native.stderr}`);
    const nativeMs = (JSON.parse(native.stdout) as { ms: number[] }).ms;
    const py = pyodide.reduce((a, b) => a + b, 0);
    const nat = nativeMs.reduce((a, b) => a + b, 0);
    rows.push({ problem: id, cases: inputs.length, pyodideMs: py, nativeMs: nat, ratio: py / nat });
  }
  runner.dispose();
  const overall = rows.reduce((a, r) => a + r.pyodideMs, 0) / rows.reduce((a, r) => a + r.nativeMs, 0);
  return { rows, overall };
}
