// A PythonRunner backed by a Node worker thread, for the CLI judge, the bank check and vitest.
import { setFlagsFromString } from 'node:v8';
import { MessageChannel, Worker } from 'node:worker_threads';
import { PythonRunner, type RunnerOptions } from '../../src/worker/client.ts';
import type { WorkerPort, WorkerRequest, WorkerResponse } from '../../src/worker/protocol.ts';
import { readHarness } from './harness-file.ts';
import { workerEntry } from './worker-bundle.ts';

/** Read once per process and handed to every worker (the worker's bundle has no path to the files). */
let harness: string | null = null;

/**
 * Workers whose JavaScript context may still be in the making. V8 reads the flag that disallows
 * code generation from strings (eval, Function) when it creates a context, and the flag is
 * process-wide: it is set while one of our workers starts and cleared once all are running, so the
 * worker's context has it and this thread's does not change (node-sandbox.ts explains why).
 */
let starting = 0;

/**
 * A memory snapshot of a started interpreter (the harness loaded, no candidate code run), sent by the
 * first worker of this process that booted: every later worker restores it instead of booting Python,
 * which makes replacing a killed or crashed worker, and the spare's start, several times faster.
 */
let snapshot: ArrayBuffer | null = null;

/**
 * While the first worker boots Python: settles once its snapshot is here (or it ended without one).
 * Workers asked for meanwhile wait for it and restore, rather than boot beside it: a boot costs
 * several times a restore's CPU, and the bank check and the tests start two or three runners at once.
 */
let booting: Promise<void> | null = null;

/** Workers started in this process, by how Python starts in them (for the tests). */
const starts = { booted: 0, restored: 0 };
export const pythonStarts = (): Readonly<typeof starts> => ({ ...starts });

function spawnNodeWorker(): WorkerPort {
  return snapshot || !booting ? startWorker() : afterBoot(booting);
}

/** A worker started once the boot in progress is over; messages posted meanwhile are kept for it. */
function afterBoot(boot: Promise<void>): WorkerPort {
  let port: WorkerPort | null = null;
  let terminated = false;
  const queued: WorkerRequest[] = [];
  const onMessage: ((message: WorkerResponse) => void)[] = [];
  const onCrash: ((reason: string) => void)[] = [];
  void boot.then(() => {
    if (terminated) return;
    port = spawnNodeWorker();
    for (const handler of onMessage) port.onMessage(handler);
    for (const handler of onCrash) port.onCrash(handler);
    for (const message of queued.splice(0)) port.post(message);
  });
  return {
    post: (message) => (port ? port.post(message) : void queued.push(message)),
    onMessage: (handler) => (port ? port.onMessage(handler) : void onMessage.push(handler)),
    onCrash: (handler) => (port ? port.onCrash(handler) : void onCrash.push(handler)),
    terminate: () => (port ? port.terminate() : void (terminated = true)),
  };
}

function startWorker(): WorkerPort {
  if (starting++ === 0) setFlagsFromString('--disallow-code-generation-from-strings');
  // Without a snapshot yet, this worker boots and sends one back on its own channel.
  const channel = snapshot ? null : new MessageChannel();
  starts[channel ? 'booted' : 'restored']++;
  let bootOver = () => {};
  if (channel) {
    const boot = new Promise<void>((resolve) => (bootOver = resolve)).then(() => {
      if (booting === boot) booting = null;
    });
    booting = boot;
    channel.port1.once('message', (bytes: Uint8Array) => {
      snapshot ??= bytes.buffer as ArrayBuffer;
      channel.port1.close();
      bootOver();
    });
    channel.port1.unref();
  }
  const worker = new Worker(workerEntry(), {
    workerData: { snapshot, snapshotPort: channel?.port2 ?? null, harness: (harness ??= readHarness()) },
    transferList: channel ? [channel.port2] : [],
  });
  let started = false;
  const online = () => {
    if (started) return;
    started = true;
    if (--starting === 0) setFlagsFromString('--no-disallow-code-generation-from-strings');
  };
  if (channel) {
    worker.once('exit', () => {
      channel.port1.close();
      bootOver();
    });
    // Ready (or failed) without a snapshot: Pyodide could not take one; the waiting workers boot.
    worker.on('message', (m: WorkerResponse) => {
      if (m.type === 'status' && m.state !== 'loading') bootOver();
    });
  }
  worker.once('online', online);
  worker.once('error', online);
  worker.once('exit', online);
  worker.unref();
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (handler) => worker.on('message', (m: WorkerResponse) => handler(m)),
    onCrash: (handler) => {
      worker.on('error', (err) => handler(`Python worker crashed: ${err.message}`));
      worker.on('exit', (code) => handler(`Python worker exited (code ${code})`));
    },
    terminate: () => void worker.terminate(),
  };
}

export function createNodeRunner(options: Omit<RunnerOptions, 'spawn'> = {}): PythonRunner {
  return new PythonRunner({ spawn: spawnNodeWorker, ...options });
}
