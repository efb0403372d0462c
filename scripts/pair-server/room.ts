// One paired mock on the server: its Yjs document, awareness, and the (at most two) sockets in it.
// Every message a socket sends is read here, inside a guard: a message that cannot be decoded, an
// update that would push the document past its cap, or too many updates that cannot be placed
// closes that socket with a reason, and the room goes on for the other peer.
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { ownAwareness } from './awareness.ts';
import { TokenBucket, type PairLimits } from './limits.ts';
import {
  CLOSE_BAD_REQUEST,
  CLOSE_BUSY,
  CLOSE_RATE_LIMITED,
  CLOSE_TOO_LARGE,
  CLOSE_UNPLACEABLE,
  MESSAGE_AWARENESS,
  MESSAGE_SYNC,
  Refusal,
  awarenessMessage,
  SYNC_STEP1,
  SYNC_STEP2,
  SYNC_UPDATE,
  syncMessage,
  type Peer,
  type Role,
} from './protocol.ts';
import { BusKind, type BusMessage } from './redis-bus.ts';

export type { Peer, Role } from './protocol.ts';

/** What an empty room is counted as before anything is written into it. */
export const ROOM_BASE_BYTES = 4 * 1024;

/** The origin of changes another instance sent (through Redis): relayed to local peers, never sent back. */
export const REMOTE = Symbol('another instance');

/** How a room reaches the other instances holding it (absent with one instance). */
export type RoomLink = (kind: BusKind, payload: Uint8Array) => void;

/** Ways the room asks the server about process-wide memory. */
export interface RoomHost {
  limits: PairLimits;
  /** Makes room for `bytes` more in the process (dropping idle rooms); false when it cannot. */
  reserve(room: Room, bytes: number): boolean;
  /** The room's counted size changed by `delta`. */
  account(delta: number): void;
  /** A peer left the room (closed, refused, replaced or dropped): its seat is free again. */
  left?(room: Room, peer: Peer): void;
}

export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly peers = new Map<WebSocket, Peer>();
  /** The candidate's seat key (their browser's peer id): the only candidate ever let in. */
  readonly candidateKey: string;
  /** Counted size: the encoded document, kept as a running sum of applied updates. */
  bytes = ROOM_BASE_BYTES;
  lastActive: number;
  private pendingUpdates = 0;
  private dropped = false;
  private link: RoomLink | null = null;
  /** Awareness client ids of peers on other instances (no local socket may speak for them). */
  private readonly remoteClients = new Set<number>();

  constructor(
    readonly id: string,
    candidateKey: string,
    private readonly host: RoomHost,
    now: number,
  ) {
    this.candidateKey = candidateKey;
    this.lastActive = now;
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      const message = syncMessage(SYNC_UPDATE, update);
      for (const ws of this.peers.keys()) if (ws !== origin) this.send(ws, message);
      if (origin !== REMOTE) this.link?.(BusKind.Update, update);
    });
    this.awareness.on(
      'update',
      ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        const peer = origin instanceof Object ? this.peers.get(origin as WebSocket) : undefined;
        if (peer) {
          for (const c of added) peer.clients.add(c);
          for (const c of removed) peer.clients.delete(c);
        }
        if (origin === REMOTE) {
          for (const c of added) this.remoteClients.add(c);
          for (const c of removed) this.remoteClients.delete(c);
        }
        const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...added, ...updated, ...removed]);
        const message = awarenessMessage(update);
        for (const ws of this.peers.keys()) this.send(ws, message);
        if (origin !== REMOTE) this.link?.(BusKind.Awareness, update);
      },
    );
  }

  get idle(): boolean {
    return this.peers.size === 0;
  }

  peerWith(role: Role): Peer | undefined {
    for (const p of this.peers.values()) if (p.role === role) return p;
    return undefined;
  }

  /**
   * Connects the room to the other instances that hold it: from now on its changes go to them, and
   * theirs come in through `receiveRemote`. Sends what its peers did before the link, and asks
   * the others for what this copy lacks.
   */
  linkTo(link: RoomLink): void {
    this.link = link;
    if (this.doc.store.clients.size > 0) link(BusKind.Update, Y.encodeStateAsUpdate(this.doc));
    this.publishLocalAwareness();
    link(BusKind.SyncRequest, Y.encodeStateVector(this.doc));
  }

  private publishLocalAwareness(): void {
    const local = [...this.awareness.getStates().keys()].filter((c) => !this.remoteClients.has(c));
    if (local.length > 0)
      this.link?.(BusKind.Awareness, awarenessProtocol.encodeAwarenessUpdate(this.awareness, local));
  }

  /** Applies what another instance sent about this room (it checked it against the same limits). */
  receiveRemote({ kind, payload }: BusMessage): void {
    if (this.dropped) return;
    if (kind === BusKind.Update) {
      this.host.reserve(this, payload.length);
      Y.applyUpdate(this.doc, payload, REMOTE);
      this.setBytes(this.bytes + payload.length);
    } else if (kind === BusKind.Awareness) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, payload, REMOTE);
    } else if (kind === BusKind.SyncRequest) {
      this.link?.(BusKind.Update, Y.encodeStateAsUpdate(this.doc, payload));
      this.publishLocalAwareness();
    } else if (kind === BusKind.Kick) {
      const role: Role = payload[0] === 0 ? 'candidate' : 'interviewer';
      const token = Buffer.from(payload.subarray(1)).toString();
      for (const [ws, p] of this.peers) if (p.role === role && p.token !== token) this.leave(ws, true);
    }
  }

  /** Adds an admitted socket and sends it the document's state vector and the awareness. */
  join(ws: WebSocket, role: Role, peerId: string, now: number, token = ''): void {
    const { limits } = this.host;
    // The same peer reconnecting (a reload, a dropped network) replaces its stale socket.
    for (const [other, p] of this.peers) if (p.peerId === peerId || p.role === role) this.leave(other, true);
    this.peers.set(ws, {
      ws,
      role,
      peerId,
      token,
      clients: new Set(),
      messages: new TokenBucket(limits.messageBurst, limits.messagesPerSecond),
      bytes: new TokenBucket(limits.byteBurst, limits.bytesPerSecond),
      stateRequests: new TokenBucket(limits.stateRequestBurst, limits.stateRequestsPerSecond),
    });
    this.lastActive = now;
    this.send(ws, syncMessage(SYNC_STEP1, Y.encodeStateVector(this.doc)));
    const states = this.awareness.getStates();
    if (states.size > 0) {
      this.send(ws, awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])));
    }
  }

  /** Removes a socket and its awareness entries; `terminate` also cuts it. */
  leave(ws: WebSocket, terminate = false): void {
    const peer = this.peers.get(ws);
    if (!peer) return;
    this.peers.delete(ws);
    if (peer.clients.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.clients], null);
    this.host.left?.(this, peer);
    if (terminate) ws.terminate();
  }

  /** Reads one message from `ws`; any fault closes that socket with a reason and nothing else. */
  receive(ws: WebSocket, data: Buffer, isBinary: boolean, now: number): void {
    const peer = this.peers.get(ws);
    if (!peer || this.dropped) return;
    try {
      if (!peer.messages.take(1) || !peer.bytes.take(data.length))
        throw new Refusal(CLOSE_RATE_LIMITED, 'Too many messages: slow down.');
      if (!isBinary) throw new Refusal(CLOSE_BAD_REQUEST, 'Not a Mockloop pairing message.');
      this.lastActive = now;
      this.read(peer, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } catch (e) {
      const refusal = e instanceof Refusal ? e : new Refusal(CLOSE_BAD_REQUEST, 'Not a Mockloop pairing message.');
      this.leave(ws);
      ws.close(refusal.code, refusal.reason);
    }
  }

  private read(peer: Peer, message: Uint8Array): void {
    const d = decoding.createDecoder(message);
    const type = decoding.readVarUint(d);
    if (type === MESSAGE_SYNC) {
      const step = decoding.readVarUint(d);
      const payload = decoding.readVarUint8Array(d);
      if (decoding.hasContent(d)) throw new Refusal(CLOSE_BAD_REQUEST, 'Not a Mockloop pairing message.');
      if (step === SYNC_STEP1) {
        if (!peer.stateRequests.take(1))
          throw new Refusal(CLOSE_RATE_LIMITED, 'Too many requests for the whole document: slow down.');
        const reply = syncMessage(SYNC_STEP2, Y.encodeStateAsUpdate(this.doc, payload));
        this.send(peer.ws, reply);
      } else if (step === SYNC_STEP2 || step === SYNC_UPDATE) {
        this.apply(peer, payload);
      } else {
        throw new Refusal(CLOSE_BAD_REQUEST, 'Not a Mockloop pairing message.');
      }
    } else if (type === MESSAGE_AWARENESS) {
      const update = ownAwareness(
        peer,
        decoding.readVarUint8Array(d),
        this.peers.values(),
        this.remoteClients,
        this.awareness,
        this.host.limits,
      );
      if (decoding.hasContent(d)) throw new Refusal(CLOSE_BAD_REQUEST, 'Not a Mockloop pairing message.');
      if (update) awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer.ws);
    } else {
      throw new Refusal(CLOSE_BAD_REQUEST, 'Not a Mockloop pairing message.');
    }
  }

  /** Applies a document update within the room's and the process's memory, and the pending cap. */
  private apply(peer: Peer, update: Uint8Array): void {
    const { limits } = this.host;
    if (this.bytes + update.length > limits.maxRoomBytes) {
      // The running sum over-counts (deletions, repeated sync steps): measure before refusing.
      this.setBytes(ROOM_BASE_BYTES + Y.encodeStateAsUpdate(this.doc).length);
      if (this.bytes + update.length > limits.maxRoomBytes) {
        throw new Refusal(
          CLOSE_TOO_LARGE,
          `This mock's shared document is full (${Math.round(limits.maxRoomBytes / 1024 / 1024)} MiB).`,
        );
      }
    }
    if (!this.host.reserve(this, update.length))
      throw new Refusal(CLOSE_BUSY, 'The pairing server is full right now; try again in a few minutes.');
    Y.applyUpdate(this.doc, update, peer.ws);
    this.setBytes(this.bytes + update.length);
    const { pendingStructs, pendingDs } = this.doc.store;
    if (!pendingStructs && !pendingDs) {
      this.pendingUpdates = 0;
      return;
    }
    this.pendingUpdates += 1;
    const pendingBytes = (pendingStructs?.update.length ?? 0) + (pendingDs?.length ?? 0);
    if (this.pendingUpdates > limits.maxPendingUpdates || pendingBytes > limits.maxPendingBytes) {
      // Whatever waits for a missing piece is dropped; a genuine peer sends it again on resync.
      this.doc.store.pendingStructs = null;
      this.doc.store.pendingDs = null;
      this.pendingUpdates = 0;
      throw new Refusal(CLOSE_UNPLACEABLE, 'Too many updates that do not fit the document; reconnecting resyncs.');
    }
  }

  private setBytes(bytes: number): void {
    this.host.account(bytes - this.bytes);
    this.bytes = bytes;
  }

  /** Sends, dropping a socket that does not read what it is sent. */
  private send(ws: WebSocket, message: Uint8Array): void {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > this.host.limits.maxBufferedBytes) {
      this.leave(ws, true);
      return;
    }
    ws.send(message, (err) => {
      if (err) this.leave(ws, true);
    });
  }

  /** Frees the room: every socket in it is closed, the document destroyed. */
  drop(): void {
    this.dropped = true;
    this.link = null;
    for (const ws of [...this.peers.keys()]) this.leave(ws, true);
    this.awareness.destroy();
    this.doc.destroy();
    this.host.account(-this.bytes);
    this.bytes = 0;
  }
}
