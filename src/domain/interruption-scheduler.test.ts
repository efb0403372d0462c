import { describe, expect, it } from 'vitest';
import {
  chooseQuestion,
  dueSlot,
  interruptionTimes,
  phaseAt,
  seededRandom,
  type Prompt,
  type QuestionContext,
} from './interruption-scheduler.ts';

const MIN = 60_000;

const prompts: Prompt[] = [
  { id: 'e1', text: 'What are the input sizes?', phase: 'early', families: ['algorithm', 'ml'] },
  { id: 'e2', text: 'Which edge cases worry you?', phase: 'early', families: ['algorithm', 'ml'] },
  { id: 'm1', text: 'State the invariant.', phase: 'middle', families: ['algorithm', 'ml'] },
  { id: 'm-ml', text: 'Where could data leak?', phase: 'middle', families: ['ml'] },
  {
    id: 'l1',
    text: 'With {minutesLeft} minutes left, what do you finish first?',
    phase: 'late',
    families: ['algorithm', 'ml'],
  },
  { id: 'f1', text: 'What do you think failed?', phase: 'after-failure', families: ['algorithm', 'ml'] },
];

const ctx = (over: Partial<QuestionContext>): QuestionContext => ({
  family: 'algorithm',
  elapsedMs: 0,
  durationMs: 45 * MIN,
  lastRunFailed: false,
  followups: ['What is the complexity?'],
  prompts,
  asked: new Set(),
  random: seededRandom(7),
  ...over,
});

describe('interruptionTimes', () => {
  it('asks every N minutes from the start, the last at the end of the round', () => {
    expect(interruptionTimes({ mode: 'fixed', everyMin: 2, seed: 1 }, 10 * MIN)).toEqual(
      [2, 4, 6, 8, 10].map((m) => m * MIN),
    );
    expect(interruptionTimes({ mode: 'fixed', everyMin: 3, seed: 1 }, 10 * MIN)).toEqual([3, 6, 9].map((m) => m * MIN));
    expect(interruptionTimes({ mode: 'off', everyMin: 2, seed: 1 }, 10 * MIN)).toEqual([]);
  });

  it('randomises gaps within ±50% of N, reproducibly from the seed', () => {
    const a = interruptionTimes({ mode: 'random', everyMin: 2, seed: 42 }, 45 * MIN);
    expect(interruptionTimes({ mode: 'random', everyMin: 2, seed: 42 }, 45 * MIN)).toEqual(a);
    expect(interruptionTimes({ mode: 'random', everyMin: 2, seed: 43 }, 45 * MIN)).not.toEqual(a);
    const gaps = a.map((t, i) => t - (i === 0 ? 0 : a[i - 1]!));
    for (const g of gaps) {
      expect(g).toBeGreaterThanOrEqual(1 * MIN - 1);
      expect(g).toBeLessThanOrEqual(3 * MIN + 1);
    }
    expect(a.at(-1)!).toBeLessThanOrEqual(45 * MIN);
  });
});

describe('dueSlot', () => {
  const times = [2, 4, 6].map((m) => m * MIN);
  it('gives the slot just reached, once', () => {
    expect(dueSlot(times, 1.9 * MIN, new Set())).toBeNull();
    expect(dueSlot(times, 2 * MIN, new Set())).toBe(0);
    expect(dueSlot(times, 3 * MIN, new Set([0]))).toBeNull();
    expect(dueSlot(times, 4 * MIN, new Set([0]))).toBe(1);
  });

  it('after a reload recomputes the same slot from wall-clock elapsed time and what was asked', () => {
    // Asked slot 0 before the reload; at 3:00 nothing is due, at 4:00 slot 1 is.
    expect(dueSlot(times, 3 * MIN, new Set([0]))).toBeNull();
    expect(dueSlot(times, 4 * MIN + 10, new Set([0]))).toBe(1);
  });

  it('skips slots missed while the tab slept instead of asking them all at once', () => {
    expect(dueSlot(times, 6.5 * MIN, new Set([0]))).toBe(2);
  });
});

describe('phaseAt', () => {
  it('splits the round into quarters', () => {
    expect(phaseAt(5 * MIN, 40 * MIN)).toBe('early');
    expect(phaseAt(10 * MIN, 40 * MIN)).toBe('middle');
    expect(phaseAt(30 * MIN, 40 * MIN)).toBe('late');
  });
});

describe('chooseQuestion', () => {
  it('asks clarifying questions early', () => {
    expect(chooseQuestion(ctx({ elapsedMs: 2 * MIN }))?.id).toMatch(/^e[12]$/);
  });

  it('asks what failed right after a failed run', () => {
    expect(chooseQuestion(ctx({ elapsedMs: 20 * MIN, lastRunFailed: true }))).toEqual({
      id: 'f1',
      source: 'prompt',
      text: 'What do you think failed?',
    });
  });

  it('fills in the minutes left late in the round', () => {
    const q = chooseQuestion(ctx({ elapsedMs: 40 * MIN, followups: [], random: () => 0.9 }));
    expect(q?.text).toBe('With 5 minutes left, what do you finish first?');
  });

  it('uses the problem’s own follow-ups in the middle of the round', () => {
    const q = chooseQuestion(ctx({ elapsedMs: 20 * MIN, random: () => 0.1 }));
    expect(q).toEqual({ id: 'followup-0', source: 'followup', text: 'What is the complexity?' });
  });

  it('never repeats a question within a round, and says when all are asked', () => {
    const asked = new Set<string>();
    const random = seededRandom(3);
    // Five prompts fit algorithm problems (the ML-only one does not), plus one follow-up.
    for (let i = 0; i < 6; i++) {
      const q = chooseQuestion(ctx({ elapsedMs: (i * 6 + 1) * MIN, asked, random }));
      expect(q).not.toBeNull();
      expect(asked.has(q!.id)).toBe(false);
      asked.add(q!.id);
    }
    expect([...asked].sort()).toEqual(['e1', 'e2', 'f1', 'followup-0', 'l1', 'm1']);
    expect(chooseQuestion(ctx({ elapsedMs: 44 * MIN, asked, random }))).toBeNull();
  });

  it('draws ML prompts for ML tasks but never for algorithm problems', () => {
    const mlIds = new Set<string>();
    const algoIds = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      mlIds.add(
        chooseQuestion(ctx({ family: 'ml', elapsedMs: 20 * MIN, followups: [], random: seededRandom(seed) }))!.id,
      );
      algoIds.add(
        chooseQuestion(ctx({ family: 'algorithm', elapsedMs: 20 * MIN, followups: [], random: seededRandom(seed) }))!
          .id,
      );
    }
    expect(mlIds.has('m-ml')).toBe(true);
    expect(algoIds.has('m-ml')).toBe(false);
  });

  it('asks category prompts only for problems of that category, and favours them there', () => {
    const withCategories: Prompt[] = [
      ...prompts,
      {
        id: 'm-dl',
        text: 'Where would the gradient vanish?',
        phase: 'middle',
        families: ['ml'],
        categories: ['deep-learning'],
      },
      {
        id: 'm-stats',
        text: 'What does the p-value mean here?',
        phase: 'middle',
        families: ['ml'],
        categories: ['statistics'],
      },
    ];
    const asked = (over: Partial<QuestionContext>) => {
      const ids: string[] = [];
      for (let seed = 0; seed < 40; seed++) {
        ids.push(
          chooseQuestion(
            ctx({ prompts: withCategories, elapsedMs: 20 * MIN, followups: [], random: seededRandom(seed), ...over }),
          )!.id,
        );
      }
      return ids;
    };
    const deep = asked({ family: 'ml', category: 'deep-learning' });
    expect(deep).toContain('m-dl');
    expect(deep).not.toContain('m-stats');
    expect(deep.filter((id) => id === 'm-dl').length).toBeGreaterThan(10);
    expect(asked({ family: 'ml', category: 'evaluation' }).some((id) => id === 'm-dl' || id === 'm-stats')).toBe(false);
    expect(asked({ family: 'ml' }).some((id) => id === 'm-dl' || id === 'm-stats')).toBe(false);
    expect(asked({ family: 'algorithm', category: 'deep-learning' })).not.toContain('m-dl');
  });
});
