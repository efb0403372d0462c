// Reads and writes of rounds, their timelines and drafts. Every write is a single insert or a
// transaction, so two tabs writing at once keep both writes.
import type { TimelineEvent, TimelineEventBody, EndReason } from '../domain/timeline.ts';
import { sortTimeline } from '../domain/timeline.ts';
import type { MockloopDb, RoundRecord, StoredEvent } from './db.ts';

export interface LoadedRound {
  round: RoundRecord;
  events: TimelineEvent[];
  drafts: Record<string, string>;
  /** When each draft was saved (problem id to timestamp). */
  draftsAt: Record<string, number>;
}

export async function createRound(db: MockloopDb, round: RoundRecord): Promise<TimelineEvent> {
  const started: TimelineEvent = {
    type: 'round-started',
    roundId: round.id,
    at: round.startedAt,
    problemIds: round.problemIds,
    durationMs: round.durationMs,
    assists: round.assists,
    ...(round.interruptions ? { interruptions: round.interruptions } : {}),
  };
  await db.transaction('rw', db.rounds, db.events, async () => {
    await db.rounds.add(round);
    await db.events.add(started);
  });
  return started;
}

export async function appendEvent(
  db: MockloopDb,
  roundId: string,
  at: number,
  body: TimelineEventBody,
): Promise<TimelineEvent> {
  const event = { ...body, roundId, at } as TimelineEvent;
  await db.events.add(event);
  return event;
}

/** Several events of one round in one transaction, in order (e.g. a Run's code snapshot and the run). */
export async function appendEvents(
  db: MockloopDb,
  roundId: string,
  at: number,
  bodies: readonly TimelineEventBody[],
): Promise<TimelineEvent[]> {
  const events = bodies.map((body) => ({ ...body, roundId, at }) as TimelineEvent);
  await db.transaction('rw', db.events, () => db.events.bulkAdd(events));
  return events;
}

export async function saveDraft(
  db: MockloopDb,
  roundId: string,
  problemId: string,
  code: string,
  at: number,
): Promise<void> {
  await db.drafts.put({ roundId, problemId, code, updatedAt: at });
}

export async function loadRound(db: MockloopDb, roundId: string): Promise<LoadedRound | undefined> {
  return db.transaction('r', db.rounds, db.events, db.drafts, async () => {
    const round = await db.rounds.get(roundId);
    if (!round) return undefined;
    const stored = await db.events.where('roundId').equals(roundId).sortBy('seq');
    const events = sortTimeline(stored.map(({ seq: _seq, ...e }) => e as TimelineEvent));
    const drafts: Record<string, string> = {};
    const draftsAt: Record<string, number> = {};
    for (const d of await db.drafts.where('roundId').equals(roundId).toArray()) {
      drafts[d.problemId] = d.code;
      draftsAt[d.problemId] = d.updatedAt;
    }
    return { round, events, drafts, draftsAt };
  });
}

/**
 * Ends a round once: a second call (another tab, a late timer) changes nothing and returns false.
 * The end event carries `at`, which for a time-up is the deadline, not the moment it was noticed.
 */
export async function endRound(
  db: MockloopDb,
  roundId: string,
  at: number,
  reason: EndReason,
): Promise<TimelineEvent | null> {
  return db.transaction('rw', db.rounds, db.events, async () => {
    const round = await db.rounds.get(roundId);
    if (!round || round.endedAt !== undefined) return null;
    await db.rounds.update(roundId, { endedAt: at, endReason: reason });
    const event: TimelineEvent = { type: 'round-ended', roundId, at, reason };
    await db.events.add(event);
    return event;
  });
}

export async function listRounds(db: MockloopDb, limit = 20): Promise<RoundRecord[]> {
  return db.rounds.orderBy('startedAt').reverse().limit(limit).toArray();
}

/**
 * Adds time to a round still running (the interviewer of a paired mock extends it). Returns the new
 * length, or null when the round has ended or does not exist.
 */
export async function extendRound(db: MockloopDb, roundId: string, addMs: number): Promise<number | null> {
  return db.transaction('rw', db.rounds, async () => {
    const round = await db.rounds.get(roundId);
    if (!round || round.endedAt !== undefined) return null;
    const durationMs = round.durationMs + addMs;
    await db.rounds.update(roundId, { durationMs });
    return durationMs;
  });
}

/** Problems with at least one accepted Submit, in any round (verdicts only, through the type index). */
export async function solvedProblemIds(db: MockloopDb): Promise<Set<string>> {
  const solved = new Set<string>();
  await db.events
    .where('type')
    .equals('verdict')
    .each((e) => {
      if (e.type === 'verdict' && e.summary.kind === 'submit' && e.summary.status === 'accepted')
        solved.add(e.problemId);
    });
  return solved;
}

/** The event type that carries code: most of a history's bytes, and no statistic reads it. */
const CODE_EVENT = 'code-snapshot';

/** Every event but the code snapshots: the two key ranges around them, each read in one request. */
async function eventsWithoutCode(db: MockloopDb): Promise<StoredEvent[]> {
  const [before, after] = await Promise.all([
    db.events.where('type').below(CODE_EVENT).toArray(),
    db.events.where('type').above(CODE_EVENT).toArray(),
  ]);
  return [...before, ...after];
}

/**
 * Every round with its timeline, oldest first. For statistics pass `{ code: false }`: the code
 * snapshots are left out through the type index, so they are never read at all.
 */
export async function allRoundsWithEvents(
  db: MockloopDb,
  { code = true }: { code?: boolean } = {},
): Promise<{ round: RoundRecord; events: TimelineEvent[] }[]> {
  return db.transaction('r', db.rounds, db.events, async () => {
    const rounds = await db.rounds.orderBy('startedAt').toArray();
    const stored = code ? await db.events.toArray() : await eventsWithoutCode(db);
    // Insertion order within a round (the type index returns them grouped by type).
    if (!code) stored.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    const byRound = new Map<string, TimelineEvent[]>();
    for (const { seq: _seq, ...e } of stored) {
      const list = byRound.get(e.roundId) ?? [];
      list.push(e as TimelineEvent);
      byRound.set(e.roundId, list);
    }
    return rounds.map((round) => ({ round, events: sortTimeline(byRound.get(round.id) ?? []) }));
  });
}
