import { describe, expect, it } from 'vitest';
import type { BackupRound, BackupStoryDrill } from './backup-format.ts';
import type { DesignStepRecord, LoopRecord, SessionRecord } from './loop-records.ts';
import { DESIGN_STEPS } from './loop-records.ts';
import type { ProblemSummary } from './problem-filter.ts';
import {
  focusRoundType,
  readinessChecklist,
  startingPhase,
  type ReadinessBank,
  type ReadinessHistory,
} from './readiness.ts';
import type { Scorecard } from './scorecard.ts';
import type { TimelineEvent } from './timeline.ts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 2, 9, 0);

const p = (
  id: string,
  family: 'algorithm' | 'ml',
  tags: string[],
  difficulty: 'easy' | 'medium' | 'hard' = 'medium',
): ProblemSummary => ({ id, title: id.toUpperCase(), family, difficulty, category: 'c', tags });
const bank: ReadinessBank = {
  problems: [
    p('two-sum', 'algorithm', ['array']),
    p('lr-gd', 'ml', ['gradient-descent'], 'medium'),
    p('logreg', 'ml', ['gradient-descent', 'l2'], 'hard'),
    p('kfold', 'ml', ['k-fold'], 'easy'),
    p('prf', 'ml', ['precision', 'recall', 'f1', 'confusion-matrix'], 'easy'),
    ...Array.from({ length: 9 }, (_, i) => p(`ml-${i}`, 'ml', ['misc'])),
  ],
  questionTopics: { q1: 'bias-variance', q2: 'bias-variance', q3: 'probability', q4: 'debugging' },
  topics: ['bias-variance', 'probability', 'debugging'],
  topicNames: { 'bias-variance': 'Bias and variance', probability: 'Probability', debugging: 'ML debugging scenarios' },
};
const empty: ReadinessHistory = { rounds: [], sessions: [], storyDrills: [], loops: [] };

/** A round with accepted Submits at the given minutes after its start. */
function round(
  id: string,
  startedAt: number,
  accepted: [problemId: string, minute: number][],
  opts: Partial<BackupRound> = {},
) {
  const r: BackupRound = {
    id,
    problemIds: accepted.map(([pid]) => pid),
    startedAt,
    durationMs: 45 * MIN,
    assists: 'off',
    endedAt: startedAt + 45 * MIN,
    endReason: 'time-up',
    ...opts,
  };
  const events: TimelineEvent[] = accepted.map(([problemId, minute]) => ({
    type: 'verdict',
    roundId: id,
    at: startedAt + minute * MIN,
    problemId,
    summary: { kind: 'submit', status: 'accepted', passed: 5, total: 5, ms: 10 },
  }));
  return { round: r, events };
}

const item = (h: ReadinessHistory, id: string) => readinessChecklist(h, bank).find((i) => i.id === id)!;

describe('routing questions', () => {
  it('waits for all four answers', () => {
    expect(startingPhase({ 'bias-variance': true, deployed: true })).toBeUndefined();
  });

  it('counts yes answers from the first, stopping at the first no', () => {
    const ask = (a: boolean, b: boolean, c: boolean, d: boolean) =>
      startingPhase({ 'bias-variance': a, deployed: b, 'design-framework': c, 'calibrated-mock': d });
    expect(ask(false, false, false, false)).toBe('theory');
    expect(ask(true, false, false, false)).toBe('theory');
    expect(ask(true, true, false, false)).toBe('coding');
    expect(ask(true, true, true, false)).toBe('system-design');
    expect(ask(true, true, true, true)).toBe('mock-interviews');
    // A later yes does not skip a gap earlier on.
    expect(ask(false, true, true, true)).toBe('theory');
    expect(ask(true, true, false, true)).toBe('coding');
  });
});

describe('coding checklist', () => {
  it('meets gradient descent only when accepted within 20 minutes of the round’s start', () => {
    expect(item({ ...empty, rounds: [round('slow', T0, [['lr-gd', 21]])] }, 'gradient-descent-20').met).toBe(false);
    const fast = item(
      { ...empty, rounds: [round('slow', T0, [['lr-gd', 21]]), round('fast', T0 + 86_400_000, [['logreg', 20]])] },
      'gradient-descent-20',
    );
    expect(fast.met).toBe(true);
    expect(fast.evidence).toEqual([
      { kind: 'round', id: 'fast', at: T0 + 86_400_000 + 20 * MIN, detail: 'LOGREG accepted 20 min into the round' },
    ]);
  });

  it('ignores runs, failed submits and other problems', () => {
    const r = round('r', T0, []);
    r.events.push(
      {
        type: 'verdict',
        roundId: 'r',
        at: T0 + MIN,
        problemId: 'kfold',
        summary: { kind: 'run', status: 'accepted', passed: 2, total: 2, ms: 5 },
      },
      {
        type: 'verdict',
        roundId: 'r',
        at: T0 + 2 * MIN,
        problemId: 'kfold',
        summary: { kind: 'submit', status: 'failed', passed: 4, total: 5, ms: 5 },
      },
    );
    expect(item({ ...empty, rounds: [r, round('r2', T0, [['two-sum', 3]])] }, 'k-fold').met).toBe(false);
    expect(item({ ...empty, rounds: [round('r3', T0, [['kfold', 30]])] }, 'k-fold').met).toBe(true);
    expect(item({ ...empty, rounds: [round('r4', T0, [['prf', 10]])] }, 'precision-recall-f1').met).toBe(true);
  });

  it('counts distinct ML tasks towards ten, and links the drill to one not yet accepted', () => {
    const nine = ['lr-gd', 'logreg', 'kfold', 'prf', 'ml-0', 'ml-1', 'ml-2', 'ml-3', 'ml-4'];
    const h = {
      ...empty,
      rounds: [
        round(
          'a',
          T0,
          nine.map((id, i) => [id, i + 1] as [string, number]),
        ),
        round('b', T0 + MIN, [
          ['lr-gd', 5],
          ['two-sum', 6],
        ]),
      ],
    };
    const it9 = item(h, 'ml-problems-10');
    expect(it9).toMatchObject({ met: false, progress: { have: 9, need: 10 } });
    expect(it9.drill).toEqual({ kind: 'problem', problemId: 'ml-5' });
    const h10 = { ...h, rounds: [...h.rounds, round('c', T0 + 2 * MIN, [['ml-8', 40]])] };
    expect(item(h10, 'ml-problems-10')).toMatchObject({ met: true, progress: { have: 10, need: 10 } });
  });

  it('counts only finished 45-minute rounds with the assists off', () => {
    const rounds = [
      ...Array.from({ length: 4 }, (_, i) => round(`ok${i}`, T0 + i * MIN, [])),
      round('short', T0, [], { durationMs: 30 * MIN }),
      round('relaxed', T0, [], { assists: 'relaxed' }),
      round('running', T0, [], { endedAt: undefined, endReason: undefined }),
    ];
    expect(item({ ...empty, rounds }, 'rounds-45')).toMatchObject({ met: false, progress: { have: 4, need: 5 } });
    expect(
      item(
        { ...empty, rounds: [...rounds, round('ok5', T0, [], { durationMs: 60 * MIN, endedAt: T0 + 60 * MIN })] },
        'rounds-45',
      ).met,
    ).toBe(true);
  });

  it('counts a round only when it ran at least 80% of its length or ended with every problem accepted', () => {
    const early = (id: string, minutes: number, accepted: [string, number][] = []) =>
      round(id, T0, accepted, {
        endedAt: T0 + minutes * MIN,
        endReason: 'ended-early',
        problemIds: ['two-sum', ...accepted.map(([pid]) => pid)].slice(accepted.length ? 1 : 0),
      });
    // Five rounds ended after seconds are not five 45-minute rounds.
    const seconds = Array.from({ length: 5 }, (_, i) =>
      round(`s${i}`, T0, [], { endedAt: T0 + 10_000, endReason: 'ended-early' }),
    );
    expect(item({ ...empty, rounds: seconds }, 'rounds-45')).toMatchObject({
      met: false,
      progress: { have: 0, need: 5 },
    });
    expect(item({ ...empty, rounds: [early('e35', 35)] }, 'rounds-45').progress).toEqual({ have: 0, need: 5 }); // 78%
    expect(item({ ...empty, rounds: [early('e36', 36)] }, 'rounds-45').progress).toEqual({ have: 1, need: 5 }); // 80%
    // Accepted and ended at 12 minutes: done, whatever the clock said.
    expect(item({ ...empty, rounds: [early('acc', 12, [['kfold', 11]])] }, 'rounds-45').progress).toEqual({
      have: 1,
      need: 5,
    });
  });
});

describe('fundamentals, design, behavioral and mock checklists', () => {
  const fundamentals = (
    id: string,
    grades: ('definition' | 'mechanism' | 'mechanism-example')[],
    ended = true,
  ): SessionRecord => ({
    id,
    kind: 'fundamentals',
    startedAt: T0,
    durationMs: 60 * MIN,
    ...(ended ? { endedAt: T0 + 60 * MIN, endReason: 'time-up' as const } : {}),
    questionIds: grades.map((_, i) => `q${(i % 4) + 1}`),
    items: grades.map((grade, i) => ({
      questionId: `q${(i % 4) + 1}`,
      shownAt: T0 + i,
      answeredAt: T0 + i + 1,
      answer: '',
      aloud: true,
      limitMs: 3 * MIN,
      grade,
    })),
  });

  it('needs 20 questions with at least half graded mechanism or better', () => {
    const half = [...Array<'definition'>(10).fill('definition'), ...Array<'mechanism'>(10).fill('mechanism')];
    expect(item({ ...empty, sessions: [fundamentals('f19', half.slice(1))] }, 'fundamentals-20').met).toBe(false);
    expect(
      item(
        { ...empty, sessions: [fundamentals('f-weak', [...half.slice(0, 11), ...half.slice(12), 'definition'])] },
        'fundamentals-20',
      ).met,
    ).toBe(false);
    expect(item({ ...empty, sessions: [fundamentals('f20', half)] }, 'fundamentals-20')).toMatchObject({
      met: true,
      evidence: [{ kind: 'session', id: 'f20', detail: '20 questions' }],
    });
  });

  it('tracks which topics have been answered, naming the missing ones', () => {
    const some = item(
      { ...empty, sessions: [fundamentals('a', ['definition', 'definition'], false)] },
      'fundamentals-topics',
    );
    expect(some).toMatchObject({
      met: false,
      progress: { have: 1, need: 3 },
      hint: 'Not yet answered: Probability, ML debugging scenarios',
    });
    expect(
      item(
        { ...empty, sessions: [fundamentals('b', ['definition', 'definition', 'definition', 'definition'])] },
        'fundamentals-topics',
      ).met,
    ).toBe(true);
  });

  const design = (
    id: string,
    lastStepMin: number,
    opts: { blankStep?: boolean; numbers?: Record<string, string> } = {},
  ): SessionRecord => ({
    id,
    kind: 'design',
    promptId: 'ads',
    promptTitle: 'Ads ranking',
    startedAt: T0,
    durationMs: 60 * MIN,
    endedAt: T0 + 60 * MIN,
    endReason: 'ended-early',
    steps: DESIGN_STEPS.map((step, i): DesignStepRecord => ({
      step,
      budgetMs: 10 * MIN,
      startedAt: T0 + i * MIN,
      endedAt: T0 + (i === 5 ? lastStepMin : i + 1) * MIN,
      notes: opts.blankStep && i === 3 ? ' ' : 'notes',
    })),
    numbers: opts.numbers ?? {},
  });

  it('needs all six steps walked with notes in 40 minutes or less', () => {
    expect(item({ ...empty, sessions: [design('d41', 41)] }, 'design-end-to-end-40').met).toBe(false);
    expect(item({ ...empty, sessions: [design('blank', 30, { blankStep: true })] }, 'design-end-to-end-40').met).toBe(
      false,
    );
    expect(item({ ...empty, sessions: [design('d40', 40)] }, 'design-end-to-end-40')).toMatchObject({
      met: true,
      evidence: [{ id: 'd40', detail: 'Ads ranking' }],
    });
  });

  it('needs a figure for storage, QPS, latency and refresh in one design', () => {
    expect(
      item(
        { ...empty, sessions: [design('three', 50, { numbers: { storage: '150 GB', qps: '5k', latency: '30 ms' } })] },
        'design-numbers',
      ).met,
    ).toBe(false);
    expect(
      item(
        {
          ...empty,
          sessions: [
            design('four', 50, { numbers: { storage: '150 GB', qps: '5k', latency: '30 ms', refresh: 'hourly' } }),
          ],
        },
        'design-numbers',
      ).met,
    ).toBe(true);
  });

  const drill = (
    id: string,
    storyId: string,
    stage: 'full' | 'short' | 'interrupted',
    seconds: number,
  ): BackupStoryDrill => ({
    id,
    storyId,
    stage,
    startedAt: T0,
    durationMs: seconds * 1000,
    limitMs: stage === 'short' ? 30_000 : 90_000,
    overrunMs: Math.max(0, seconds * 1000 - 90_000),
    probes: [],
    structure: null,
    specificity: null,
  });

  it('counts three different stories told within 90 seconds, not the 30-second stage', () => {
    const drills = [
      drill('a', 's1', 'full', 85),
      drill('b', 's1', 'interrupted', 80),
      drill('c', 's2', 'full', 95),
      drill('d', 's3', 'short', 25),
      drill('e', 's4', 'interrupted', 90),
    ];
    expect(item({ ...empty, storyDrills: drills }, 'stories-90')).toMatchObject({
      met: false,
      progress: { have: 2, need: 3 },
    });
    expect(item({ ...empty, storyDrills: [...drills, drill('f', 's2', 'full', 70)] }, 'stories-90').met).toBe(true);
  });

  it('needs a finished behavioral round and a finished loop of four rounds; a partner mock stays open with a hint', () => {
    const behavioral: SessionRecord = {
      id: 'b',
      kind: 'behavioral',
      startedAt: T0,
      durationMs: 45 * MIN,
      questionIds: [],
      items: [],
    };
    expect(item({ ...empty, sessions: [behavioral] }, 'behavioral-round').met).toBe(false);
    // Ended after a minute: not a round finished. Ran 40 of 45 minutes, or finished every question: finished.
    expect(
      item({ ...empty, sessions: [{ ...behavioral, endedAt: T0 + MIN, endReason: 'ended-early' }] }, 'behavioral-round')
        .met,
    ).toBe(false);
    expect(
      item(
        { ...empty, sessions: [{ ...behavioral, endedAt: T0 + 40 * MIN, endReason: 'ended-early' }] },
        'behavioral-round',
      ).met,
    ).toBe(true);
    expect(
      item(
        { ...empty, sessions: [{ ...behavioral, endedAt: T0 + 20 * MIN, endReason: 'finished' }] },
        'behavioral-round',
      ).met,
    ).toBe(true);

    const stage = { kind: 'coding' as const, minutes: 45 };
    const at = (i: number) => T0 + i * 60 * MIN;
    const phone: LoopRecord = {
      id: 'phone',
      templateId: 'phone-screen',
      startedAt: T0,
      endedAt: T0 + 50 * MIN,
      stages: [stage, { kind: 'fundamentals', minutes: 15 }],
    };
    const stages = [0, 1, 2, 3].map((i) => ({ ...stage, refId: `lr${i}`, startedAt: at(i) }));
    const full: LoopRecord = {
      id: 'full',
      templateId: 'full-loop',
      name: 'Full loop',
      startedAt: T0,
      stages: [stages[0]!, { kind: 'break', minutes: 10 }, stages[1]!, stages[2]!, stages[3]!],
    };
    const loopRounds = (minutes: number) =>
      [0, 1, 2, 3].map((i) =>
        round(`lr${i}`, at(i), [], {
          problemIds: ['two-sum'],
          endedAt: at(i) + minutes * MIN,
          endReason: 'ended-early',
        }),
      );
    expect(item({ ...empty, rounds: loopRounds(45), loops: [phone, full] }, 'full-loop').met).toBe(false);
    const ended = { ...full, endedAt: T0 + 4 * 60 * MIN };
    expect(item({ ...empty, rounds: loopRounds(45), loops: [phone, ended] }, 'full-loop')).toMatchObject({
      met: true,
      evidence: [{ kind: 'loop', id: 'full' }],
    });
    // Each stage ended at once: the loop summary says 0 min of 45, and the checklist agrees it is not a loop done.
    expect(item({ ...empty, rounds: loopRounds(0), loops: [ended] }, 'full-loop').met).toBe(false);
    const oneShort = [...loopRounds(45).slice(0, 3), ...loopRounds(10).slice(3)];
    expect(item({ ...empty, rounds: oneShort, loops: [ended] }, 'full-loop').met).toBe(false);
    expect(item(empty, 'partner-mock')).toMatchObject({ met: false, hint: expect.stringContaining('colleague') });
  });

  it('meets the partner mock only when a partner filed a scorecard in a round', () => {
    const solo = round('solo', T0, [['two-sum', 5]]);
    const paired = round('paired', T0 + MIN, []);
    const score = { rating: 4 as const, comment: 'clear' };
    const scorecard: Scorecard = {
      signals: { understanding: score, technical: score, rationale: score, communication: score },
      decision: 'hire',
      summary: 'Solid.',
    };
    paired.events.push({ type: 'partner-feedback', roundId: 'paired', at: T0 + 40 * MIN, scorecard, requestId: 'q1' });
    expect(item({ ...empty, rounds: [solo] }, 'partner-mock').met).toBe(false);
    const met = item({ ...empty, rounds: [solo, paired] }, 'partner-mock');
    expect(met).toMatchObject({
      met: true,
      evidence: [{ kind: 'round', id: 'paired', at: T0 + 40 * MIN, detail: 'Scorecard from your partner' }],
    });
    expect(met.hint).toBeUndefined();
  });

  it('points at the round type with the smallest share of items met', () => {
    const h = {
      ...empty,
      rounds: [
        round('r', T0, [
          ['lr-gd', 10],
          ['kfold', 20],
          ['prf', 30],
        ]),
      ],
      sessions: [design('d', 30, { numbers: { storage: '1', qps: '2', latency: '3', refresh: '4' } })],
    };
    const items = readinessChecklist(h, bank);
    expect(items.filter((i) => i.met).map((i) => i.id)).toEqual([
      'gradient-descent-20',
      'k-fold',
      'precision-recall-f1',
      'design-end-to-end-40',
      'design-numbers',
    ]);
    expect(focusRoundType(items)).toBe('fundamentals');
  });
});
