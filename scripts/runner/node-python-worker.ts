// Node worker-thread entry for the Python runner: the same engine and harness as the browser worker,
// with Pyodide sandboxed (node-sandbox.ts).
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { createEngine } from '../../src/worker/engine.ts';
import type { WorkerRequest } from '../../src/worker/protocol.ts';
import { closeHostModules, loadSandboxedPyodide } from './node-sandbox.ts';

const harnessSource = readFileSync(new URL('../../src/worker/harness.py', import.meta.url), 'utf8');
const port = parentPort!;
// As in the browser worker (python.worker.ts): posting is bound before any candidate code runs, and
// the first listener keeps requests (and their ids) from any listener added later.
const postMessage = port.postMessage.bind(port);
const load = async () => {
  const py = await loadSandboxedPyodide();
  closeHostModules();
  return py;
};
const handle = createEngine({ load, harnessSource, post: (m) => postMessage(m) });
port.addEventListener('message', (event) => {
  event.stopImmediatePropagation();
  handle((event as MessageEvent<WorkerRequest>).data);
});
