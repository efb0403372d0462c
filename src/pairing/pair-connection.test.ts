// The connection against the real pairing server, in-process: status, refusals, and what a drop
// must not lose (edits on both sides, and each side seeing the other again).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { startPairServer, type PairServer } from '../../scripts/pair-server/server.ts';
import { CODE_RANDOM_BYTES, newPairCode, normalizePairCode } from '../domain/pair-code.ts';
import { openPairConnection, randomHex, type PairConnection } from './pair-connection.ts';

// Node 20 has no WebSocket global; the browser's is what the app uses.
globalThis.WebSocket ??= NodeWebSocket as unknown as typeof globalThis.WebSocket;

let server: PairServer;
let serverUrl: string;
const open: PairConnection[] = [];

beforeAll(async () => {
  server = await startPairServer({ host: '127.0.0.1', port: 0 });
  serverUrl = `ws://127.0.0.1:${server.port}`;
});
afterEach(() => {
  for (const c of open.splice(0)) c.destroy();
});
afterAll(() => server.close());

const freshCode = () => normalizePairCode(newPairCode(crypto.getRandomValues(new Uint8Array(CODE_RANDOM_BYTES))))!;

function connect(
  code: string,
  role: 'candidate' | 'interviewer',
  peerId = randomHex(16),
  more: { known?: boolean; onAdmitted?: () => void } = {},
): PairConnection {
  const c = openPairConnection({ serverUrl, code, role, peerId, ...more });
  open.push(c);
  return c;
}

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('pair connection', () => {
  it('connects, sees the partner, and reports a refusal with the server’s reason', async () => {
    const code = freshCode();
    const candidate = connect(code, 'candidate');
    await candidate.synced;
    expect(candidate.status()).toEqual({ kind: 'connected' });
    expect(candidate.partnerPresent()).toBe(false);
    const interviewer = connect(code, 'interviewer');
    await until(() => candidate.partnerPresent() && interviewer.partnerPresent());
    const third = connect(code, 'interviewer');
    await until(() => third.status().kind === 'refused');
    expect(third.status()).toEqual({ kind: 'refused', reason: 'This mock already has an interviewer.' });
  });

  it('after a drop, merges what both sides did and shows each side the other again at once', async () => {
    const code = freshCode();
    const candidate = connect(code, 'candidate');
    await candidate.synced;
    const interviewer = connect(code, 'interviewer');
    await until(() => candidate.partnerPresent() && interviewer.partnerPresent());
    const text = candidate.doc.getText('code:p');
    text.insert(0, 'a = 1\n');

    candidate.provider.disconnect();
    expect(candidate.status()).toEqual({ kind: 'reconnecting' });
    text.insert(text.length, 'b = 2\n');
    interviewer.doc.getMap('requests').set('a1b2c3d4e5f60718', { type: 'extend', minutes: 5, sentAt: 1 });
    candidate.provider.connect();

    // Well inside awareness's 15-second renewal: presence comes back because both re-announce.
    await until(
      () => candidate.status().kind === 'connected' && candidate.partnerPresent() && interviewer.partnerPresent(),
      3_000,
    );
    await until(() => interviewer.doc.getText('code:p').toString() === 'a = 1\nb = 2\n');
    expect(candidate.doc.getMap('requests').get('a1b2c3d4e5f60718')).toEqual({ type: 'extend', minutes: 5, sentAt: 1 });
  });
});

describe('when the server slows a client down', () => {
  it('reconnects after a rate-limit close (4429) instead of giving up, and nothing typed is lost', async () => {
    const strict = await startPairServer({
      host: '127.0.0.1',
      port: 0,
      limits: { messageBurst: 30, messagesPerSecond: 5 },
    });
    try {
      const code = freshCode();
      const c = openPairConnection({
        serverUrl: `ws://127.0.0.1:${strict.port}`,
        code,
        role: 'candidate',
        peerId: randomHex(16),
      });
      open.push(c);
      await c.synced;
      const text = c.doc.getText('code:p');
      for (let i = 0; i < 60; i++) text.insert(text.length, 'x');
      await until(() => c.status().kind === 'reconnecting' || c.status().kind === 'refused');
      expect(c.status().kind).toBe('reconnecting');
      await until(() => c.status().kind === 'connected', 10_000);
      const i = openPairConnection({
        serverUrl: `ws://127.0.0.1:${strict.port}`,
        code,
        role: 'interviewer',
        peerId: randomHex(16),
      });
      open.push(i);
      await until(() => i.doc.getText('code:p').length === 60, 10_000);
    } finally {
      await strict.close();
    }
  });
});

describe('after the pairing server restarts (rooms are in memory: the candidate reopens its room)', () => {
  async function restartServer(): Promise<void> {
    const port = server.port;
    await server.close();
    server = await startPairServer({ host: '127.0.0.1', port });
  }

  it('an interviewer back before the candidate is told 4404 and keeps trying until the candidate is back', async () => {
    const code = freshCode();
    const candidate = connect(code, 'candidate', randomHex(16));
    await candidate.synced;
    candidate.doc.getText('code:p').insert(0, 'def f():');
    let admissions = 0;
    const interviewer = connect(code, 'interviewer', randomHex(16), { onAdmitted: () => (admissions += 1) });
    await interviewer.synced;
    await until(() => interviewer.doc.getText('code:p').toString() === 'def f():');
    expect(admissions).toBe(1);
    candidate.provider.disconnect(); // the candidate's browser is away for the moment
    const closes: number[] = [];
    interviewer.provider.on('connection-close', (e) => closes.push(e?.code ?? 0));
    await restartServer();
    await until(() => closes.filter((c) => c === 4404).length >= 2, 10_000);
    expect(interviewer.status().kind).toBe('reconnecting');
    candidate.provider.connect();
    await until(() => candidate.status().kind === 'connected' && interviewer.status().kind === 'connected', 10_000);
    candidate.doc.getText('code:p').insert(8, ' return 1');
    await until(() => interviewer.doc.getText('code:p').toString() === 'def f(): return 1', 10_000);
    expect(admissions).toBe(1);
    // The candidate's seat is still bound to the candidate's browser.
    const intruder = connect(code, 'candidate');
    await until(() => intruder.status().kind === 'refused');
  }, 30_000);

  it('an interviewer whose page reloaded meanwhile (known to the room by its kept peer id) also waits', async () => {
    const code = freshCode();
    const candidate = connect(code, 'candidate', randomHex(16));
    await candidate.synced;
    const peerId = randomHex(16);
    const before = connect(code, 'interviewer', peerId);
    await before.synced;
    candidate.provider.disconnect();
    before.destroy();
    await restartServer();
    const closes: number[] = [];
    const after = connect(code, 'interviewer', peerId, { known: true });
    after.provider.on('connection-close', (e) => closes.push(e?.code ?? 0));
    await until(() => closes.filter((c) => c === 4404).length >= 2, 10_000);
    expect(after.status().kind).not.toBe('refused');
    candidate.provider.connect();
    await until(() => after.status().kind === 'connected' && after.partnerPresent(), 10_000);
  }, 30_000);

  it('a code no mock was opened with is refused at once, with the reason, and never retried', async () => {
    // The socket opens before the server checks the room: an open socket is not an admission.
    const closes: number[] = [];
    let admitted = false;
    const stranger = connect(freshCode(), 'interviewer', randomHex(16), { onAdmitted: () => (admitted = true) });
    stranger.provider.on('connection-close', (e) => closes.push(e?.code ?? 0));
    await until(() => stranger.status().kind === 'refused');
    expect(stranger.status()).toEqual({
      kind: 'refused',
      reason: expect.stringMatching(/^No mock with this code is running on this server/),
    });
    await new Promise((r) => setTimeout(r, 1_500));
    expect(closes).toEqual([4404]);
    expect(admitted).toBe(false);
  });

  it('an interviewer who was never let in is refused after a restart too (nothing to wait for)', async () => {
    const code = freshCode();
    const candidate = connect(code, 'candidate', randomHex(16));
    await candidate.synced;
    candidate.provider.disconnect();
    await restartServer();
    const late = connect(code, 'interviewer', randomHex(16));
    await until(() => late.status().kind === 'refused', 10_000);
    candidate.provider.connect();
  }, 30_000);
});
