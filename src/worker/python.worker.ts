// Browser worker entry: Pyodide from the app's own origin, the shared engine, nothing else.
import { loadPyodide } from 'pyodide';
import { createEngine } from './engine.ts';
import harnessSource from './harness.py?raw';
import type { WorkerRequest } from './protocol.ts';

const indexURL = new URL(`${import.meta.env.BASE_URL}pyodide/`, self.location.origin).href;
const handle = createEngine({
  load: () => loadPyodide({ indexURL }),
  harnessSource,
  post: (message) => self.postMessage(message),
});
// A listener held only in this closure: code in Python that reassigns `onmessage` cannot remove it.
self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => handle(event.data));
