// The floor: bare Pyodide in a module worker served from the same files as the app, with nothing of
// the app around it. ?mode=snapshot restores a memory snapshot kept in Cache Storage (taken at the
// first visit), as the app does. One message runs a program and all its cases.
import { loadPyodide } from './pyodide.mjs';

const mode = new URL(self.location.href).searchParams.get('mode');
const indexURL = new URL('/pyodide/', self.location.origin).href;
const SNAPSHOT = new URL('/__floor/snapshot.bin', self.location.origin).href;

async function start() {
  if (mode !== 'snapshot') return loadPyodide({ indexURL });
  const cache = await caches.open('floor-snapshot');
  const saved = await cache.match(SNAPSHOT);
  if (saved) {
    // Pyodide keeps the config it was given, snapshot included: detached here as the app does
    // (src/worker/boot.ts), or the floor's memory figure counts a 30 MB buffer no interpreter needs.
    const bytes = await saved.arrayBuffer();
    const py = await loadPyodide({ indexURL, _loadSnapshot: bytes });
    structuredClone(bytes, { transfer: [bytes] });
    return py;
  }
  const py = await loadPyodide({ indexURL, _makeSnapshot: true });
  py.runPython('import json, collections, heapq, math');
  await cache.put(SNAPSHOT, new Response(py.makeMemorySnapshot()));
  return py;
}

const py = await start();
const run = py.runPython(`
import json
def run(code, entry, cases_json):
    ns = {}
    exec(compile("from typing import *\\nfrom collections import *\\n" + code, "solution.py", "exec"), ns)
    if "." in entry:
        cls, name = entry.split(".")
        fn = getattr(ns[cls](), name)
    else:
        fn = ns[entry]
    return json.dumps([fn(*args) for args in json.loads(cases_json)])
run`);
self.onmessage = (event) => {
  const { code, entry, cases } = event.data;
  self.postMessage({ type: 'done', out: run(code, entry, JSON.stringify(cases)) });
};
self.postMessage({ type: 'ready' });
