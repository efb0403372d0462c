import { describe, expect, it } from 'vitest';
import { cycles, importsOf } from './check-cycles.ts';

describe('check-cycles', () => {
  it('finds a cycle through run-time imports and ignores type-only ones', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
      ['e', ['e']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads static, multi-line, re-export and dynamic imports of local files, not type-only ones', () => {
    const here = import.meta.filename;
    const text = [
      "import { cycles } from './check-cycles.ts';",
      "import {\n  a,\n  type B,\n} from './check-cycles.test.ts';",
      "import type { C } from './lib/load-bank.ts';",
      "export { x } from './judge.ts';",
      "const m = import('./crosscheck.ts');",
      "import 'node:fs';",
    ].join('\n');
    const names = importsOf(here, text).map((f) => f.split('/').at(-1));
    expect(names).toEqual(['check-cycles.ts', 'check-cycles.test.ts', 'judge.ts', 'crosscheck.ts']);
  });
});
