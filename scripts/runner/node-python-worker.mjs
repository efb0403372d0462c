// Worker-thread bootstrap: registers tsx inside the thread (Node 20 does not pass loaders to
// workers), then loads the TypeScript entry.
import { register } from 'tsx/esm/api';

register();
await import('./node-python-worker.ts');
