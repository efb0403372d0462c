// Full-loop simulations. A stage's progress is not copied here: it is read from the stage's own
// round or session, so ending a round in its page is all it takes to move the loop on.
import { stageStates, withBreakSkipped, withStarted, nextStep, type RefEnds } from '../domain/full-loop.ts';
import type { LoopRecord, RoundTemplate } from '../domain/loop-records.ts';
import { stagesFor } from '../domain/round-template.ts';
import type { MockloopDb } from './db.ts';

export interface LoadedLoop {
  loop: LoopRecord;
  ends: RefEnds;
  /** Rounds and sessions completed before their time was up (every problem accepted, Finish). */
  completed: ReadonlySet<string>;
}

/** Creates a loop with the template's stages, none started. */
export async function createLoop(db: MockloopDb, template: RoundTemplate, now: number): Promise<string> {
  const id = crypto.randomUUID();
  await db.loops.add({ id, templateId: template.id, name: template.name, startedAt: now, stages: stagesFor(template) });
  return id;
}

/** End times of the loop's rounds and sessions; with `withCompleted`, which ones were completed (reads events). */
async function endsOf(db: MockloopDb, loop: LoopRecord, withCompleted = false): Promise<Omit<LoadedLoop, 'loop'>> {
  const ends = new Map<string, number | undefined>();
  const completed = new Set<string>();
  for (const stage of loop.stages) {
    if (stage.refId === undefined) continue;
    // A stage's id names a coding round or a session; ids are UUIDs, so they never collide.
    const round = await db.rounds.get(stage.refId);
    const session = round ? undefined : await db.sessions.get(stage.refId);
    ends.set(stage.refId, (round ?? session)?.endedAt);
    if (session?.endReason === 'finished') completed.add(stage.refId);
    if (round && withCompleted) {
      const verdicts = await db.events
        .where('roundId')
        .equals(round.id)
        .filter((e) => e.type === 'verdict')
        .toArray();
      const accepted = new Set(
        verdicts.flatMap((e) =>
          e.type === 'verdict' && e.summary.kind === 'submit' && e.summary.status === 'accepted' ? [e.problemId] : [],
        ),
      );
      if (round.problemIds.length > 0 && round.problemIds.every((id) => accepted.has(id))) completed.add(round.id);
    }
  }
  return { ends, completed };
}

/** The loop and the end time of each of its rounds and sessions. */
export async function loadLoop(db: MockloopDb, id: string): Promise<LoadedLoop | undefined> {
  return db.transaction('r', db.loops, db.rounds, db.sessions, db.events, async () => {
    const loop = await db.loops.get(id);
    if (!loop) return undefined;
    return { loop, ...(await endsOf(db, loop, true)) };
  });
}

/**
 * Attaches a started round or session to stage `index`. Refused (false) when the stage is not the
 * next one any more, e.g. another tab started it first.
 */
export async function attachStage(
  db: MockloopDb,
  loopId: string,
  index: number,
  refId: string,
  now: number,
): Promise<boolean> {
  return db.transaction('rw', db.loops, db.rounds, db.sessions, async () => {
    const loop = await db.loops.get(loopId);
    if (!loop) return false;
    const next = withStarted(loop, index, refId, now, stageStates(loop, (await endsOf(db, loop)).ends, now));
    if (!next) return false;
    await db.loops.put(next);
    return true;
  });
}

/** Ends the running break now. */
export async function skipBreak(db: MockloopDb, loopId: string, now: number): Promise<void> {
  await db.transaction('rw', db.loops, db.rounds, db.sessions, async () => {
    const loop = await db.loops.get(loopId);
    if (!loop) return;
    const next = withBreakSkipped(loop, now, stageStates(loop, (await endsOf(db, loop)).ends, now));
    if (next) await db.loops.put(next);
  });
}

/** Records when the loop finished, once its last round has ended. */
export async function markLoopFinished(db: MockloopDb, loopId: string, now: number): Promise<void> {
  await db.transaction('rw', db.loops, db.rounds, db.sessions, async () => {
    const loop = await db.loops.get(loopId);
    if (!loop || loop.endedAt !== undefined) return;
    const step = nextStep(stageStates(loop, (await endsOf(db, loop)).ends, now));
    if (step.kind === 'finished') await db.loops.update(loopId, { endedAt: step.endedAt });
  });
}

/** The loop one of whose stages is round or session `refId`. Loops are few: a scan is enough. */
export async function findLoopOf(db: MockloopDb, refId: string): Promise<LoopRecord | undefined> {
  return db.loops.filter((l) => l.stages.some((s) => s.refId === refId)).first();
}

/** Every loop, newest first. */
export async function listLoops(db: MockloopDb): Promise<LoopRecord[]> {
  return db.loops.orderBy('startedAt').reverse().toArray();
}
