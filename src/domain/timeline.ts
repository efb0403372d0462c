// A round's append-only timeline: the typed events, and pure reducers that derive what the round
// page and the review show. Nothing is stored twice: summaries are computed from events.

export type RunKind = 'run' | 'submit';
export type EndReason = 'time-up' | 'ended-early';

/** Which editor conditions a round ran under. */
export type Assists = 'off' | 'relaxed';

export interface RunSummary {
  kind: RunKind;
  status: 'accepted' | 'failed' | 'error' | 'unavailable';
  passed: number;
  total: number;
  /** Name and status of the first case that did not pass. */
  firstFailure?: { name: string; status: string };
  ms: number;
}

export type TimelineEventBody =
  | { type: 'round-started'; problemIds: string[]; durationMs: number; assists: Assists }
  | { type: 'code-snapshot'; problemId: string; code: string }
  | { type: 'run'; problemId: string; kind: RunKind }
  | { type: 'verdict'; problemId: string; summary: RunSummary }
  | { type: 'warning'; minutesLeft: number }
  | { type: 'round-ended'; reason: EndReason };

export type TimelineEvent = TimelineEventBody & { roundId: string; at: number };

export type EventType = TimelineEvent['type'];

/** The latest verdict per problem and kind, as shown after the round. */
export function latestVerdicts(events: readonly TimelineEvent[]): Record<string, Partial<Record<RunKind, RunSummary>>> {
  const out: Record<string, Partial<Record<RunKind, RunSummary>>> = {};
  for (const e of events) {
    if (e.type !== 'verdict') continue;
    (out[e.problemId] ??= {})[e.summary.kind] = e.summary;
  }
  return out;
}

/** Warning marks already given, so a reload does not repeat them. */
export function givenWarnings(events: readonly TimelineEvent[]): number[] {
  return events.flatMap((e) => (e.type === 'warning' ? [e.minutesLeft] : []));
}

/** The end event, if the round has ended. */
export function endOf(events: readonly TimelineEvent[]): Extract<TimelineEvent, { type: 'round-ended' }> | undefined {
  return events.find((e): e is Extract<TimelineEvent, { type: 'round-ended' }> => e.type === 'round-ended');
}

/** The last code snapshot per problem. */
export function lastCode(events: readonly TimelineEvent[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of events) if (e.type === 'code-snapshot') out[e.problemId] = e.code;
  return out;
}

/** Events in time order (ties keep insertion order). */
export function sortTimeline(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.map((e, i) => [e, i] as const).sort((a, b) => a[0].at - b[0].at || a[1] - b[1]).map(([e]) => e);
}
