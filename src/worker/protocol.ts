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
  | { type: 'case'; id: string; input: CaseInput }
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
  | { type: 'case-result'; id: string; outcome: ExecOutcome; output: Captured; ms: number; fatal?: boolean }
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
 * The shared buffer holds two Int32 slots: [0] is Pyodide's interrupt flag, [1] is set by the worker
 * just before it posts an answer, so a client whose thread was too busy to read that answer in time
 * does not mistake it for code that ignored the interrupt.
 */
export const INTERRUPT_SLOTS = 2;
export const ANSWERED_SLOT = 1;
