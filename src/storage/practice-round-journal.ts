// A practice session not yet in IndexedDB, journalled when the page is hidden or closed (see
// local-journal.ts). The whole session is journalled (it is one small row, saved whole). Cleared
// once the database has it; the session store reads a leftover when the session opens.
import { checkLoopTables } from '../domain/backup-loop-format.ts';
import type { SessionRecord } from '../domain/loop-records.ts';
import { clearJournal, readJournal, writeJournal } from './local-journal.ts';
import { UNSAVED_PRACTICE_ROUND_PREFIX } from './storage-keys.ts';

const PREFIX = UNSAVED_PRACTICE_ROUND_PREFIX;

/** Writes the session synchronously. */
export function journalSession(session: SessionRecord): void {
  writeJournal(PREFIX + session.id, session);
}

/** The journalled session of this id, or undefined (a malformed entry is dropped). */
export function journalledSession(id: string): SessionRecord | undefined {
  const entry = readJournal(PREFIX + id);
  if (entry === undefined) return undefined;
  try {
    // The backup file's checks: a journal edited or truncated by hand must not reach the database.
    const [session] = checkLoopTables({ sessions: [entry] }).sessions;
    if (session?.id === id) return session;
  } catch {
    // Malformed: fall through and forget it.
  }
  clearJournal(PREFIX + id);
  return undefined;
}

/** Forgets the journalled session once the database holds it (or it ended elsewhere). */
export function clearJournalledSession(id: string): void {
  clearJournal(PREFIX + id);
}
