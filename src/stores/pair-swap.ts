// The role swap of a paired mock: after interviewing, the interviewer starts their own paired
// round and tells the partner, through the room they shared, how to join it as the interviewer.
import { roomIdFor, type JoinDetails } from '../domain/pair-code.ts';
import { NEXT_ROUND_KEY, parseNextRound, ROUND_MAP } from '../domain/pair-protocol.ts';
import { openPairConnection, randomHex } from '../pairing/pair-connection.ts';
import { PAIR_SWAP_KEY, pairPeerKey } from '../storage/storage-keys.ts';

const PEER_ID_BYTES = 16;
/** How long the announcing connection stays open: enough for the server to relay one small update. */
const ANNOUNCE_MS = 3_000;

/** The interviewer will be the candidate next: remember the room to tell the partner in (this tab only). */
export function offerSwap(from: JoinDetails): void {
  sessionStorage.setItem(PAIR_SWAP_KEY, JSON.stringify(from));
}

/** The room of a pending role swap, if this tab's previous console offered one. */
export function pendingSwap(): JoinDetails | null {
  try {
    return parseNextRound(JSON.parse(sessionStorage.getItem(PAIR_SWAP_KEY) ?? 'null'));
  } catch {
    return null;
  }
}

/**
 * Tells the partner waiting in `from` (the room where this browser was the interviewer) how to join
 * this browser's new paired round, then forgets the swap. The seat in `from` is taken back with the
 * same peer id the console used.
 */
export function announceNextRound(from: JoinDetails, next: { code: string; serverUrl: string }): void {
  sessionStorage.removeItem(PAIR_SWAP_KEY);
  const peerId = sessionStorage.getItem(pairPeerKey(from.roomId)) ?? randomHex(PEER_ID_BYTES);
  const connection = openPairConnection({ ...from, role: 'interviewer', peerId });
  const details: JoinDetails = { roomId: roomIdFor(next.code), code: next.code, serverUrl: next.serverUrl };
  let done = false;
  const close = () => {
    if (!done) connection.destroy();
    done = true;
  };
  connection.subscribe(() => {
    if (connection.status().kind === 'refused') close();
  });
  void connection.synced.then(() => {
    if (done) return;
    connection.doc.getMap<unknown>(ROUND_MAP).set(NEXT_ROUND_KEY, details);
    setTimeout(close, ANNOUNCE_MS);
  });
}
