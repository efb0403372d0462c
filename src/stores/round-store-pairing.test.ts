import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Problem } from '../domain/problem-schema.ts';
import type { Scorecard } from '../domain/scorecard.ts';
import { MockloopDb } from '../storage/db.ts';
import { gapsForRound } from '../storage/gaps-repo.ts';
import { loadRound } from '../storage/rounds-repo.ts';
import { configureRoundStore, startRound, useRoundStore } from './round-store.ts';

const MIN = 60_000;
let now = 1_000_000;
let db: MockloopDb;
const problem = { id: 'demo', family: 'ml', tags: ['metrics'], followups: [], starter: '' } as unknown as Problem;
const REQ = ['a1a1a1a1a1a1a1a1', 'b2b2b2b2b2b2b2b2', 'c3c3c3c3c3c3c3c3'] as const;
const card: Scorecard = {
  signals: {
    understanding: { rating: 4, comment: '' },
    technical: { rating: 1, comment: 'Could not write the loop without help.' },
    rationale: { rating: 2, comment: '' },
    communication: { rating: 5, comment: '' },
  },
  decision: 'no-hire',
  summary: 'Practise the training loop from scratch.',
};

beforeEach(() => {
  now = 1_000_000;
  db = new MockloopDb(`pair-store-${Math.random()}`);
  configureRoundStore({
    db: () => db,
    now: () => now,
    loadProblem: async (id) => (id === 'demo' ? problem : undefined),
  });
});
afterEach(async () => {
  await useRoundStore.getState().flush();
  db.close();
  await db.delete();
});

async function openRound(minutes = 45): Promise<string> {
  const id = await startRound(['demo'], minutes * MIN, 'off');
  await useRoundStore.getState().open(id);
  return id;
}

describe('requests from a paired-mock interviewer', () => {
  it('asks the interviewer’s question in the interruption flow, once, with the code at that moment', async () => {
    const id = await openRound();
    useRoundStore.getState().setCode('def f(): pass');
    now += 3 * MIN;
    const ask = { type: 'interrupt' as const, problemId: 'demo', question: 'Why this loss?', sentAt: now };
    await useRoundStore.getState().applyPartnerRequest(id, REQ[0], ask);
    await useRoundStore.getState().applyPartnerRequest(id, REQ[0], ask); // the same request synced again
    await useRoundStore.getState().applyPartnerRequest(id, REQ[1], { ...ask, question: 'And the learning rate?' });
    now += 5_000;
    await useRoundStore.getState().answerInterruption({ text: 'Cross-entropy fits', aloud: false, rating: null });
    const events = (await loadRound(db, id))!.events;
    const asked = events.filter((e) => e.type === 'interruption-asked');
    expect(asked).toHaveLength(2);
    expect(asked[0]).toMatchObject({
      source: 'interviewer',
      question: 'Why this loss?',
      code: 'def f(): pass',
      slot: -1,
      at: 1_000_000 + 3 * MIN,
    });
    expect(asked[1]).toMatchObject({ slot: -2 });
    // The first is answered; the second is now the open question.
    expect(events.find((e) => e.type === 'interruption-answered')).toMatchObject({ slot: -1, latencyMs: 5_000 });
  });

  it('fills "{minutesLeft}" in a question from the bank with the minutes left on the clock', async () => {
    const id = await openRound(20);
    now += 7 * MIN + 30_000; // 12.5 minutes left: the clock shows 12:30, so "13 minutes"
    const question = "You've got {minutesLeft} minutes left. What do you finish first?";
    await useRoundStore
      .getState()
      .applyPartnerRequest(id, REQ[0], { type: 'interrupt', problemId: 'demo', question, sentAt: now });
    const asked = (await loadRound(db, id))!.events.find((e) => e.type === 'interruption-asked');
    expect(asked).toMatchObject({ question: "You've got 13 minutes left. What do you finish first?" });
  });

  it('reveals a hint once and adds time to a running round', async () => {
    const id = await openRound(20);
    const hint = {
      type: 'reveal-hint' as const,
      problemId: 'demo',
      index: 0,
      text: 'Start from the confusion matrix.',
      sentAt: now,
    };
    await useRoundStore.getState().applyPartnerRequest(id, REQ[0], hint);
    await useRoundStore.getState().applyPartnerRequest(id, REQ[0], hint);
    await useRoundStore.getState().applyPartnerRequest(id, REQ[1], { type: 'extend', minutes: 5, sentAt: now });
    expect(useRoundStore.getState().round?.durationMs).toBe(25 * MIN);
    const saved = (await loadRound(db, id))!;
    expect(saved.round.durationMs).toBe(25 * MIN);
    expect(saved.events.filter((e) => e.type === 'hint-revealed')).toHaveLength(1);
    // At 22 minutes the extended round is still running.
    now += 22 * MIN;
    useRoundStore.getState().tick();
    expect(useRoundStore.getState().phase).toBe('active');
  });

  it('stops the clock on pause, and on resume adds the paused span so the time left is as it was', async () => {
    const id = await openRound(20);
    now += 5 * MIN;
    await useRoundStore.getState().applyPartnerRequest(id, REQ[0], { type: 'pause', sentAt: now });
    await useRoundStore.getState().applyPartnerRequest(id, REQ[1], { type: 'pause', sentAt: now }); // already paused
    now += 30 * MIN; // far past the original end
    useRoundStore.getState().tick();
    expect(useRoundStore.getState().phase).toBe('active');
    expect(useRoundStore.getState().warning).toBeNull();
    await useRoundStore.getState().applyPartnerRequest(id, REQ[2], { type: 'resume', sentAt: now });
    expect(useRoundStore.getState().round?.durationMs).toBe(50 * MIN);
    now += MIN;
    useRoundStore.getState().tick();
    const { round } = useRoundStore.getState();
    expect(round!.startedAt + round!.durationMs - now).toBe(14 * MIN);
    const saved = (await loadRound(db, id))!;
    expect(saved.round.durationMs).toBe(50 * MIN);
    expect(
      saved.events.filter((e) => e.type === 'clock-paused' || e.type === 'clock-resumed').map((e) => e.type),
    ).toEqual(['clock-paused', 'clock-resumed']);
    expect(saved.events.find((e) => e.type === 'clock-resumed')).toMatchObject({ pausedMs: 30 * MIN });
  });

  it('keeps the interruption drill on running time: nothing piles up during a pause', async () => {
    const id = await startRound(['demo'], 20 * MIN, 'off', { mode: 'fixed', everyMin: 2, seed: 3 });
    await useRoundStore.getState().open(id);
    now += MIN;
    await useRoundStore.getState().applyPartnerRequest(id, REQ[0], { type: 'pause', sentAt: now });
    now += 10 * MIN;
    useRoundStore.getState().tick();
    await useRoundStore.getState().applyPartnerRequest(id, REQ[1], { type: 'resume', sentAt: now });
    useRoundStore.getState().tick(); // 11 minutes after the start, but only 1 minute of running time
    await new Promise((r) => setTimeout(r, 20));
    expect(useRoundStore.getState().events.filter((e) => e.type === 'interruption-asked')).toHaveLength(0);
    now += MIN; // 2 minutes of running time: the first scheduled question
    useRoundStore.getState().tick();
    await new Promise((r) => setTimeout(r, 20));
    const asked = useRoundStore.getState().events.filter((e) => e.type === 'interruption-asked');
    expect(asked.map((e) => e.at - 1_000_000)).toEqual([12 * MIN]);
  });

  it('ignores questions and extra time once the round has ended', async () => {
    const id = await openRound();
    await useRoundStore.getState().end('ended-early');
    await useRoundStore
      .getState()
      .applyPartnerRequest(id, REQ[0], { type: 'interrupt', problemId: 'demo', question: 'Late?', sentAt: now });
    await useRoundStore.getState().applyPartnerRequest(id, REQ[1], { type: 'extend', minutes: 5, sentAt: now });
    const saved = (await loadRound(db, id))!;
    expect(saved.events.some((e) => e.type === 'interruption-asked' || e.type === 'time-extended')).toBe(false);
    expect(saved.round.durationMs).toBe(45 * MIN);
  });

  it('files feedback as partner gap entries for the weak signals, even after the candidate moved to another round', async () => {
    const paired = await openRound();
    now += 30 * MIN;
    await useRoundStore.getState().end('ended-early');
    await openRound(); // the candidate started something else meanwhile
    now += 60_000;
    const feedback = { type: 'feedback' as const, scorecard: card, sentAt: now };
    await useRoundStore.getState().applyPartnerRequest(paired, REQ[2], feedback);
    await useRoundStore.getState().applyPartnerRequest(paired, REQ[2], feedback);
    const gaps = await gapsForRound(db, paired);
    expect(gaps.map((g) => g.quote).sort()).toEqual([
      'Rationale for choices: weak (rated by your interviewer).',
      'Technical skill: very weak. Could not write the loop without help.',
    ]);
    for (const g of gaps)
      expect(g).toMatchObject({ source: 'partner', family: 'ml', fix: card.summary, momentMs: 30 * MIN });
    const events = (await loadRound(db, paired))!.events;
    expect(events.filter((e) => e.type === 'partner-feedback')).toHaveLength(1);
  });

  it('caps extra time at 30 minutes per round in all, however many extensions arrive', async () => {
    const id = await openRound(20);
    const ids = Array.from({ length: 9 }, (_, i) => `${i}`.repeat(16));
    for (const rid of ids)
      await useRoundStore.getState().applyPartnerRequest(id, rid, { type: 'extend', minutes: 5, sentAt: now });
    await useRoundStore
      .getState()
      .applyPartnerRequest(id, 'e'.repeat(16), { type: 'extend', minutes: 30, sentAt: now });
    expect(useRoundStore.getState().round?.durationMs).toBe(50 * MIN);
    const saved = (await loadRound(db, id))!;
    expect(saved.round.durationMs).toBe(50 * MIN);
    const extended = saved.events.filter((e) => e.type === 'time-extended');
    expect(extended.reduce((sum, e) => sum + (e.type === 'time-extended' ? e.minutes : 0), 0)).toBe(30);
    expect(extended).toHaveLength(6);
  });

  it('keeps one scorecard per round: a new one replaces the old, its gap entries too', async () => {
    const id = await openRound();
    await useRoundStore.getState().end('ended-early');
    await useRoundStore.getState().applyPartnerRequest(id, REQ[0], { type: 'feedback', scorecard: card, sentAt: now });
    const second: Scorecard = {
      ...card,
      signals: {
        ...card.signals,
        technical: { rating: 4, comment: '' },
        communication: { rating: 1, comment: 'Silent.' },
      },
    };
    now += 1_000;
    await useRoundStore
      .getState()
      .applyPartnerRequest(id, REQ[1], { type: 'feedback', scorecard: second, sentAt: now });
    for (let i = 0; i < 20; i++)
      await useRoundStore
        .getState()
        .applyPartnerRequest(id, `f${i}`.padEnd(16, 'a'), { type: 'feedback', scorecard: second, sentAt: now });
    const events = (await loadRound(db, id))!.events.filter((e) => e.type === 'partner-feedback');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ scorecard: second });
    const gaps = await gapsForRound(db, id);
    expect(gaps.map((g) => g.quote).sort()).toEqual([
      'Communication: very weak. Silent.',
      'Rationale for choices: weak (rated by your interviewer).',
    ]);
    expect(useRoundStore.getState().events.filter((e) => e.type === 'partner-feedback')).toHaveLength(1);
  });
});
