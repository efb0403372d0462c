// npm run bench's user-facing figures alone (also part of run.ts): BENCH_UPSTREAM is the server
// under test (a vite preview of a build), BENCH_PROXY_PORT the counting proxy's port.
import { mkdirSync, writeFileSync } from 'node:fs';
import { startProxy } from './proxy.ts';
import { speedFigures, speedTable } from './speed.ts';

const upstream = process.env.BENCH_UPSTREAM ?? 'http://127.0.0.1:4173/';
const proxy = await startProxy(upstream, Number(process.env.BENCH_PROXY_PORT ?? 4174));
try {
  const figures = await speedFigures(proxy, Number(process.env.BENCH_SAMPLES ?? 5));
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(process.env.BENCH_OUT ?? 'bench-results/speed.json', `${JSON.stringify(figures, null, 2)}\n`);
  console.log(speedTable(figures));
} finally {
  await proxy.close();
}
