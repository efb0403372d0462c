// Several pairing-server instances behind one Redis: what one instance must know about the others.
// Two things live in Redis, nothing else:
// - the seats: who opened a room (the candidate's key, kept an hour after the room's last activity)
//   and which peer holds each role now (a lease of LEASE_MS, renewed while the socket is open), so
//   the one-candidate-one-interviewer rule holds across instances and across a restart;
// - a pub/sub channel per room carrying document updates, awareness, a catch-up request when an
//   instance opens a room the others already hold, and "drop your stale socket of this peer".
// The documents stay in each instance's memory, under the same limits as with one instance; an
// instance applies what another sends without re-checking it (the sender checked it).
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Role } from './room.ts';

/** A seat lease is renewed every LEASE_MS / 3; a crashed instance's seats free up after LEASE_MS. */
export const LEASE_MS = 45_000;
const KEY = 'mockloop:pair:';
const roomKey = (roomId: string) => `${KEY}${roomId}:candidate`;
const seatKey = (roomId: string, role: Role) => `${KEY}${roomId}:seat:${role}`;
export const channelOf = (roomId: string) => `${KEY}${roomId}`;

/** What travels on a room's channel: [kind][sender instance, 8 bytes][payload]. */
export const BusKind = {
  Update: 0,
  Awareness: 1,
  /** Payload: the sender's state vector; holders answer with an Update of what it lacks, and their awareness. */
  SyncRequest: 2,
  /** Payload: role byte + seat token; holders drop their socket of that role unless it has this token. */
  Kick: 3,
} as const;
export type BusKind = (typeof BusKind)[keyof typeof BusKind];

export interface BusMessage {
  kind: BusKind;
  payload: Uint8Array;
}

// A seat holds "peer:token". The same peer may take it again (a reload, or a reconnection that
// landed on another instance); only the exact connection that holds it may renew or release it.
const TAKE_SEAT = `
local cur = redis.call('GET', KEYS[1])
if cur and string.sub(cur, 1, string.len(ARGV[1]) + 1) ~= ARGV[1] .. ':' then return 0 end
redis.call('SET', KEYS[1], ARGV[1] .. ':' .. ARGV[2], 'PX', ARGV[3])
return 1`;
const RENEW_SEAT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
return 0`;
const RELEASE_SEAT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

export class RedisBus {
  readonly instance = randomBytes(8);
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly handlers = new Map<string, (m: BusMessage) => void>();

  constructor(
    url: string,
    /** How long a room's candidate key outlives the room's last activity. */
    private readonly roomTtlMs: number,
  ) {
    // A Redis that is away makes admissions fail fast (4503) instead of queueing forever.
    const options = { maxRetriesPerRequest: 1, enableAutoPipelining: true, lazyConnect: true };
    this.pub = new Redis(url, options);
    this.sub = new Redis(url, options);
    for (const r of [this.pub, this.sub]) r.on('error', () => {});
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => {
      if (message.length < 9 || message.subarray(1, 9).equals(this.instance)) return;
      const handler = this.handlers.get(channel.toString());
      if (!handler) return;
      try {
        handler({
          kind: message[0] as BusKind,
          payload: new Uint8Array(message.buffer, message.byteOffset + 9, message.length - 9),
        });
      } catch {
        // A message another instance sent that this one cannot apply changes nothing here.
      }
    });
  }

  async connect(): Promise<void> {
    await Promise.all([this.pub.connect(), this.sub.connect()]);
  }

  /** The key of the candidate who opened `roomId`, or null when no instance has it. */
  candidateOf(roomId: string): Promise<string | null> {
    return this.pub.get(roomKey(roomId));
  }

  /** Opens `roomId` for `candidateKey` unless it is open already; resolves with the room's key either way. */
  async open(roomId: string, candidateKey: string): Promise<{ created: boolean; candidateKey: string }> {
    const set = await this.pub.set(roomKey(roomId), candidateKey, 'PX', this.roomTtlMs, 'NX');
    if (set === 'OK') return { created: true, candidateKey };
    return { created: false, candidateKey: (await this.candidateOf(roomId)) ?? candidateKey };
  }

  /** Takes `role`'s seat for `peerId` (free, or already this peer's); false when another peer holds it. */
  async takeSeat(roomId: string, role: Role, peerId: string, token: string): Promise<boolean> {
    const taken = (await this.pub.eval(TAKE_SEAT, 1, seatKey(roomId, role), peerId, token, LEASE_MS)) === 1;
    if (taken) await this.pub.pexpire(roomKey(roomId), this.roomTtlMs);
    return taken;
  }

  /** Renews a held seat (and the room); false when this connection no longer holds it. */
  async renewSeat(roomId: string, role: Role, peerId: string, token: string): Promise<boolean> {
    const held = (await this.pub.eval(RENEW_SEAT, 1, seatKey(roomId, role), `${peerId}:${token}`, LEASE_MS)) === 1;
    if (held) await this.pub.pexpire(roomKey(roomId), this.roomTtlMs);
    return held;
  }

  async releaseSeat(roomId: string, role: Role, peerId: string, token: string): Promise<void> {
    await this.pub.eval(RELEASE_SEAT, 1, seatKey(roomId, role), `${peerId}:${token}`);
  }

  /** Receives what other instances send about `roomId`; resolves once subscribed. */
  async join(roomId: string, handler: (m: BusMessage) => void): Promise<void> {
    this.handlers.set(channelOf(roomId), handler);
    await this.sub.subscribe(channelOf(roomId));
  }

  leave(roomId: string): void {
    this.handlers.delete(channelOf(roomId));
    this.sub.unsubscribe(channelOf(roomId)).catch(() => {});
  }

  publish(roomId: string, kind: BusKind, payload: Uint8Array): void {
    const message = Buffer.allocUnsafe(9 + payload.length);
    message[0] = kind;
    this.instance.copy(message, 1);
    message.set(payload, 9);
    this.pub.publish(channelOf(roomId), message).catch(() => {});
  }

  async close(): Promise<void> {
    this.handlers.clear();
    await Promise.allSettled([this.pub.quit(), this.sub.quit()]);
    this.pub.disconnect();
    this.sub.disconnect();
  }
}
