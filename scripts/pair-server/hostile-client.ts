// Tools for the pairing server's hostile and load tests: raw HTTP upgrades, hand-made WebSocket
// frames, and pairing messages built byte by byte (nothing here checks what it sends).
import { connect as tcpConnect, type Socket } from 'node:net';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { CODE_RANDOM_BYTES, newPairCode, normalizePairCode, roomIdFor } from '../../src/domain/pair-code.ts';

export const freshCode = () =>
  normalizePairCode(newPairCode(crypto.getRandomValues(new Uint8Array(CODE_RANDOM_BYTES))))!;
export const peerId = () => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('hex');

export function target(code: string, peer: string, role: string, room = roomIdFor(code)): string {
  return `/${room}?${new URLSearchParams({ code, peer, role }).toString()}`;
}

export interface RawConnection {
  socket: Socket;
  /** The first bytes the server answered with (empty when it closed without a word). */
  head: string;
  /** Everything received so far. */
  received(): Buffer;
  /** Resolves once the server has closed the socket, or after `ms`, with everything received. */
  ended(ms?: number): Promise<Buffer>;
}

/** Sends a WebSocket upgrade with `requestTarget` on a raw socket; resolves once the server answers. */
export function rawUpgrade(port: number, requestTarget: string): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const socket = tcpConnect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let isClosed = false;
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    const received = () => Buffer.concat(chunks);
    const conn = (head: string): RawConnection => ({
      socket,
      head,
      received,
      ended: (ms = 3_000) =>
        Promise.race([
          closed,
          new Promise<void>((r) => setTimeout(r, ms)),
          // The server's close frame is enough (it waits for ours before it hangs up).
          new Promise<void>((r) => {
            const check = () => (closeCodeIn(received()) ? r() : undefined);
            check();
            socket.on('data', check);
          }),
        ]).then(received),
    });
    socket.on('error', () => {});
    socket.once('connect', () => {
      socket.write(
        `GET ${requestTarget} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
          `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')}\r\n\r\n`,
      );
    });
    socket.on('data', (d) => {
      chunks.push(d);
      if (chunks.length === 1) resolve(conn(d.toString('latin1')));
    });
    socket.once('close', () => {
      isClosed = true;
      if (chunks.length === 0) resolve(conn(''));
    });
    setTimeout(() => (isClosed || chunks.length ? undefined : reject(new Error('no answer to the upgrade'))), 5_000);
  });
}

/** A WebSocket frame as a client would send it, with every bit under the caller's control. */
export function frame(
  opcode: number,
  payload: Uint8Array,
  o: { mask?: boolean; rsv1?: boolean; fin?: boolean; announcedLength?: number } = {},
): Buffer {
  const { mask = true, rsv1 = false, fin = true } = o;
  const length = o.announcedLength ?? payload.length;
  const head: number[] = [(fin ? 0x80 : 0) | (rsv1 ? 0x40 : 0) | opcode];
  const m = mask ? 0x80 : 0;
  if (length < 126) head.push(m | length);
  else if (length < 65_536) head.push(m | 126, length >> 8, length & 0xff);
  else {
    head.push(m | 127);
    const b = Buffer.alloc(8);
    b.writeBigUInt64BE(BigInt(length));
    head.push(...b);
  }
  if (!mask) return Buffer.concat([Buffer.from(head), payload]);
  const key = crypto.getRandomValues(new Uint8Array(4));
  const body = Buffer.from(payload.map((b, i) => b ^ key[i % 4]!));
  return Buffer.concat([Buffer.from(head), key, body]);
}

/** The close code of the server's close frame in what it sent after its 101 answer (0 when there is none). */
export function closeCodeIn(data: Buffer): number {
  let i = data.indexOf('\r\n\r\n');
  if (i < 0) return 0;
  i += 4;
  while (i + 2 <= data.length) {
    const opcode = data[i]! & 0x0f;
    let len = data[i + 1]! & 0x7f;
    let at = i + 2;
    if (len === 126) {
      len = data.readUInt16BE(at);
      at += 2;
    } else if (len === 127) {
      len = Number(data.readBigUInt64BE(at));
      at += 8;
    }
    if (opcode === 8) return len >= 2 ? data.readUInt16BE(at) : 1005;
    i = at + len;
  }
  return 0;
}

/** A message of the y-websocket protocol: a document update. */
export function updateMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** A message of the y-websocket protocol: an awareness update with the given entries. */
export function awarenessMessage(entries: { client: number; clock: number; state: string }[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const { client, clock, state } of entries) {
    encoding.writeVarUint(inner, client);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, state);
  }
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}

/** A message asking for the whole document (sync step 1 with an empty state vector). */
export function stateRequestMessage(): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
  return encoding.toUint8Array(e);
}

/** `n` updates of one client that all depend on a first one never sent: none can be placed. */
export function unplaceableUpdates(n: number): Uint8Array[] {
  const doc = new Y.Doc();
  const text = doc.getText('code:p');
  text.insert(0, 'x'); // the missing dependency
  const out: Uint8Array[] = [];
  let before = Y.encodeStateVector(doc);
  for (let i = 0; i < n; i++) {
    text.insert(text.length, 'y');
    out.push(Y.encodeStateAsUpdate(doc, before));
    before = Y.encodeStateVector(doc);
  }
  return out;
}

/** A raw client of the pairing server; `closed` resolves with the close code and reason. */
export function rawClient(
  port: number,
  requestTarget: string,
): { ws: WebSocket; open: Promise<void>; closed: Promise<{ code: number; reason: string }> } {
  const ws = new WebSocket(`ws://127.0.0.1:${port}${requestTarget}`, { perMessageDeflate: false });
  ws.on('error', () => {});
  const open = new Promise<void>((resolve) => ws.once('open', () => resolve()));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  return { ws, open, closed };
}
