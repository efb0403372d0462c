// Stand-in solutions that return a trivial answer (None, 0, [], the first input unchanged). Every
// problem's tests must reject every one of them, or they prove nothing.
import type { Entry } from '../../src/domain/problem-schema.ts';

const RESULTS = {
  none: 'None',
  zero: '0',
  'empty list': '[]',
  'input unchanged': 'args[0] if args else None',
} as const;

export function trivialAnswers(entry: Entry): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [label, expr] of Object.entries(RESULTS)) {
    if (entry.kind === 'function') {
      out[label] = `def ${entry.name}(*args, **kwargs):\n    return ${expr}\n`;
    } else if (entry.kind === 'method') {
      out[label] = `class ${entry.className}:\n    def ${entry.name}(self, *args, **kwargs):\n        return ${expr}\n`;
    } else {
      out[label] =
        `class ${entry.className}:\n    def __init__(self, *args, **kwargs):\n        pass\n    def __getattr__(self, name):\n        return lambda *args, **kwargs: ${expr}\n`;
    }
  }
  return out;
}
