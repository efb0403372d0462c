// The coding round's state and actions as the UI sees them, and what the store's slices share:
// its dependencies, the working state of the open round, and the helpers every slice uses.
import type { Problem } from '../domain/problem-schema.ts';
import type { PairRequest } from '../domain/pair-protocol.ts';
import type { EndReason, RunKind, SelfRating, TimelineEvent, TimelineEventBody } from '../domain/timeline.ts';
import type { MockloopDb, RoundRecord } from '../storage/db.ts';
import type { RoundHold } from '../storage/round-lock.ts';
import type { JudgeReport } from '../worker/judge.ts';
import type { BackgroundWrites } from './background-writes.ts';
import type { DraftWriter } from './round-drafts.ts';

export interface RoundDeps {
  db: () => MockloopDb;
  now: () => number;
  loadProblem: (id: string) => Promise<Problem | undefined>;
}

export interface ProblemResult {
  kind: RunKind;
  report: JudgeReport;
}

export type Phase = 'idle' | 'loading' | 'missing' | 'active' | 'ended';
/** Whether this tab edits the open round, or another tab does (this one then shows it read-only). */
export type Editing = 'here' | 'elsewhere';

export interface RoundState {
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
  /** Stops the Run or Submit in flight (the candidate's Stop): no verdict is recorded for it. */
  stop(): void;
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
  /** The candidate lets the interviewer draw on the whiteboard, or stops it (recorded; enforced by pair-store). */
  setInterviewerDrawing(allowed: boolean): Promise<void>;
}

/**
 * Working state of one opened round, made afresh by every load: nothing one round does (a snapshot,
 * a warning announced, a question being asked, an end in flight) can leak into the next.
 */
export interface RoundWork {
  roundId: string;
  /** The last code-snapshot of each problem, so typing snapshots at most every few seconds. */
  lastSnapshot: Map<string, { at: number; code: string }>;
  /** Guards against a second tick acting before the first one's writes land. */
  announced: Set<number>;
  /** Interruption slots being asked (the write is in flight). */
  asking: Set<number>;
  /** The round's end is being written. */
  finishing: boolean;
}

export function newRoundWork(roundId: string): RoundWork {
  return { roundId, lastSnapshot: new Map(), announced: new Set(), asking: new Set(), finishing: false };
}

/** This tab's hold on rounds: which it edits, and the opens racing each other. */
export interface TabWork {
  /** This tab's hold on the open round, when it edits it. */
  hold: RoundHold | null;
  /** A hold being given up: the next open waits for it, or it would find its own tab in the way. */
  releasing: Promise<void>;
  /** Counts opens, so an open overtaken by a later one stops where it is. */
  opening: number;
  /** Partner requests being applied (their writes are in flight). */
  applying: Set<string>;
  /** The open round's working state (null before the first load). */
  work: RoundWork | null;
}

type Set_ = (partial: Partial<RoundState> | ((s: RoundState) => Partial<RoundState>)) => void;

/** What every slice of the store is given. */
export interface RoundContext {
  set: Set_;
  get: () => RoundState;
  deps: RoundDeps;
  tab: TabWork;
  drafts: DraftWriter;
  background: BackgroundWrites;
  /** The working state of `roundId` when it is the one open here, else a throwaway one. */
  workFor(roundId: string): RoundWork;
  reportStorageError(err: unknown): void;
  /** Appends an event to the open round's timeline, in storage and in the store. */
  record(body: TimelineEventBody, at?: number): Promise<void>;
  /** Records a code snapshot of a problem when it changed (at most every few seconds unless forced). */
  snapshot(problemId: string, force: boolean): Promise<void>;
  /**
   * What a Run or Submit of round `roundId` records, in one transaction: the code it judges as a snapshot (when it
   * changed since the last one) and the run itself.
   */
  recordRun(roundId: string, problemId: string, kind: 'run' | 'submit', code: string): Promise<void>;
  /** Ends the open round once (a second call while the first is writing does nothing). */
  finish(reason: EndReason, at: number): Promise<void>;
}
