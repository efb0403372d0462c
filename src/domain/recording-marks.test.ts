import { describe, expect, it } from 'vitest';
import type { SessionRecord } from './loop-records.ts';
import { sessionAnswers, sessionJumpPoints, tellingAnswers, tellingJumpPoints } from './recording-marks.ts';

const T0 = 1_700_000_000_000;

describe('jump points and answers of a recorded practice round', () => {
  it('gives a behavioral round one point per question shown, and answers up to the next question', () => {
    const session = {
      id: 's',
      kind: 'behavioral',
      startedAt: T0,
      durationMs: 600_000,
      endedAt: T0 + 300_000,
      questionIds: ['a', 'b', 'c'],
      items: [
        { questionId: 'a', shownAt: T0, answeredAt: T0 + 100_000, notes: '' },
        { questionId: 'b', shownAt: T0 + 100_000, notes: '' },
      ],
    } satisfies SessionRecord;
    expect(sessionJumpPoints(session)).toEqual([
      { label: 'Question 1', at: T0 },
      { label: 'Question 2', at: T0 + 100_000 },
    ]);
    expect(sessionAnswers(session)).toEqual([
      { label: 'Question 1', startAt: T0, endAt: T0 + 100_000 },
      { label: 'Question 2', startAt: T0 + 100_000, endAt: T0 + 300_000 },
    ]);
  });

  it('gives a design round a point per step started, named as the round names it', () => {
    const session = {
      id: 's',
      kind: 'design',
      startedAt: T0,
      durationMs: 3_600_000,
      promptId: 'p',
      promptTitle: 'P',
      numbers: {},
      steps: [
        { step: 'clarify', budgetMs: 1, notes: '', startedAt: T0, endedAt: T0 + 10 },
        { step: 'objective', budgetMs: 1, notes: '', startedAt: T0 + 10 },
        { step: 'data', budgetMs: 1, notes: '' },
      ],
    } as SessionRecord;
    expect(sessionJumpPoints(session)).toEqual([
      { label: 'Step 1: Clarify requirements', at: T0 },
      { label: 'Step 2: ML objective', at: T0 + 10 },
    ]);
    expect(sessionAnswers(session)).toEqual([]);
  });

  it('gives a story telling its start and a point per probe, at the probe’s moment', () => {
    const telling = {
      startedAt: T0,
      durationMs: 95_000,
      probes: [
        { text: 'Why?', atMs: 30_000 },
        { text: 'What changed?', atMs: 60_250 },
      ],
    };
    expect(tellingJumpPoints(telling)).toEqual([
      { label: 'Start of the telling', at: T0 },
      { label: 'Probe 1: Why?', at: T0 + 30_000 },
      { label: 'Probe 2: What changed?', at: T0 + 60_250 },
    ]);
    expect(tellingAnswers(telling)).toEqual([{ label: 'The telling', startAt: T0, endAt: T0 + 95_000 }]);
  });
});
