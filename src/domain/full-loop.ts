// A loop's progress, derived from its stages and the end times of their rounds and sessions. Pure:
// `now` is passed in. A stage is done when its own round or session has ended; a break starts the
// moment the round before it ended (wall clock, so a reload or a slow tab keeps the same break).
import type { LoopRecord, LoopStage } from './loop-records.ts';
import { sectionLabel } from './round-template.ts';

const MINUTE_MS = 60_000;

export type StageState =
  | { status: 'pending' }
  | { status: 'running'; refId: string; startedAt: number }
  | { status: 'done'; refId: string; startedAt: number; endedAt: number }
  | { status: 'break'; startsAt: number; endsAt: number }
  | { status: 'break-over'; startsAt: number; endedAt: number };

/** End time of each started round or session by id; `undefined` while it still runs. */
export type RefEnds = ReadonlyMap<string, number | undefined>;

/** The state of every stage, in order. */
export function stageStates(loop: Pick<LoopRecord, 'stages'>, ends: RefEnds, now: number): StageState[] {
  const out: StageState[] = [];
  loop.stages.forEach((stage, i) => {
    if (stage.kind === 'break') {
      const before = out[i - 1];
      if (before?.status !== 'done') return void out.push({ status: 'pending' });
      const startsAt = before.endedAt;
      // A skipped break ends when it was skipped, never before it began.
      const endsAt =
        stage.endedAt !== undefined
          ? Math.max(startsAt, Math.min(stage.endedAt, startsAt + stage.minutes * MINUTE_MS))
          : startsAt + stage.minutes * MINUTE_MS;
      return void out.push(
        now >= endsAt ? { status: 'break-over', startsAt, endedAt: endsAt } : { status: 'break', startsAt, endsAt },
      );
    }
    if (stage.refId === undefined) return void out.push({ status: 'pending' });
    const startedAt = stage.startedAt ?? 0;
    const endedAt = ends.get(stage.refId);
    out.push(
      endedAt === undefined
        ? { status: 'running', refId: stage.refId, startedAt }
        : { status: 'done', refId: stage.refId, startedAt, endedAt },
    );
  });
  return out;
}

export type LoopStep =
  | { kind: 'start'; index: number }
  | { kind: 'running'; index: number; refId: string }
  | { kind: 'break'; index: number; endsAt: number }
  | { kind: 'finished'; endedAt: number };

/** What the candidate does now: start stage `index`, go back to the running one, rest, or read the summary. */
export function nextStep(states: readonly StageState[]): LoopStep {
  for (const [index, s] of states.entries()) {
    if (s.status === 'running') return { kind: 'running', index, refId: s.refId };
    if (s.status === 'break') return { kind: 'break', index, endsAt: s.endsAt };
    if (s.status === 'pending') return { kind: 'start', index };
  }
  const last = states.at(-1);
  const endedAt = last?.status === 'done' ? last.endedAt : last?.status === 'break-over' ? last.endedAt : 0;
  return { kind: 'finished', endedAt };
}

/** The index of the next round (breaks skipped) after stage `index`, if any. */
export function nextRoundIndex(stages: readonly LoopStage[], index: number): number | undefined {
  const i = stages.findIndex((s, j) => j > index && s.kind !== 'break');
  return i === -1 ? undefined : i;
}

/** After stage `refId`: "a 10-minute break, then ML coding", "ML coding", or "the loop summary". */
export function whatComesNext(loop: Pick<LoopRecord, 'stages'>, refId: string): string {
  const index = loop.stages.findIndex((s) => s.refId === refId);
  const following = loop.stages[index + 1];
  const round = nextRoundIndex(loop.stages, index);
  const roundName = round === undefined ? 'the loop summary' : sectionLabel(loop.stages[round]!);
  return following?.kind === 'break' ? `a ${following.minutes}-minute break, then ${roundName}` : roundName;
}

/** Stage `index` with its round or session attached, or null when it may not start (not next, or a break). */
export function withStarted(
  loop: LoopRecord,
  index: number,
  refId: string,
  now: number,
  states: readonly StageState[],
): LoopRecord | null {
  const step = nextStep(states);
  if (step.kind !== 'start' || step.index !== index || loop.stages[index]?.kind === 'break') return null;
  return { ...loop, stages: loop.stages.map((s, i) => (i === index ? { ...s, refId, startedAt: now } : s)) };
}

/** The loop with the running break ended at `now`, or null when no break is running. */
export function withBreakSkipped(loop: LoopRecord, now: number, states: readonly StageState[]): LoopRecord | null {
  const step = nextStep(states);
  if (step.kind !== 'break') return null;
  return { ...loop, stages: loop.stages.map((s, i) => (i === step.index ? { ...s, endedAt: now } : s)) };
}

export interface StageSummary {
  index: number;
  stage: LoopStage;
  refId: string;
  /** Time the stage took, against the minutes it had. */
  usedMs: number;
  allowedMs: number;
  /** Whether the stage counts as a round done (see `countsAsDone`). */
  counts: boolean;
}

/** A round must run at least this share of its length to count, unless it was completed sooner. */
export const COUNTED_SHARE = 0.8;

/**
 * The one rule for "this round counts" (readiness checklist and loop summary alike): it ran at least
 * 80% of its length, or it was completed sooner (every problem accepted, every question answered).
 */
export function countsAsDone(usedMs: number, allowedMs: number, completed: boolean): boolean {
  return completed || usedMs >= COUNTED_SHARE * allowedMs;
}

/**
 * The finished rounds of a loop with the time each took, for the loop summary; `completed` holds the
 * ids of rounds and sessions completed before their time was up.
 */
export function loopSummary(
  loop: Pick<LoopRecord, 'stages'>,
  states: readonly StageState[],
  completed: ReadonlySet<string> = new Set(),
): StageSummary[] {
  return loop.stages.flatMap((stage, index) => {
    const s = states[index];
    if (s?.status !== 'done') return [];
    const usedMs = Math.max(0, s.endedAt - s.startedAt);
    const allowedMs = stage.minutes * MINUTE_MS;
    return [
      {
        index,
        stage,
        refId: s.refId,
        usedMs,
        allowedMs,
        counts: countsAsDone(usedMs, allowedMs, completed.has(s.refId)),
      },
    ];
  });
}

/** A loop counts as finished when every round stage is done and counts. */
export function loopCounts(
  loop: Pick<LoopRecord, 'stages'>,
  states: readonly StageState[],
  completed: ReadonlySet<string>,
): boolean {
  const summary = loopSummary(loop, states, completed);
  const rounds = loop.stages.filter((s) => s.kind !== 'break').length;
  return summary.length === rounds && summary.every((s) => s.counts);
}
