// The one contract between the runner client and the Python worker (browser Worker or Node worker
// thread). Every message is a discriminated union on `type`; `id` is a per-request token that the
// candidate's code never sees, so a message it forges cannot be taken for a result.

import type { Entry, ValueType } from '../domain/problem-schema.ts';

/** What the harness needs to find and call the candidate's code. */
export interface EntrySpec {
  entry: Entry;
  params: ValueType[];
  returns: ValueType;
  /** In-place problems: the index of the argument judged after the call. */
  result?: number;
}

/** Inputs of one case exactly as the harness receives them: never the expected value. */
export type CaseInput = { args: unknown[] } | { ops: string[]; args: unknown[][] };

export type WorkerRequest =
  | { type: 'init'; interruptBuffer: SharedArrayBuffer | null; stdoutLimitBytes: number }
  | { type: 'prepare'; id: string; code: string; spec: EntrySpec }
  /**
   * Several cases in one request, run one after another on the prepared code: the worker answers
   * each with a case-result as it ends (its `index` in `inputs`), then cases-done. Each input is a
   * CaseInput as JSON (the page writes it once; the worker hands it to the harness as it is). The
   * worker runs no further case once the client sets CANCEL_SLOT, the interpreter dies, or a case
   * printed past the output limit.
   */
  | { type: 'cases'; id: string; inputs: string[] }
  | { type: 'check'; id: string; checker: string; args: unknown; expected: unknown; got: unknown };

export interface PythonError {
  type: string;
  message: string;
  traceback: string;
  /** Line in the candidate's editor, when the error is in their code. */
  line: number | null;
}

/** The harness's answer for prepare/case, before it is compared with anything. */
export type ExecOutcome =
  | { status: 'ok'; value?: unknown }
  | { status: 'error'; error: PythonError }
  | { status: 'invalid'; message: string }
  /**
   * Stopped by a KeyboardInterrupt: the time limit's (the client knows whether it sent one), an
   * output flood, or one the code raised itself, described by `error`.
   */
  | { status: 'interrupted'; reason: 'time' | 'output'; error?: PythonError };

export interface Captured {
  stdout: string;
  /** Bytes written in all, including what was dropped past the cap. */
  stdoutBytes: number;
  truncated: boolean;
}

/** `fatal`: the interpreter died while answering; the client replaces the worker before the next request. */
export type WorkerResponse =
  | { type: 'status'; state: 'loading' | 'ready' | 'failed'; message?: string; pythonVersion?: string }
  | { type: 'prepared'; id: string; outcome: ExecOutcome; output: Captured; fatal?: boolean }
  | {
      type: 'case-result';
      id: string;
      outcome: ExecOutcome;
      output: Captured;
      ms: number;
      fatal?: boolean;
      /** Which of the request's inputs. */
      index: number;
    }
  /** The end of a `cases` request: the worker runs none of its cases any more. */
  | { type: 'cases-done'; id: string }
  | { type: 'check-result'; id: string; ok: boolean; message?: string; fatal?: boolean };

/** The transport the client drives: a browser Worker or a Node worker thread, adapted. */
export interface WorkerPort {
  post(message: WorkerRequest): void;
  onMessage(handler: (message: WorkerResponse) => void): void;
  onCrash(handler: (reason: string) => void): void;
  terminate(): void;
}

/** Interrupt-buffer values understood by Pyodide: 2 raises KeyboardInterrupt (SIGINT). */
export const SIGINT = 2;
/**
 * The shared buffer holds three Int32 slots: [0] is Pyodide's interrupt flag; [1] counts the answers
 * the worker has posted to the request in flight (set just before each is posted), so a client whose
 * thread was too busy to read an answer in time does not mistake it for code that ignored the
 * interrupt; [2], set by the client, tells the worker to run no further case of a `cases` request.
 */
export const INTERRUPT_SLOTS = 3;
export const ANSWERED_SLOT = 1;
export const CANCEL_SLOT = 2;
