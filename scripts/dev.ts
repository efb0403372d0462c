// `npm run dev` (and `npm start`, with `preview`): Vite and the pairing server side by side, stopped
// together, so a paired round never waits on a server nobody started. Arguments go to Vite;
// with `--host` (Vite on the LAN) the pairing server listens on every interface too.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DEFAULT_PAIR_PORT } from '../src/domain/pair-code.ts';
import { startPairServer, type PairServer } from './pair-server/server.ts';

const args = process.argv.slice(2);
const host = process.env.PAIR_HOST ?? (args.includes('--host') ? '0.0.0.0' : '127.0.0.1');
const port = Number(process.env.PAIR_PORT ?? DEFAULT_PAIR_PORT);

let pair: PairServer | null = null;
try {
  pair = await startPairServer({ host, port });
  console.log(`Pairing server on ws://${host}:${pair.port}`);
} catch (e) {
  // Most often another dev session already runs one on this port; the app can use that one.
  console.warn(`Pairing server not started (${(e as Error).message}); paired mocks need one on port ${port}.`);
}

const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
const vite = spawn(process.execPath, [viteBin, ...args], { stdio: 'inherit' });
const stop = () => vite.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
vite.on('exit', (code) => {
  void (pair?.close() ?? Promise.resolve()).then(() => process.exit(code ?? 0));
});
