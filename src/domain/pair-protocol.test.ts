import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseMirroredEvent,
  parseNextRound,
  parsePairInfo,
  parsePairRequest,
  parseRole,
  parseScorecard,
  readMirroredTimeline,
  timelineKeys,
} from './pair-protocol.ts';
import type { Scorecard } from './scorecard.ts';
import type { TimelineEvent } from './timeline.ts';

const scorecard: Scorecard = {
  signals: {
    understanding: { rating: 4, comment: 'Clarified duplicates first.' },
    technical: { rating: 2, comment: 'Off by one in the loop.' },
    rationale: { rating: 3, comment: '' },
    communication: { rating: 5, comment: '' },
  },
  decision: 'hire',
  summary: 'Good pace.',
};
const info = {
  roundId: 'r-1',
  problemIds: ['two-sum', 'lru-cache'],
  activeProblemId: 'two-sum',
  startedAt: 1000,
  durationMs: 2_700_000,
  endedAt: null,
  endReason: null,
  pausedAt: null,
  interviewerMayType: false,
  interviewerMayDraw: false,
};
const REQ = 'a1b2c3d4e5f60718';

/** Any JSON-like value a hostile peer could write into the document. */
const junk = fc.anything({
  withNullPrototype: true,
  withObjectString: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
});

/** Every way to damage one field: remove it, or swap in another type. */
function damaged(base: Record<string, unknown>): Record<string, unknown>[] {
  const swaps: unknown[] = [undefined, null, '', 'x'.repeat(300_000), -1, Number.NaN, Infinity, true, [], {}, ['x']];
  return Object.keys(base).flatMap((k) => swaps.filter((v) => v !== base[k]).map((v) => ({ ...base, [k]: v })));
}

describe('round info', () => {
  it('accepts what the candidate writes, and copies it', () => {
    const parsed = parsePairInfo(info);
    expect(parsed).toEqual(info);
    expect(parsed!.problemIds).not.toBe(info.problemIds);
  });

  it('refuses an active problem that is not in the round, and every damaged field', () => {
    expect(parsePairInfo({ ...info, activeProblemId: 'other' })).toBeNull();
    for (const bad of damaged(info)) {
      if (
        bad.endedAt === null ||
        bad.endReason === null ||
        bad.pausedAt === null ||
        bad.pausedAt === undefined ||
        bad.interviewerMayType === undefined ||
        bad.interviewerMayType === true ||
        bad.interviewerMayDraw === undefined ||
        bad.interviewerMayDraw === true
      )
        continue; // "not ended", "running", "read-only" (an older candidate), allowed
      expect(parsePairInfo(bad)).toBeNull();
    }
  });
});

describe('interviewer requests', () => {
  const valid = [
    { type: 'interrupt', problemId: 'two-sum', question: 'Why a hash map?', sentAt: 5 },
    { type: 'reveal-hint', problemId: 'two-sum', index: 1, text: 'Store what you have seen.', sentAt: 5 },
    { type: 'extend', minutes: 5, sentAt: 5 },
    { type: 'pause', sentAt: 5 },
    { type: 'resume', sentAt: 5 },
    { type: 'feedback', scorecard, sentAt: 5 },
  ];

  it('accepts each kind', () => {
    for (const r of valid) expect(parsePairRequest(r)).toEqual(r);
  });

  it('refuses a blank question, a huge extension, a hint without text and an incomplete scorecard', () => {
    expect(parsePairRequest({ ...valid[0], question: '   ' })).toBeNull();
    expect(parsePairRequest({ ...valid[2], minutes: 600 })).toBeNull();
    expect(parsePairRequest({ ...valid[2], minutes: 1.5 })).toBeNull();
    expect(parsePairRequest({ ...valid[1], index: 0.5 })).toBeNull();
    expect(parsePairRequest({ ...valid[1], text: '' })).toBeNull();
    const { communication: _c, ...three } = scorecard.signals;
    expect(parsePairRequest({ ...valid[5], scorecard: { ...scorecard, signals: three } })).toBeNull();
    expect(
      parsePairRequest({
        ...valid[5],
        scorecard: { ...scorecard, signals: { ...scorecard.signals, technical: { rating: 6, comment: '' } } },
      }),
    ).toBeNull();
    expect(parsePairRequest({ ...valid[5], scorecard: { ...scorecard, decision: 'maybe' } })).toBeNull();
  });

  it('refuses every damaged field of every kind', () => {
    for (const r of valid) for (const bad of damaged(r)) expect(parsePairRequest(bad)).toBeNull();
  });

  it('does not read a scorecard signal from the prototype chain', () => {
    const signals = Object.create(scorecard.signals) as Record<string, unknown>;
    expect(parseScorecard({ ...scorecard, signals })).toBeNull();
  });

  it('never throws on anything a peer could send, and returns only known request types', () => {
    fc.assert(
      fc.property(junk, (v) => {
        const r = parsePairRequest(v);
        expect(
          r === null || ['interrupt', 'reveal-hint', 'extend', 'pause', 'resume', 'feedback'].includes(r.type),
        ).toBe(true);
        expect(parsePairInfo(v)).toBeNull();
        parseMirroredEvent(v);
        parseRole(v);
      }),
    );
  });
});

describe('mirrored timeline', () => {
  const events: TimelineEvent[] = [
    { type: 'round-started', roundId: 'r', at: 0, problemIds: ['two-sum'], durationMs: 60_000, assists: 'off' },
    { type: 'code-snapshot', roundId: 'r', at: 10, problemId: 'two-sum', code: 'x' },
    { type: 'run', roundId: 'r', at: 20, problemId: 'two-sum', kind: 'run' },
    {
      type: 'verdict',
      roundId: 'r',
      at: 20,
      problemId: 'two-sum',
      summary: {
        kind: 'run',
        status: 'failed',
        passed: 1,
        total: 3,
        ms: 12,
        firstFailure: { name: 'example 2', status: 'wrong-answer' },
      },
    },
    {
      type: 'interruption-asked',
      roundId: 'r',
      at: 30,
      slot: -1,
      questionId: `interviewer:${REQ}`,
      source: 'interviewer',
      question: 'Why?',
      problemId: 'two-sum',
      code: 'x',
    },
    {
      type: 'interruption-answered',
      roundId: 'r',
      at: 40,
      slot: -1,
      answer: '',
      aloud: true,
      rating: null,
      latencyMs: 10,
    },
    { type: 'hint-revealed', roundId: 'r', at: 50, problemId: 'two-sum', index: 0, text: 'Think.', requestId: REQ },
    { type: 'time-extended', roundId: 'r', at: 55, minutes: 5, requestId: REQ },
    { type: 'clock-paused', roundId: 'r', at: 56, requestId: REQ },
    { type: 'clock-resumed', roundId: 'r', at: 58, pausedMs: 2, requestId: REQ },
    { type: 'partner-feedback', roundId: 'r', at: 60, scorecard, requestId: REQ },
    { type: 'round-ended', roundId: 'r', at: 60, reason: 'ended-early' },
  ];

  it('keys every event but code snapshots, stably, and reads them back in time order', () => {
    const keyed = timelineKeys(events);
    expect(keyed).toHaveLength(events.length - 1);
    expect(new Set(keyed.map((k) => k.key)).size).toBe(keyed.length);
    expect(timelineKeys(events)).toEqual(keyed); // a reload publishes the same keys
    expect(keyed.some((k) => 'roundId' in k.event)).toBe(false);
    const { roundId: _r, ...first } = events[0]!;
    expect(readMirroredTimeline(keyed.map((k) => k.event))).toEqual(keyed.map((k) => k.event));
    const reversed = readMirroredTimeline([...keyed].reverse().map((k) => k.event));
    expect(reversed[0]).toEqual(first);
    expect(reversed.map((e) => e.at)).toEqual([...reversed.map((e) => e.at)].sort((a, b) => a - b));
    for (const k of keyed) expect(parseMirroredEvent(k.event)).toEqual(k.event);
  });

  it('drops malformed and unknown events and code snapshots', () => {
    const read = readMirroredTimeline([
      { type: 'code-snapshot', at: 1, problemId: 'p', code: 'x' },
      { type: 'run', at: 2, problemId: 'p', kind: 'debug' },
      {
        type: 'verdict',
        at: 3,
        problemId: 'p',
        summary: { kind: 'run', status: 'accepted', passed: '3', total: 3, ms: 1 },
      },
      { type: 'hint-revealed', at: 4, problemId: 'p', index: 0, text: 'x', requestId: 'not-hex' },
      { type: 'eval', at: 5 },
      { type: 'warning', at: 6, minutesLeft: 5 },
    ]);
    expect(read).toEqual([{ type: 'warning', at: 6, minutesLeft: 5 }]);
  });

  it('reads roles from awareness states and nothing else', () => {
    expect(parseRole({ role: 'interviewer', selection: {} })).toBe('interviewer');
    expect(parseRole({ role: 'admin' })).toBeNull();
    expect(parseRole(null)).toBeNull();
  });
});

describe('role swap', () => {
  const next = {
    roomId: 'ba7816bf8f01cfea414140de5dae2223',
    code: 'abcd-efgh-jkmn-pqrs',
    serverUrl: 'ws://10.0.0.7:1234',
  };

  it('reads the partner’s next round, normalizing the code', () => {
    expect(parseNextRound(next)).toEqual({ ...next, code: 'ABCDEFGHJKMNPQRS' });
  });

  it('refuses a room that is not a room id, a bad code and a server that is not a ws origin', () => {
    expect(parseNextRound({ ...next, roomId: '../../admin' })).toBeNull();
    expect(parseNextRound({ ...next, code: 'short' })).toBeNull();
    expect(parseNextRound({ ...next, serverUrl: 'https://evil.example/login' })).toBeNull();
    for (const bad of damaged(next)) expect(parseNextRound(bad)).toBeNull();
  });
});
