// A coding round's code not yet in IndexedDB, journalled when the page is hidden or closed (see
// local-journal.ts). Entries are cleared once the draft is in the database; the round store reads
// leftovers on open.
import { clearJournal, journalKeys, readJournal, writeJournal } from './local-journal.ts';
import { UNSAVED_DRAFT_PREFIX } from './storage-keys.ts';

const PREFIX = UNSAVED_DRAFT_PREFIX;

export interface UnsavedDraft {
  roundId: string;
  problemId: string;
  code: string;
  at: number;
}

const keyOf = (roundId: string, problemId: string) => `${PREFIX}${JSON.stringify([roundId, problemId])}`;

/** Writes each draft synchronously. */
export function journalUnsaved(drafts: UnsavedDraft[]): void {
  for (const d of drafts) writeJournal(keyOf(d.roundId, d.problemId), d);
}

function isUnsaved(v: unknown): v is UnsavedDraft {
  const d = v as UnsavedDraft;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof d.roundId === 'string' &&
    typeof d.problemId === 'string' &&
    typeof d.code === 'string' &&
    typeof d.at === 'number'
  );
}

/** The journalled drafts of one round (malformed entries are dropped). */
export function unsavedFor(roundId: string): UnsavedDraft[] {
  return journalKeys(PREFIX).flatMap((key) => {
    const entry = readJournal(key);
    return isUnsaved(entry) && entry.roundId === roundId && key === keyOf(entry.roundId, entry.problemId)
      ? [entry]
      : [];
  });
}

/** Forgets a journalled draft once the database holds it. */
export function clearUnsaved(roundId: string, problemId: string): void {
  clearJournal(keyOf(roundId, problemId));
}
