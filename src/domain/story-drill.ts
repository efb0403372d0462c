// The story drill: tell a STAR story in 90 s, then 30 s, then 90 s while the interviewer probes
// every 30 s. Pure: times are passed in.

export const STORY_TAGS = [
  'failure handling',
  'stakeholder disagreement',
  'cross-team work',
  'decision under uncertainty',
  'production incident',
  'leadership',
  'conflict',
  'ambiguity',
  'impact',
  'mentoring',
] as const;

export type StageKind = 'full' | 'short' | 'interrupted';

export interface DrillStage {
  kind: StageKind;
  label: string;
  limitMs: number;
  /** A probing follow-up every this often (interrupted stage only). */
  probeEveryMs?: number;
}

export const DRILL_STAGES: readonly DrillStage[] = [
  { kind: 'full', label: '90-second version', limitMs: 90_000 },
  { kind: 'short', label: '30-second version', limitMs: 30_000 },
  { kind: 'interrupted', label: '90 seconds under interruption', limitMs: 90_000, probeEveryMs: 30_000 },
];

export type Rating = 'weak' | 'ok' | 'strong';

/** Offsets (ms from the start of telling) at which probes fire: every 30 s before the limit. */
export function probeTimes(stage: DrillStage): number[] {
  if (!stage.probeEveryMs) return [];
  const out: number[] = [];
  for (let t = stage.probeEveryMs; t < stage.limitMs; t += stage.probeEveryMs) out.push(t);
  return out;
}

/** How many probes are due `elapsedMs` into the telling. */
export function probesDue(stage: DrillStage, elapsedMs: number): number {
  return probeTimes(stage).filter((t) => t <= elapsedMs).length;
}

export function remainingStoryMs(stage: DrillStage, elapsedMs: number): number {
  return stage.limitMs - elapsedMs;
}

/** Time past the limit, or 0 when the story fit. */
export function overrunMs(stage: DrillStage, durationMs: number): number {
  return Math.max(0, durationMs - stage.limitMs);
}

/** Picks `count` probes for a telling without repeats, rotating through the bank by drill number. */
export function pickProbes<T>(bank: readonly T[], count: number, offset: number): T[] {
  if (bank.length === 0) return [];
  return Array.from({ length: Math.min(count, bank.length) }, (_, i) => bank[(offset + i) % bank.length]!);
}
