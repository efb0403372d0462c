// A PythonRunner backed by a Node worker thread, for the CLI judge, the bank check and vitest.
import { setFlagsFromString } from 'node:v8';
import { MessageChannel, Worker } from 'node:worker_threads';
import { PythonRunner, type RunnerOptions } from '../../src/worker/client.ts';
import type { WorkerPort, WorkerResponse } from '../../src/worker/protocol.ts';

const ENTRY = new URL('./node-python-worker.mjs', import.meta.url);

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

function spawnNodeWorker(): WorkerPort {
  if (starting++ === 0) setFlagsFromString('--disallow-code-generation-from-strings');
  // Without a snapshot yet, this worker boots and sends one back on its own channel.
  const channel = snapshot ? null : new MessageChannel();
  if (channel) {
    channel.port1.once('message', (bytes: Uint8Array) => {
      snapshot ??= bytes.buffer as ArrayBuffer;
      channel.port1.close();
    });
    channel.port1.unref();
  }
  const worker = new Worker(ENTRY, {
    workerData: { snapshot, snapshotPort: channel?.port2 ?? null },
    transferList: channel ? [channel.port2] : [],
  });
  let started = false;
  const online = () => {
    if (started) return;
    started = true;
    if (--starting === 0) setFlagsFromString('--no-disallow-code-generation-from-strings');
  };
  if (channel) worker.once('exit', () => channel.port1.close());
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
