// The first module that runs: Python's worker starts here, before the app's bundle (start.tsx) is
// fetched and run, so the worker's files and the interpreter's snapshot are read in parallel with
// the page instead of after it. This module holds only the runner client.
import { createBrowserRunner } from '../worker/browser-runner.ts';

const runner = createBrowserRunner();
const { startApp } = await import('./start.tsx');
await startApp(runner);
