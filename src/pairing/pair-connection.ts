// One side of a paired mock: a Yjs document synced through the pairing server, the peer's role in
// awareness, and a status the UI can show. The server is the only door (no BroadcastChannel
// shortcut between tabs), so a refused browser gets nothing, even on the same machine.
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { roomIdFor } from '../domain/pair-code.ts';
import { reachOnly } from './connect-policy.ts';
import { parseRole, type PairRole } from '../domain/pair-protocol.ts';

export type PairStatus =
  | { kind: 'connecting' }
  | { kind: 'connected' }
  /** The connection dropped; y-websocket retries with backoff and merges on return. */
  | { kind: 'reconnecting' }
  /** The server refused this browser (wrong code, room full); no retry. */
  | { kind: 'refused'; reason: string };

export interface PairConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  role: PairRole;
  roomId: string;
  status(): PairStatus;
  /** Whether the other role is connected (from awareness). */
  partnerPresent(): boolean;
  /** Resolves on the first full sync with the server. */
  synced: Promise<void>;
  /** Calls `listener` on every status or presence change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

const MAX_REASON_CHARS = 200;
/**
 * Server closes worth retrying (with y-websocket's backoff): too fast (4429), updates out of order
 * (4422, a resync fixes it), and the 45xx range (busy, try later). The other 44xx are final:
 * wrong code, no such mock, seat taken, message or document too large.
 */
const RETRY_CLOSES = new Set([4422, 4429]);
/** No such room on this server: final for a code nobody opened, not for a participant of the room. */
const CLOSE_NO_SUCH_ROOM = 4404;
export const shouldReconnect = (event: { code: number }) =>
  !(event.code >= 4400 && event.code < 4500) || RETRY_CLOSES.has(event.code);

/** A random id of `bytes` bytes in hex (getRandomValues works on plain-http LAN pages too). */
export function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Connects to `roomId` (by default the code's own room) on `serverUrl` as `role`. `peerId` stays the
 * same across reconnections; `doc` may come with a saved state, which the first sync merges.
 */
export function openPairConnection(options: {
  serverUrl: string;
  code: string;
  role: PairRole;
  peerId: string;
  roomId?: string;
  doc?: Y.Doc;
  /** This browser was in the room before (it kept the peer id the room admitted): 4404 is not final. */
  known?: boolean;
  /** Called once, when the server first lets this browser into the room. */
  onAdmitted?: () => void;
}): PairConnection {
  const { serverUrl, code, role, peerId } = options;
  const doc = options.doc ?? new Y.Doc();
  const roomId = options.roomId ?? roomIdFor(code);
  // A server that restarted has lost its rooms until the candidate's browser opens the room again,
  // so a participant who was admitted to this room before (in this page, or in an earlier one of
  // this tab: `known`) and is told 4404 keeps waiting for the candidate. Anyone else told 4404 (a
  // mistyped code) gets the refusal. The socket opens before the server decides, so admission is
  // the first sync, which the server only answers after letting the browser in.
  let admitted = options.known ?? false;
  // The page may reach this one pairing server from now on (and no other: see connect-policy.ts).
  reachOnly(serverUrl);
  const reconnect = (event: { code: number }) =>
    shouldReconnect(event) || (admitted && event.code === CLOSE_NO_SUCH_ROOM);
  const provider = new WebsocketProvider(serverUrl, roomId, doc, {
    params: { code, peer: peerId, role },
    disableBc: true,
    shouldReconnect: reconnect,
  });
  provider.on('sync', (isSynced: boolean) => {
    if (!isSynced || admitted) return;
    admitted = true;
    options.onAdmitted?.();
  });
  provider.awareness.setLocalStateField('role', role);
  let status: PairStatus = { kind: 'connecting' };
  let everConnected = false;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const setStatus = (next: PairStatus) => {
    status = next;
    notify();
  };

  // After a drop the side that stayed may never learn the other left: announce ourselves afresh on
  // every connection, and whenever a peer (re)appears, so both sides see each other again.
  const announce = () => provider.awareness.setLocalStateField('role', role);
  provider.on('status', ({ status: s }) => {
    if (status.kind === 'refused') return;
    if (s === 'connected') {
      announce();
      everConnected = true;
      setStatus({ kind: 'connected' });
    } else if (s === 'disconnected') {
      // y-websocket has dropped the others' states but keeps their clocks, so their unchanged
      // states would be ignored when the server sends them again on reconnection: forget the clocks.
      for (const client of [...provider.awareness.meta.keys()])
        if (client !== doc.clientID) provider.awareness.meta.delete(client);
      setStatus({ kind: everConnected ? 'reconnecting' : 'connecting' });
    }
  });
  provider.on('closed', ({ reason }) => {
    setStatus({
      kind: 'refused',
      reason: reason.slice(0, MAX_REASON_CHARS) || 'The pairing server refused this browser.',
    });
  });
  provider.awareness.on('change', ({ added }: { added: number[] }) => {
    if (added.some((client) => client !== doc.clientID)) announce();
    notify();
  });
  // The browser knows before the socket does: drop it when the device goes offline (edits keep
  // collecting in the local document) and reconnect the moment it is back, not after a backoff.
  const onOffline = () => {
    if (status.kind !== 'refused') provider.disconnect();
  };
  const onOnline = () => {
    if (status.kind !== 'refused') provider.connect();
  };
  // (Absent outside a browser page, as in the unit tests.)
  globalThis.addEventListener?.('offline', onOffline);
  globalThis.addEventListener?.('online', onOnline);

  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', () => resolve());
  });

  return {
    doc,
    provider,
    role,
    roomId,
    status: () => status,
    partnerPresent: () => {
      const other: PairRole = role === 'candidate' ? 'interviewer' : 'candidate';
      for (const [client, state] of provider.awareness.getStates()) {
        if (client !== doc.clientID && parseRole(state) === other) return true;
      }
      return false;
    },
    synced,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      globalThis.removeEventListener?.('offline', onOffline);
      globalThis.removeEventListener?.('online', onOnline);
      listeners.clear();
      provider.destroy();
      doc.destroy();
    },
  };
}
