// One spawned Python worker as the runner client sees it: its port, its shared interrupt buffer, and
// whether Python in it has started. The client decides what a slot's answers and failures mean.
import type { WorkerPort, WorkerResponse } from './protocol.ts';
import { INTERRUPT_SLOTS } from './protocol.ts';

export /** One spawned worker: its port, interrupt buffer and whether Python in it has started. */
interface Slot {
  port: WorkerPort;
  interrupt: Int32Array | null;
  state: 'loading' | 'ready' | 'failed';
  pythonVersion?: string;
  message?: string;
  /** Resolves true when Python is warm, false if this worker failed to start. */
  ready: Promise<boolean>;
  /** Whether candidate code has run in this interpreter (the start's own warm-up does not count). */
  touched: boolean;
  /** Set once the slot is terminated; messages from it are ignored afterwards. */
  retired: boolean;
  settleReady: (ok: boolean) => void;
}

export interface SlotOptions {
  spawn: () => WorkerPort;
  stdoutLimitBytes: number;
  startTimeoutMs: number;
}

/** What the client does with a slot's messages and failures. */
export interface SlotHooks {
  /** An answer to a request (the client matches it against the one in flight, if any). */
  answer(slot: Slot, message: WorkerResponse): void;
  /** The worker can no longer answer the request in flight, if it has one. */
  lose(slot: Slot, reason: string): void;
  /** A worker that had started died (a crash in user code, an out-of-memory kill). */
  lost(slot: Slot, reason: string): void;
}

/** Spawns a worker and starts Python in it. */
export function spawnSlot(options: SlotOptions, hooks: SlotHooks): Slot {
  const port = options.spawn();
  const interrupt =
    typeof SharedArrayBuffer !== 'undefined' && (globalThis.crossOriginIsolated ?? true)
      ? new Int32Array(new SharedArrayBuffer(4 * INTERRUPT_SLOTS))
      : null;
  let resolveReady: (ok: boolean) => void = () => {};
  const ready = new Promise<boolean>((r) => (resolveReady = r));
  const slot: Slot = {
    port,
    interrupt,
    state: 'loading',
    retired: false,
    touched: false,
    ready,
    settleReady: (ok) => resolveReady(ok),
  };
  const startTimer = setTimeout(() => {
    if (slot.retired || slot.state !== 'loading') return;
    slot.state = 'failed';
    slot.message = 'Python did not start in time';
    resolveReady(false);
  }, options.startTimeoutMs);
  const fail = (reason: string) => {
    clearTimeout(startTimer);
    if (slot.retired) return;
    const wasReady = slot.state === 'ready';
    slot.state = 'failed';
    slot.message = reason;
    resolveReady(false);
    // A request in flight on this worker will never be answered now.
    hooks.lose(slot, reason);
    if (wasReady) hooks.lost(slot, reason);
  };
  port.onMessage((msg) => {
    if (slot.retired) return;
    if (msg.type === 'status') {
      if (msg.state === 'ready' && slot.state === 'loading') {
        clearTimeout(startTimer);
        slot.state = 'ready';
        if (msg.pythonVersion) slot.pythonVersion = msg.pythonVersion;
        resolveReady(true);
      } else if (msg.state === 'failed') {
        fail(msg.message ?? 'Python failed');
      }
      return;
    }
    hooks.answer(slot, msg);
  });
  port.onCrash((reason) => {
    if (slot.retired) return;
    hooks.lose(slot, reason);
    fail(reason);
  });
  port.post({
    type: 'init',
    interruptBuffer: interrupt ? (interrupt.buffer as SharedArrayBuffer) : null,
    stdoutLimitBytes: options.stdoutLimitBytes,
  });
  return slot;
}
