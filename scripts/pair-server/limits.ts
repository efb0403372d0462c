// What the pairing server allows one socket, one room and the whole process. A paired mock is two
// people typing code: a few kilobytes a minute. Everything here is far above that and far below
// what would let one client starve the others.

export interface PairLimits {
  /** One WebSocket message (larger ones close the socket with 4413 before they are read). */
  maxMessageBytes: number;
  /** The encoded shared document of one room. */
  maxRoomBytes: number;
  /** All rooms together; idle rooms are dropped, oldest first, to stay under it. */
  maxTotalBytes: number;
  /** Rooms held at once (with or without peers). */
  maxRooms: number;
  /** Open sockets at once. */
  maxSockets: number;
  /** Messages per socket: burst and steady rate per second. */
  messageBurst: number;
  messagesPerSecond: number;
  /** Bytes per socket: burst and steady rate per second. */
  byteBurst: number;
  bytesPerSecond: number;
  /** Full-state requests (sync step 1) per socket: each costs an encoding of the whole document. */
  stateRequestBurst: number;
  stateRequestsPerSecond: number;
  /** Updates a room may hold that cannot be placed yet (their dependencies have not arrived). */
  maxPendingUpdates: number;
  maxPendingBytes: number;
  /** Awareness entries one socket may control, and the size of each. */
  maxAwarenessClients: number;
  maxAwarenessStateChars: number;
  /** New rooms one network address may open per minute. */
  roomsPerAddressPerMinute: number;
  /** A socket whose unsent data passes this is a reader too slow to keep: it is dropped. */
  maxBufferedBytes: number;
  /** The request target of an upgrade (room, code, peer, role fit in far less). */
  maxTargetChars: number;
  /** How long a room without peers is kept (so feedback sent after a drop still arrives). */
  idleRoomMs: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: PairLimits = {
  maxMessageBytes: 2 * MiB,
  maxRoomBytes: 8 * MiB,
  maxTotalBytes: 256 * MiB,
  maxRooms: 2_000,
  maxSockets: 1_000,
  messageBurst: 400,
  messagesPerSecond: 100,
  byteBurst: 4 * MiB,
  bytesPerSecond: 1 * MiB,
  stateRequestBurst: 5,
  stateRequestsPerSecond: 0.5,
  maxPendingUpdates: 32,
  maxPendingBytes: 64 * 1024,
  maxAwarenessClients: 2,
  maxAwarenessStateChars: 16 * 1024,
  roomsPerAddressPerMinute: 30,
  maxBufferedBytes: 16 * MiB,
  maxTargetChars: 2_048,
  idleRoomMs: 60 * 60_000,
};

/** A token bucket: `take(n)` spends n tokens if there are that many (refilled at `perSecond`). */
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  take(n = 1): boolean {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    if (this.tokens < n) return false;
    this.tokens -= n;
    return true;
  }
}
