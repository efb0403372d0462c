// Node worker-thread entry for the Python runner: the same engine and harness as the browser worker,
// with Pyodide sandboxed (node-sandbox.ts). Like the browser, it starts from a memory snapshot of a
// started interpreter when the runner hands it one (node-runner.ts), and otherwise boots and sends
// the runner a snapshot for the workers after it.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import type { SnapshotStore } from '../../src/worker/boot.ts';
import { createEngine, harnessPreload } from '../../src/worker/engine.ts';
import type { WorkerRequest } from '../../src/worker/protocol.ts';
import { closeHostModules, loadSandboxedPyodide } from './node-sandbox.ts';

const port = parentPort!;
// As in the browser worker (python.worker.ts): posting is bound before any candidate code runs, and
// the first listener keeps requests (and their ids) from any listener added later.
const postMessage = port.postMessage.bind(port);

/**
 * What node-runner.ts starts the thread with: the harness source, and a snapshot to restore or a
 * port to send one back on.
 */
interface Start {
  harness: string;
  snapshot?: ArrayBuffer | null;
  snapshotPort?: MessagePort | null;
}
const start = workerData as Start;
const harnessSource = start.harness;
let given = start.snapshot ?? undefined;
let back = start.snapshotPort ?? null;

/**
 * Used once, at the start, before any candidate code runs; then both references are dropped (the
 * port closed), so nothing candidate code could reach holds them.
 */
const store: SnapshotStore = {
  read: async () => given,
  write: (snapshot) => {
    const copy = snapshot.slice();
    back?.postMessage(copy, [copy.buffer]);
  },
  drop: async () => void (given = undefined),
};

const load = async () => {
  const py = await loadSandboxedPyodide({ preload: harnessPreload(harnessSource), store });
  given = undefined;
  back?.close();
  back = null;
  closeHostModules();
  return py;
};
const handle = createEngine({ load, harnessSource, post: (m) => postMessage(m) });
port.addEventListener('message', (event) => {
  event.stopImmediatePropagation();
  handle((event as MessageEvent<WorkerRequest>).data);
});
