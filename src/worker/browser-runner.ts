// PythonRunner over a browser module Worker.
import { PythonRunner } from './client.ts';
import type { WorkerPort, WorkerResponse } from './protocol.ts';

function spawnBrowserWorker(): WorkerPort {
  const worker = new Worker(new URL('./python.worker.ts', import.meta.url), { type: 'module', name: 'python' });
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (handler) => worker.addEventListener('message', (e: MessageEvent<WorkerResponse>) => handler(e.data)),
    onCrash: (handler) => {
      worker.addEventListener('error', (e) => handler(`Python worker crashed: ${e.message || 'unknown error'}`));
      worker.addEventListener('messageerror', () => handler('Python worker sent an unreadable message'));
    },
    terminate: () => worker.terminate(),
  };
}

/** The runner for candidate code: keeps a warm spare so a killed run is replaced at once. */
export function createBrowserRunner(): PythonRunner {
  return new PythonRunner({ spawn: spawnBrowserWorker, spare: true });
}

/** A runner for checkers: never runs candidate code, so it never needs a spare. */
export function createCheckerRunner(): PythonRunner {
  return new PythonRunner({ spawn: spawnBrowserWorker });
}
