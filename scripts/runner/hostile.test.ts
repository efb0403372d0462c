// Hostile candidate programs against the real runner and judge: Pyodide in a Node worker thread, the
// same engine, harness and comparison as the browser. Every program must end in a clear verdict that
// is never Accepted, must not take the test process down, and must leave the runner able to judge a
// correct solution right after. Each adds a row to the summary printed at the end of the file.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCase } from '../../src/domain/problem-schema.ts';
import type { PythonRunner } from '../../src/worker/client.ts';
import { judge, type CaseVerdict, type JudgeReport } from '../../src/worker/judge.ts';
import { type BankProblem, loadBankOrThrow } from '../lib/load-bank.ts';
import { createNodeRunner, pythonStarts } from './node-runner.ts';

const bank = loadBankOrThrow(undefined, ['two-sum', 'log-loss', 'exponential-moving-average']);
const problem = (id: string): BankProblem => bank.find((p) => p.id === id)!;
/**
 * A problem without its large generated cases (two-sum's 100,000 numbers, log-loss's 20,000
 * samples): the attacks below do not depend on the input's size, and judging the large case after
 * each of them (and the probe after each) set most of this file's time.
 */
const withoutLargeCases = (p: BankProblem): BankProblem => ({
  ...p,
  cases: p.cases.filter((c) => JSON.stringify(c.args).length < 1000),
});
const fullTwoSum = problem('two-sum');
const twoSum = withoutLargeCases(fullTwoSum);
const logLoss = withoutLargeCases(problem('log-loss'));
const ema = problem('exponential-moving-average');

/**
 * The recovery check: a correct two-sum that leans on what hostile programs tamper with (len,
 * isinstance, list, json, print), so a leftover from an earlier run shows up as a failure here.
 */
const PROBE = `import json, sys
class Solution:
    def twoSum(self, nums, target):
        print("probe", len(nums))
        assert isinstance(nums, list) and json.loads(json.dumps({"k": [1]})) == {"k": [1]}
        seen = {}
        for i in range(len(nums)):
            if target - nums[i] in seen:
                return list((seen[target - nums[i]], i))
            seen[nums[i]] = i
`;

/** A two-sum program: optional module-level code, then the method body (indented here). */
function twoSumCode(body: string, moduleLevel = ''): string {
  const indented = body
    .split('\n')
    .map((line) => (line ? `        ${line}` : line))
    .join('\n');
  return `${moduleLevel}${moduleLevel && !moduleLevel.endsWith('\n') ? '\n' : ''}class Solution:\n    def twoSum(self, nums, target):\n${indented}\n`;
}

interface Row {
  program: string;
  verdict: string;
  recovered: boolean;
  ms: number;
}
const rows: Row[] = [];
/**
 * The tests run in two lanes side by side, each on its own runner (two cores: Python in one lane's
 * worker runs while the other lane's does); within a lane they run one after another, each attack
 * followed by its probe on the same runner. The memory bombs share a lane, so two never run at once.
 */
interface Lane {
  readonly runner: PythonRunner;
  attack(program: string, target: BankProblem, code: string, cases?: TestCase[]): Promise<JudgeReport>;
}

/** Both lanes' runners, started together: no lane's first test shares the CPU with the other's start. */
let runners: Promise<PythonRunner[]> | null = null;
function startRunners(): Promise<PythonRunner[]> {
  return (runners ??= (async () => {
    // The app's own shape: a warm spare replaces a killed or crashed worker at once, and the app's
    // grace period (the other lane's work shares the two cores with each interrupt).
    const started = [0, 1].map(() => createNodeRunner({ spare: true }));
    for (const r of started) expect(await r.whenReady()).toBe(true);
    return started;
  })());
}

function inLane(index: number, name: string, tests: (lane: Lane) => void): void {
  let runner: PythonRunner | null = null;
  const lane: Lane = {
    get runner() {
      return runner!;
    },
    attack: (program, target, code, cases = target.cases) => attack(runner!, program, target, code, cases),
  };
  describe(name, { concurrent: true }, () => {
    describe.sequential('one after another', () => {
      beforeAll(async () => {
        runner = (await startRunners())[index]!;
      });
      tests(lane);
    });
  });
}

afterAll(async () => {
  for (const r of (await runners) ?? []) r.dispose();
  const survived = rows.filter((r) => r.recovered && !r.verdict.startsWith('accepted')).length;
  const width = Math.max(...rows.map((r) => r.program.length), 'program'.length);
  const lines = rows.map(
    (r) =>
      `${r.program.padEnd(width)}  ${r.recovered ? 'yes' : 'NO '}  ${String(Math.round(r.ms)).padStart(6)}  ${r.verdict}`,
  );
  console.log(
    [
      `Hostile programs: ${rows.length} tried, ${survived} survived (clear verdict, not accepted, runner recovered)`,
      '',
      `${'program'.padEnd(width)}  rec  ms      verdict`,
      ...lines,
    ].join('\n'),
  );
});

/** The verdict a person would read first: the setup error, or the first case that did not pass. */
function headline(report: JudgeReport): string {
  const v = report.verdicts.find((x) => x.status !== 'passed');
  const text =
    report.status === 'error'
      ? `error: ${report.message ?? ''}`
      : v
        ? `${v.status}: ${v.message ?? v.diff ?? ''}`
        : report.status;
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 110 ? `${line.slice(0, 107)}...` : line;
}

/** Judges a hostile program, then the probe on the same runner; records the row before any assertion. */
async function attack(
  runner: PythonRunner,
  program: string,
  target: BankProblem,
  code: string,
  cases: TestCase[] = target.cases,
): Promise<JudgeReport> {
  const started = performance.now();
  const report = await judge(target, code, cases, { runner });
  const ms = performance.now() - started;
  const after = await judge(twoSum, PROBE, twoSum.cases, { runner });
  const recovered = after.status === 'accepted' && after.verdicts[0]!.stdout === 'probe 4\n';
  rows.push({ program, verdict: headline(report), recovered, ms });
  expect(report.status, `${program} must not be accepted`).not.toBe('accepted');
  expect(
    { status: after.status, firstStdout: after.verdicts[0]!.stdout, problem: headline(after) },
    `the runner must recover after ${program}`,
  ).toEqual({
    status: 'accepted',
    firstStdout: 'probe 4\n',
    problem: 'accepted',
  });
  return report;
}

const first = (report: JudgeReport): CaseVerdict => report.verdicts[0]!;
/** Two-sum with room for a memory or output limit to come before the time limit, even with a spare starting beside it. */
const roomy: BankProblem = { ...twoSum, timeLimitMs: 10_000 };
const hiddenCases = (p: BankProblem) => p.cases.filter((c) => c.hidden);
/**
 * Two-sum with a short limit for programs that never finish: the interrupt, the kill and the grace
 * period work the same at any limit, and each such test then waits half a second, not two.
 */
const brief: BankProblem = { ...twoSum, timeLimitMs: 500 };

inLane(0, 'lane 1: stops, recursion, memory bombs, searches of everything', (lane) => {
  describe('programs that never finish', () => {
    it('time.sleep(1000) ignores the interrupt: the worker is killed and replaced', async () => {
      const report = await lane.attack('time.sleep(1000)', brief, twoSumCode('import time\ntime.sleep(1000)'));
      expect(first(report)).toMatchObject({
        status: 'time-limit',
        message: 'timed out after 0.5 s; Python was restarted',
      });
    });

    it('a bare except that swallows KeyboardInterrupt in a loop is killed', async () => {
      const code = twoSumCode('while True:\n    try:\n        while True: pass\n    except:\n        pass');
      const report = await lane.attack('bare except swallows KeyboardInterrupt', brief, code);
      expect(first(report)).toMatchObject({
        status: 'time-limit',
        message: 'timed out after 0.5 s; Python was restarted',
      });
    });

    it('swallowing the interrupt and answering within the grace period is still over the limit', async () => {
      // A correct answer that arrives after the soft interrupt has been sent is a time-out, not a pass.
      const code = twoSumCode(
        [
          'end = time.perf_counter() + 0.7',
          'while time.perf_counter() < end:',
          '    try:',
          '        while time.perf_counter() < end: pass',
          '    except BaseException:',
          '        pass',
          'seen = {}',
          'for i, x in enumerate(nums):',
          '    if target - x in seen: return [seen[target - x], i]',
          '    seen[x] = i',
        ].join('\n'),
        'import time',
      );
      const report = await lane.attack('swallow interrupt, answer in grace', brief, code);
      // What matters is that the answer is not accepted. On a quiet machine the swallowed interrupt
      // ends as a plain time-out; on a starved one the grace period may pass first and Python is
      // restarted ("timed out after 0.5 s; Python was restarted"): both are the same verdict.
      expect(first(report)).toMatchObject({
        status: 'time-limit',
        message: expect.stringMatching(/^timed out after 0\.5 s/),
      });
    });
  });

  describe('recursion', () => {
    // Under the 200,000-level limit a runaway recursion takes about half a second to hit it and report.
    // One case: each case recurses as deep again (seven took most of this file's time) and proves nothing more.
    it('infinite recursion ends in a short RecursionError', async () => {
      const report = await lane.attack(
        'infinite recursion',
        roomy,
        twoSumCode('return self.twoSum(nums, target)'),
        twoSum.cases.slice(0, 1),
      );
      const v = first(report);
      expect(v).toMatchObject({ status: 'runtime-error', message: 'RecursionError: maximum recursion depth exceeded' });
      expect(v.error).toMatchObject({ type: 'RecursionError', line: 3 });
      expect(v.error!.traceback.split('\n').length).toBeLessThan(30);
    });

    it('lru_cache recursion to depth 10**5 overflows the stack: a clear error and a fresh interpreter', async () => {
      const code = twoSumCode(
        'return [f(10**5), 0]',
        'import sys\nsys.setrecursionlimit(10**6)\n@lru_cache(None)\ndef f(n):\n    return 0 if n == 0 else f(n - 1) + 1',
      );
      const report = await lane.attack('lru_cache recursion 10**5', twoSum, code);
      expect(first(report)).toMatchObject({
        status: 'runtime-error',
        message: expect.stringContaining("deeper than the browser's stack allows"),
      });
      expect(report.verdicts.slice(1).every((v) => v.status === 'not-run')).toBe(true);
    });
  });

  describe('memory bombs', () => {
    it('[0] * 10**10 is refused at once (OverflowError on 32-bit WebAssembly)', async () => {
      const report = await lane.attack('[0] * 10**10', twoSum, twoSumCode('return [0] * 10**10'));
      expect(first(report)).toMatchObject({ status: 'runtime-error', error: { type: 'OverflowError', line: 3 } });
    });

    /**
     * Filling 2 GB takes seconds; on a loaded machine the time limit can come first. Either is a clear
     * verdict: the memory error (the usual case), or the limit with Python restarted.
     */
    const clearMemoryVerdict = (v: { status: string; message?: string }) =>
      (v.status === 'runtime-error' && /memory/i.test(v.message ?? '')) ||
      (v.status === 'time-limit' && /^timed out after 10 s/.test(v.message ?? ''));

    it('[0] * 10**9 raises MemoryError', async () => {
      const report = await lane.attack('[0] * 10**9', twoSum, twoSumCode('return [0] * 10**9'));
      expect(first(report)).toMatchObject({
        status: 'runtime-error',
        message: 'MemoryError: ',
        error: { type: 'MemoryError', line: 3 },
      });
    });

    it('a string doubled in a loop until it fails', async () => {
      // In a function CPython grows the string in place; Pyodide dies when that allocation fails.
      const report = await lane.attack('s += s until it fails', roomy, twoSumCode("s = 'x'\nwhile True: s += s"));
      expect(clearMemoryVerdict(first(report))).toBe(true);
      if (first(report).status === 'runtime-error')
        expect(first(report).message).toMatch(/more than 1 GiB of memory|out of memory/);
    });

    it('a 3 GiB bytearray', async () => {
      const report = await lane.attack(
        'bytearray(3 * 2**30)',
        twoSum,
        twoSumCode('b = bytearray(3 * 2**30)\nreturn [0, 1]'),
      );
      expect(first(report)).toMatchObject({ status: 'runtime-error', error: { type: 'OverflowError', line: 3 } });
    });

    it('512 MiB bytearrays kept until memory runs out', async () => {
      const report = await lane.attack(
        'bytearray(2**29) until full',
        roomy,
        twoSumCode('keep = []\nwhile True: keep.append(bytearray(2**29))'),
      );
      expect(clearMemoryVerdict(first(report))).toBe(true);
    });
  });

  describe('reading the hidden expected values', () => {
    /** Searches everything reachable from Python for test records; returns what it found, or `fallback`. */
    const SEARCH = `import gc, inspect, json, os, sys
found = {"records": [], "texts": 0, "files": [], "shaped": []}
stats = {"objects": 0, "modules": 0, "frames": 0, "paths": 0}
def look(value, shape):
    if isinstance(value, dict) and "expected" in value and "args" in value:
        found["records"].append(value["expected"])
    elif isinstance(value, (str, bytes)) and ('"expected"' in value if isinstance(value, str) else b'"expected"' in value):
        found["texts"] += 1
    elif shape is not None and isinstance(value, list) and shape(value):
        found["shaped"].append(value)
def sweep(shape=None):
    objects = gc.get_objects()
    stats["objects"] = len(objects)
    for o in objects:
        look(o, shape)
        if isinstance(o, dict):
            for v in list(o.values()): look(v, shape)
    for name, module in list(sys.modules.items()):
        stats["modules"] += 1
        for v in list(getattr(module, "__dict__", {}).values()): look(v, shape)
    for v in list(globals().values()): look(v, shape)
    frame = sys._getframe()
    while frame is not None:
        stats["frames"] += 1
        for v in list(frame.f_locals.values()) + list(frame.f_globals.values()): look(v, shape)
        frame = frame.f_back
    for info in inspect.stack():
        for v in list(info.frame.f_locals.values()): look(v, shape)
    for root, dirs, names in os.walk("/"):
        if root.startswith(("/proc", "/dev", "/sys")):
            dirs[:] = []
            continue
        for name in names:
            stats["paths"] += 1
            path = os.path.join(root, name)
            if name == "tests.json" or name == "problem.md":
                found["files"].append(path)
            try:
                if os.path.getsize(path) < 4_000_000:
                    with open(path, "rb") as f:
                        look(f.read(), None)
            except Exception:
                pass
def report():
    print("records", len(found["records"]), "texts", found["texts"], "files", len(found["files"]), "objects", stats["objects"] > 1000, "frames", stats["frames"] > 2, "paths", stats["paths"] > 0)
`;

    it('two-sum: gc, globals, sys.modules, frames, inspect and the file system hold no expected answers', async () => {
      const code = twoSumCode(
        [
          'found["records"].clear()',
          'sweep()',
          'report()',
          'pairs = [r for r in found["records"] if isinstance(r, list) and len(r) == 2]',
          'return pairs[0] if pairs else [-1, -1]',
        ].join('\n'),
        SEARCH,
      );
      // All of the hidden cases, the 100,000 numbers included: a large input must not leave its answer around either.
      const report = await lane.attack(
        'search everything for expected values (two-sum)',
        fullTwoSum,
        code,
        hiddenCases(fullTwoSum),
      );
      expect(report.verdicts.map((v) => v.status)).toEqual(hiddenCases(fullTwoSum).map(() => 'wrong-answer'));
      expect(report.verdicts.map((v) => v.stdout)).toEqual(
        hiddenCases(fullTwoSum).map(() => 'records 0 texts 0 files 0 objects True frames True paths True\n'),
      );
    });

    it('an ML function: no list of the expected shape is lying around either', async () => {
      const code = `${SEARCH}
def exponential_moving_average(values, alpha):
    found["shaped"].clear()
    shape = lambda v: v is not values and len(v) == len(values) >= 3 and all(type(x) is float for x in v) and v != [float(x) for x in values]
    sweep(shape)
    report()
    return found["shaped"][0] if found["shaped"] else [0.0] * len(values)
`;
      const report = await lane.attack('search everything for expected values (EMA)', ema, code, hiddenCases(ema));
      const hidden = hiddenCases(ema);
      // Cases whose answer is all zeros would pass by the fallback alone; there are none.
      expect(hidden.every((c) => (c.expected as number[]).some((x) => x !== 0))).toBe(true);
      expect(report.verdicts.map((v) => v.status)).toEqual(hidden.map(() => 'wrong-answer'));
      expect(report.verdicts.every((v) => v.stdout.startsWith('records 0 texts 0 files 0 '))).toBe(true);
    });
  });
});

inLane(1, 'lane 2: damage, floods, exits, the bridge, tampering, hooks, the sandbox', (lane) => {
  describe('damage to the interpreter itself', () => {
    it('past the memory limit and then stopped at the time limit: the next run still gets a fresh interpreter', async () => {
      // Just over the 1 GiB limit (two 512 MiB buffers and the interpreter's own memory; filling them
      // takes well under a second), then a loop that only the time limit ends.
      const report = await lane.attack(
        '1 GiB held, then a loop',
        { ...twoSum, timeLimitMs: 4_000 },
        twoSumCode('keep = [bytearray(2**29) for _ in range(2)]\nwhile True:\n    pass'),
      );
      expect(first(report)).toMatchObject({ status: 'time-limit' });
    });

    it('code that corrupts a built-in type through ctypes is caught by the health check and Python is replaced', async () => {
      // Points str's type name at junk bytes: the interpreter runs on, damaged, until replaced.
      const damage =
        "import ctypes\njunk = ctypes.create_string_buffer(b'\\xff\\xfe')\nctypes.c_void_p.from_address(id(str) + 3 * ctypes.sizeof(ctypes.c_void_p)).value = ctypes.addressof(junk)";
      for (const [where, code] of [
        ['module level', twoSumCode('return [0, 1]', damage)],
        ['in the method', twoSumCode(`${damage}\nreturn [0, 1]`)],
      ] as const) {
        const report = await lane.attack(`ctypes damages str (${where})`, twoSum, code);
        const error = report.setupError ?? first(report).error;
        expect(error, where).toMatchObject({
          type: 'MemoryError',
          message: expect.stringContaining("Python's memory was left damaged"),
        });
      }
    });
  });

  describe('output floods', () => {
    it('print in a loop (lines) is cut off', async () => {
      const report = await lane.attack('print flood, lines', roomy, twoSumCode("while True: print('spam')"));
      expect(first(report)).toMatchObject({
        status: 'output-limit',
        stdoutTruncated: true,
        message: expect.stringMatching(/^stopped: printed more than \d+ kB$/),
      });
      expect(first(report).stdout.startsWith('spam\nspam\n')).toBe(true);
    });

    it('sys.stdout.write without newlines is cut off', async () => {
      const report = await lane.attack(
        'stdout flood, no newline',
        roomy,
        twoSumCode("import sys\nwhile True: sys.stdout.write('x' * 1000)"),
      );
      expect(first(report)).toMatchObject({ status: 'output-limit', stdoutTruncated: true });
      expect(first(report).stdout).toMatch(/^x+$/);
    });

    it('one 50 MB print is cut off', async () => {
      const report = await lane.attack('one 50 MB print', roomy, twoSumCode("print('x' * 50_000_000)\nreturn [0, 1]"));
      expect(first(report)).toMatchObject({ status: 'output-limit', stdoutTruncated: true });
    });

    it('stderr flood is cut off too', async () => {
      const report = await lane.attack(
        'stderr flood',
        roomy,
        twoSumCode("import sys\nwhile True: sys.stderr.write('e')"),
      );
      expect(first(report)).toMatchObject({ status: 'output-limit', stdoutTruncated: true });
    });
  });

  describe('exits and interrupts raised by the code', () => {
    const exits: [string, string, RegExp][] = [
      ['sys.exit()', 'import sys\nsys.exit()', /^SystemExit: your code called exit\(\)/],
      ['sys.exit(3)', 'import sys\nsys.exit(3)', /^SystemExit: your code called exit\(3\)/],
      ['raise SystemExit', 'raise SystemExit', /^SystemExit: your code called exit\(\)/],
      ['raise KeyboardInterrupt', 'raise KeyboardInterrupt', /^KeyboardInterrupt: raised by your code/],
      [
        'os._exit(0)',
        'import os\nos._exit(0)',
        /^SystemExit: your code ended the Python process with os\._exit\(0\); Python was restarted$/,
      ],
    ];
    for (const [name, statement, message] of exits) {
      it(`${name} at module level`, async () => {
        const report = await lane.attack(`${name} (module level)`, twoSum, twoSumCode('return [0, 1]', statement));
        expect(report.status).toBe('error');
        expect(report.message).toMatch(message);
        expect(report.verdicts.every((v) => v.status === 'not-run')).toBe(true);
      });

      it(`${name} inside the method`, async () => {
        const report = await lane.attack(`${name} (in method)`, twoSum, twoSumCode(statement));
        expect(first(report).status).toBe('runtime-error');
        expect(first(report).message).toMatch(message);
      });
    }
  });

  describe('reading input', () => {
    it('input() fails at once with a clear error', async () => {
      const report = await lane.attack('input()', twoSum, twoSumCode('return input()'));
      expect(first(report)).toMatchObject({
        status: 'runtime-error',
        message: expect.stringContaining('EOFError: input() has nothing to read here'),
      });
    });

    it('builtins.input() and sys.stdin read end of file, no hang', async () => {
      const report = await lane.attack(
        'builtins.input(), sys.stdin',
        twoSum,
        twoSumCode("import builtins, sys\nsys.stdin.read()\nreturn builtins.input('n? ')"),
      );
      expect(first(report)).toMatchObject({
        status: 'runtime-error',
        message: expect.stringContaining('EOFError: input() has nothing to read here'),
      });
    });
  });

  describe('reaching for the host through the JavaScript bridge', () => {
    // The right answers, which a forger could only know by solving the problem: posting them as
    // results must prove nothing, since the judge takes only answers to its own requests.
    const answersByInput = Object.fromEntries(
      twoSum.cases.map((c) => [JSON.stringify((c as { args: unknown[] }).args), c.expected]),
    );
    const answersInOrder = twoSum.cases.map((c) => c.expected);
    // The worker thread's parent port, were it reachable: in Node `js` is the sandbox's own small
    // object (node-sandbox.ts), with no `process` to find the port through, so every post below is
    // lost. The browser suite tries the same through the worker's `postMessage`, which it keeps.
    const BRIDGE = `import js, json
from pyodide.ffi import create_proxy
PORT = js.process.getBuiltinModule("node:worker_threads").parentPort if hasattr(js, "process") else getattr(js, "postMessage", None) and js
def post(message):
    if PORT is not None:
        PORT.postMessage(js.JSON.parse(json.dumps(message)))
def forge(request_id, value):
    post({"type": "case-result", "id": request_id, "outcome": {"status": "ok", "value": value},
          "output": {"stdout": "forged", "stdoutBytes": 6, "truncated": False}, "ms": 1})
`;

    it('forged results with guessed ids are ignored', async () => {
      const code = twoSumCode(
        'for guess in GUESSES:\n    for answer in ANSWERS:\n        forge(guess, answer)\nreturn [-1, -1]',
        `${BRIDGE}ANSWERS = ${JSON.stringify(answersInOrder)}
GUESSES = [str(i) for i in range(64)] + ["case-%d" % i for i in range(8)] + ["0" * 32, "f" * 32, "00000000-0000-0000-0000-000000000000"]
for guess in GUESSES:
    post({"type": "prepared", "id": guess, "outcome": {"status": "ok"}, "output": {"stdout": "", "stdoutBytes": 0, "truncated": False}})
    for answer in ANSWERS:
        forge(guess, answer)
`,
      );
      const report = await lane.attack('postMessage forged results, guessed ids', twoSum, code);
      expect(report.verdicts.map((v) => v.status)).toEqual(twoSum.cases.map(() => 'wrong-answer'));
      expect(report.verdicts.every((v) => JSON.stringify(v.got) === '[-1,-1]' && v.stdout === '')).toBe(true);
    });

    it('a message listener cannot read request ids to forge answers', async () => {
      const code = twoSumCode(
        'print("sniffed", len(seen))\nreturn [-1, -1]',
        `${BRIDGE}ANSWERS = ${JSON.stringify(answersByInput)}
seen = []
def on_message(message):
    data = getattr(message, "data", message)  # an event (addEventListener) or the data (on)
    seen.append(str(data.type))
    if str(data.type) == "case":
        forge(str(data.id), ANSWERS.get(js.JSON.stringify(data.input.args)))
listener = create_proxy(on_message)
if PORT is not None:
    PORT.addEventListener("message", listener)
if hasattr(PORT, "on"):
    PORT.on("message", listener)
`,
      );
      const report = await lane.attack('message listener sniffs request ids', twoSum, code);
      expect(report.verdicts.map((v) => v.status)).toEqual(twoSum.cases.map(() => 'wrong-answer'));
      expect(report.verdicts.map((v) => v.stdout)).toEqual(twoSum.cases.map(() => 'sniffed 0\n'));
    });

    it('replacing postMessage cannot rewrite the results on their way out', async () => {
      const code = twoSumCode(
        'return [-1, -1]',
        `${BRIDGE}ANSWERS = ${JSON.stringify(answersInOrder)}
count = [0]
def rewrite(message):
    if str(message.type) == "case-result":
        message.outcome = js.JSON.parse(json.dumps({"status": "ok", "value": ANSWERS[count[0] % len(ANSWERS)]}))
        count[0] += 1
    real(message)
if PORT is not None:
    real = PORT.postMessage.bind(PORT)
    PORT.postMessage = create_proxy(rewrite)
`,
      );
      const report = await lane.attack('postMessage replaced to rewrite results', twoSum, code);
      expect(report.verdicts.map((v) => v.status)).toEqual(twoSum.cases.map(() => 'wrong-answer'));
    });

    it('the worker thread is out of reach: no process.exit(), no close()', async () => {
      const code = twoSumCode('js.close() if hasattr(js, "close") else js.process.exit(0)\nreturn [0, 1]', BRIDGE);
      const report = await lane.attack('close the worker / process.exit', twoSum, code);
      expect(report.verdicts.map((v) => [v.status, v.message])).toEqual(
        twoSum.cases.map(() => ['runtime-error', 'AttributeError: process']),
      );
    });

    it('no port to forge a "Python failed" status or to deafen the worker through', async () => {
      const code = twoSumCode(
        'return [-1, -1] if PORT is None else [0, 1]',
        `${BRIDGE}post({"type": "status", "state": "failed", "message": "forged failure"})\nPORT.removeAllListeners("message") if hasattr(PORT, "removeAllListeners") else None\n`,
      );
      const report = await lane.attack('forged status, removeAllListeners', twoSum, code);
      expect(report.verdicts.map((v) => [v.status, v.got])).toEqual(twoSum.cases.map(() => ['wrong-answer', [-1, -1]]));
    });
  });

  describe('results that try to compare equal to anything', () => {
    const LIAR =
      'class Liar:\n    def __eq__(self, other): return True\n    def __ne__(self, other): return False\n    def __hash__(self): return 0\n';

    it('an object whose __eq__ always returns True', async () => {
      const report = await lane.attack('__eq__ always True', twoSum, twoSumCode('return Liar()', LIAR));
      expect(report.verdicts.map((v) => v.status)).toEqual(twoSum.cases.map(() => 'wrong-answer'));
      expect(first(report).message).toBe('returned a value of type Liar, which cannot be compared');
    });

    it('a list subclass with a rigged __eq__ is judged by its items', async () => {
      const code = twoSumCode(
        'return Rigged([-1, -1])',
        'class Rigged(list):\n    def __eq__(self, other): return True\n    def __ne__(self, other): return False\n',
      );
      const report = await lane.attack('list subclass, rigged __eq__', twoSum, code);
      expect(report.verdicts.map((v) => v.status)).toEqual(twoSum.cases.map(() => 'wrong-answer'));
      expect(first(report).got).toEqual([-1, -1]);
    });

    it('__len__ and __iter__ that hand out equal-to-anything items', async () => {
      const code = twoSumCode(
        'return Shifty([-1, -1])',
        `${LIAR}class Shifty(list):\n    def __len__(self): return 2\n    def __iter__(self): return iter([Liar(), Liar()])\n    def __getitem__(self, i): return Liar()\n`,
      );
      const report = await lane.attack('__len__/__iter__ tricks', twoSum, code);
      expect(report.verdicts.map((v) => v.status)).toEqual(twoSum.cases.map(() => 'wrong-answer'));
      expect(first(report).message).toBe('returned a value of type Liar, which cannot be compared');
    });

    it('an object that claims to be an int or a list through __class__', async () => {
      const code = twoSumCode(
        'return [Spoof(), Spoof()]',
        `${LIAR}class Spoof(Liar):\n    __class__ = int\n    def __index__(self): return 0\n    def __int__(self): return 0\n`,
      );
      const report = await lane.attack('__class__ spoofing int', twoSum, code);
      expect(report.verdicts.map((v) => v.status)).toEqual(twoSum.cases.map(() => 'wrong-answer'));
      expect(first(report).message).toBe('returned a value of type Spoof, which cannot be compared');
    });

    it('a list that contains itself', async () => {
      const report = await lane.attack('self-containing list', twoSum, twoSumCode('x = []\nx.append(x)\nreturn x'));
      expect(first(report)).toMatchObject({
        status: 'wrong-answer',
        message: 'the returned value is nested too deeply',
      });
    });

    it("float('nan') on an ML function problem", async () => {
      const report = await lane.attack(
        "float('nan') (log-loss)",
        logLoss,
        "def log_loss(y_true, y_prob):\n    return float('nan')\n",
      );
      expect(report.verdicts.map((v) => v.status)).toEqual(logLoss.cases.map(() => 'wrong-answer'));
      expect(first(report).diff).toMatch(/^expected 0\.21\d*, got NaN$/);
    });

    it('a float subclass whose __eq__ and __float__ lie', async () => {
      const code =
        'class F(float):\n    def __eq__(self, other): return True\n    def __float__(self): return 0.21234500664788206\ndef log_loss(y_true, y_prob):\n    return F(-1.0)\n';
      const report = await lane.attack('float subclass, lying __eq__/__float__', logLoss, code);
      expect(report.verdicts.map((v) => v.status)).toEqual(logLoss.cases.map(() => 'wrong-answer'));
      expect(first(report).got).toBe(-1);
    });
  });

  describe('tampering with what the harness uses', () => {
    const tampering: [string, string][] = [
      ['builtins.len = lambda x: 0', 'import builtins\nbuiltins.len = lambda x: 0'],
      ['builtins.isinstance = lambda *a: True', 'import builtins\nbuiltins.isinstance = lambda *a: True'],
      [
        'json.dumps returns a passing result',
        'import json\njson.dumps = lambda *a, **k: \'{"status": "ok", "value": [0, 1]}\'',
      ],
      ['list = ... at module level', 'list = lambda *a, **k: [0, 1]'],
      ['sys.stdout = io.StringIO()', 'import io, sys\nsys.stdout = io.StringIO()'],
      ['sys.stdout.close()', 'import sys\nsys.stdout.close()'],
      [
        'builtins, json, traceback, math all at once',
        [
          'import builtins, json, math, sys, traceback',
          'for name in ("len", "isinstance", "list", "dict", "str", "repr", "sorted", "print", "type", "id", "set", "zip", "enumerate", "getattr"):',
          '    setattr(builtins, name, lambda *a, **k: [0, 1])',
          'json.dumps = json.loads = lambda *a, **k: [0, 1]',
          'traceback.extract_tb = traceback.format_exception_only = lambda *a, **k: [0, 1]',
          'math.isfinite = lambda x: False',
          'sys.setrecursionlimit(60)',
        ].join('\n'),
      ],
    ];
    for (const [name, tamper] of tampering) {
      it(name, async () => {
        const report = await lane.attack(name, twoSum, twoSumCode('return [-1, -1]', tamper));
        // The harness reports what the code really returned, whatever the code did to the names it uses.
        expect(report.verdicts.map((v) => [v.status, v.got])).toEqual(
          twoSum.cases.map(() => ['wrong-answer', [-1, -1]]),
        );
      });
    }

    it('an exception whose __str__ raises is still reported with its line', async () => {
      const code = twoSumCode(
        'raise Unprintable()',
        "class Unprintable(Exception):\n    def __str__(self): raise RuntimeError('no')",
      );
      const report = await lane.attack('exception with a raising __str__', twoSum, code);
      expect(first(report)).toMatchObject({ status: 'runtime-error', error: { type: 'Unprintable', line: 5 } });
    });

    it('tampering then raising: the error is still reported with its line', async () => {
      const report = await lane.attack(
        'tamper then raise',
        twoSum,
        twoSumCode("raise ValueError('boom')", tampering.at(-1)![1]),
      );
      expect(first(report)).toMatchObject({
        status: 'runtime-error',
        message: 'ValueError: boom',
        error: { type: 'ValueError', line: 10 },
      });
    });
  });

  describe('hooks that would run candidate code later, in the next run', () => {
    const TAMPER = 'builtins.len = lambda x: 0';
    const hooks: [string, string][] = [
      [
        'asyncio callback that re-tampers forever',
        `import asyncio, builtins\nloop = asyncio.get_event_loop()\ndef again():\n    ${TAMPER}\n    loop.call_soon(again)\nloop.call_soon(again)`,
      ],
      [
        'gc.callbacks re-tamper on every collection',
        `import builtins, gc\ndef again(phase, info):\n    ${TAMPER}\ngc.callbacks.append(again)`,
      ],
      [
        'sys.monitoring callback on every call',
        `import builtins, sys\nM = sys.monitoring\nM.use_tool_id(3, "x")\ndef again(code, offset):\n    ${TAMPER}\nM.register_callback(3, M.events.PY_START, again)\nM.set_events(3, M.events.PY_START)`,
      ],
      [
        'sys.settrace tracer on every call',
        `import builtins, sys\ndef again(frame, event, arg):\n    ${TAMPER}\nsys.settrace(again)`,
      ],
    ];
    for (const [name, hook] of hooks) {
      it(name, async () => {
        const report = await lane.attack(name, twoSum, twoSumCode('return [-1, -1]', hook));
        expect(report.verdicts.map((v) => [v.status, v.got])).toEqual(
          twoSum.cases.map(() => ['wrong-answer', [-1, -1]]),
        );
      });
    }

    it('a SIGINT handler that ignores the interrupt does not outlive the module code', async () => {
      const code = twoSumCode('while True: pass', 'import signal\nsignal.signal(signal.SIGINT, lambda *a: None)');
      const report = await lane.attack('SIGINT handler replaced', brief, code);
      // Stopped at the limit with a clear verdict (soft-interrupted when the machine is idle; on a loaded
      // machine the grace period may pass first and the worker is replaced, which is also a recovery).
      expect(first(report)).toMatchObject({
        status: 'time-limit',
        message: expect.stringMatching(/^timed out after 0\.5 s/),
      });
    });
  });

  describe('the sandbox: no way to the host from the Node judge', () => {
    // Each capability is tried by several routes in one program; a route "escapes" when it returns
    // instead of raising. The programs run on the interpreter in use, then all again on the warm spare
    // that Submit swaps in (restored from the snapshot the first worker took, as in the browser).
    const TESTS_JSON = resolve('problems/two-sum/tests.json');
    let server: Server;
    let port = 0;
    let connections = 0;
    let scratch = '';

    beforeAll(async () => {
      server = createServer((socket) => {
        connections++;
        socket.destroy();
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      port = (server.address() as { port: number }).port;
      scratch = mkdtempSync(join(tmpdir(), 'mockloop-sandbox-'));
    });

    afterAll(() => {
      server?.close();
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    });

    /** Routes as Python function bodies (a bare expression is returned). */
    const capabilities = (): [string, Record<string, string>][] => [
      [
        'process',
        {
          'js.process': 'js.process',
          'js.globalThis.process': 'js.globalThis.process',
          'jsglobals in the API': 'pyodide_js._api.config.jsglobals.process',
          'Function constructor': 'js.Object.constructor("return process")()',
          'Reflect.construct(Function)':
            'js.Reflect.construct(js.Object.constructor, js.JSON.parse(\'["return process"]\'))()',
          'pyodide.code.run_js': '__import__("pyodide.code").code.run_js("process")',
        },
      ],
      [
        'require and child_process',
        {
          'js.require': 'js.require("child_process")',
          'process.getBuiltinModule': 'js.process.getBuiltinModule("node:child_process")',
          'loadScript (dynamic import)': 'pyodide_js._api.loadScript("node:child_process")',
          'os.system': 'import os\nassert os.system("touch /tmp/mockloop-escaped") == 0',
          subprocess: 'import subprocess\nreturn subprocess.run(["id"])',
        },
      ],
      [
        'reading tests.json from disk',
        {
          'open() on the host path': `open(${JSON.stringify(TESTS_JSON)}).read()`,
          'NODEFS mount': `pyodide_js.FS.mkdir("/host")\npyodide_js.FS.mount(pyodide_js.FS.filesystems.NODEFS, js.JSON.parse('{"root": "/"}'), "/host")\nreturn open("/host" + ${JSON.stringify(TESTS_JSON)}).read()`,
          loadBinaryFile: `pyodide_js._api.loadBinaryFile(${JSON.stringify(TESTS_JSON)})`,
          loadPackage: `pyodide_js.loadPackage(${JSON.stringify(TESTS_JSON)})`,
        },
      ],
      [
        'writing to disk',
        {
          'NODEFS mount': `pyodide_js.FS.mkdir("/out")\npyodide_js.FS.mount(pyodide_js.FS.filesystems.NODEFS, js.JSON.parse(${JSON.stringify(JSON.stringify({ root: scratch }))}), "/out")\nopen("/out/escaped.txt", "w").write("x")`,
          // open() writes to Python's own in-memory file system; the host check below shows nothing lands.
          'open() on the host path, read back by the host': `import os\nos.makedirs(${JSON.stringify(scratch)}, exist_ok=True)\nopen(${JSON.stringify(join(scratch, 'escaped.txt'))}, "w").write("x")\nassert pyodide_js._api.loadBinaryFile(${JSON.stringify(join(scratch, 'escaped.txt'))})`,
        },
      ],
      [
        'network from Python',
        {
          'socket.create_connection': `import socket\nreturn socket.create_connection(("127.0.0.1", ${port}))`,
          'socket.connect': `import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\nreturn s.connect(("127.0.0.1", ${port}))`,
        },
      ],
      [
        'network through JavaScript',
        {
          'js.fetch': `js.fetch("http://127.0.0.1:${port}/")`,
          'pyodide.http.open_url': `from pyodide.http import open_url\nreturn open_url("http://127.0.0.1:${port}/")`,
          'js.WebSocket': `js.WebSocket.new("ws://127.0.0.1:${port}/")`,
        },
      ],
      [
        'workers and channels',
        {
          'js.Worker': 'js.Worker',
          'js.BroadcastChannel': 'js.BroadcastChannel',
          'js.MessageChannel': 'js.MessageChannel',
        },
      ],
    ];

    function program(routes: Record<string, string>): string {
      const defs = Object.values(routes).map((body, i) => {
        const lines = body.includes('\n') || body.startsWith('return ') ? body : `return ${body}`;
        return `def route_${i}():\n${lines
          .split('\n')
          .map((l) => `    ${l}`)
          .join('\n')}`;
      });
      return `import js, pyodide_js
${defs.join('\n')}
results = []
for i, name in enumerate(${JSON.stringify(Object.keys(routes))}):
    try:
        globals()["route_%d" % i]()
        results.append(name + ": ESCAPED")
    except BaseException as e:
        results.append(name + ": blocked")
raise RuntimeError("sandbox: " + "; ".join(results))
class Solution:
    def twoSum(self, nums, target):
        return [-1, -1]
`;
    }

    /** Runs every route of one capability; returns the sandbox's report line. */
    async function tryRoutes(name: string, routes: Record<string, string>): Promise<string> {
      const report = await judge(twoSum, program(routes), twoSum.cases.slice(0, 1), { runner: lane.runner });
      const message = report.message ?? '';
      rows.push({ program: `sandbox: ${name}`, verdict: message.slice(0, 110), recovered: true, ms: report.ms });
      return message;
    }

    const expectAllBlocked = (message: string, routes: Record<string, string>) =>
      expect(message).toBe(
        `RuntimeError: sandbox: ${Object.keys(routes)
          .map((r) => `${r}: blocked`)
          .join('; ')}`,
      );

    for (const [name, routes] of capabilities()) {
      it(`${name}: every route is closed`, async () => {
        expectAllBlocked(await tryRoutes(name, routes), routes);
      });
    }

    it('the same on the warm spare that Submit swaps in', async () => {
      for (let i = 0; i < 600 && !lane.runner.hasWarmSpare(); i++) await new Promise((r) => setTimeout(r, 100));
      expect(lane.runner.freshInterpreter()).toBe(true);
      for (const [name, routes] of capabilities()) expectAllBlocked(await tryRoutes(`${name} (spare)`, routes), routes);
    });

    it('nothing reached the host: no connection, no file written', () => {
      expect(connections).toBe(0);
      expect(existsSync(join(scratch, 'escaped.txt'))).toBe(false);
      expect(existsSync('/tmp/mockloop-escaped')).toBe(false);
    });

    it('Python booted once in this file: the other lane and every replacement restored its snapshot', () => {
      // Both lanes asked for a worker at the same moment; the second waited for the first one's boot.
      expect(pythonStarts()).toMatchObject({ booted: 1 });
      expect(pythonStarts().restored).toBeGreaterThan(5);
    });
  });
});

/**
 * Whether the soft interrupt lands within the grace period depends on the interpreter's thread
 * getting the CPU: these two run alone, after both lanes, on the first lane's runner (recursion,
 * memory bombs and kills behind it) and the second's (the sandbox tests and the spare swap behind it).
 */
describe('alone, after both lanes: the soft interrupt', () => {
  const onLane = (index: number): Lane => ({
    get runner() {
      return runnerAt(index);
    },
    attack: (program, target, code, cases = target.cases) => attack(runnerAt(index), program, target, code, cases),
  });
  let started: PythonRunner[] = [];
  const runnerAt = (index: number) => started[index]!;
  beforeAll(async () => {
    started = await startRunners();
  });

  describe('lane 1', () => {
    const lane = onLane(0);
    it('while True: pass is stopped by the soft interrupt at the time limit', async () => {
      const report = await lane.attack('while True: pass', brief, twoSumCode('while True: pass'));
      // The message says the interpreter was kept: the interrupt landed within the grace period.
      expect(first(report)).toMatchObject({ status: 'time-limit', message: 'timed out after 0.5 s' });
      expect(report.verdicts.slice(1).every((v) => v.status === 'not-run')).toBe(true);
    });
  });

  describe('lane 2', () => {
    const lane = onLane(1);
    it('the soft interrupt still stops a loop at the limit, and a correct solution passes', async () => {
      const report = await lane.attack(
        'while True: pass (after the sandbox tests)',
        brief,
        twoSumCode('while True: pass'),
      );
      expect(first(report)).toMatchObject({ status: 'time-limit', message: 'timed out after 0.5 s' });
    });
  });
});
