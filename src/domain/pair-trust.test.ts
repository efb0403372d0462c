import { describe, expect, it } from 'vitest';
import type { PairRequest } from './pair-protocol.ts';
import {
  acceptInvitation,
  editBetween,
  interviewerMayDraw,
  interviewerMayType,
  pasteProblem,
  RequestGate,
  REQUEST_BURST,
} from './pair-trust.ts';
import type { TimelineEvent } from './timeline.ts';

const ask = (n: number): [string, PairRequest] => [
  `${n}`.padStart(16, 'a'),
  { type: 'interrupt', problemId: 'p', question: `Q${n}`, sentAt: n },
];
const card = { signals: {}, decision: 'hire', summary: '' } as never;

describe('the interviewer’s requests', () => {
  it('applies a burst, drops the flood past it for good, and lets requests through again as time passes', () => {
    const gate = new RequestGate(0);
    const flood = Array.from({ length: 500 }, (_, i) => ask(i));
    expect(gate.admit(flood, 0)).toHaveLength(REQUEST_BURST);
    expect(gate.admit(flood, 60_000)).toHaveLength(0); // the dropped ones are not retried
    expect(gate.admit([ask(1_000), ask(1_001)], 60_000)).toHaveLength(2);
  });

  it('applies only the latest scorecard, and never an older one after it', () => {
    const gate = new RequestGate(0);
    const older: [string, PairRequest] = ['1'.repeat(16), { type: 'feedback', scorecard: card, sentAt: 10 }];
    const newer: [string, PairRequest] = ['2'.repeat(16), { type: 'feedback', scorecard: card, sentAt: 20 }];
    expect(gate.admit([older, newer], 0).map(([id]) => id)).toEqual([newer[0]]);
    expect(gate.admit([older, newer], 1)).toEqual([]);
    const newest: [string, PairRequest] = ['3'.repeat(16), { type: 'feedback', scorecard: card, sentAt: 30 }];
    expect(gate.admit([older, newer, newest], 2).map(([id]) => id)).toEqual([newest[0]]);
  });
});

describe('an invitation to interview the partner', () => {
  const next = { roomId: 'a'.repeat(32), code: 'ABCDEFGHJKMNPQRS', serverUrl: 'ws://127.0.0.1:1234' };
  it('is kept only on the server this round uses', () => {
    expect(acceptInvitation(next, 'ws://127.0.0.1:1234')).toEqual(next);
    expect(acceptInvitation({ ...next, serverUrl: 'wss://elsewhere.example' }, 'ws://127.0.0.1:1234')).toBeNull();
    expect(acceptInvitation(null, 'ws://127.0.0.1:1234')).toBeNull();
  });
});

describe('typing by the interviewer', () => {
  const ev = (allowed: boolean, at: number) =>
    ({ type: 'interviewer-typing', allowed, at, roundId: 'r' }) as TimelineEvent;
  it('is off until the candidate turns it on, and the latest choice holds', () => {
    expect(interviewerMayType([])).toBe(false);
    expect(interviewerMayType([ev(true, 1)])).toBe(true);
    expect(interviewerMayType([ev(true, 1), ev(false, 2)])).toBe(false);
  });

  it('is a separate choice from drawing, which is also off until turned on', () => {
    const draw = (allowed: boolean, at: number) =>
      ({ type: 'interviewer-drawing', allowed, at, roundId: 'r' }) as TimelineEvent;
    expect(interviewerMayDraw([])).toBe(false);
    expect(interviewerMayDraw([ev(true, 1)])).toBe(false);
    expect(interviewerMayDraw([draw(true, 1), ev(false, 2)])).toBe(true);
    expect(interviewerMayDraw([draw(true, 1), draw(false, 2)])).toBe(false);
    expect(interviewerMayType([draw(true, 1)])).toBe(false);
  });

  it('is undone by the one edit back to the candidate’s text', () => {
    for (const [from, to] of [
      ['abc', 'abXc'],
      ['def f():\n  pass', 'import os\ndef f():\n  pass'],
      ['abc', ''],
      ['', 'abc'],
      ['aaa', 'aa'],
    ]) {
      const { index, remove, insert } = editBetween(from!, to!);
      expect(from!.slice(0, index) + insert + from!.slice(index + remove)).toBe(to);
    }
  });
});

describe('pastes in a paired round', () => {
  it('refuses one too large to send, or one that would make the code too long, with a reason', () => {
    expect(pasteProblem(5_000, 100)).toBeNull();
    expect(pasteProblem(4 * 1024 * 1024, 0)).toMatch(/^Paste refused: 4,194,304 characters/);
    expect(pasteProblem(90_000, 150_000)).toMatch(/would pass 200,000 characters/);
  });
});
