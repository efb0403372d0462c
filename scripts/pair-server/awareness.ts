// Which presence (awareness) entries a peer may set in its room: its own, never the other peer's.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Awareness } from 'y-protocols/awareness';
import type { PairLimits } from './limits.ts';
import { CLOSE_BAD_REQUEST, CLOSE_TOO_LARGE, Refusal, type Peer } from './protocol.ts';

/**
 * The part of an awareness update this socket may make: entries of its own clients (a few, each
 * small). Browsers relay the other peer's entries back; those are left out, never applied, so
 * nobody can change how the other peer appears (its role, its cursor).
 */
export function ownAwareness(
  peer: Peer,
  update: Uint8Array,
  peers: Iterable<Peer>,
  remoteClients: ReadonlySet<number>,
  awareness: Awareness,
  limits: PairLimits,
): Uint8Array | null {
  const d = decoding.createDecoder(update);
  const count = decoding.readVarUint(d);
  if (count > limits.maxAwarenessClients * 2) throw new Refusal(CLOSE_BAD_REQUEST, 'Too many presence entries.');
  const owned = new Set<number>();
  for (const p of peers) if (p !== peer) for (const c of p.clients) owned.add(c);
  for (const c of remoteClients) if (!peer.clients.has(c)) owned.add(c);
  const mine = new Set(peer.clients);
  const kept = encoding.createEncoder();
  let n = 0;
  const entries: { client: number; clock: number; state: string }[] = [];
  for (let i = 0; i < count; i++) {
    const client = decoding.readVarUint(d);
    const clock = decoding.readVarUint(d);
    const state = decoding.readVarString(d);
    if (state.length > limits.maxAwarenessStateChars) throw new Refusal(CLOSE_TOO_LARGE, 'Presence entry too large.');
    if (owned.has(client)) continue;
    // An entry older than what the room has changes nothing (a relayed copy): not counted as one's own.
    if (!mine.has(client) && clock <= (awareness.meta.get(client)?.clock ?? -1)) continue;
    mine.add(client);
    entries.push({ client, clock, state });
    n += 1;
  }
  if (decoding.hasContent(d)) throw new Refusal(CLOSE_BAD_REQUEST, 'Not a Mockloop pairing message.');
  if (mine.size > limits.maxAwarenessClients) throw new Refusal(CLOSE_BAD_REQUEST, 'Too many presence entries.');
  if (n === 0) return null;
  encoding.writeVarUint(kept, n);
  for (const { client, clock, state } of entries) {
    encoding.writeVarUint(kept, client);
    encoding.writeVarUint(kept, clock);
    encoding.writeVarString(kept, state);
  }
  return encoding.toUint8Array(kept);
}
