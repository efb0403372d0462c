// A PythonRunner backed by a Node worker thread, for the CLI judge, the bank check and vitest.
import { Worker } from 'node:worker_threads';
import { PythonRunner, type RunnerOptions } from '../../src/worker/client.ts';
import type { WorkerPort, WorkerResponse } from '../../src/worker/protocol.ts';

const ENTRY = new URL('./node-python-worker.mjs', import.meta.url);

function spawnNodeWorker(): WorkerPort {
  const worker = new Worker(ENTRY);
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
