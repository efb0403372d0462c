// The paired-mock server: Yjs document sync (the y-websocket protocol) behind a door that checks
// the room code and lets in at most one candidate and one interviewer (admission.ts). Nothing is
// stored on disk; a room lives in memory until an hour after its last peer left, or until memory is
// needed.
//
// A refused connection is accepted and closed at once with a 44xx/45xx code and a reason the app
// shows (a refusal during the HTTP upgrade would reach the browser as a bare 1006, with no reason);
// the document is never attached to it.
//
// Hostile input: every parse is guarded, every socket has an 'error' listener, a message over the
// cap is refused from its header (4413) without being read, and the rest of the limits (rates,
// pending updates, per-room and total memory) are in limits.ts. A fault closes the one socket.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { WebSocket, WebSocketServer } from 'ws';
import { TOO_MANY_NEW, admit, type Request } from './admission.ts';
import { DEFAULT_LIMITS, TokenBucket, type PairLimits } from './limits.ts';
import { CLOSE_BUSY, PairSocket, type Peer } from './protocol.ts';
import { RedisBus } from './redis-bus.ts';
import { ROOM_BASE_BYTES, Room } from './room.ts';
import { connectShared } from './shared-connect.ts';

export { admit, parseRequest } from './admission.ts';
export {
  CLOSE_BAD_REQUEST,
  CLOSE_BUSY,
  CLOSE_NO_SUCH_ROOM,
  CLOSE_RATE_LIMITED,
  CLOSE_ROOM_FULL,
  CLOSE_TOO_LARGE,
  CLOSE_UNPLACEABLE,
  CLOSE_WRONG_CODE,
} from './protocol.ts';
export { DEFAULT_LIMITS, type PairLimits } from './limits.ts';

export interface PairServerOptions {
  host: string;
  port: number;
  /** Overrides of the defaults in limits.ts (tests use small ones). */
  limits?: Partial<PairLimits>;
  /**
   * A Redis URL (`redis://127.0.0.1:6379`) shared by several instances: rooms, seats, updates and
   * awareness are then shared through it (redis-bus.ts). Without it the instance stands alone.
   */
  redis?: string;
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

const noop = () => {};

/** Starts the server; resolves once it listens (port 0 picks a free port). */
export async function startPairServer({
  host,
  port,
  limits: overrides,
  redis,
}: PairServerOptions): Promise<PairServer> {
  const limits: PairLimits = { ...DEFAULT_LIMITS, ...overrides };
  const bus = redis ? new RedisBus(redis, limits.idleRoomMs) : null;
  if (bus) await bus.connect();
  const rooms = new Map<string, Room>();
  const idleTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const creations = new Map<string, TokenBucket>();
  let totalBytes = 0;
  let sockets = 0;
  let droppedRooms = 0;
  let refusedSockets = 0;
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxMessageBytes,
    WebSocket: PairSocket,
    perMessageDeflate: false,
  });
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
    bus?.leave(room.id);
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
    // Behind Redis the seat is freed the moment the peer is out of the room, not when its socket
    // finally closes (a refused socket that never answers the close takes 30 s to).
    left: (room: Room, peer: Peer) => {
      if (bus && peer.token) bus.releaseSeat(room.id, peer.role, peer.peerId, peer.token).catch(noop);
    },
  };

  /** Whether `address` may open one more new mock now. */
  function mayCreate(address: string): boolean {
    const bucket =
      creations.get(address) ?? new TokenBucket(limits.roomsPerAddressPerMinute, limits.roomsPerAddressPerMinute / 60);
    creations.set(address, bucket);
    return bucket.take(1);
  }
  /** A room in this process's memory; `created` counts against the address's new-mock rate. */
  function openRoom(
    roomId: string,
    candidateKey: string,
    address: string,
    created = true,
  ): Room | { code: number; reason: string } {
    if (created && !mayCreate(address)) return TOO_MANY_NEW;
    if (rooms.size >= limits.maxRooms) {
      const oldest = [...rooms.values()].filter((r) => r.idle).sort((a, b) => a.lastActive - b.lastActive)[0];
      if (oldest) {
        dropRoom(oldest);
        droppedRooms += 1;
      }
    }
    if (rooms.size >= limits.maxRooms || !makeRoom(ROOM_BASE_BYTES))
      return { code: CLOSE_BUSY, reason: 'The pairing server is full right now; try again in a few minutes.' };
    const room = new Room(roomId, candidateKey, host_, Date.now());
    totalBytes += room.bytes;
    rooms.set(roomId, room);
    if (bus) {
      // Local changes go out once subscribed, with a request for what the other instances hold.
      void bus
        .join(roomId, (m) => room.receiveRemote(m))
        .then(
          () => {
            if (rooms.get(roomId) === room) room.linkTo((kind, payload) => bus.publish(roomId, kind, payload));
          },
          () => {},
        );
    }
    return room;
  }

  function leave(room: Room, ws: WebSocket): void {
    room.leave(ws);
    if (!room.idle || rooms.get(room.id) !== room) return;
    room.lastActive = Date.now();
    clearTimeout(idleTimers.get(room.id));
    idleTimers.set(
      room.id,
      setTimeout(() => {
        if (room.idle && rooms.get(room.id) === room) dropRoom(room);
      }, limits.idleRoomMs),
    );
  }

  function refuse(ws: WebSocket, code: number, reason: string): void {
    refusedSockets += 1;
    ws.close(code, reason);
  }

  /** Seats an admitted socket in its room (opened here if need be) and reads its messages. */
  function seat(
    ws: WebSocket,
    req: IncomingMessage,
    admission: Request,
    token: string,
    created: boolean,
    early: [Buffer, boolean][] = [],
  ): void {
    let room = rooms.get(admission.roomId);
    if (!room) {
      const opened = openRoom(admission.roomId, admission.peerId, req.socket.remoteAddress ?? '', created);
      if (!(opened instanceof Room)) return refuse(ws, opened.code, opened.reason);
      room = opened;
    }
    clearTimeout(idleTimers.get(room.id));
    idleTimers.delete(room.id);
    const joined = room;
    joined.join(ws, admission.role, admission.peerId, Date.now(), token);
    ws.on('message', (data: Buffer, isBinary: boolean) => joined.receive(ws, data, isBinary, Date.now()));
    for (const [data, isBinary] of early) joined.receive(ws, data, isBinary, Date.now());
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

  function connect(ws: WebSocket, req: IncomingMessage): void {
    sockets += 1;
    ws.on('error', noop);
    ws.once('close', () => {
      sockets -= 1;
    });
    if (sockets > limits.maxSockets)
      return refuse(ws, CLOSE_BUSY, 'The pairing server is full right now; try again in a few minutes.');
    if (bus) return connectShared(bus, ws, req, { limits, mayCreate, refuse, seat });
    const admission = admit(req.url ?? '/', rooms, limits.maxTargetChars);
    if (!admission.ok) return refuse(ws, admission.code, admission.reason);
    seat(ws, req, admission, '', !rooms.has(admission.roomId));
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
          }).then(async () => {
            // Let the seats' releases (sent as the sockets closed) reach Redis first.
            await new Promise((r) => setTimeout(r, 50));
            await bus?.close();
          }),
      });
    });
  });
}
