import { describe, expect, it } from 'vitest';
import { MAX_PARTNER_EXTRA_MIN, planPartnerRequest, type PartnerRequestInput } from './partner-request-plan.ts';
import type { TimelineEvent } from './timeline.ts';

const MIN = 60_000;
const round = { id: 'r1', problemIds: ['two-sum'], startedAt: 0, durationMs: 45 * MIN };
const base = (over: Partial<PartnerRequestInput>): PartnerRequestInput => ({
  round,
  active: true,
  events: [],
  code: { 'two-sum': 'x = 1' },
  requestId: 'q1',
  request: { type: 'pause' },
  now: 10 * MIN,
  ...over,
});
const ev = (e: Record<string, unknown>) => ({ roundId: 'r1', ...e }) as unknown as TimelineEvent;

describe('partner request plan', () => {
  it('asks a question with the code at that moment and the real minutes left', () => {
    const plan = planPartnerRequest(
      base({
        request: { type: 'interrupt', problemId: 'two-sum', question: 'With {minutesLeft} minutes left, what next?' },
      }),
    );
    expect(plan?.event).toMatchObject({
      type: 'interruption-asked',
      source: 'interviewer',
      code: 'x = 1',
      question: 'With 35 minutes left, what next?',
    });
    expect(planPartnerRequest(base({ request: { type: 'interrupt', problemId: 'other', question: 'q' } }))).toBeNull();
  });

  it('pauses once, and a resume gives back the paused span', () => {
    expect(planPartnerRequest(base({}))).toEqual({ event: { type: 'clock-paused', requestId: 'q1' }, addMs: 0 });
    const paused = [ev({ type: 'clock-paused', requestId: 'q0', at: 8 * MIN })];
    expect(planPartnerRequest(base({ events: paused }))).toBeNull();
    expect(planPartnerRequest(base({ events: paused, request: { type: 'resume' } }))).toEqual({
      event: { type: 'clock-resumed', pausedMs: 2 * MIN, requestId: 'q1' },
      addMs: 2 * MIN,
    });
    expect(planPartnerRequest(base({ request: { type: 'resume' } }))).toBeNull();
  });

  it(`caps extra time at ${MAX_PARTNER_EXTRA_MIN} minutes per round in all`, () => {
    const given = [ev({ type: 'time-extended', minutes: 25, requestId: 'q0', at: MIN })];
    expect(planPartnerRequest(base({ events: given, request: { type: 'extend', minutes: 10 } }))).toEqual({
      event: { type: 'time-extended', minutes: 5, requestId: 'q1' },
      addMs: 5 * MIN,
    });
    const full = [ev({ type: 'time-extended', minutes: 30, requestId: 'q0', at: MIN })];
    expect(planPartnerRequest(base({ events: full, request: { type: 'extend', minutes: 10 } }))).toBeNull();
  });

  it('does nothing twice, and after the end only reveals hints', () => {
    const done = [
      ev({ type: 'clock-paused', requestId: 'q1', at: MIN }),
      ev({ type: 'clock-resumed', pausedMs: 0, requestId: 'q2', at: MIN }),
    ];
    expect(planPartnerRequest(base({ events: done }))).toBeNull();
    expect(planPartnerRequest(base({ active: false, request: { type: 'extend', minutes: 5 } }))).toBeNull();
    expect(
      planPartnerRequest(
        base({ active: false, request: { type: 'reveal-hint', problemId: 'two-sum', index: 0, text: 'Hash it.' } }),
      )?.event,
    ).toMatchObject({ type: 'hint-revealed', index: 0 });
  });
});
