// A paired-mock interviewer's requests applied to the round (the plan of each is pure, in
// domain/partner-request-plan.ts), and the partner's scorecard filed with the round.
import { handledRequests } from '../domain/pair-protocol.ts';
import { interviewerMayDraw, interviewerMayType } from '../domain/pair-trust.ts';
import { planPartnerRequest } from '../domain/partner-request-plan.ts';
import { elapsedMs } from '../domain/round-clock.ts';
import { gapEntriesFromScorecard, type Scorecard } from '../domain/scorecard.ts';
import type { TimelineEvent } from '../domain/timeline.ts';
import { addGap } from '../storage/gaps-repo.ts';
import { appendEvent, extendRound, loadRound } from '../storage/rounds-repo.ts';
import type { RoundContext, RoundDeps, RoundState } from './round-state.ts';

/**
 * Files a partner's scorecard with a round: a timeline event, and a partner gap entry per weak
 * signal. A round keeps one scorecard: a new one replaces the earlier event and its gap entries.
 * Does nothing when this request was filed already (another tab, a resync).
 */
async function filePartnerFeedback(
  deps: RoundDeps,
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

export function partnerActions(
  ctx: RoundContext,
): Pick<RoundState, 'applyPartnerRequest' | 'setInterviewerTyping' | 'setInterviewerDrawing'> {
  const { set, get, deps, tab } = ctx;
  return {
    async applyPartnerRequest(roundId, requestId, request) {
      if (tab.applying.has(requestId)) return;
      tab.applying.add(requestId);
      try {
        const now = deps.now();
        if (request.type === 'feedback') {
          const event = await filePartnerFeedback(deps, roundId, requestId, request.scorecard, now);
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
        await ctx.record(plan.event, now);
      } finally {
        tab.applying.delete(requestId);
      }
    },

    async setInterviewerTyping(allowed) {
      if (get().phase !== 'active' || interviewerMayType(get().events) === allowed) return;
      await ctx.record({ type: 'interviewer-typing', allowed });
    },

    async setInterviewerDrawing(allowed) {
      if (get().phase !== 'active' || interviewerMayDraw(get().events) === allowed) return;
      await ctx.record({ type: 'interviewer-drawing', allowed });
    },
  };
}
