// Opening, taking over and closing a round: which tab edits it, and reading it into the store
// (drafts, then the newest journalled typing, then snapshots).
import { INTERRUPTIONS_OFF, type InterruptionSettings } from '../domain/interruption-scheduler.ts';
import type { Problem } from '../domain/problem-schema.ts';
import type { Assists } from '../domain/timeline.ts';
import { lastCode } from '../domain/timeline.ts';
import { unsavedFor } from '../storage/draft-journal.ts';
import { announceReleased, holdRound, takeRound, type RoundHold } from '../storage/round-lock.ts';
import { createRound, loadRound } from '../storage/rounds-repo.ts';
import { write } from '../storage/storage-health.ts';
import { newRoundWork, type Editing, type RoundContext, type RoundDeps, type RoundState } from './round-state.ts';

/** Creates a round in storage and returns its id; open it with `open`. */
export async function createRoundIn(
  deps: RoundDeps,
  problemIds: string[],
  durationMs: number,
  assists: Assists,
  interruptions: InterruptionSettings = INTERRUPTIONS_OFF,
): Promise<string> {
  const id = crypto.randomUUID();
  const record = { id, problemIds, startedAt: deps.now(), durationMs, assists, interruptions };
  await write((db) => createRound(db, record), deps.db);
  return id;
}

export function lifecycleActions(ctx: RoundContext): Pick<RoundState, 'open' | 'takeOver' | 'close'> {
  const { set, get, deps, tab, drafts } = ctx;

  async function load(roundId: string, editing: Editing, token: number): Promise<void> {
    const loaded = await loadRound(deps.db(), roundId);
    if (token !== tab.opening) return;
    if (!loaded) return set({ phase: 'missing' });
    const problems: Record<string, Problem> = {};
    for (const pid of loaded.round.problemIds) {
      const p = await deps.loadProblem(pid);
      if (p) problems[pid] = p;
    }
    if (token !== tab.opening) return;
    const work = newRoundWork(roundId);
    const snapshots = lastCode(loaded.events);
    const code: Record<string, string> = {};
    for (const pid of loaded.round.problemIds) {
      code[pid] = loaded.drafts[pid] ?? snapshots[pid] ?? problems[pid]?.starter ?? '';
      if (snapshots[pid] !== undefined) work.lastSnapshot.set(pid, { at: 0, code: snapshots[pid] });
    }
    const recovered: [string, string][] = [];
    if (editing === 'here') {
      // Typing whose database write never landed (the page closed, the browser died). The journal
      // may also hold an older change whose clearing was lost with the browser: the newer one wins.
      for (const unsaved of unsavedFor(roundId)) {
        if (!loaded.round.problemIds.includes(unsaved.problemId)) continue;
        if ((loaded.draftsAt[unsaved.problemId] ?? -Infinity) > unsaved.at) continue;
        code[unsaved.problemId] = unsaved.code;
        recovered.push([unsaved.problemId, unsaved.code]);
      }
    }
    tab.work = work;
    const now = deps.now();
    set((s) => ({
      round: loaded.round,
      events: loaded.events,
      problems,
      code,
      activeProblemId:
        s.round?.id === roundId && s.activeProblemId ? s.activeProblemId : (loaded.round.problemIds[0] ?? null),
      now,
      phase: loaded.round.endedAt !== undefined ? 'ended' : 'active',
      editing,
      loads: s.loads + 1,
      running: null,
    }));
    get().tick();
    for (const [pid, text] of recovered) drafts.change(roundId, pid, text);
    if (recovered.length > 0) await drafts.flush().catch(ctx.reportStorageError);
  }

  /** Another tab took the round: save what this tab has, then tell that tab it may read. */
  async function lose(roundId: string): Promise<void> {
    if (get().round?.id === roundId) {
      set({ editing: 'elsewhere' });
      tab.hold = null;
    }
    await drafts.flush().catch(ctx.reportStorageError);
    announceReleased(roundId);
  }

  return {
    async open(roundId) {
      const token = ++tab.opening;
      // Code typed in the round open before stays that round's, even mid-write.
      await drafts.flush().catch(() => {});
      const previous = tab.hold;
      tab.hold = null;
      await tab.releasing;
      await previous?.release();
      if (token !== tab.opening) return;
      set({
        phase: 'loading',
        round: null,
        events: [],
        results: {},
        warning: null,
        running: null,
        storageError: null,
        codeTooLong: false,
      });
      const loaded = await loadRound(deps.db(), roundId);
      if (token !== tab.opening) return;
      if (!loaded) return set({ phase: 'missing' });
      let held: RoundHold | null = null;
      if (loaded.round.endedAt === undefined) {
        held = await holdRound(roundId, { steal: false, onLost: () => void lose(roundId) });
        if (token !== tab.opening) return void held?.release();
      }
      tab.hold = held;
      await load(roundId, held !== null || loaded.round.endedAt !== undefined ? 'here' : 'elsewhere', token);
    },

    async takeOver() {
      const round = get().round;
      if (!round || get().editing === 'here') return;
      const token = ++tab.opening;
      const taken = await takeRound(round.id, () => void lose(round.id));
      if (token !== tab.opening) return void taken.release();
      tab.hold = taken;
      await load(round.id, 'here', token);
    },

    async close() {
      ++tab.opening;
      const leaving = tab.hold;
      tab.hold = null;
      const prior = tab.releasing;
      tab.releasing = (async () => {
        await prior;
        await drafts.flush().catch(() => {});
        await leaving?.release();
      })();
      await tab.releasing;
    },
  };
}
