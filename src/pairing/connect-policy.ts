// Where the page may connect: its own origin and one pairing server, fixed for the page's life.
// The served Content-Security-Policy cannot know which server a user picks (a LAN address, another
// port), so it allows WebSockets to any host; the page narrows that with a <meta> policy as soon as
// it knows the server. A meta policy is enforced on top of the served one, so it can only take
// away: the page ends up with `connect-src 'self' <that server>`, and reaching another server needs
// a fresh page (the round setup and the join form load one when the user picks a different server).
import { parseServerUrl } from '../domain/pair-code.ts';
import { readJournal, writeJournal } from '../storage/local-journal.ts';
import { PAIR_SERVER_KEY } from '../storage/storage-keys.ts';

/** The origin (`ws://host:port`) the page is narrowed to, once it is. */
let narrowedTo: string | null = null;

/** The origin of a pairing server's address, or null when the address is not one. */
export function serverOrigin(serverUrl: string): string | null {
  const parsed = parseServerUrl(serverUrl);
  return parsed ? new URL(parsed).origin : null;
}

/** The meta policy for a page that talks to its origin and the pairing server at `origin`. */
export const connectPolicy = (origin: string) => `connect-src 'self' ${origin}`;

/** Whether this page may open a connection to `serverUrl` (true until the page is narrowed). */
export function mayReach(serverUrl: string): boolean {
  const origin = serverOrigin(serverUrl);
  return origin !== null && (narrowedTo === null || narrowedTo === origin);
}

/**
 * Narrows the page's connections to its origin and `serverUrl`, and remembers the server as the
 * one this browser uses. Returns false when the page is already narrowed to another server (or the
 * address is not a pairing server): a connection there would be blocked.
 */
export function reachOnly(serverUrl: string, doc: Document | undefined = globalThis.document): boolean {
  const origin = serverOrigin(serverUrl);
  if (!origin) return false;
  if (narrowedTo !== null) return narrowedTo === origin;
  // Outside a page (unit tests, Node) there is nothing to narrow.
  if (!doc?.head) return true;
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = connectPolicy(origin);
  doc.head.prepend(meta);
  narrowedTo = origin;
  writeJournal(PAIR_SERVER_KEY, serverUrl);
  return true;
}

/** The pairing server this browser used last, or null. */
export function lastPairingServer(): string | null {
  let saved: unknown;
  try {
    saved = readJournal(PAIR_SERVER_KEY);
  } catch {
    return null;
  }
  return typeof saved === 'string' ? parseServerUrl(saved) : null;
}
