// A coding round's code on its way to storage. Each change is journalled synchronously
// (localStorage, for a closing tab) and its IndexedDB write is issued at once, with no debounce: a
// committed transaction survives a killed browser, and IndexedDB runs a store's writes in the
// order they were made, so the newest code lands last. Drafts are keyed by round and problem, so
// code typed in one round is never saved under another, whatever is opened in between.
import type { MockloopDb } from '../storage/db.ts';
import { clearUnsaved, journalUnsaved, type UnsavedDraft } from '../storage/draft-journal.ts';
import { saveDraft } from '../storage/rounds-repo.ts';
import { write } from '../storage/storage-health.ts';

/** The most code one problem of a round keeps (characters): far past any interview answer. */
export const MAX_DRAFT_CHARS = 200_000;

export interface DraftWriterDeps {
  db: () => MockloopDb;
  now: () => number;
  /** Called when a write started by a change fails (the journal still holds the code). */
  onError: (err: unknown) => void;
  /** Called after every write that landed. */
  onSaved: () => void;
}

export interface DraftWriter {
  /** Journals `code` now and starts writing it. */
  change(roundId: string, problemId: string, code: string): void;
  /** Resolves once every change made before the call is in the database; rejects if a write failed. */
  flush(): Promise<void>;
}

const keyOf = (roundId: string, problemId: string) => JSON.stringify([roundId, problemId]);

export function createDraftWriter(deps: DraftWriterDeps): DraftWriter {
  /** The newest change of each draft not yet known to be written (a failed one waits for a retry). */
  const unwritten = new Map<string, UnsavedDraft>();
  const inFlight = new Set<Promise<void>>();

  /** Writes `d`; resolves to the error when it failed. */
  function start(d: UnsavedDraft): Promise<unknown> {
    const key = keyOf(d.roundId, d.problemId);
    const done = write((db) => saveDraft(db, d.roundId, d.problemId, d.code, d.at), deps.db).then(
      () => {
        if (unwritten.get(key) === d) {
          unwritten.delete(key);
          clearUnsaved(d.roundId, d.problemId);
        }
        deps.onSaved();
        return undefined;
      },
      (err: unknown) => err,
    );
    const tracked = done.then(() => {});
    inFlight.add(tracked);
    void tracked.finally(() => inFlight.delete(tracked));
    return done;
  }

  async function flush(): Promise<void> {
    while (inFlight.size > 0) await Promise.all([...inFlight]);
    // Whatever is still unwritten failed: try each once more, and report the first failure.
    const errors = await Promise.all([...unwritten.values()].map(start));
    const failed = errors.find((e) => e !== undefined);
    if (failed !== undefined) throw failed;
  }

  return {
    change(roundId, problemId, code) {
      const draft = { roundId, problemId, code, at: deps.now() };
      unwritten.set(keyOf(roundId, problemId), draft);
      journalUnsaved([draft]);
      void start(draft).then((err) => {
        if (err !== undefined) deps.onError(err);
      });
    },
    flush,
  };
}
