// Node worker-thread entry for the Python runner: the same engine and harness as the browser worker.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { loadPyodide } from 'pyodide';
import { createEngine } from '../../src/worker/engine.ts';
import type { WorkerRequest } from '../../src/worker/protocol.ts';

const harnessSource = readFileSync(new URL('../../src/worker/harness.py', import.meta.url), 'utf8');
const port = parentPort!;
const handle = createEngine({ load: () => loadPyodide(), harnessSource, post: (m) => port.postMessage(m) });
port.on('message', (m: WorkerRequest) => handle(m));
