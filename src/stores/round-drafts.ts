// A coding round's code on its way to storage. Each change is journalled synchronously
// (localStorage, for a closing tab) and written to IndexedDB at once, with no debounce: a
// committed transaction survives a killed browser. One write per draft is in flight at a time;
// changes made meanwhile are folded into the next write, which carries the newest code. Drafts are keyed by round and problem, so
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
  /** The write loop of each draft that has one running. */
  const writing = new Map<string, Promise<void>>();

  /**
   * Writes the newest change of one draft until none is left: one write in flight per draft, so a
   * burst of typing never queues a backlog of stale writes ahead of the last keystroke.
   */
  function pump(key: string): Promise<void> {
    const running = writing.get(key);
    if (running) return running;
    const loop = (async () => {
      for (let d = unwritten.get(key); d; d = unwritten.get(key)) {
        try {
          await write((db) => saveDraft(db, d!.roundId, d!.problemId, d!.code, d!.at), deps.db);
        } catch (err) {
          deps.onError(err);
          throw err; // the change stays unwritten: the next change or flush tries again
        }
        if (unwritten.get(key) === d) {
          unwritten.delete(key);
          clearUnsaved(d.roundId, d.problemId);
        }
        deps.onSaved();
      }
    })();
    writing.set(key, loop);
    void loop.then(
      () => writing.delete(key),
      () => writing.delete(key),
    );
    return loop;
  }

  async function flush(): Promise<void> {
    await Promise.allSettled([...writing.values()]);
    // Whatever is still unwritten failed: try each once more, and report the first failure.
    const results = await Promise.allSettled([...unwritten.keys()].map(pump));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  return {
    change(roundId, problemId, code) {
      const draft = { roundId, problemId, code, at: deps.now() };
      const key = keyOf(roundId, problemId);
      unwritten.set(key, draft);
      journalUnsaved([draft]);
      pump(key).catch(() => {}); // reported through onError
    },
    flush,
  };
}
