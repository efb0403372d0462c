// A round's append-only timeline: the typed events, and pure reducers that derive what the round
// page and the review show. Nothing is stored twice: summaries are computed from events.

// The event types are inferred from their schemas (timeline-schema.ts).
export type {
  Assists,
  EndReason,
  EventType,
  RunKind,
  RunSummary,
  SelfRating,
  TimelineEvent,
  TimelineEventBody,
} from './timeline-schema.ts';
import type { RunKind, RunSummary, TimelineEvent } from './timeline-schema.ts';

/** The latest verdict per problem and kind, as shown after the round. */
export function latestVerdicts(events: readonly TimelineEvent[]): Record<string, Partial<Record<RunKind, RunSummary>>> {
  const out = new Map<string, Partial<Record<RunKind, RunSummary>>>();
  for (const e of events) {
    if (e.type !== 'verdict') continue;
    const byKind = out.get(e.problemId) ?? {};
    byKind[e.summary.kind] = e.summary;
    out.set(e.problemId, byKind);
  }
  // Ids come from imported files too: fromEntries keeps "__proto__" an own key, not a prototype.
  return Object.fromEntries(out);
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
  const out = new Map<string, string>();
  for (const e of events) if (e.type === 'code-snapshot') out.set(e.problemId, e.code);
  return Object.fromEntries(out);
}

/** Events in time order (ties keep insertion order). */
export function sortTimeline(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((e, i) => [e, i] as const)
    .sort((a, b) => a[0].at - b[0].at || a[1] - b[1])
    .map(([e]) => e);
}

export type AskedEvent = Extract<TimelineEvent, { type: 'interruption-asked' }>;
export type AnsweredEvent = Extract<TimelineEvent, { type: 'interruption-answered' }>;

/** Slots of the interruption schedule already asked. */
export function askedSlots(events: readonly TimelineEvent[]): Set<number> {
  return new Set(events.flatMap((e) => (e.type === 'interruption-asked' ? [e.slot] : [])));
}

/** Question ids already asked, so none repeats within the round. */
export function askedQuestionIds(events: readonly TimelineEvent[]): Set<string> {
  return new Set(events.flatMap((e) => (e.type === 'interruption-asked' ? [e.questionId] : [])));
}

/** The interruption asked and not yet answered, if any (it survives a reload). */
export function openInterruption(events: readonly TimelineEvent[]): AskedEvent | undefined {
  const answered = new Set(events.flatMap((e) => (e.type === 'interruption-answered' ? [e.slot] : [])));
  return events.find((e): e is AskedEvent => e.type === 'interruption-asked' && !answered.has(e.slot));
}

/** Whether the latest verdict after `since` (for `problemId`) failed. */
export function lastRunFailedSince(events: readonly TimelineEvent[], since: number, problemId: string): boolean {
  const verdicts = events.filter((e) => e.type === 'verdict' && e.at >= since && e.problemId === problemId);
  const last = verdicts.at(-1);
  return last?.type === 'verdict' && last.summary.status !== 'accepted';
}

/** Each interruption with its answer (if any), in order. */
export function interruptions(events: readonly TimelineEvent[]): { asked: AskedEvent; answered?: AnsweredEvent }[] {
  const answers = new Map(events.flatMap((e) => (e.type === 'interruption-answered' ? [[e.slot, e] as const] : [])));
  return events
    .filter((e): e is AskedEvent => e.type === 'interruption-asked')
    .map((asked) => {
      const answered = answers.get(asked.slot);
      return answered ? { asked, answered } : { asked };
    });
}
