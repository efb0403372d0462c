// A paired mock's join code and room. The code is the room's secret; the room id is derived from it
// (SHA-256), so a server can check a code against a room without storing anything. Pure: random
// bytes come in as an argument, and the hash is plain JavaScript, so it also works on a LAN page
// served over http, where crypto.subtle does not exist.
import { digest } from 'lib0/hash/sha256';

/** Crockford's base-32 alphabet: no I, L, O or U, so a code read aloud or typed is unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 characters of 5 bits each: 80 bits, far beyond guessing against a server that allows 2 peers. */
export const CODE_LENGTH = 16;
/** Random bytes `newPairCode` needs (one per character; 256 is a multiple of 32, so no bias). */
export const CODE_RANDOM_BYTES = CODE_LENGTH;
const GROUP = 4;
/** Hex characters of the room id (128 bits of the digest). */
const ROOM_ID_HEX = 32;
export const DEFAULT_PAIR_PORT = 1234;

/** A fresh code, shown as `ABCD-EFGH-JKMN-PQRS`, from `CODE_RANDOM_BYTES` random bytes. */
export function newPairCode(random: Uint8Array): string {
  if (random.length < CODE_LENGTH) throw new Error(`newPairCode needs ${CODE_LENGTH} random bytes`);
  const chars = Array.from(random.subarray(0, CODE_LENGTH), (b) => ALPHABET[b % ALPHABET.length]!);
  return formatPairCode(chars.join(''));
}

/**
 * The canonical form of a typed code (upper case, no separators; the look-alikes O, I and L read as
 * 0, 1 and 1), or null when it cannot be a code.
 */
export function normalizePairCode(input: string): string | null {
  const plain = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (plain.length !== CODE_LENGTH) return null;
  for (const c of plain) if (!ALPHABET.includes(c)) return null;
  return plain;
}

/** The code in groups of four, for reading aloud. */
export function formatPairCode(code: string): string {
  const plain = normalizePairCode(code) ?? code;
  return plain.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

/** The room id for a (normalized) code: the first 32 hex characters of SHA-256(code). */
export function roomIdFor(code: string): string {
  const bytes = digest(new TextEncoder().encode(code));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, ROOM_ID_HEX);
}

/** Whether `roomId` looks like a room id (a server refuses anything else before hashing). */
export function isRoomId(roomId: string): boolean {
  return new RegExp(`^[0-9a-f]{${ROOM_ID_HEX}}$`).test(roomId);
}

/** The pairing server a page uses when none is configured: its own host name, port 1234. */
export function defaultServerUrl(page: { protocol: string; hostname: string }): string {
  const scheme = page.protocol === 'https:' ? 'wss' : 'ws';
  const host = page.hostname.includes(':') ? `[${page.hostname}]` : page.hostname;
  return `${scheme}://${host}:${DEFAULT_PAIR_PORT}`;
}

/** A `ws:` or `wss:` URL with a host and no path, query or credentials, normalized; or null. */
export function parseServerUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null;
  if (
    !url.hostname ||
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    (url.pathname !== '/' && url.pathname !== '')
  )
    return null;
  return `${url.protocol}//${url.host}`;
}

export interface JoinDetails {
  /** The room to join. A link names it, so a wrong code for it is refused by the server. */
  roomId: string;
  code: string;
  serverUrl: string;
}

/**
 * The interviewer's join link. The code and server travel in the fragment, which browsers never
 * send to the web server, so the secret stays out of every request log.
 */
export function joinLink(appOrigin: string, details: JoinDetails): string {
  const fragment = new URLSearchParams({
    room: details.roomId,
    code: formatPairCode(details.code),
    server: details.serverUrl,
  });
  return `${appOrigin}/pair#${fragment.toString()}`;
}

/**
 * Room, code and server from a join link's fragment (`#room=…&code=…&server=…`), or null when the
 * code or server is unusable. Without a room (a typed code), the room is the code's own.
 */
export function parseJoinFragment(hash: string): JoinDetails | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = normalizePairCode(params.get('code') ?? '');
  const serverUrl = parseServerUrl(params.get('server') ?? '');
  const room = params.get('room');
  if (!code || !serverUrl || (room !== null && !isRoomId(room))) return null;
  return { roomId: room ?? roomIdFor(code), code, serverUrl };
}
