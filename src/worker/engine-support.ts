// What the engine keeps of a run's output and how it names a run that took the interpreter down:
// the output sink, the crash and memory errors in the candidate's terms, and the engine's constants.
import type { Captured, PythonError } from './protocol.ts';

/** Keeps the first `keepBytes` of output and counts the rest, asking for an interrupt past `limit`. */
export class OutputSink {
  private chunks: string[] = [];
  private kept = 0;
  private total = 0;
  private readonly decoder = new TextDecoder();
  overflowed = false;

  constructor(
    private readonly keepBytes: number,
    private readonly limitBytes: number,
    private readonly onOverflow: () => void,
  ) {}

  write(buf: Uint8Array): number {
    this.total += buf.length;
    if (this.kept < this.keepBytes) {
      const slice = buf.subarray(0, this.keepBytes - this.kept);
      this.chunks.push(this.decoder.decode(slice, { stream: true }));
      this.kept += slice.length;
    }
    if (this.total > this.limitBytes && !this.overflowed) {
      this.overflowed = true;
      this.onOverflow();
    }
    return buf.length;
  }

  take(): Captured {
    const out = { stdout: this.chunks.join(''), stdoutBytes: this.total, truncated: this.total > this.kept };
    this.chunks = [];
    this.kept = 0;
    this.total = 0;
    this.overflowed = false;
    return out;
  }
}

export const KEEP_OUTPUT_BYTES = 16 * 1024;

/** What a JavaScript-level failure of a harness call means for the candidate, in their terms. */
export function crashError(err: unknown): PythonError {
  const text = String(err);
  const exit = /Program terminated with exit\((-?\d+)\)/.exec(text);
  const [type, message] = exit
    ? ['SystemExit', `your code ended the Python process with os._exit(${exit[1]}); Python was restarted`]
    : /Maximum call stack size exceeded|stack overflow/i.test(text)
      ? [
          'RecursionError',
          "recursion went deeper than the browser's stack allows (deep recursion through C code such as lru_cache); Python was restarted: make it iterative or recurse less deeply",
        ]
      : // Past the two above, what kills the interpreter is nearly always memory (a failed allocation
        // inside WebAssembly surfaces as a trap such as "null function or function signature mismatch").
        [
          'PythonCrashed',
          'Python crashed, most likely out of memory (a string or list that keeps growing); Python was restarted',
        ];
  return { type, message, traceback: `${type}: ${message}\n(${text.split('\n')[0]})`, line: null };
}

/** The warm-up's program: the shape most problems have (a method on lists of ints, a dict, a loop). */
export const WARM_UP = {
  code: 'class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n        for i, x in enumerate(nums):\n            if target - x in seen:\n                return [seen[target - x], i]\n            seen[x] = i\n',
  spec: { entry: { kind: 'method', className: 'Solution', name: 'twoSum' }, params: ['any', 'any'], returns: 'any' },
  input: { args: [[2, 7, 11, 15], 9] },
};

export const HEALTH_CHECK = "type('').__name__ + ' ' + type(0).__name__ + ' ' + str(6 * 7) + ' ' + 'ab' * 2";
export const HEALTHY = 'str int 42 abab';

/** Pyodide's own view of its memory (not in its typed API). */
export interface HeapView {
  _module?: { HEAPU8?: Uint8Array };
}

/** A run that takes the interpreter past this is stopped and Python replaced (LeetCode's "memory limit"). */
export const MEMORY_LIMIT_BYTES = 1024 * 1024 * 1024;
export const MEMORY_LIMIT_MESSAGE = 'your code used more than 1 GiB of memory, the limit; Python was restarted';
export const DAMAGED_MESSAGE =
  "Python's memory was left damaged (by running out of it, or by code writing into it); Python was restarted";

export function memoryError(message: string, original: PythonError | null): PythonError {
  const reported = original ? `\n(what Python reported: ${original.type}: ${original.message.slice(0, 200)})` : '';
  return {
    type: 'MemoryError',
    message,
    traceback: `MemoryError: ${message}${reported}`,
    line: original?.line ?? null,
  };
}

export function emptyOutput(): Captured {
  return { stdout: '', stdoutBytes: 0, truncated: false };
}
