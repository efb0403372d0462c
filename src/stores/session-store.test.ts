import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BEHAVIORAL_QUESTIONS } from '../data/behavioral-bank.ts';
import { FUNDAMENTALS_QUESTIONS } from '../data/fundamentals-bank.ts';
import { seededRandom } from '../domain/interruption-scheduler.ts';
import { MockloopDb } from '../storage/db.ts';
import { endStoredSession, getSession } from '../storage/sessions-repo.ts';
import { saveStory } from '../storage/stories-repo.ts';
import { configureSessionStore, startSession, useSessionStore } from './session-store.ts';

const MIN = 60_000;
let now = 1_000_000;
let db: MockloopDb;

beforeEach(() => {
  now = 1_000_000;
  db = new MockloopDb(`session-store-${Math.random()}`);
  configureSessionStore({ db: () => db, now: () => now, random: seededRandom(42) });
});
afterEach(async () => {
  await useSessionStore.getState().flush();
  db.close();
  await db.delete();
});

/** Lets the store's fire-and-forget writes land. */
const settle = () => new Promise((r) => setTimeout(r, 20));
const state = () => useSessionStore.getState();

describe('startSession', () => {
  it('picks fundamentals questions spread over topics, preferring ones earlier sessions did not show', async () => {
    const first = await startSession('fundamentals', { minutes: 10, count: 12 });
    const a = await getSession(db, first);
    if (a?.kind !== 'fundamentals') throw new Error('expected a fundamentals session');
    expect(a.questionIds).toHaveLength(12);
    expect(new Set(a.questionIds.map((id) => FUNDAMENTALS_QUESTIONS.find((q) => q.id === id)?.topic)).size).toBe(12);
    expect(a.items[0]).toMatchObject({ questionId: a.questionIds[0], shownAt: now, limitMs: 50_000 });

    const second = await getSession(db, await startSession('fundamentals', { minutes: 60, loopId: 'loop-1' }));
    if (second?.kind !== 'fundamentals') throw new Error('expected a fundamentals session');
    expect(second.questionIds).toHaveLength(20);
    expect(second.loopId).toBe('loop-1');
    expect(second.questionIds).not.toContain(a.questionIds[0]); // the one question the first session showed
  });

  it('opens the design prompt asked for, or one at random', async () => {
    const chosen = await getSession(db, await startSession('design', { minutes: 60, promptId: 'card-fraud-detection' }));
    expect(chosen).toMatchObject({ kind: 'design', promptId: 'card-fraud-detection', promptTitle: 'Fraud detection for card transactions', durationMs: 60 * MIN });
    expect((await getSession(db, await startSession('design', { minutes: 45 })))?.kind).toBe('design');
    await expect(startSession('design', { minutes: 60, promptId: 'no-such-prompt' })).rejects.toThrow('no-such-prompt');
  });

  it('draws four behavioral questions by default, matched to the stories on file', async () => {
    await saveStory(db, { title: 'Mentor', situation: 's', task: 't', action: 'a', result: 'r', tags: ['mentoring'] }, 1);
    const s = await getSession(db, await startSession('behavioral', { minutes: 45 }));
    if (s?.kind !== 'behavioral') throw new Error('expected a behavioral session');
    expect(s.questionIds).toHaveLength(4);
    expect(BEHAVIORAL_QUESTIONS.find((q) => q.id === s.questionIds[0])?.tags).toContain('mentoring');
  });
});

describe('session store', () => {
  it('saves every step of a fundamentals question, so reopening resumes exactly there', async () => {
    const id = await startSession('fundamentals', { minutes: 3, count: 3 });
    await state().open(id);
    state().setAnswer('Variance is sensitivity to the sample');
    await state().flush();
    now += 70_000; // over the 60 s limit
    state().revealAnswer();
    state().revealDeeper();
    state().grade('mechanism');
    await settle();

    useSessionStore.setState({ session: null, phase: 'idle' });
    await state().open(id);
    const s = state().session;
    if (s?.kind !== 'fundamentals') throw new Error('expected a fundamentals session');
    expect(s.items[0]).toMatchObject({ answer: 'Variance is sensitivity to the sample', answeredAt: 1_070_000, overran: true, grade: 'mechanism', deeperShownAt: 1_070_000 });
    state().nextQuestion();
    await settle();
    const stored = await getSession(db, id);
    expect(stored?.kind === 'fundamentals' && stored.items.map((i) => i.shownAt)).toEqual([1_000_000, 1_070_000]);
  });

  it('ends at the deadline when the clock runs out, and keeps the notes typed before', async () => {
    const id = await startSession('design', { minutes: 60, promptId: 'ads-ranking' });
    await state().open(id);
    state().setStepNotes('clarify', 'Which ad formats? CPC or CPM?');
    now += 61 * MIN;
    state().tick();
    await settle();
    expect(state().phase).toBe('ended');
    const stored = await getSession(db, id);
    expect(stored).toMatchObject({ endedAt: 1_000_000 + 60 * MIN, endReason: 'time-up' });
    expect(stored?.kind === 'design' && stored.steps[0]).toMatchObject({ notes: 'Which ad formats? CPC or CPM?', endedAt: 1_000_000 + 60 * MIN });
    // Nothing changes an ended session.
    state().setStepNotes('clarify', 'late');
    const after = state().session;
    expect(after?.kind === 'design' && after.steps[0]!.notes).toBe('Which ad formats? CPC or CPM?');
  });

  it('shows the end another tab recorded instead of writing over it', async () => {
    const id = await startSession('behavioral', { minutes: 45 });
    await state().open(id);
    const other = await getSession(db, id);
    await endStoredSession(db, { ...other!, endedAt: 1_000_500, endReason: 'ended-early' });
    state().rateStructure('strong');
    await settle();
    expect(state()).toMatchObject({ phase: 'ended', session: { endedAt: 1_000_500 } });
    const stored = await getSession(db, id);
    expect(stored?.kind === 'behavioral' && stored.items[0]!.structure).toBeUndefined();
  });
});
