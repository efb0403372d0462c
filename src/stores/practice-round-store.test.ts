import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BEHAVIORAL_QUESTIONS } from '../data/behavioral-bank.ts';
import { FUNDAMENTALS_QUESTIONS } from '../data/fundamentals-bank.ts';
import { setBankImporter } from '../data/practice-banks.ts';
import { seededRandom } from '../domain/interruption-scheduler.ts';
import { categoryLabel } from '../data/failure-categories.ts';
import { MockloopDb } from '../storage/db.ts';
import { listGaps } from '../storage/gaps-repo.ts';
import { journalledSession, journalSession } from '../storage/practice-round-journal.ts';
import { allSessions, endStoredSession, getSession } from '../storage/practice-rounds-repo.ts';
import { saveStory } from '../storage/stories-repo.ts';
import { configureSessionStore, startSession, useSessionStore } from './practice-round-store.ts';

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

/** Waits until every write the store started in the background has landed (no fixed sleep). */
const settle = () => useSessionStore.getState().settled();
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
    const chosen = await getSession(
      db,
      await startSession('design', { minutes: 60, promptId: 'card-fraud-detection' }),
    );
    expect(chosen).toMatchObject({
      kind: 'design',
      promptId: 'card-fraud-detection',
      promptTitle: 'Fraud detection for card transactions',
      durationMs: 60 * MIN,
    });
    expect((await getSession(db, await startSession('design', { minutes: 45 })))?.kind).toBe('design');
    await expect(startSession('design', { minutes: 60, promptId: 'no-such-prompt' })).rejects.toThrow('no-such-prompt');
  });

  it('draws four behavioral questions by default, matched to the stories on file', async () => {
    await saveStory(
      db,
      { title: 'Mentor', situation: 's', task: 't', action: 'a', result: 'r', tags: ['mentoring'] },
      1,
    );
    const s = await getSession(db, await startSession('behavioral', { minutes: 45 }));
    if (s?.kind !== 'behavioral') throw new Error('expected a behavioral session');
    expect(s.questionIds).toHaveLength(4);
    expect(BEHAVIORAL_QUESTIONS.find((q) => q.id === s.questionIds[0])?.tags).toContain('mentoring');
  });

  it('offline before its bank ever loaded: says why in words and stores no round; back online it starts', async () => {
    setBankImporter('design', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await expect(startSession('design', { minutes: 45 })).rejects.toThrow(
      'The system design prompts are not on this device yet: they download the first time a round needs them. Connect to the internet and try again.',
    );
    expect(await allSessions(db)).toEqual([]);
    setBankImporter('design', () => import('../data/design-bank.ts'));
    const id = await startSession('design', { minutes: 45 });
    expect((await getSession(db, id))?.kind).toBe('design');
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
    expect(s.items[0]).toMatchObject({
      answer: 'Variance is sensitivity to the sample',
      answeredAt: 1_070_000,
      overran: true,
      grade: 'mechanism',
      deeperShownAt: 1_070_000,
    });
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
    await vi.waitFor(() => expect(state().phase).toBe('ended'));
    const stored = await getSession(db, id);
    expect(stored).toMatchObject({ endedAt: 1_000_000 + 60 * MIN, endReason: 'time-up' });
    expect(stored?.kind === 'design' && stored.steps[0]).toMatchObject({
      notes: 'Which ad formats? CPC or CPM?',
      endedAt: 1_000_000 + 60 * MIN,
    });
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
    // The save runs in the background: wait for its outcome rather than a fixed 20 ms (flaky under load).
    await vi.waitFor(() => expect(state()).toMatchObject({ phase: 'ended', session: { endedAt: 1_000_500 } }));
    const stored = await getSession(db, id);
    expect(stored?.kind === 'behavioral' && stored.items[0]!.structure).toBeUndefined();
  });

  it('a page closed before typing was stored: the journal has it at once, and it comes back (and is saved) on open', async () => {
    const items = new Map<string, string>();
    const fake = {
      get length() {
        return items.size;
      },
      key: (i: number) => [...items.keys()][i] ?? null,
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
    Object.defineProperty(globalThis, 'localStorage', { value: fake, configurable: true });
    const notes = (s: unknown) => (s as { kind: string; steps?: { notes: string }[] } | undefined)?.steps?.[0]?.notes;
    try {
      const id = await startSession('design', { minutes: 60, promptId: 'ads-ranking' });
      await state().open(id);
      state().saveNow();
      expect(journalledSession(id)).toBeUndefined(); // nothing unsaved, nothing journalled

      state().setStepNotes('clarify', 'Which ad formats?');
      state().saveNow();
      // Synchronous: in the journal before any write to the database could land.
      expect(notes(journalledSession(id))).toBe('Which ad formats?');
      await settle();
      expect(notes(await getSession(db, id))).toBe('Which ad formats?');
      expect(journalledSession(id)).toBeUndefined(); // stored, so the journal is cleared

      // The tab died before the database write: only the journal has the newest notes.
      const stored = await getSession(db, id);
      if (stored?.kind !== 'design') throw new Error('expected a design session');
      journalSession({
        ...stored,
        steps: stored.steps.map((st, i) => (i === 0 ? { ...st, notes: 'Which ad formats? CPC or CPM?' } : st)),
        numbers: { qps: '50k' },
      });
      useSessionStore.setState({ session: null, phase: 'idle' });
      await state().open(id);
      expect(notes(state().session)).toBe('Which ad formats? CPC or CPM?');
      const saved = await getSession(db, id);
      expect(notes(saved)).toBe('Which ad formats? CPC or CPM?');
      expect(saved?.kind === 'design' && saved.numbers.qps).toBe('50k');
      expect(journalledSession(id)).toBeUndefined();

      // A journal left behind by a session that has since ended changes nothing.
      await state().end('ended-early');
      journalSession({ ...stored, steps: stored.steps.map((st) => ({ ...st, notes: 'late' })) });
      await state().open(id);
      expect(notes(state().session)).toBe('Which ad formats? CPC or CPM?');
      expect(notes(await getSession(db, id))).toBe('Which ad formats? CPC or CPM?');
      expect(items.size).toBe(0);
    } finally {
      Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });

  it('warns at 10 and 5 minutes left, once each, and a reopened session does not warn again', async () => {
    const id = await startSession('behavioral', { minutes: 45 });
    await state().open(id);
    now += 34 * MIN;
    state().tick();
    expect(state().warning).toBeNull();
    now += MIN;
    state().tick();
    expect(state().warning).toBe(10);
    await settle();
    expect((await getSession(db, id))?.warningsGiven).toEqual([10]);
    state().dismissWarning();
    state().tick();
    expect(state().warning).toBeNull();

    useSessionStore.setState({ session: null, phase: 'idle' });
    await state().open(id);
    expect(state().warning).toBeNull(); // already given before the reload
    now += 5 * MIN;
    state().tick();
    expect(state().warning).toBe(5);
    await settle();
    expect((await getSession(db, id))?.warningsGiven).toEqual([10, 5]);
    // Time up: the "5 minutes left" banner does not stay above the ended round.
    now += 6 * MIN;
    state().tick();
    await vi.waitFor(() => expect(state().phase).toBe('ended'));
    expect(state().warning).toBeNull();
  });

  it('files each answer graded "definition only" in the gap log when the round ends, once', async () => {
    const id = await startSession('fundamentals', { minutes: 6, count: 3 });
    await state().open(id);
    const asked = (state().session as { questionIds: string[] }).questionIds;
    state().setAnswer('Bias is error from wrong assumptions');
    state().revealAnswer();
    state().grade('mechanism');
    state().grade('definition'); // changed its mind: the last grade counts
    now += 30_000;
    state().nextQuestion();
    state().setAloud(true);
    state().revealAnswer();
    state().grade('definition');
    now += 30_000;
    state().nextQuestion();
    state().revealAnswer();
    state().grade('mechanism-example');
    await settle();
    expect(await listGaps(db)).toEqual([]); // nothing filed while the round runs
    await state().end('finished');
    // Another tab's late end files nothing more.
    await endStoredSession(db, { ...(await getSession(db, id))!, endedAt: now + 1 });

    const gaps = (await listGaps(db)).sort((a, b) => a.momentMs - b.momentMs);
    expect(gaps).toHaveLength(2);
    const question = (i: number) => FUNDAMENTALS_QUESTIONS.find((q) => q.id === asked[i])!;
    expect(gaps[0]).toMatchObject({
      roundId: id,
      problemId: null,
      family: 'ml',
      tags: [question(0).topic],
      momentMs: 0,
      categories: ['definition-without-mechanism'],
      quote: 'Bias is error from wrong assumptions',
      source: 'self',
      status: 'open',
      createdAt: now,
      redrill: { dueAt: now + 24 * 60 * MIN, streak: 0, history: [] },
    });
    expect(gaps[0]!.fix).toContain(question(0).question);
    expect(gaps[1]).toMatchObject({ momentMs: 30_000, quote: `Answered aloud: ${question(1).question}` });
    expect(categoryLabel('definition-without-mechanism')).toBe('Definition without mechanism');
  });

  it('files no gap for a round with no answer graded "definition only"', async () => {
    const id = await startSession('fundamentals', { minutes: 6, count: 2 });
    await state().open(id);
    state().revealAnswer();
    state().grade('mechanism');
    now += MIN;
    await state().end('ended-early');
    expect(await listGaps(db)).toEqual([]);
  });

  it('ends as finished with Finish, so the review does not say "ended early"', async () => {
    const id = await startSession('behavioral', { minutes: 45 });
    await state().open(id);
    now += 3 * MIN;
    await state().end('finished');
    expect(await getSession(db, id)).toMatchObject({ endedAt: now, endReason: 'finished' });
  });
});

describe('practice round store, one round after another', () => {
  it('a round whose end is still being written does not hold up the End of the round opened next', async () => {
    const first = await startSession('design', { minutes: 30 });
    const second = await startSession('design', { minutes: 30 });
    await state().open(first);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    let held = false;
    const spy = vi.spyOn(db, 'transaction').mockImplementation((async (...args: unknown[]) => {
      if (!held && args[0] === 'rw' && args[1] === db.sessions) {
        held = true;
        await gate;
      }
      return transaction(...args);
    }) as never);
    try {
      const endingFirst = state().end('ended-early');
      await vi.waitFor(() => expect(held).toBe(true));
      await state().open(second);
      await state().end('ended-early');
      expect(state().phase).toBe('ended');
      release();
      await endingFirst;
      await settle();
    } finally {
      spy.mockRestore();
    }
    expect(state().session?.id).toBe(second);
    expect((await getSession(db, first))?.endedAt).toBe(now);
    expect((await getSession(db, second))?.endedAt).toBe(now);
  });
});
