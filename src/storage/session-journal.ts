// A practice session not yet in IndexedDB, written synchronously to localStorage when the page is
// hidden or closed: an IndexedDB write started then may never finish, a localStorage write always
// does. The whole session is journalled (it is one small row, saved whole). Cleared once the
// database has it; the session store reads a leftover when the session opens.
import { checkLoopTables } from '../domain/backup-loop-format.ts';
import type { SessionRecord } from '../domain/loop-records.ts';

const PREFIX = 'mockloop:unsaved-session:';

function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage blocked: the in-memory database is all there is
  }
}

/** Writes the session synchronously; silently skips when localStorage is blocked or full. */
export function journalSession(session: SessionRecord): void {
  try {
    store()?.setItem(PREFIX + session.id, JSON.stringify(session));
  } catch {
    // Quota: the autosave still has everything up to its last write.
  }
}

/** The journalled session of this id, or undefined (a malformed entry is dropped). */
export function journalledSession(id: string): SessionRecord | undefined {
  const s = store();
  const raw = s?.getItem(PREFIX + id);
  if (!s || raw == null) return undefined;
  try {
    // The backup file's checks: a journal edited or truncated by hand must not reach the database.
    const [session] = checkLoopTables({ sessions: [JSON.parse(raw) as unknown] }).sessions;
    if (session?.id === id) return session;
  } catch {
    // Malformed: fall through and forget it.
  }
  s.removeItem(PREFIX + id);
  return undefined;
}

/** Forgets the journalled session once the database holds it (or it ended elsewhere). */
export function clearJournalledSession(id: string): void {
  store()?.removeItem(PREFIX + id);
}
