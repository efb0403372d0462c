// Reads and writes of fundamentals, system design and behavioral sessions. A session is one row,
// rewritten whole as it changes; an ended session is never rewritten, so a late write from another
// tab or a slow timer cannot reopen it.
import type { GapEntry } from '../domain/gap-entry.ts';
import type { SessionRecord } from '../domain/loop-records.ts';
import type { MockloopDb } from './db.ts';

export async function createSession(db: MockloopDb, session: SessionRecord): Promise<void> {
  await db.sessions.add(session);
}

/** Stores the session as it now stands; false (and nothing written) if it had already ended. */
export async function saveSession(db: MockloopDb, session: SessionRecord): Promise<boolean> {
  return db.transaction('rw', db.sessions, async () => {
    const stored = await db.sessions.get(session.id);
    if (!stored || stored.endedAt !== undefined) return false;
    await db.sessions.put(session);
    return true;
  });
}

/**
 * Stores the ended session once, with the gap entries its end files (in the same transaction, so
 * they are filed exactly once). A second end (another tab, a late timer) writes nothing and returns
 * the session as first ended.
 */
export async function endStoredSession(
  db: MockloopDb,
  ended: SessionRecord,
  gaps: readonly GapEntry[] = [],
): Promise<SessionRecord | undefined> {
  return db.transaction('rw', db.sessions, db.gaps, async () => {
    const stored = await db.sessions.get(ended.id);
    if (!stored || stored.endedAt !== undefined) return stored;
    await db.sessions.put(ended);
    if (gaps.length > 0) await db.gaps.bulkAdd([...gaps]);
    return ended;
  });
}

export async function getSession(db: MockloopDb, id: string): Promise<SessionRecord | undefined> {
  return db.sessions.get(id);
}

/** The latest sessions, newest first. */
export async function listRecentSessions(db: MockloopDb, limit = 20): Promise<SessionRecord[]> {
  return db.sessions.orderBy('startedAt').reverse().limit(limit).toArray();
}

/** Every session stored, in no particular order (the report sorts them). */
export async function allSessions(db: MockloopDb): Promise<SessionRecord[]> {
  return db.sessions.toArray();
}

/** Ids of the questions shown in earlier sessions of a kind, so new rounds can prefer fresh ones. */
export async function seenQuestionIds(db: MockloopDb, kind: 'fundamentals' | 'behavioral'): Promise<Set<string>> {
  const seen = new Set<string>();
  await db.sessions
    .where('kind')
    .equals(kind)
    .each((s) => {
      if (s.kind === 'fundamentals' || s.kind === 'behavioral') for (const item of s.items) seen.add(item.questionId);
    });
  return seen;
}
