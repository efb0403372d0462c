// Hostile code against the real app in Chromium: every program gets a clear verdict that is not
// Accepted, the page stays responsive, and the next honest run on the same page passes.
import { expect, test } from '@playwright/test';
import { results, setCode, startRound, TWO_SUM, waitForPython } from './helpers.ts';

const indent = (text: string) => text.split('\n').map((l) => `        ${l}`).join('\n');
const twoSum = (body: string, prelude = '') => `${prelude}\nclass Solution:\n    def twoSum(self, nums, target):\n${indent(body)}\n`;

// The worker's own global is `js` in the browser: post forged results through it.
const BRIDGE = `import js, json
from pyodide.ffi import create_proxy
def post(message):
    js.postMessage(js.JSON.parse(json.dumps(message)))
def forge(request_id, value):
    post({"type": "case-result", "id": request_id, "outcome": {"status": "ok", "value": value},
          "output": {"stdout": "", "stdoutBytes": 0, "truncated": False}, "ms": 1})
`;

interface Attack {
  name: string;
  code: string;
  verdict: string | RegExp;
  says?: RegExp;
}

const ATTACKS: Attack[] = [
  {
    name: 'forged results with guessed request ids',
    code: twoSum('for g in range(16):\n    forge(str(g), [0, 1])\nreturn [-1, -1]', BRIDGE),
    verdict: 'Wrong answer',
  },
  {
    name: 'a message listener that answers the judge’s requests itself',
    code: twoSum(
      'return [-1, -1]',
      `${BRIDGE}def on_message(event):\n    data = event.data\n    if str(data.type) == "case":\n        forge(str(data.id), [0, 1])\njs.addEventListener("message", create_proxy(on_message))\n`,
    ),
    verdict: 'Wrong answer',
  },
  // A closed worker just goes quiet (browsers fire no event): the time limit kills and replaces it.
  { name: 'closing the worker from Python', code: twoSum('js.close()\nreturn [0, 1]', BRIDGE), verdict: 'Time limit exceeded', says: /Python was restarted/ },
  { name: 'os._exit(0)', code: twoSum('import os\nos._exit(0)'), verdict: 'Runtime error', says: /os\._exit/ },
  {
    name: 'a stack overflow inside WebAssembly (C-level recursion)',
    code: twoSum('return [f(10**5), 0]', 'import sys\nsys.setrecursionlimit(10**6)\n@lru_cache(None)\ndef f(n):\n    return 0 if n == 0 else f(n - 1) + 1'),
    verdict: 'Runtime error',
    says: /deeper than the browser's stack allows/,
  },
  { name: '[0] * 10**10', code: twoSum('return [0] * 10**10'), verdict: 'Runtime error', says: /OverflowError/ },
  // Which comes first, the 2 GB ceiling or the time limit, depends on the machine: both are clear.
  { name: 'a string doubled until memory runs out', code: twoSum("s = 'x'\nwhile True:\n    s += s"), verdict: /Runtime error|Time limit exceeded/, says: /memory|timed out/i },
  {
    name: 'KeyboardInterrupt swallowed by a bare except',
    code: twoSum('while True:\n    try:\n        while True:\n            pass\n    except:\n        pass'),
    verdict: 'Time limit exceeded',
  },
  {
    name: 'a built-in type corrupted through ctypes',
    code: twoSum('return [0, 1]', "import ctypes\njunk = ctypes.create_string_buffer(b'\\xff\\xfe')\nctypes.c_void_p.from_address(id(str) + 3 * ctypes.sizeof(ctypes.c_void_p)).value = ctypes.addressof(junk)"),
    verdict: 'Runtime error',
    says: /memory was left damaged/,
  },
  { name: 'sys.exit()', code: twoSum('import sys\nsys.exit()'), verdict: 'Runtime error', says: /SystemExit/ },
  { name: 'input()', code: twoSum('return input()'), verdict: 'Runtime error', says: /EOFError/ },
  {
    name: 'an answer whose __eq__ always says True',
    code: twoSum('class Liar(list):\n    def __eq__(self, other):\n        return True\n    def __ne__(self, other):\n        return False\nreturn Liar([-1, -1])'),
    verdict: 'Wrong answer',
  },
  {
    name: 'builtins and json the harness uses, redefined',
    code: twoSum('return [-1, -1]', "import builtins, json\nbuiltins.isinstance = lambda *a: True\nbuiltins.len = lambda x: 0\njson.dumps = lambda *a, **k: '{\"status\": \"ok\", \"value\": [0, 1]}'"),
    verdict: 'Wrong answer',
  },
  {
    name: 'hunting for expected values in frames, gc and the file system',
    code: twoSum(
      `import gc, os, sys
f = sys._getframe()
while f:
    for k, v in f.f_locals.items():
        if 'expect' in k.lower():
            return v
    f = f.f_back
for o in gc.get_objects():
    if isinstance(o, dict) and 'expected' in o:
        return o['expected']
for root, dirs, files in os.walk('/'):
    if 'tests.json' in files:
        return json.load(open(os.path.join(root, 'tests.json')))['cases'][0]['expected']
return [-1, -1]`,
      'import json',
    ),
    verdict: 'Wrong answer',
  },
];

test('hostile programs get a clear verdict, the app stays responsive, and the next run passes', async ({ page }) => {
  test.setTimeout(300_000);
  await startRound(page, 'Two Sum', 60);
  await waitForPython(page);
  const heading = results(page).getByRole('heading');
  for (const attack of ATTACKS) {
    await test.step(attack.name, async () => {
      await setCode(page, attack.code);
      await page.getByRole('button', { name: 'Run' }).click();
      await expect(heading).toHaveText(typeof attack.verdict === 'string' ? `Run: ${attack.verdict}` : new RegExp(`^Run: (${attack.verdict.source})$`), { timeout: 30_000 });
      if (attack.says) await expect(results(page)).toContainText(attack.says);
      // Responsive: a dialog opens at once, and the honest solution passes on the same page.
      await page.getByRole('button', { name: 'End round' }).click();
      await page.getByRole('button', { name: 'Keep going' }).click();
      await setCode(page, TWO_SUM);
      await page.getByRole('button', { name: 'Run' }).click();
      await expect(heading).toHaveText('Run: Accepted', { timeout: 30_000 });
    });
  }
  // Submit (hidden tests) after all that is judged on a clean interpreter too.
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(heading).toHaveText('Submit: Accepted', { timeout: 30_000 });
});
