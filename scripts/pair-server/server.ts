// The paired-mock server: Yjs document sync (the y-websocket protocol) behind a door that checks
// the room code and lets in at most one candidate and one interviewer. Nothing is stored on disk; a
// room lives in memory until an hour after its last peer left, or until memory is needed.
//
// The code never needs to be registered: the room id is SHA-256(code) (src/domain/pair-code.ts), so
// the server checks a code by hashing it, and only a candidate who proves the code opens a room.
// The candidate's seat is bound to the peer id of the browser that opened the room: a reload of
// that browser takes it back, nobody else can sit in it. A refused connection is accepted and closed
// at once with a 44xx/45xx code and a reason the app shows (a refusal during the HTTP upgrade would
// reach the browser as a bare 1006, with no reason); the document is never attached to it.
//
// Hostile input: every parse is guarded, every socket has an 'error' listener, a message over the
// cap is refused from its header (4413) without being read, and the rest of the limits (rates,
// pending updates, per-room and total memory) are in limits.ts. A fault closes the one socket.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { WebSocket, WebSocketServer } from 'ws';
import { isRoomId, normalizePairCode, roomIdFor } from '../../src/domain/pair-code.ts';
import { DEFAULT_LIMITS, TokenBucket, type PairLimits } from './limits.ts';
import {
  CLOSE_BAD_REQUEST, CLOSE_BUSY, CLOSE_NO_SUCH_ROOM, CLOSE_RATE_LIMITED, CLOSE_ROOM_FULL, CLOSE_TOO_LARGE, CLOSE_WRONG_CODE, ROOM_BASE_BYTES, Room,
  type Role,
} from './room.ts';

export {
  CLOSE_BAD_REQUEST, CLOSE_BUSY, CLOSE_NO_SUCH_ROOM, CLOSE_RATE_LIMITED, CLOSE_ROOM_FULL, CLOSE_TOO_LARGE, CLOSE_UNPLACEABLE, CLOSE_WRONG_CODE,
} from './room.ts';
export { DEFAULT_LIMITS, type PairLimits } from './limits.ts';

const ROLES = ['candidate', 'interviewer'] as const;
const PEER_ID = /^[0-9a-f]{16,64}$/;
const NOT_PAIRING = 'Not a Mockloop pairing request.';

export interface PairServerOptions {
  host: string;
  port: number;
  /** Overrides of the defaults in limits.ts (tests use small ones). */
  limits?: Partial<PairLimits>;
}

export interface PairServerStats {
  rooms: number;
  sockets: number;
  /** Counted bytes of all rooms' documents (what `maxTotalBytes` caps). */
  bytes: number;
  /** Rooms dropped to make memory, and sockets closed for breaking a rule, since the start. */
  droppedRooms: number;
  refusedSockets: number;
  /** The slowest 1 % of the event loop's delays since the last call, in ms (how long a message may wait). */
  loopDelayP99Ms: number;
}

export interface PairServer {
  host: string;
  port: number;
  limits: PairLimits;
  stats(): PairServerStats;
  close(): Promise<void>;
}

type Admission = { ok: true; roomId: string; peerId: string; role: Role } | { ok: false; code: number; reason: string };

interface RoomView {
  candidateKey: string;
  peerWith(role: Role): { peerId: string } | undefined;
}

/** The request target's parts, or null when it is not a URL at all. */
function parseTarget(target: string, maxChars: number): URL | null {
  if (target.length > maxChars) return null;
  try {
    return new URL(target, 'http://pair.invalid');
  } catch {
    return null;
  }
}

/**
 * Who may enter: a room id with its code, a peer id and a role; an interviewer only into a room a
 * candidate opened; a candidate only with the room's seat key; at most one live peer per role.
 */
export function admit(target: string, rooms: { get(roomId: string): RoomView | undefined }, maxTargetChars = DEFAULT_LIMITS.maxTargetChars): Admission {
  const parsed = parseTarget(target, maxTargetChars);
  if (!parsed) return { ok: false, code: CLOSE_BAD_REQUEST, reason: NOT_PAIRING };
  const roomId = parsed.pathname.slice(1);
  const code = normalizePairCode(parsed.searchParams.get('code') ?? '');
  const peerId = parsed.searchParams.get('peer') ?? '';
  const role = parsed.searchParams.get('role');
  if (!isRoomId(roomId) || !PEER_ID.test(peerId) || !ROLES.includes(role as Role)) return { ok: false, code: CLOSE_BAD_REQUEST, reason: NOT_PAIRING };
  if (!code || roomIdFor(code) !== roomId) return { ok: false, code: CLOSE_WRONG_CODE, reason: 'Wrong or missing code for this mock.' };
  const room = rooms.get(roomId);
  // Only a candidate opens a room: an interviewer with a mistyped code is told, not left waiting.
  if (!room) {
    return role === 'interviewer'
      ? { ok: false, code: CLOSE_NO_SUCH_ROOM, reason: 'No mock with this code is running on this server. Check the code, or ask the candidate to start the round.' }
      : { ok: true, roomId, peerId, role: 'candidate' };
  }
  if (role === 'candidate' && room.candidateKey !== peerId) return { ok: false, code: CLOSE_ROOM_FULL, reason: 'This mock already has a candidate.' };
  const seated = room.peerWith(role as Role);
  if (seated && seated.peerId !== peerId) {
    return { ok: false, code: CLOSE_ROOM_FULL, reason: `This mock already has ${role === 'candidate' ? 'a candidate' : 'an interviewer'}.` };
  }
  return { ok: true, roomId, peerId, role: role as Role };
}

/**
 * ws closes a socket whose message is over `maxPayload` with 1009 as soon as the frame header
 * announces the length (nothing is buffered); the app is told 4413 with a reason instead.
 */
class PairSocket extends WebSocket {
  override close(code?: number, reason?: string | Buffer): void {
    if (code === 1009) super.close(CLOSE_TOO_LARGE, 'Message too large for the pairing server.');
    else super.close(code, reason);
  }
}

const noop = () => {};

/** Starts the server; resolves once it listens (port 0 picks a free port). */
export function startPairServer({ host, port, limits: overrides }: PairServerOptions): Promise<PairServer> {
  const limits: PairLimits = { ...DEFAULT_LIMITS, ...overrides };
  const rooms = new Map<string, Room>();
  const idleTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const creations = new Map<string, TokenBucket>();
  let totalBytes = 0;
  let sockets = 0;
  let droppedRooms = 0;
  let refusedSockets = 0;
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes, WebSocket: PairSocket, perMessageDeflate: false });
  wss.on('error', noop);
  const http = createServer((req, res) => {
    // GET / is the health check (and Playwright's readiness URL).
    res.writeHead(req.url === '/' ? 200 : 404, { 'Content-Type': 'text/plain' });
    res.end(req.url === '/' ? 'okay' : 'not found');
  });
  http.on('clientError', (_err, socket: Socket) => socket.destroy());

  function dropRoom(room: Room): void {
    clearTimeout(idleTimers.get(room.id));
    idleTimers.delete(room.id);
    rooms.delete(room.id);
    room.drop();
  }

  /** Drops idle rooms, least recently active first, until `bytes` more fit; false if they cannot. */
  function makeRoom(bytes: number, keep?: Room): boolean {
    if (totalBytes + bytes <= limits.maxTotalBytes) return true;
    const idle = [...rooms.values()].filter((r) => r.idle && r !== keep).sort((a, b) => a.lastActive - b.lastActive);
    for (const room of idle) {
      dropRoom(room);
      droppedRooms += 1;
      if (totalBytes + bytes <= limits.maxTotalBytes) return true;
    }
    return false;
  }

  const host_ = {
    limits,
    reserve: (room: Room, bytes: number) => makeRoom(bytes, room),
    account: (delta: number) => {
      totalBytes += delta;
    },
  };

  function openRoom(roomId: string, candidateKey: string, address: string): Room | { code: number; reason: string } {
    const bucket = creations.get(address) ?? new TokenBucket(limits.roomsPerAddressPerMinute, limits.roomsPerAddressPerMinute / 60);
    creations.set(address, bucket);
    if (!bucket.take(1)) return { code: CLOSE_RATE_LIMITED, reason: 'Too many new mocks from this address: wait a minute.' };
    if (rooms.size >= limits.maxRooms) {
      const oldest = [...rooms.values()].filter((r) => r.idle).sort((a, b) => a.lastActive - b.lastActive)[0];
      if (oldest) {
        dropRoom(oldest);
        droppedRooms += 1;
      }
    }
    if (rooms.size >= limits.maxRooms || !makeRoom(ROOM_BASE_BYTES)) return { code: CLOSE_BUSY, reason: 'The pairing server is full right now; try again in a few minutes.' };
    const room = new Room(roomId, candidateKey, host_, Date.now());
    totalBytes += room.bytes;
    rooms.set(roomId, room);
    return room;
  }

  function leave(room: Room, ws: WebSocket): void {
    room.leave(ws);
    if (!room.idle || rooms.get(room.id) !== room) return;
    room.lastActive = Date.now();
    clearTimeout(idleTimers.get(room.id));
    idleTimers.set(room.id, setTimeout(() => {
      if (room.idle && rooms.get(room.id) === room) dropRoom(room);
    }, limits.idleRoomMs));
  }

  function refuse(ws: WebSocket, code: number, reason: string): void {
    refusedSockets += 1;
    ws.close(code, reason);
  }

  function connect(ws: WebSocket, req: IncomingMessage): void {
    sockets += 1;
    ws.on('error', noop);
    ws.once('close', () => {
      sockets -= 1;
    });
    if (sockets > limits.maxSockets) return refuse(ws, CLOSE_BUSY, 'The pairing server is full right now; try again in a few minutes.');
    const admission = admit(req.url ?? '/', rooms, limits.maxTargetChars);
    if (!admission.ok) return refuse(ws, admission.code, admission.reason);
    let room = rooms.get(admission.roomId);
    if (!room) {
      const opened = openRoom(admission.roomId, admission.peerId, req.socket.remoteAddress ?? '');
      if (!(opened instanceof Room)) return refuse(ws, opened.code, opened.reason);
      room = opened;
    }
    clearTimeout(idleTimers.get(room.id));
    idleTimers.delete(room.id);
    const joined = room;
    joined.join(ws, admission.role, admission.peerId, Date.now());
    ws.on('message', (data: Buffer, isBinary: boolean) => joined.receive(ws, data, isBinary, Date.now()));
    ws.on('close', () => leave(joined, ws));
    // A peer that vanishes without a close (a sleeping laptop) is noticed within a minute.
    let alive = true;
    ws.on('pong', () => {
      alive = true;
    });
    const ping = setInterval(() => {
      if (!alive) {
        clearInterval(ping);
        ws.terminate();
        return;
      }
      alive = false;
      ws.ping();
    }, 30_000);
    ws.once('close', () => clearInterval(ping));
  }

  http.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.on('error', noop);
    try {
      wss.handleUpgrade(req, socket, head, (ws) => {
        try {
          connect(ws, req);
        } catch {
          ws.terminate();
        }
      });
    } catch {
      socket.destroy();
    }
  });

  return new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => {
      http.off('error', reject);
      http.on('error', noop);
      const address = http.address() as AddressInfo;
      resolve({
        host,
        port: address.port,
        limits,
        stats: () => {
          const loopDelayP99Ms = Math.round(loopDelay.percentile(99) / 1e6);
          loopDelay.reset();
          return { rooms: rooms.size, sockets, bytes: totalBytes, droppedRooms, refusedSockets, loopDelayP99Ms };
        },
        close: () =>
          new Promise<void>((done) => {
            loopDelay.disable();
            for (const room of [...rooms.values()]) dropRoom(room);
            for (const ws of wss.clients) ws.terminate();
            wss.close();
            http.closeAllConnections();
            http.close(() => done());
          }),
      });
    });
  });
}
