// Code not yet in IndexedDB, written synchronously to localStorage when the page is hidden or
// closed: an IndexedDB write started then may never finish, a localStorage write always does.
// Entries are cleared once the draft is in the database; the round store reads leftovers on open.

const PREFIX = 'mockloop:unsaved:';

export interface UnsavedDraft {
  roundId: string;
  problemId: string;
  code: string;
  at: number;
}

function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage blocked: the in-memory database is all there is
  }
}

const keyOf = (roundId: string, problemId: string) => `${PREFIX}${JSON.stringify([roundId, problemId])}`;

/** Writes each draft synchronously; silently skips when localStorage is blocked or full. */
export function journalUnsaved(drafts: UnsavedDraft[]): void {
  const s = store();
  for (const d of drafts) {
    try {
      s?.setItem(keyOf(d.roundId, d.problemId), JSON.stringify(d));
    } catch {
      // Quota: the autosave still has everything up to its last write.
    }
  }
}

function isUnsaved(v: unknown): v is UnsavedDraft {
  const d = v as UnsavedDraft;
  return typeof v === 'object' && v !== null && typeof d.roundId === 'string' && typeof d.problemId === 'string' && typeof d.code === 'string' && typeof d.at === 'number';
}

/** The journalled drafts of one round (malformed entries are dropped). */
export function unsavedFor(roundId: string): UnsavedDraft[] {
  const s = store();
  if (!s) return [];
  const out: UnsavedDraft[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      const entry: unknown = JSON.parse(s.getItem(key) ?? '');
      if (isUnsaved(entry) && entry.roundId === roundId && key === keyOf(entry.roundId, entry.problemId)) out.push(entry);
    } catch {
      s.removeItem(key);
    }
  }
  return out;
}

/** Forgets a journalled draft once the database holds it. */
export function clearUnsaved(roundId: string, problemId: string): void {
  store()?.removeItem(keyOf(roundId, problemId));
}
