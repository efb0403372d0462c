// The built pairing server runs under plain `node`, from a folder with no node_modules and no tsx:
// what a host that installed only the runtime dependencies (or nothing) has.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CODE_RANDOM_BYTES, newPairCode, normalizePairCode, roomIdFor } from '../../src/domain/pair-code.ts';
import { buildPairServer } from './build.ts';

const dir = mkdtempSync(join(tmpdir(), 'pair-bundle-'));
let child: ChildProcess | null = null;
const providers: WebsocketProvider[] = [];
afterAll(() => {
  for (const p of providers) p.destroy();
  child?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `node pair-server.mjs --port 0` in `dir`; resolves with the port it printed. */
function start(file: string): Promise<number> {
  child = spawn(process.execPath, [file, '--host', '127.0.0.1', '--port', '0'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '' },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child!.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const port = /ws:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1];
      if (port) resolve(Number(port));
    });
    child!.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child!.once('exit', (code) => reject(new Error(`pair-server exited with ${code}: ${out}`)));
  });
}

describe('the built pairing server', () => {
  it('runs with plain node and no node_modules: health check and a shared document', async () => {
    const port = await start(await buildPairServer(join(dir, 'pair-server.mjs')));
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    const code = normalizePairCode(newPairCode(crypto.getRandomValues(new Uint8Array(CODE_RANDOM_BYTES))))!;
    const connect = (role: string, peer: string) => {
      const p = new WebsocketProvider(`ws://127.0.0.1:${port}`, roomIdFor(code), new Y.Doc(), {
        params: { code, peer, role },
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      providers.push(p);
      return p;
    };
    const candidate = connect('candidate', 'a'.repeat(32));
    await new Promise((r) => candidate.once('sync', r));
    const interviewer = connect('interviewer', 'b'.repeat(32));
    await new Promise((r) => interviewer.once('sync', r));
    candidate.doc.getText('code:p').insert(0, 'def f(): pass');
    await expect.poll(() => interviewer.doc.getText('code:p').toString(), { timeout: 5_000 }).toBe('def f(): pass');
  }, 30_000);
});
