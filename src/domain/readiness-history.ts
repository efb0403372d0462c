// Readiness, from the history: what counts as a completed round or session, the accepted Submits,
// and the pieces every checklist item is built from (evidence, drills, counted progress).
import type { BackupRound, BackupStoryDrill } from './backup-format.ts';
import { countsAsDone } from './full-loop.ts';
import type { LoopRecord, SessionRecord } from './loop-records.ts';
import type { ProblemSummary } from './problem-filter.ts';
import type { TimelineEvent } from './timeline.ts';

export const MINUTE_MS = 60_000;

export type RoundType = 'coding' | 'fundamentals' | 'design' | 'behavioral' | 'mock';
export const ROUND_TYPES: readonly RoundType[] = ['coding', 'fundamentals', 'design', 'behavioral', 'mock'];

/** Where a drill for an item lives; the page turns it into a link. */
export type DrillTarget =
  { kind: 'problem'; problemId: string } | { kind: 'template'; templateId: string } | { kind: 'stories' };

/** The round, session, story telling or loop that met an item. */
export interface Evidence {
  kind: 'round' | 'session' | 'story-drill' | 'loop';
  id: string;
  at: number;
  detail: string;
}

export interface ChecklistItem {
  id: string;
  type: RoundType;
  label: string;
  met: boolean;
  /** For counted items: how many so far, of how many. */
  progress?: { have: number; need: number };
  evidence: Evidence[];
  drill: DrillTarget;
  hint?: string;
}

export interface ReadinessHistory {
  rounds: readonly { round: BackupRound; events: readonly TimelineEvent[] }[];
  sessions: readonly SessionRecord[];
  storyDrills: readonly BackupStoryDrill[];
  loops: readonly LoopRecord[];
}

export interface ReadinessBank {
  problems: readonly ProblemSummary[];
  /** Fundamentals question id → topic, and every topic of the bank. */
  questionTopics: Readonly<Record<string, string>>;
  topics: readonly string[];
  /** Topic id → the name the candidate reads. */
  topicNames: Readonly<Record<string, string>>;
}

export interface Accepted {
  roundId: string;
  problemId: string;
  at: number;
  /** Time from the round's start to the accepted Submit. */
  afterMs: number;
}

/** Every accepted Submit, oldest first. */
export function acceptedSubmits(history: ReadinessHistory): Accepted[] {
  return history.rounds
    .flatMap(({ round, events }) =>
      events.flatMap((e) =>
        e.type === 'verdict' && e.summary.kind === 'submit' && e.summary.status === 'accepted'
          ? [{ roundId: round.id, problemId: e.problemId, at: e.at, afterMs: e.at - round.startedAt }]
          : [],
      ),
    )
    .sort((a, b) => a.at - b.at);
}

export type HistoryRound = ReadinessHistory['rounds'][number];

/** A coding round completed: every one of its problems had an accepted Submit. */
function roundCompleted({ round, events }: HistoryRound): boolean {
  const accepted = new Set(
    events.flatMap((e) =>
      e.type === 'verdict' && e.summary.kind === 'submit' && e.summary.status === 'accepted' ? [e.problemId] : [],
    ),
  );
  return round.problemIds.length > 0 && round.problemIds.every((id) => accepted.has(id));
}

/** An ended round counts when it ran at least 80% of its length or ended with every problem accepted. */
export function roundCounts(r: HistoryRound): boolean {
  return (
    r.round.endedAt !== undefined &&
    countsAsDone(r.round.endedAt - r.round.startedAt, r.round.durationMs, roundCompleted(r))
  );
}

/** An ended practice round counts when it ran at least 80% of its length or was finished (every item done). */
export function sessionCounts(s: SessionRecord): boolean {
  return s.endedAt !== undefined && countsAsDone(s.endedAt - s.startedAt, s.durationMs, s.endReason === 'finished');
}

/** Ids of the rounds and sessions completed before their time was up. */
export function completedIds(history: Pick<ReadinessHistory, 'rounds' | 'sessions'>): Set<string> {
  return new Set([
    ...history.rounds.filter(roundCompleted).map((r) => r.round.id),
    ...history.sessions.filter((s) => s.endReason === 'finished').map((s) => s.id),
  ]);
}

/** The easiest problem matching `test`, for the drill link. */
export function drillProblem(bank: ReadinessBank, test: (p: ProblemSummary) => boolean, fallback: string): DrillTarget {
  const order = { easy: 0, medium: 1, hard: 2 } as const;
  const match = bank.problems.filter(test).sort((a, b) => order[a.difficulty] - order[b.difficulty])[0];
  return match ? { kind: 'problem', problemId: match.id } : { kind: 'template', templateId: fallback };
}

export const title = (bank: ReadinessBank, id: string) => bank.problems.find((p) => p.id === id)?.title ?? id;
export const hasTags = (p: ProblemSummary, tags: readonly string[]) => tags.every((t) => p.tags.includes(t));

export function acceptedItem(
  bank: ReadinessBank,
  accepted: readonly Accepted[],
  id: string,
  label: string,
  tags: readonly string[],
  withinMs?: number,
): ChecklistItem {
  const ids = new Set(bank.problems.filter((p) => hasTags(p, tags)).map((p) => p.id));
  const hits = accepted.filter((a) => ids.has(a.problemId) && (withinMs === undefined || a.afterMs <= withinMs));
  return {
    id,
    type: 'coding',
    label,
    met: hits.length > 0,
    evidence: hits.slice(0, 1).map((a) => ({
      kind: 'round',
      id: a.roundId,
      at: a.at,
      detail: `${title(bank, a.problemId)} accepted ${Math.round(a.afterMs / MINUTE_MS)} min into the round`,
    })),
    drill: drillProblem(bank, (p) => hasTags(p, tags), 'ml-coding'),
  };
}

export function counted(have: number, need: number): { met: boolean; progress: { have: number; need: number } } {
  return { met: have >= need, progress: { have: Math.min(have, need), need } };
}
