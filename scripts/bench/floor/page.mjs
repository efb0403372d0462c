// The floor page: starts its worker at once and records when Python is ready (ms since navigation).
const mode = new URL(location.href).searchParams.get('mode') ?? 'bare';
const worker = new Worker(`/__floor/worker.mjs?mode=${mode}`, { type: 'module' });
let answer = null;
window.__pythonReadyAt = new Promise((resolve) => {
  worker.onmessage = (event) => {
    if (event.data.type === 'ready') {
      document.querySelector('[role="status"]').textContent = 'Python ready';
      resolve(performance.now());
    } else answer?.(event.data.out);
  };
});
/** One program and its cases in one message: ms from posting to the answer. */
window.__call = (message) =>
  new Promise((resolve) => {
    const start = performance.now();
    answer = (out) => resolve({ ms: performance.now() - start, out });
    worker.postMessage(message);
  });
/**
 * The same as a page shows it, measured as the app's Run is (scripts/bench/browser.ts clickUntil):
 * from posting to the answer written into the page and the next animation frame.
 */
window.__callShown = (message) =>
  new Promise((resolve) => {
    const start = performance.now();
    answer = (out) => {
      document.querySelector('output').textContent = out;
      requestAnimationFrame(() => resolve({ ms: performance.now() - start, out }));
    };
    worker.postMessage(message);
  });
