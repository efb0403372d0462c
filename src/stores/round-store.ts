// The active round: its problems, code, timeline and verdicts. Actions call domain functions for
// time and the judge for verdicts, and persist every event as it happens. The actions live in
// slices by concern (round-lifecycle, round-judging, round-timing, round-partner); this file holds
// the editor's drafts and what the slices share. Working state belongs to the store, and what
// belongs to one round is made afresh for each round opened (round-state.ts).
import { create } from 'zustand';
import type { InterruptionSettings } from '../domain/interruption-scheduler.ts';
import type { Assists, TimelineEventBody } from '../domain/timeline.ts';
import { getDb } from '../storage/db.ts';
import { appendEvent, appendEvents } from '../storage/rounds-repo.ts';
import { write } from '../storage/storage-health.ts';
import { createBackgroundWrites } from './background-writes.ts';
import { createDraftWriter, MAX_DRAFT_CHARS } from './round-drafts.ts';
import { judgingActions } from './round-judging.ts';
import { createRoundIn, lifecycleActions } from './round-lifecycle.ts';
import { partnerActions } from './round-partner.ts';
import { newRoundWork, type RoundContext, type RoundDeps, type RoundState, type TabWork } from './round-state.ts';
import { createFinish, timingActions } from './round-timing.ts';

export type { ProblemResult, RoundDeps } from './round-state.ts';
export { MAX_PARTNER_EXTRA_MIN } from '../domain/partner-request-plan.ts';

/** Code snapshots for replay: at most this often while typing, and always at a run. */
const SNAPSHOT_EVERY_MS = 5_000;

const deps: RoundDeps = {
  db: getDb,
  now: () => Date.now(),
  loadProblem: async () => undefined,
};

export function configureRoundStore(overrides: Partial<RoundDeps>): void {
  Object.assign(deps, overrides);
}

/** Creates a round in storage and returns its id; open it with `open`. */
export function startRound(
  problemIds: string[],
  durationMs: number,
  assists: Assists,
  interruptions?: InterruptionSettings,
): Promise<string> {
  return createRoundIn(deps, problemIds, durationMs, assists, interruptions);
}

export const useRoundStore = create<RoundState>()((set, get) => {
  const tab: TabWork = { hold: null, releasing: Promise.resolve(), opening: 0, applying: new Set(), work: null };
  const background = createBackgroundWrites();

  function reportStorageError(err: unknown): void {
    const detail = err instanceof Error ? err.message : String(err);
    set({
      storageError: `Your code could not be saved to this browser's storage (${detail}). It is kept in this tab; reload the page to try again.`,
    });
  }

  const drafts = createDraftWriter({
    db: () => deps.db(),
    now: () => deps.now(),
    onError: reportStorageError,
    onSaved: () => {
      if (get().storageError) set({ storageError: null });
    },
  });

  const workFor = (roundId: string) => (tab.work?.roundId === roundId ? tab.work : newRoundWork(roundId));

  const shared: Omit<RoundContext, 'finish'> = {
    set,
    get,
    deps,
    tab,
    drafts,
    background,
    workFor,
    reportStorageError,
    async record(body, at = deps.now()) {
      const round = get().round;
      if (!round) return;
      const event = await write((db) => appendEvent(db, round.id, at, body), deps.db);
      if (get().round?.id === round.id) set((s) => ({ events: [...s.events, event] }));
    },
    async snapshot(problemId, force) {
      const { round, code: all } = get();
      const code = all[problemId];
      if (!round || code === undefined) return;
      const { lastSnapshot } = workFor(round.id);
      const now = deps.now();
      const last = lastSnapshot.get(problemId);
      if (last?.code === code) return;
      if (!force && last && now - last.at < SNAPSHOT_EVERY_MS) return;
      lastSnapshot.set(problemId, { at: now, code });
      await shared.record({ type: 'code-snapshot', problemId, code }, now);
    },
    async recordRun(roundId, problemId, kind, code) {
      const { lastSnapshot } = workFor(roundId);
      const now = deps.now();
      const bodies: TimelineEventBody[] = [];
      if (lastSnapshot.get(problemId)?.code !== code) {
        lastSnapshot.set(problemId, { at: now, code });
        bodies.push({ type: 'code-snapshot', problemId, code });
      }
      bodies.push({ type: 'run', problemId, kind });
      const events = await write((db) => appendEvents(db, roundId, now, bodies), deps.db);
      if (get().round?.id === roundId) set((s) => ({ events: [...s.events, ...events] }));
    },
  };
  const ctx: RoundContext = { ...shared, finish: createFinish(shared) };

  return {
    round: null,
    phase: 'idle',
    problems: {},
    activeProblemId: null,
    code: {},
    events: [],
    now: deps.now(),
    running: null,
    results: {},
    warning: null,
    editing: 'here',
    loads: 0,
    storageError: null,
    codeTooLong: false,

    ...lifecycleActions(ctx),
    ...judgingActions(ctx),
    ...timingActions(ctx),
    ...partnerActions(ctx),

    selectProblem(problemId) {
      if (get().round?.problemIds.includes(problemId)) set({ activeProblemId: problemId });
    },

    setCode(code) {
      const { activeProblemId: pid, phase, round, editing } = get();
      if (!pid || !round || phase !== 'active' || editing !== 'here') return;
      set((s) => ({ code: { ...s.code, [pid]: code } }));
      if (code.length > MAX_DRAFT_CHARS) {
        set({ codeTooLong: true });
        return;
      }
      if (get().codeTooLong) set({ codeTooLong: false });
      drafts.change(round.id, pid, code);
      background.start(ctx.snapshot(pid, false).catch(reportStorageError));
    },

    async settled() {
      await background.settled();
      await drafts.flush();
    },

    async flush() {
      await drafts.flush();
    },

    saveNow() {
      drafts.flush().catch(reportStorageError);
    },
  };
});
