// The runner client against scripted fake workers: time limits, kills, crashes and the warm spare.
// (The real interpreter is exercised in scripts/runner/hostile.test.ts and by the bank check.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PythonRunner } from './client.ts';
import { ANSWERED_SLOT, type WorkerPort, type WorkerRequest, type WorkerResponse } from './protocol.ts';

/**
 * 'late': answers after the soft interrupt, marking the answer in the shared buffer at once but
 * delivering it only after the grace period, as when the page's thread was too busy to read it.
 * 'forge': marks the buffer as answered but never answers (code that reached the buffer).
 */
type Behaviour = 'answer' | 'hang' | 'crash' | 'late' | 'forge' | 'loop';

/** A worker whose start takes `startMs` and whose answers follow `next` (a queue of behaviours). */
class FakeWorker implements WorkerPort {
  static all: FakeWorker[] = [];
  terminated = false;
  next: Behaviour[] = [];
  received: WorkerRequest[] = [];
  private shared: Int32Array | null = null;
  private onMsg: ((m: WorkerResponse) => void) | null = null;
  private onDead: ((r: string) => void) | null = null;

  constructor(
    private readonly startMs: number,
    private readonly startFails = false,
  ) {
    FakeWorker.all.push(this);
  }

  post(message: WorkerRequest): void {
    this.received.push(message);
    if (this.terminated) return;
    if (message.type === 'init') {
      this.shared = message.interruptBuffer ? new Int32Array(message.interruptBuffer) : null;
      setTimeout(() => {
        if (this.terminated) return;
        if (this.startFails) this.onDead?.('worker failed to load');
        else this.onMsg?.({ type: 'status', state: 'ready', pythonVersion: '3.14.2' });
      }, this.startMs);
      return;
    }
    const behaviour = this.next.shift() ?? 'answer';
    if (behaviour === 'hang') return; // time.sleep(1000): no answer, no interrupt
    if (behaviour === 'loop' && message.type === 'prepare') {
      // while True: pass — runs until the soft interrupt lands, then answers at once.
      const poll = setInterval(() => {
        if (this.terminated) return clearInterval(poll);
        if (Atomics.load(this.shared!, 0) !== 2) return;
        clearInterval(poll);
        Atomics.store(this.shared!, 0, 0);
        this.onMsg?.({
          type: 'prepared',
          id: message.id,
          outcome: { status: 'interrupted', reason: 'time' },
          output: { stdout: '', stdoutBytes: 0, truncated: false },
        });
      }, 10);
      return;
    }
    if (behaviour === 'crash') {
      setTimeout(() => this.onDead?.('Python worker crashed: out of memory'), 1);
      return;
    }
    if ((behaviour === 'late' || behaviour === 'forge') && message.type === 'prepare') {
      const limit = 2000; // the limit every test here runs with
      setTimeout(() => Atomics.store(this.shared!, ANSWERED_SLOT, 1), limit + 100);
      if (behaviour === 'late')
        setTimeout(() => {
          if (this.terminated) return;
          this.onMsg?.({
            type: 'prepared',
            id: message.id,
            outcome: { status: 'interrupted', reason: 'time' },
            output: { stdout: '', stdoutBytes: 0, truncated: false },
          });
        }, limit + 1300);
      return;
    }
    setTimeout(() => {
      if (this.terminated) return;
      if (message.type === 'prepare')
        this.onMsg?.({
          type: 'prepared',
          id: message.id,
          outcome: { status: 'ok' },
          output: { stdout: '', stdoutBytes: 0, truncated: false },
        });
    }, 5);
  }

  onMessage(handler: (m: WorkerResponse) => void): void {
    this.onMsg = handler;
  }

  onCrash(handler: (r: string) => void): void {
    this.onDead = handler;
  }

  terminate(): void {
    this.terminated = true;
  }
}

const SPEC = { entry: { kind: 'function', name: 'f' }, params: [], returns: 'any' } as never;

function runner(options: { spare?: boolean; startMs?: number; failFirst?: number } = {}) {
  let spawned = 0;
  return new PythonRunner({
    spawn: () => new FakeWorker(options.startMs ?? 2000, spawned++ < (options.failFirst ?? 0)),
    graceMs: 1000,
    startTimeoutMs: 10_000,
    ...(options.spare ? { spare: true } : {}),
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeWorker.all = [];
});
afterEach(() => vi.useRealTimers());

describe('PythonRunner', () => {
  it('kills a run that ignores the soft interrupt after the grace period, and the next run waits for a fresh start', async () => {
    const r = runner();
    await vi.advanceTimersByTimeAsync(2000);
    expect(r.getStatus().state).toBe('ready');
    FakeWorker.all[0]!.next = ['hang'];
    const killed = r.prepare('x', SPEC, 2000);
    await vi.advanceTimersByTimeAsync(3000);
    await expect(killed).resolves.toMatchObject({ kind: 'killed' });
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    expect(r.getStatus().state).toBe('restarting');
    const next = r.prepare('x', SPEC, 2000);
    let settled = false;
    void next.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(1900);
    expect(settled).toBe(false); // still starting Python
    await vi.advanceTimersByTimeAsync(200);
    await expect(next).resolves.toMatchObject({ kind: 'done' });
  });

  it('an answer posted within the grace period but read after it (a busy page) is a time-out, not a restart', async () => {
    const r = runner();
    await vi.advanceTimersByTimeAsync(2000);
    FakeWorker.all[0]!.next = ['late'];
    const run = r.prepare('x', SPEC, 2000);
    await vi.advanceTimersByTimeAsync(3500);
    await expect(run).resolves.toMatchObject({ kind: 'timed-out' });
    expect(FakeWorker.all[0]!.terminated).toBe(false);
    expect(r.getStatus().state).toBe('ready');
  });

  it('a forged answered mark buys one more grace period, then the worker is killed all the same', async () => {
    const r = runner();
    await vi.advanceTimersByTimeAsync(2000);
    FakeWorker.all[0]!.next = ['forge'];
    const run = r.prepare('x', SPEC, 2000);
    let settled = false;
    void run.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(3100);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(run).resolves.toMatchObject({ kind: 'killed' });
    expect(FakeWorker.all[0]!.terminated).toBe(true);
  });

  it('an idle, ready runner posts the request before the call returns; a queued one waits for the one in flight', async () => {
    const r = runner();
    const posted = () => FakeWorker.all[0]!.received.filter((m) => m.type !== 'init').length;
    // Not ready yet: the request waits for the start.
    const early = r.prepare('early', SPEC, 2000);
    expect(posted()).toBe(0);
    await vi.advanceTimersByTimeAsync(2000 + 10);
    await expect(early).resolves.toMatchObject({ kind: 'done' });
    expect(posted()).toBe(1);
    // Ready and idle: posted in the caller's own task, before anything it does after the call (a
    // Run's render of "Running…" and its database transaction come after the worker has the code).
    const first = r.prepare('first', SPEC, 2000);
    expect(posted()).toBe(2);
    expect(FakeWorker.all[0]!.received.at(-1)).toMatchObject({ type: 'prepare', code: 'first' });
    // One request in flight per worker: the next is posted only once the first is answered.
    const second = r.prepare('second', SPEC, 2000);
    await Promise.resolve();
    expect(posted()).toBe(2);
    await vi.advanceTimersByTimeAsync(10);
    await expect(first).resolves.toMatchObject({ kind: 'done' });
    expect(posted()).toBe(3);
    await vi.advanceTimersByTimeAsync(10);
    await expect(second).resolves.toMatchObject({ kind: 'done' });
  });

  it('the spare starts once the runner has been idle after ready, never inside the first run', async () => {
    const r = runner({ spare: true });
    await vi.advanceTimersByTimeAsync(2000);
    expect(r.getStatus().state).toBe('ready');
    expect(FakeWorker.all).toHaveLength(1); // not at ready: the page is still starting
    // A run right after ready: the spare is put off while it is in flight…
    const first = r.prepare('x', SPEC, 2000);
    await vi.advanceTimersByTimeAsync(10);
    await expect(first).resolves.toMatchObject({ kind: 'done' });
    expect(FakeWorker.all).toHaveLength(1);
    // …and starts only after the idle period that follows it.
    await vi.advanceTimersByTimeAsync(1400);
    expect(FakeWorker.all).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(FakeWorker.all).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(r.hasWarmSpare()).toBe(true);
  });

  it('a spare still starting when a run begins is stopped, and a new one starts once the runner is idle again', async () => {
    const r = runner({ spare: true });
    await vi.advanceTimersByTimeAsync(2000 + 1500);
    expect(FakeWorker.all).toHaveLength(2); // the spare is starting (it takes 2 s)
    await vi.advanceTimersByTimeAsync(500);
    const run = r.prepare('x', SPEC, 2000);
    expect(FakeWorker.all[1]!.terminated).toBe(true); // at once, before the run is even sent
    await vi.advanceTimersByTimeAsync(10);
    await expect(run).resolves.toMatchObject({ kind: 'done' });
    expect(r.hasWarmSpare()).toBe(false);
    await vi.advanceTimersByTimeAsync(1500);
    expect(FakeWorker.all).toHaveLength(3);
    expect(FakeWorker.all[2]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(2000);
    expect(r.hasWarmSpare()).toBe(true);
    // A warm spare is idle: a run leaves it alone.
    const next = r.prepare('x', SPEC, 2000);
    await vi.advanceTimersByTimeAsync(10);
    await expect(next).resolves.toMatchObject({ kind: 'done' });
    expect(FakeWorker.all[2]!.terminated).toBe(false);
    expect(r.hasWarmSpare()).toBe(true);
  });

  it('a stream of requests (a Submit) keeps putting the spare off until it ends', async () => {
    const r = runner({ spare: true });
    await vi.advanceTimersByTimeAsync(2000);
    for (let i = 0; i < 40; i++) {
      const c = r.prepare('x', SPEC, 2000);
      await vi.advanceTimersByTimeAsync(100);
      await c;
    }
    expect(FakeWorker.all).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1600);
    expect(FakeWorker.all).toHaveLength(2);
  });

  it('with a spare, the next run after a kill does not wait for a Python start', async () => {
    const r = runner({ spare: true });
    await vi.advanceTimersByTimeAsync(2000 + 1500 + 2000);
    expect(r.hasWarmSpare()).toBe(true);

    FakeWorker.all[0]!.next = ['hang'];
    const killed = r.prepare('x', SPEC, 2000);
    await vi.advanceTimersByTimeAsync(3000);
    await expect(killed).resolves.toMatchObject({ kind: 'killed' });
    expect(r.getStatus().state).toBe('ready');
    const next = r.prepare('x', SPEC, 2000);
    await vi.advanceTimersByTimeAsync(10);
    await expect(next).resolves.toMatchObject({ kind: 'done' });
    // The spare answered; the next spare waits for the runner to be idle, off the Run path.
    expect(FakeWorker.all[1]!.received.some((m) => m.type === 'prepare')).toBe(true);
    expect(FakeWorker.all).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1500);
    expect(FakeWorker.all).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(2000);
    expect(r.hasWarmSpare()).toBe(true);
  });

  it('freshInterpreter: an untouched worker is fresh already; after a run it swaps in the warm spare and never waits for a start', async () => {
    const r = runner({ spare: true });
    await vi.advanceTimersByTimeAsync(2000);
    expect(r.freshInterpreter()).toBe(true); // nothing has run in it: kept as it is
    expect(FakeWorker.all).toHaveLength(1);
    expect(FakeWorker.all[0]!.terminated).toBe(false);
    await Promise.all([r.prepare('x', SPEC, 2000), vi.advanceTimersByTimeAsync(10)]);
    expect(r.freshInterpreter()).toBe(false); // touched, and no spare yet: nothing changes
    expect(FakeWorker.all[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1500 + 2000);
    expect(r.freshInterpreter()).toBe(true);
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    expect(r.getStatus().state).toBe('ready');
    const next = r.prepare('x', SPEC, 2000);
    await vi.advanceTimersByTimeAsync(10);
    await expect(next).resolves.toMatchObject({ kind: 'done' });
    expect(FakeWorker.all[1]!.received.some((m) => m.type === 'prepare')).toBe(true);
    expect(r.freshInterpreter()).toBe(false); // touched, and the next spare is not started yet
  });

  it('a worker that crashes mid-run is reported as a crash and replaced by the spare', async () => {
    const r = runner({ spare: true });
    await vi.advanceTimersByTimeAsync(2000 + 1500 + 2000);
    FakeWorker.all[0]!.next = ['crash'];
    const crashed = r.prepare('x', SPEC, 2000);
    await vi.advanceTimersByTimeAsync(5);
    await expect(crashed).resolves.toMatchObject({
      kind: 'crashed',
      message: expect.stringContaining('out of memory'),
    });
    expect(r.getStatus().state).toBe('ready');
    const next = r.prepare('x', SPEC, 2000);
    await vi.advanceTimersByTimeAsync(10);
    await expect(next).resolves.toMatchObject({ kind: 'done' });
  });

  it('retries a failed start and gives up with a message after three failures', async () => {
    const retried = runner({ failFirst: 2 });
    await vi.advanceTimersByTimeAsync(3 * 2000 + 10);
    expect(retried.getStatus().state).toBe('ready');
    await expect(retried.whenReady()).resolves.toBe(true);

    FakeWorker.all = [];
    const broken = runner({ failFirst: 3 });
    await vi.advanceTimersByTimeAsync(3 * 2000 + 10);
    expect(broken.getStatus()).toMatchObject({ state: 'failed', message: expect.stringContaining('failed to load') });
    await expect(broken.prepare('x', SPEC, 2000)).resolves.toMatchObject({ kind: 'unavailable' });
    expect(FakeWorker.all).toHaveLength(3);
  });

  it('a start that never answers is abandoned at the start timeout and retried', async () => {
    let spawned = 0;
    const r = new PythonRunner({ spawn: () => new FakeWorker(spawned++ === 0 ? 1e9 : 2000), startTimeoutMs: 10_000 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    await vi.advanceTimersByTimeAsync(2000);
    expect(r.getStatus().state).toBe('ready');
  });

  it('stop() interrupts the run in flight at once; the interpreter is kept and the next run uses it', async () => {
    const r = runner();
    await vi.advanceTimersByTimeAsync(2000);
    expect(r.stop()).toBe(false); // nothing running
    FakeWorker.all[0]!.next = ['loop'];
    const run = r.prepare('x', SPEC, 60_000);
    await vi.advanceTimersByTimeAsync(500);
    expect(r.stop()).toBe(true);
    await vi.advanceTimersByTimeAsync(20);
    await expect(run).resolves.toMatchObject({ kind: 'stopped', restarted: false });
    expect(FakeWorker.all[0]!.terminated).toBe(false);
    expect(r.getStatus().state).toBe('ready');
    const next = r.prepare('x', SPEC, 2000);
    await vi.advanceTimersByTimeAsync(10);
    await expect(next).resolves.toMatchObject({ kind: 'done' });
    expect(FakeWorker.all).toHaveLength(1);
    expect(r.stop()).toBe(false);
  });

  it('stop() on code that ignores the interrupt kills it after the grace period, as the limit does', async () => {
    const r = runner({ spare: true });
    await vi.advanceTimersByTimeAsync(2000 + 1500 + 2000);
    FakeWorker.all[0]!.next = ['hang'];
    const run = r.prepare('x', SPEC, 60_000);
    await vi.advanceTimersByTimeAsync(100);
    r.stop();
    let settled = false;
    void run.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(900);
    expect(settled).toBe(false); // the grace period first
    await vi.advanceTimersByTimeAsync(200);
    await expect(run).resolves.toMatchObject({ kind: 'stopped', restarted: true });
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    expect(r.getStatus().state).toBe('ready'); // the warm spare took over
    const next = r.prepare('x', SPEC, 2000);
    await vi.advanceTimersByTimeAsync(10);
    await expect(next).resolves.toMatchObject({ kind: 'done' });
  });

  it('stop() after the limit has already interrupted leaves the time-out verdict', async () => {
    const r = runner();
    await vi.advanceTimersByTimeAsync(2000);
    FakeWorker.all[0]!.next = ['late'];
    const run = r.prepare('x', SPEC, 2000);
    await vi.advanceTimersByTimeAsync(2050);
    r.stop();
    await vi.advanceTimersByTimeAsync(1500);
    await expect(run).resolves.toMatchObject({ kind: 'timed-out' });
  });

  it('dispose terminates the worker and the spare', async () => {
    const r = runner({ spare: true });
    await vi.advanceTimersByTimeAsync(2000 + 1500 + 10);
    expect(FakeWorker.all).toHaveLength(2);
    r.dispose();
    expect(FakeWorker.all.every((w) => w.terminated)).toBe(true);
  });
});
