// A bounded attack on a pairing server on loopback, run as its own process by load.test.ts (so the
// attacker's work does not slow the measured pair): malformed targets, malformed and random frames,
// message floods, oversized messages, updates that cannot be placed, and 300 rooms of 100 KiB.
// `node --import tsx scripts/pair-server/attack.ts PORT` prints one JSON line of what it did.
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  freshCode,
  frame,
  peerId,
  rawClient,
  rawUpgrade,
  stateRequestMessage,
  target,
  unplaceableUpdates,
  updateMessage,
} from './hostile-client.ts';

const MiB = 1024 * 1024;

export interface AttackReport {
  messages: number;
  sockets: number;
  rooms: number;
  bytes: number;
  closes: Record<string, number>;
  ms: number;
}

const pause = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

export async function attack(port: number, scale = 1): Promise<AttackReport> {
  const started = performance.now();
  const report: AttackReport = { messages: 0, sockets: 0, rooms: 0, bytes: 0, closes: {}, ms: 0 };
  const tally = (code: number) => {
    report.closes[code] = (report.closes[code] ?? 0) + 1;
  };

  /** A raw client that is the candidate of a room of its own (it opens the room). */
  async function ownRoom(): Promise<ReturnType<typeof rawClient> | null> {
    report.sockets += 1;
    const c = rawClient(port, target(freshCode(), peerId(), 'candidate'));
    void c.closed.then((e) => tally(e.code));
    const ok = await Promise.race([c.open.then(() => true), c.closed.then(() => false)]);
    if (ok) report.rooms += 1;
    return ok ? c : null;
  }
  const send = (ws: WebSocket, m: Uint8Array) => {
    if (ws.readyState !== ws.OPEN) return false;
    ws.send(m);
    report.messages += 1;
    report.bytes += m.length;
    return true;
  };

  const malformedTargets = async () => {
    const printable = () =>
      String.fromCharCode(...Array.from(randomBytes(1 + (randomBytes(1)[0]! % 60)), (b) => 33 + (b % 94)));
    const targets = ['http://[/', '/%', '*', '//', '/?', 'http://127.0.0.1:99999/', `/${'f'.repeat(4_000)}`];
    for (let i = 0; i < 150 * scale; i++) {
      const t = i < targets.length ? targets[i]! : `/${printable()}`;
      report.sockets += 1;
      report.messages += 1;
      const conn = await rawUpgrade(port, t).catch(() => null);
      conn?.socket.destroy();
    }
  };

  const badFrames = async () => {
    const frames = [
      frame(1, new Uint8Array([0xc3, 0x28])),
      frame(2, new Uint8Array([0, 0]), { rsv1: true }),
      frame(2, new Uint8Array([0, 0]), { mask: false }),
      frame(3, new Uint8Array([1])),
      frame(2, new Uint8Array(0), { announcedLength: 64 * MiB }),
      frame(9, randomBytes(200)),
    ];
    for (let i = 0; i < 60 * scale; i++) {
      report.sockets += 1;
      const conn = await rawUpgrade(port, target(freshCode(), peerId(), 'candidate')).catch(() => null);
      if (!conn) continue;
      conn.socket.write(i < frames.length ? frames[i]! : frames[i % frames.length]!);
      report.messages += 1;
      await conn.ended(500);
      conn.socket.destroy();
    }
  };

  const randomMessages = async () => {
    const valid = new Y.Doc();
    valid.getText('code:p').insert(0, 'def f(x):\n    return x\n');
    const update = Y.encodeStateAsUpdate(valid);
    for (let i = 0; i < 40 * scale; i++) {
      const c = await ownRoom();
      if (!c) continue;
      for (let j = 0; j < 20; j++) {
        const m =
          j % 2
            ? randomBytes(1 + (randomBytes(1)[0]! % 200))
            : updateMessage(update.map((b) => (randomBytes(1)[0]! < 20 ? randomBytes(1)[0]! : b)));
        if (!send(c.ws, m)) break;
      }
      await Promise.race([c.closed, pause(200)]);
      c.ws.terminate();
    }
  };

  const floods = async () => {
    const tiny = updateMessage(Y.encodeStateAsUpdate(new Y.Doc()));
    const flooders = await Promise.all(Array.from({ length: 10 * scale }, () => ownRoom()));
    for (let round = 0; round < 100; round++) {
      for (const c of flooders) for (let j = 0; j < 20 && c; j++) send(c.ws, j === 0 ? stateRequestMessage() : tiny);
      await pause(1);
    }
    for (const c of flooders) c?.ws.terminate();
  };

  const oversized = async () => {
    const doc = new Y.Doc();
    doc.getText('code:p').insert(0, 'x'.repeat(3 * MiB));
    const big = updateMessage(Y.encodeStateAsUpdate(doc));
    for (let i = 0; i < 8 * scale; i++) {
      const c = await ownRoom();
      if (!c) continue;
      send(c.ws, big);
      await Promise.race([c.closed, pause(1_000)]);
      c.ws.terminate();
    }
  };

  const unplaceable = async () => {
    const updates = unplaceableUpdates(400).map(updateMessage);
    for (let i = 0; i < 6 * scale; i++) {
      const c = await ownRoom();
      if (!c) continue;
      for (const u of updates) if (!send(c.ws, u)) break;
      await Promise.race([c.closed, pause(1_000)]);
      c.ws.terminate();
    }
  };

  const manyRooms = async () => {
    for (let i = 0; i < 300 * scale; i++) {
      const c = await ownRoom();
      if (!c) continue;
      const doc = new Y.Doc();
      doc.getText('code:p').insert(0, String(i % 10).repeat(100 * 1024));
      send(c.ws, updateMessage(Y.encodeStateAsUpdate(doc)));
      await pause(10);
      c.ws.close();
    }
  };

  await Promise.all([
    malformedTargets(),
    badFrames(),
    randomMessages(),
    floods(),
    oversized(),
    unplaceable(),
    manyRooms(),
  ]);
  report.ms = Math.round(performance.now() - started);
  return report;
}

if (process.argv[1]?.endsWith('attack.ts')) {
  const port = Number(process.argv[2]);
  const report = await attack(port, Number(process.argv[3] ?? 1));
  console.log(JSON.stringify(report));
  process.exit(0);
}
