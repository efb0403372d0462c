import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CODE_RANDOM_BYTES, newPairCode, normalizePairCode, roomIdFor } from '../../src/domain/pair-code.ts';
import {
  CLOSE_BAD_REQUEST,
  CLOSE_NO_SUCH_ROOM,
  CLOSE_ROOM_FULL,
  CLOSE_WRONG_CODE,
  startPairServer,
  type PairServer,
} from './server.ts';

let server: PairServer;
let url: string;
const providers: WebsocketProvider[] = [];

beforeAll(async () => {
  server = await startPairServer({ host: '127.0.0.1', port: 0 });
  url = `ws://127.0.0.1:${server.port}`;
});
afterEach(() => {
  for (const p of providers.splice(0)) p.destroy();
});
afterAll(async () => {
  await server.close();
});

const freshCode = () => normalizePairCode(newPairCode(crypto.getRandomValues(new Uint8Array(CODE_RANDOM_BYTES))))!;
const peerId = () => Buffer.from(crypto.getRandomValues(new Uint8Array(8))).toString('hex');

function connect(room: string, params: Record<string, string>, doc = new Y.Doc()): WebsocketProvider {
  const p = new WebsocketProvider(url, room, doc, {
    params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  providers.push(p);
  return p;
}

const synced = (p: WebsocketProvider) =>
  new Promise<void>((resolve) => (p.synced ? resolve() : p.once('sync', () => resolve())));
const closed = (p: WebsocketProvider) =>
  new Promise<{ code: number; reason: string }>((resolve) => p.once('closed', (e) => resolve(e)));

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('pairing server', () => {
  it('answers the health check', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(await res.text()).toBe('okay');
  });

  it('lets a candidate and an interviewer with the code share a document', async () => {
    const code = freshCode();
    const room = roomIdFor(code);
    const a = connect(room, { code, peer: peerId(), role: 'candidate' });
    await synced(a);
    const b = connect(room, { code, peer: peerId(), role: 'interviewer' });
    await synced(b);
    a.doc.getText('code:two-sum').insert(0, 'class Solution:');
    await until(() => b.doc.getText('code:two-sum').toString() === 'class Solution:');
  });

  it('tells an interviewer when no candidate has opened the room (a mistyped code)', async () => {
    const code = freshCode();
    const early = connect(roomIdFor(code), { code, peer: peerId(), role: 'interviewer' });
    expect(await closed(early)).toMatchObject({
      code: CLOSE_NO_SUCH_ROOM,
      reason: expect.stringMatching(/^No mock with this code/),
    });
  });

  it('refuses a wrong or missing code, and a malformed request, with a reason and no document', async () => {
    const code = freshCode();
    const room = roomIdFor(code);
    await synced(connect(room, { code, peer: peerId(), role: 'candidate' }));
    const wrong = connect(room, { code: freshCode(), peer: peerId(), role: 'interviewer' });
    expect(await closed(wrong)).toEqual({ code: CLOSE_WRONG_CODE, reason: 'Wrong or missing code for this mock.' });
    const missing = connect(room, { peer: peerId(), role: 'interviewer' });
    expect((await closed(missing)).code).toBe(CLOSE_WRONG_CODE);
    const noRole = connect(room, { code: freshCode(), peer: peerId() });
    expect((await closed(noRole)).code).toBe(CLOSE_BAD_REQUEST);
    expect(wrong.synced || missing.synced).toBe(false);
  });

  it('refuses a third browser, and a second peer in a role already taken', async () => {
    const code = freshCode();
    const room = roomIdFor(code);
    const candidate = connect(room, { code, peer: peerId(), role: 'candidate' });
    await synced(candidate);
    const interviewer = connect(room, { code, peer: peerId(), role: 'interviewer' });
    await synced(interviewer);
    const third = connect(room, { code, peer: peerId(), role: 'interviewer' });
    expect(await closed(third)).toEqual({ code: CLOSE_ROOM_FULL, reason: 'This mock already has an interviewer.' });
    const secondCandidate = connect(room, { code, peer: peerId(), role: 'candidate' });
    expect((await closed(secondCandidate)).code).toBe(CLOSE_ROOM_FULL);
    // The room still works for the two inside.
    interviewer.doc.getMap('requests').set('a1', 'still here');
    await until(() => candidate.doc.getMap('requests').get('a1') === 'still here');
  });

  it('lets the same peer back in after a drop the server has not noticed yet', async () => {
    const code = freshCode();
    const room = roomIdFor(code);
    const params = { code, peer: peerId(), role: 'candidate' };
    const first = connect(room, params);
    await synced(first);
    const again = connect(room, params); // a reload: new socket, same peer id
    await synced(again);
    expect(again.wsconnected).toBe(true);
  });

  it('converges after a disconnection: edits made on both sides while apart are all kept', async () => {
    const code = freshCode();
    const room = roomIdFor(code);
    const cand = connect(room, { code, peer: peerId(), role: 'candidate' });
    await synced(cand);
    const intv = connect(room, { code, peer: peerId(), role: 'interviewer' });
    await synced(intv);
    const text = cand.doc.getText('code:p');
    text.insert(0, 'def f():\n');
    await until(() => intv.doc.getText('code:p').toString() === 'def f():\n');
    cand.disconnect();
    text.insert(text.length, '    return 1\n');
    intv.doc.getText('code:p').insert(0, '# reviewed\n');
    intv.doc.getMap('requests').set('b2', 'hint while apart');
    cand.connect();
    const expected = '# reviewed\ndef f():\n    return 1\n';
    await until(
      () => cand.doc.getText('code:p').toString() === expected && intv.doc.getText('code:p').toString() === expected,
    );
    expect(cand.doc.getMap('requests').get('b2')).toBe('hint while apart');
  });
});
