// Node worker-thread entry for the Python runner: the same engine and harness as the browser worker.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { loadPyodide } from 'pyodide';
import { createEngine } from '../../src/worker/engine.ts';
import type { WorkerRequest } from '../../src/worker/protocol.ts';

const harnessSource = readFileSync(new URL('../../src/worker/harness.py', import.meta.url), 'utf8');
const port = parentPort!;
// As in the browser worker (python.worker.ts): candidate code can reach the port through
// process.getBuiltinModule, so posting is bound before it runs, and the first listener keeps
// requests (and their ids) from any listener added later.
const postMessage = port.postMessage.bind(port);
const handle = createEngine({ load: () => loadPyodide(), harnessSource, post: (m) => postMessage(m) });
port.addEventListener('message', (event) => {
  event.stopImmediatePropagation();
  handle((event as MessageEvent<WorkerRequest>).data);
});
