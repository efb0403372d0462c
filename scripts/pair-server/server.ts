// The paired-mock server: y-websocket's document sync, behind a door that checks the room code and
// lets in at most one candidate and one interviewer. Nothing is stored on disk; a room lives in
// memory until an hour after its last peer left.
//
// The code never needs to be registered: the room id is SHA-256(code) (src/domain/pair-code.ts), so
// the server checks a code by hashing it. A candidate opens a room; an interviewer can only join one
// that exists. A refused connection is accepted and closed at once with a
// 44xx code and a reason the app shows (a refusal during the HTTP upgrade would reach the browser as
// a bare 1006, with no reason); the document is never attached to it.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { docs, setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer, type WebSocket } from 'ws';
import { isRoomId, normalizePairCode, roomIdFor } from '../../src/domain/pair-code.ts';

/** Close codes the app understands (y-websocket does not reconnect after a 44xx close). */
export const CLOSE_BAD_REQUEST = 4400;
export const CLOSE_WRONG_CODE = 4401;
export const CLOSE_NO_SUCH_ROOM = 4404;
export const CLOSE_ROOM_FULL = 4409;

const ROLES = ['candidate', 'interviewer'] as const;
type Role = (typeof ROLES)[number];
const PEER_ID = /^[0-9a-f]{16,64}$/;
/** A paired mock's document is small; anything far larger is abuse. */
const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
const DEFAULT_IDLE_ROOM_MS = 60 * 60_000;

export interface PairServerOptions {
  host: string;
  port: number;
  /** How long a room without peers is kept (so feedback sent after a drop still arrives). */
  idleRoomMs?: number;
}

export interface PairServer {
  host: string;
  port: number;
  close(): Promise<void>;
}

interface Peer {
  ws: WebSocket;
  role: Role;
}

type Admission = { ok: true; roomId: string; peerId: string; role: Role } | { ok: false; code: number; reason: string };

/**
 * Who may enter: a room id with its code, a peer id and a role not already taken by someone else;
 * an interviewer only into a room a candidate opened (`known`).
 */
export function admit(url: string, rooms: ReadonlyMap<string, ReadonlyMap<string, Peer>>, known: { has(roomId: string): boolean }): Admission {
  const parsed = new URL(url, 'http://pair.invalid');
  const roomId = parsed.pathname.slice(1);
  const code = normalizePairCode(parsed.searchParams.get('code') ?? '');
  const peerId = parsed.searchParams.get('peer') ?? '';
  const role = parsed.searchParams.get('role');
  if (!isRoomId(roomId) || !PEER_ID.test(peerId) || !ROLES.includes(role as Role)) {
    return { ok: false, code: CLOSE_BAD_REQUEST, reason: 'Not a Mockloop pairing request.' };
  }
  if (!code || roomIdFor(code) !== roomId) return { ok: false, code: CLOSE_WRONG_CODE, reason: 'Wrong or missing code for this mock.' };
  // Only a candidate opens a room: an interviewer with a mistyped code is told, not left waiting.
  if (role === 'interviewer' && !known.has(roomId)) {
    return { ok: false, code: CLOSE_NO_SUCH_ROOM, reason: 'No mock with this code is running on this server. Check the code, or ask the candidate to start the round.' };
  }
  const room = rooms.get(roomId);
  const others = [...(room ?? [])].filter(([id]) => id !== peerId).map(([, p]) => p);
  if (others.some((p) => p.role === role)) {
    return { ok: false, code: CLOSE_ROOM_FULL, reason: `This mock already has ${role === 'candidate' ? 'a candidate' : 'an interviewer'}.` };
  }
  if (others.length >= ROLES.length) return { ok: false, code: CLOSE_ROOM_FULL, reason: 'This mock is full.' };
  return { ok: true, roomId, peerId, role: role as Role };
}

/** Starts the server; resolves once it listens (port 0 picks a free port). */
export function startPairServer({ host, port, idleRoomMs = DEFAULT_IDLE_ROOM_MS }: PairServerOptions): Promise<PairServer> {
  const rooms = new Map<string, Map<string, Peer>>();
  const idleTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const http = createServer((req, res) => {
    // GET / is the health check (and Playwright's readiness URL).
    res.writeHead(req.url === '/' ? 200 : 404, { 'Content-Type': 'text/plain' });
    res.end(req.url === '/' ? 'okay' : 'not found');
  });

  function leave(roomId: string, peerId: string, ws: WebSocket): void {
    const room = rooms.get(roomId);
    if (room?.get(peerId)?.ws !== ws) return; // replaced by the same peer's reconnection
    room.delete(peerId);
    if (room.size > 0) return;
    rooms.delete(roomId);
    idleTimers.set(roomId, setTimeout(() => {
      idleTimers.delete(roomId);
      if (rooms.has(roomId)) return;
      docs.get(roomId)?.destroy();
      docs.delete(roomId);
    }, idleRoomMs));
  }

  function join(ws: WebSocket, req: IncomingMessage, roomId: string, peerId: string, role: Role): void {
    clearTimeout(idleTimers.get(roomId));
    idleTimers.delete(roomId);
    const room = rooms.get(roomId) ?? new Map<string, Peer>();
    rooms.set(roomId, room);
    // The same peer reconnecting (a dropped network, a reload) replaces its stale socket, which the
    // server may not have noticed yet.
    room.get(peerId)?.ws.terminate();
    room.set(peerId, { ws, role });
    ws.on('close', () => leave(roomId, peerId, ws));
    setupWSConnection(ws, req, { docName: roomId });
  }

  http.on('upgrade', (req, socket, head) => {
    const admission = admit(req.url ?? '/', rooms, docs);
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (!admission.ok) ws.close(admission.code, admission.reason);
      else join(ws, req, admission.roomId, admission.peerId, admission.role);
    });
  });

  return new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => {
      const address = http.address() as AddressInfo;
      resolve({
        host,
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            for (const t of idleTimers.values()) clearTimeout(t);
            for (const room of rooms.values()) for (const p of room.values()) p.ws.terminate();
            wss.close();
            http.close(() => done());
          }),
      });
    });
  });
}
