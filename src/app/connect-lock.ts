// At load, the page narrows its connections to the pairing server it will use, when it can tell:
// a join link's server, a paired round's saved server, else the server this browser used last.
// A page that cannot tell is narrowed when its first pairing connection opens.
import { parseJoinFragment } from '../domain/pair-code.ts';
import { lastPairingServer, reachOnly } from '../pairing/connect-policy.ts';
import { pairingFor } from '../stores/pair-store.ts';

function serverForPage(path: string, hash: string): string | null {
  if (path === '/pair') return parseJoinFragment(hash)?.serverUrl ?? null;
  const round = /^\/round\/([^/]+)$/.exec(path);
  if (round) return pairingFor(decodeURIComponent(round[1]!))?.serverUrl ?? null;
  return null;
}

export function narrowConnectionsAtLoad(page: { pathname: string; hash: string }): void {
  const server = serverForPage(page.pathname, page.hash) ?? lastPairingServer();
  if (server) reachOnly(server);
}
