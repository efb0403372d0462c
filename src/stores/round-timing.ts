// The round's clock as it runs in the tab editing it: time warnings, the interviewer's questions,
// their answers, and the end (asked for, or at the deadline).
import { INTERRUPTION_PROMPTS } from '../data/prompt-banks.ts';
import { pausedSince } from '../domain/clock-pause.ts';
import { dueInterruption } from '../domain/interruption-plan.ts';
import { deadline, dueWarnings, isTimeUp } from '../domain/round-clock.ts';
import type { EndReason } from '../domain/timeline.ts';
import { endOf, givenWarnings, openInterruption } from '../domain/timeline.ts';
import type { RoundRecord } from '../storage/db.ts';
import { endRound, loadRound } from '../storage/rounds-repo.ts';
import { write } from '../storage/storage-health.ts';
import type { RoundContext, RoundState, RoundWork } from './round-state.ts';

/** Ends a round once: a second call while the first is writing does nothing. */
export function createFinish(ctx: Omit<RoundContext, 'finish'>): RoundContext['finish'] {
  const { set, get, deps } = ctx;

  async function endNow(round: RoundRecord, reason: EndReason, at: number): Promise<void> {
    await get().flush();
    for (const pid of round.problemIds) await ctx.snapshot(pid, true);
    const event = await write((db) => endRound(db, round.id, at, reason), deps.db);
    const ended = event ?? endOf((await loadRound(deps.db(), round.id))?.events ?? []);
    if (get().round?.id !== round.id) return;
    set((s) => ({
      phase: 'ended',
      // A "5 minutes left" banner means nothing once the time is up.
      warning: null,
      round: { ...round, endedAt: ended?.at ?? at, endReason: ended?.type === 'round-ended' ? ended.reason : reason },
      events: event ? [...s.events, event] : s.events,
    }));
  }

  return async (reason, at) => {
    const { round } = get();
    if (!round) return;
    const work = ctx.workFor(round.id);
    if (work.finishing) return;
    work.finishing = true;
    try {
      await endNow(round, reason, at);
    } finally {
      work.finishing = false;
    }
  };
}

export function timingActions(
  ctx: RoundContext,
): Pick<RoundState, 'end' | 'tick' | 'dismissWarning' | 'answerInterruption'> {
  const { set, get, deps, background } = ctx;

  /** Asks the interviewer's question for the slot now due, if any. */
  function interruptIfDue(round: RoundRecord, work: RoundWork, now: number): void {
    const { events, activeProblemId, problems, code } = get();
    const plan = dueInterruption({
      round,
      events,
      now,
      asking: work.asking,
      prompts: INTERRUPTION_PROMPTS,
      problemId: activeProblemId,
      problem: activeProblemId ? problems[activeProblemId] : undefined,
      code: activeProblemId ? (code[activeProblemId] ?? '') : '',
    });
    if (!plan) return;
    work.asking.add(plan.slot);
    if (plan.event) background.start(ctx.record(plan.event, now));
  }

  return {
    async end(reason) {
      if (get().phase !== 'active') return;
      await ctx.finish(reason, deps.now());
    },

    tick() {
      const { round, phase, events, editing } = get();
      const now = deps.now();
      set({ now });
      // The tab editing the round keeps its clock, questions and end; this one only shows them.
      if (!round || phase !== 'active' || editing !== 'here') return;
      // A paused clock stands still: nothing falls due until the interviewer resumes it.
      if (pausedSince(events) !== null) return;
      const work = ctx.workFor(round.id);
      // Before the end check, so the closing question at the final minute is still asked.
      interruptIfDue(round, work, now);
      if (isTimeUp(round, now)) {
        background.start(ctx.finish('time-up', deadline(round)));
        return;
      }
      const due = dueWarnings(round, now, [...givenWarnings(events), ...work.announced]);
      if (due.length > 0) {
        set({ warning: Math.min(...due) });
        for (const m of due) {
          work.announced.add(m);
          background.start(ctx.record({ type: 'warning', minutesLeft: m }, now));
        }
      }
    },

    dismissWarning() {
      set({ warning: null });
    },

    async answerInterruption({ text, aloud, rating }) {
      const open = openInterruption(get().events);
      if (!open) return;
      const now = deps.now();
      await ctx.record(
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
}
