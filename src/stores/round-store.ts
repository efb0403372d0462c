// The active round: its problems, code, timeline and verdicts. Actions call domain functions for
// time and the judge for verdicts, and persist every event as it happens.
import { create } from 'zustand';
import { INTERRUPTION_PROMPTS } from '../data/prompt-banks.ts';
import { dueInterruption } from '../domain/interruption-plan.ts';
import { INTERRUPTIONS_OFF, type InterruptionSettings } from '../domain/interruption-scheduler.ts';
import { gapEntriesFromScorecard, type Scorecard } from '../domain/scorecard.ts';
import { pausedSince } from '../domain/clock-pause.ts';
import { handledRequests, type PairRequest } from '../domain/pair-protocol.ts';
import { planPartnerRequest } from '../domain/partner-request-plan.ts';
import { interviewerMayType } from '../domain/pair-trust.ts';
import type { Problem } from '../domain/problem-schema.ts';
import { deadline, dueWarnings, elapsedMs, isTimeUp } from '../domain/round-clock.ts';
import type {
  Assists,
  EndReason,
  RunKind,
  RunSummary,
  SelfRating,
  TimelineEvent,
  TimelineEventBody,
} from '../domain/timeline.ts';
import { endOf, givenWarnings, lastCode, openInterruption } from '../domain/timeline.ts';
import type { MockloopDb } from '../storage/db.ts';
import { getDb } from '../storage/db.ts';
import { addGap } from '../storage/gaps-repo.ts';
import { appendEvent, createRound, endRound, extendRound, loadRound } from '../storage/rounds-repo.ts';
import { unsavedFor } from '../storage/draft-journal.ts';
import { announceReleased, holdRound, takeRound, type RoundHold } from '../storage/round-lock.ts';
import { write } from '../storage/storage-health.ts';
import type { RoundRecord } from '../storage/db.ts';
import { judge, type JudgeReport } from '../worker/judge.ts';
import { createDraftWriter, MAX_DRAFT_CHARS } from './round-drafts.ts';
import { useRunnerStore } from './runner-store.ts';
import { createBackgroundWrites } from './background-writes.ts';

/** Code snapshots for replay: at most this often while typing, and always at a run. */
const SNAPSHOT_EVERY_MS = 5_000;

export interface RoundDeps {
  db: () => MockloopDb;
  now: () => number;
  loadProblem: (id: string) => Promise<Problem | undefined>;
}

const deps: RoundDeps = {
  db: getDb,
  now: () => Date.now(),
  loadProblem: async () => undefined,
};

export function configureRoundStore(overrides: Partial<RoundDeps>): void {
  Object.assign(deps, overrides);
}

export interface ProblemResult {
  kind: RunKind;
  report: JudgeReport;
}

type Phase = 'idle' | 'loading' | 'missing' | 'active' | 'ended';
/** Whether this tab edits the open round, or another tab does (this one then shows it read-only). */
type Editing = 'here' | 'elsewhere';

interface RoundState {
  round: RoundRecord | null;
  phase: Phase;
  problems: Record<string, Problem>;
  activeProblemId: string | null;
  code: Record<string, string>;
  events: TimelineEvent[];
  now: number;
  running: RunKind | null;
  results: Record<string, ProblemResult>;
  /** Minutes-left mark to announce, cleared when dismissed. */
  warning: number | null;
  editing: Editing;
  /** Counts loads of the round's code (an editor showing it starts afresh on each). */
  loads: number;
  /** Why the last save or run could not be written, until one succeeds. */
  storageError: string | null;
  /** The active code is longer than a round keeps: changes past the limit are not saved. */
  codeTooLong: boolean;
  open(roundId: string): Promise<void>;
  /** Takes the open round over from the tab editing it, with everything that tab wrote. */
  takeOver(): Promise<void>;
  /** Writes pending code and lets other tabs edit the round (the page left it). */
  close(): Promise<void>;
  selectProblem(problemId: string): void;
  setCode(code: string): void;
  run(kind: RunKind): Promise<void>;
  end(reason: EndReason): Promise<void>;
  tick(): void;
  dismissWarning(): void;
  /** Records the answer to the open interruption (typed, or marked as answered aloud). */
  answerInterruption(answer: { text: string; aloud: boolean; rating: SelfRating | null }): Promise<void>;
  /** Writes pending drafts now (before navigation, before a run). */
  flush(): Promise<void>;
  /** Resolves once every write the store started in the background (warnings, questions, the end) has landed. */
  settled(): Promise<void>;
  /** For a page being hidden or closed: every change is journalled as it happens; this writes them. */
  saveNow(): void;
  /**
   * Applies a paired-mock interviewer's request to the open round, once: asks the question, reveals
   * the hint, pauses or resumes the clock, adds time, or files the feedback (which also works on a
   * round no longer open here).
   */
  applyPartnerRequest(roundId: string, requestId: string, request: PairRequest): Promise<void>;
  /** The candidate lets a paired-mock interviewer type in the code, or stops it (recorded in the timeline). */
  setInterviewerTyping(allowed: boolean): Promise<void>;
}

export { MAX_PARTNER_EXTRA_MIN } from '../domain/partner-request-plan.ts';

/**
 * Files a partner's scorecard with a round: a timeline event, and a partner gap entry per weak
 * signal. A round keeps one scorecard: a new one replaces the earlier event and its gap entries.
 * Does nothing when this request was filed already (another tab, a resync).
 */
async function filePartnerFeedback(
  roundId: string,
  requestId: string,
  scorecard: Scorecard,
  now: number,
): Promise<TimelineEvent | null> {
  const loaded = await loadRound(deps.db(), roundId);
  if (!loaded || handledRequests(loaded.events).has(requestId)) return null;
  const { round } = loaded;
  const problemId = round.problemIds[0] ?? null;
  const problem = problemId ? await deps.loadProblem(problemId) : undefined;
  const entries = gapEntriesFromScorecard(scorecard, {
    roundId,
    problemId,
    family: problem?.family ?? null,
    tags: problem?.tags ?? [],
    // Feedback sent after the round refers to the round's end.
    momentMs: elapsedMs(round, Math.min(now, round.endedAt ?? now)),
    receivedAt: now,
    newId: () => crypto.randomUUID(),
  });
  const db = deps.db();
  return db.transaction('rw', db.events, db.gaps, async () => {
    const earlier = await db.events
      .where('roundId')
      .equals(roundId)
      .filter((e) => e.type === 'partner-feedback')
      .primaryKeys();
    await db.events.bulkDelete(earlier);
    await db.gaps
      .where('roundId')
      .equals(roundId)
      .filter((g) => g.source === 'partner')
      .delete();
    const event = await appendEvent(db, roundId, now, { type: 'partner-feedback', scorecard, requestId });
    for (const entry of entries) await addGap(db, entry);
    return event;
  });
}

/** Creates a round in storage and returns its id; open it with `open`. */
export async function startRound(
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

/** This tab's hold on the open round, when it edits it. */
let hold: RoundHold | null = null;
/** A hold being given up: the next open waits for it, or it would find its own tab in the way. */
let releasing: Promise<void> = Promise.resolve();
/** Counts opens, so an open overtaken by a later one stops where it is. */
let opening = 0;
const lastSnapshot = new Map<string, { at: number; code: string }>();
/** Guards against a second tick acting before the first one's writes land. */
const announced = new Set<number>();
/** Interruption slots being asked (the write is in flight). */
const asking = new Set<number>();
let finishing = false;
/** Partner requests being applied (their writes are in flight). */
const applying = new Set<string>();
const background = createBackgroundWrites();

export const useRoundStore = create<RoundState>()((set, get) => {
  const drafts = createDraftWriter({
    db: () => deps.db(),
    now: () => deps.now(),
    onError: (err) => reportStorageError(err),
    onSaved: () => {
      if (get().storageError) set({ storageError: null });
    },
  });

  function reportStorageError(err: unknown): void {
    const detail = err instanceof Error ? err.message : String(err);
    set({
      storageError: `Your code could not be saved to this browser's storage (${detail}). It is kept in this tab; reload the page to try again.`,
    });
  }

  /** Reads the round into the store: drafts, then the newest journalled typing, then snapshots. */
  async function load(roundId: string, editing: Editing, token: number): Promise<void> {
    lastSnapshot.clear();
    announced.clear();
    asking.clear();
    const loaded = await loadRound(deps.db(), roundId);
    if (token !== opening) return;
    if (!loaded) return set({ phase: 'missing' });
    const problems: Record<string, Problem> = {};
    for (const pid of loaded.round.problemIds) {
      const p = await deps.loadProblem(pid);
      if (p) problems[pid] = p;
    }
    if (token !== opening) return;
    const snapshots = lastCode(loaded.events);
    const code: Record<string, string> = {};
    for (const pid of loaded.round.problemIds) {
      code[pid] = loaded.drafts[pid] ?? snapshots[pid] ?? problems[pid]?.starter ?? '';
      if (snapshots[pid] !== undefined) lastSnapshot.set(pid, { at: 0, code: snapshots[pid] });
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
    if (recovered.length > 0) await drafts.flush().catch(reportStorageError);
  }

  /** Another tab took the round: save what this tab has, then tell that tab it may read. */
  async function lose(roundId: string): Promise<void> {
    if (get().round?.id === roundId) {
      set({ editing: 'elsewhere' });
      hold = null;
    }
    await drafts.flush().catch(reportStorageError);
    announceReleased(roundId);
  }

  async function record(body: TimelineEventBody, at = deps.now()): Promise<void> {
    const round = get().round;
    if (!round) return;
    const event = await write((db) => appendEvent(db, round.id, at, body), deps.db);
    if (get().round?.id === round.id) set((s) => ({ events: [...s.events, event] }));
  }

  async function snapshot(problemId: string, force: boolean): Promise<void> {
    const code = get().code[problemId];
    if (code === undefined) return;
    const now = deps.now();
    const last = lastSnapshot.get(problemId);
    if (last?.code === code) return;
    if (!force && last && now - last.at < SNAPSHOT_EVERY_MS) return;
    lastSnapshot.set(problemId, { at: now, code });
    await record({ type: 'code-snapshot', problemId, code }, now);
  }

  async function finish(reason: EndReason, at: number): Promise<void> {
    const { round } = get();
    if (!round || finishing) return;
    finishing = true;
    try {
      await endNow(round, reason, at);
    } finally {
      finishing = false;
    }
  }

  async function endNow(round: RoundRecord, reason: EndReason, at: number): Promise<void> {
    await get().flush();
    for (const pid of round.problemIds) await snapshot(pid, true);
    const event = await write((db) => endRound(db, round.id, at, reason), deps.db);
    const ended = event ?? endOf((await loadRound(deps.db(), round.id))?.events ?? []);
    set((s) => ({
      phase: 'ended',
      // A "5 minutes left" banner means nothing once the time is up.
      warning: null,
      round: { ...round, endedAt: ended?.at ?? at, endReason: ended?.type === 'round-ended' ? ended.reason : reason },
      events: event ? [...s.events, event] : s.events,
    }));
  }

  /** Asks the interviewer's question for the slot now due, if any. */
  function interruptIfDue(round: RoundRecord, now: number): void {
    const { events, activeProblemId, problems, code } = get();
    const plan = dueInterruption({
      round,
      events,
      now,
      asking,
      prompts: INTERRUPTION_PROMPTS,
      problemId: activeProblemId,
      problem: activeProblemId ? problems[activeProblemId] : undefined,
      code: activeProblemId ? (code[activeProblemId] ?? '') : '',
    });
    if (!plan) return;
    asking.add(plan.slot);
    if (plan.event) background.start(record(plan.event, now));
  }

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

    async open(roundId) {
      const token = ++opening;
      // Code typed in the round open before stays that round's, even mid-write.
      await drafts.flush().catch(() => {});
      const previous = hold;
      hold = null;
      await releasing;
      await previous?.release();
      if (token !== opening) return;
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
      if (token !== opening) return;
      if (!loaded) return set({ phase: 'missing' });
      let held: RoundHold | null = null;
      if (loaded.round.endedAt === undefined) {
        held = await holdRound(roundId, { steal: false, onLost: () => void lose(roundId) });
        if (token !== opening) return void held?.release();
      }
      hold = held;
      await load(roundId, held !== null || loaded.round.endedAt !== undefined ? 'here' : 'elsewhere', token);
    },

    async takeOver() {
      const round = get().round;
      if (!round || get().editing === 'here') return;
      const token = ++opening;
      const taken = await takeRound(round.id, () => void lose(round.id));
      if (token !== opening) return void taken.release();
      hold = taken;
      await load(round.id, 'here', token);
    },

    async close() {
      ++opening;
      const leaving = hold;
      hold = null;
      const prior = releasing;
      releasing = (async () => {
        await prior;
        await drafts.flush().catch(() => {});
        await leaving?.release();
      })();
      await releasing;
    },

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
      background.start(snapshot(pid, false).catch(reportStorageError));
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

    async run(kind) {
      const { activeProblemId: pid, phase, running, problems, round, editing } = get();
      const { runner, checkerRunner } = useRunnerStore.getState();
      if (!pid || !round || phase !== 'active' || editing !== 'here' || running || !runner || !checkerRunner) return;
      const problem = problems[pid];
      if (!problem) return;
      set({ running: kind });
      try {
        const code = get().code[pid] ?? '';
        // Submit is judged on an interpreter no earlier run has touched, when one is warm.
        if (kind === 'submit') runner.freshInterpreter();
        await get().flush();
        await snapshot(pid, true);
        await record({ type: 'run', problemId: pid, kind });
        const cases = kind === 'run' ? problem.cases.filter((c) => !c.hidden) : problem.cases;
        const report = await judge(problem, code, cases, { runner, checkerRunner });
        // Follow-up cases never decide the verdict; how they went is its own line.
        const failure = report.verdicts.find((v) => v.status !== 'passed' && !v.followup);
        const summary: RunSummary = {
          kind,
          status: report.status,
          passed: report.passed,
          total: report.total,
          ms: Math.round(report.ms),
          ...(failure ? { firstFailure: { name: failure.name, status: failure.status } } : {}),
          ...(report.followup ? { followup: report.followup } : {}),
        };
        if (get().round?.id === round.id) set((s) => ({ results: { ...s.results, [pid]: { kind, report } } }));
        await record({ type: 'verdict', problemId: pid, summary });
      } catch (err) {
        reportStorageError(err);
      } finally {
        // Whatever failed, Run and Submit work again.
        if (get().round?.id === round.id) set({ running: null });
      }
    },
    async end(reason) {
      if (get().phase !== 'active') return;
      await finish(reason, deps.now());
    },

    tick() {
      const { round, phase, events, editing } = get();
      const now = deps.now();
      set({ now });
      // The tab editing the round keeps its clock, questions and end; this one only shows them.
      if (!round || phase !== 'active' || editing !== 'here') return;
      // A paused clock stands still: nothing falls due until the interviewer resumes it.
      if (pausedSince(events) !== null) return;
      // Before the end check, so the closing question at the final minute is still asked.
      interruptIfDue(round, now);
      if (isTimeUp(round, now)) {
        background.start(finish('time-up', deadline(round)));
        return;
      }
      const due = dueWarnings(round, now, [...givenWarnings(events), ...announced]);
      if (due.length > 0) {
        set({ warning: Math.min(...due) });
        for (const m of due) {
          announced.add(m);
          background.start(record({ type: 'warning', minutesLeft: m }, now));
        }
      }
    },

    dismissWarning() {
      set({ warning: null });
    },

    async applyPartnerRequest(roundId, requestId, request) {
      if (applying.has(requestId)) return;
      applying.add(requestId);
      try {
        const now = deps.now();
        if (request.type === 'feedback') {
          const event = await filePartnerFeedback(roundId, requestId, request.scorecard, now);
          if (event && get().round?.id === roundId)
            set((s) => ({ events: [...s.events.filter((e) => e.type !== 'partner-feedback'), event] }));
          return;
        }
        const { round, phase, events, code } = get();
        if (round?.id !== roundId) return;
        const plan = planPartnerRequest({ round, active: phase === 'active', events, code, requestId, request, now });
        if (!plan) return;
        if (plan.addMs > 0) {
          const durationMs = await extendRound(deps.db(), round.id, plan.addMs);
          if (durationMs === null) return;
          set((s) => (s.round?.id === round.id ? { round: { ...s.round, durationMs } } : {}));
        }
        await record(plan.event, now);
      } finally {
        applying.delete(requestId);
      }
    },

    async setInterviewerTyping(allowed) {
      if (get().phase !== 'active' || interviewerMayType(get().events) === allowed) return;
      await record({ type: 'interviewer-typing', allowed });
    },

    async answerInterruption({ text, aloud, rating }) {
      const open = openInterruption(get().events);
      if (!open) return;
      const now = deps.now();
      await record(
        {
          type: 'interruption-answered',
          slot: open.slot,
          answer: text.trim(),
          aloud,
          rating,
          latencyMs: Math.max(0, now - open.at),
        },
        now,
      );
    },
  };
});
