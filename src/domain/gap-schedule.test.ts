import { describe, expect, it } from 'vitest';
import type { GapEntry } from './gap-entry.ts';
import {
  DAY_MS,
  FIXED_AFTER,
  INTERVALS_DAYS,
  dueEntries,
  newRedrill,
  recordRedrill,
  redrillProblem,
  upcomingEntries,
} from './gap-schedule.ts';
import type { ProblemSummary } from './problem-filter.ts';

const T0 = Date.UTC(2025, 2, 10, 9, 0); // a fixed clock; nothing reads the real one
const HOUR = 3_600_000;

function entry(over: Partial<GapEntry> = {}): GapEntry {
  const createdAt = over.createdAt ?? T0;
  return {
    id: 'g1',
    roundId: 'r1',
    problemId: 'two-sum',
    family: 'algorithm',
    tags: ['hash-map'],
    momentMs: 60_000,
    categories: ['edge-cases'],
    quote: 'I assumed the input was non-empty.',
    fix: 'Ask about empty input first.',
    source: 'self',
    createdAt,
    redrill: newRedrill(createdAt),
    status: 'open',
    ...over,
  };
}

/** Apply re-drill results one day apart, each at the moment the entry is due. */
function drill(e: GapEntry, results: readonly boolean[]): GapEntry {
  return results.reduce((acc, ok) => recordRedrill(acc, acc.redrill.dueAt, ok), e);
}

describe('newRedrill', () => {
  it('makes a new gap due exactly 24 hours after it is logged, with nothing done yet', () => {
    expect(newRedrill(T0)).toEqual({ dueAt: T0 + 24 * HOUR, intervalDays: 1, streak: 0, history: [] });
    expect(DAY_MS).toBe(24 * HOUR);
  });
});

describe('recordRedrill', () => {
  it('grows the spacing 1 → 3 → 7 → 14 days with each success and caps at 14', () => {
    let e = entry();
    const seen: number[] = [e.redrill.intervalDays];
    for (let i = 0; i < 5; i++) {
      const at = e.redrill.dueAt;
      e = recordRedrill(e, at, true);
      seen.push(e.redrill.intervalDays);
      expect(e.redrill.dueAt).toBe(at + e.redrill.intervalDays * DAY_MS);
    }
    expect(seen).toEqual([1, 3, 7, 14, 14, 14]);
    expect(e.redrill.streak).toBe(5);
    expect(INTERVALS_DAYS).toEqual([1, 3, 7, 14]);
  });

  it('resets the streak and spacing after a failure and is due again a day later', () => {
    const before = drill(entry(), [true, true]);
    expect(before.redrill.streak).toBe(2);
    const at = T0 + 10 * DAY_MS;
    const after = recordRedrill(before, at, false);
    expect(after.redrill).toMatchObject({ streak: 0, intervalDays: 1, dueAt: at + DAY_MS });
    expect(after.status).toBe('open');
    expect(recordRedrill(after, at + DAY_MS, true).redrill.intervalDays).toBe(3);
  });

  it('marks the entry fixed after three successes in a row, and reopens it after a failure', () => {
    expect(FIXED_AFTER).toBe(3);
    expect(drill(entry(), [true, true]).status).toBe('open');
    const fixed = drill(entry(), [true, true, true]);
    expect(fixed.status).toBe('fixed');
    expect(drill(fixed, [true]).status).toBe('fixed');
    const reopened = drill(fixed, [false]);
    expect(reopened.status).toBe('open');
    expect(reopened.redrill.streak).toBe(0);
    // A failure in between means three more successes are needed.
    expect(drill(entry(), [true, true, false, true, true]).status).toBe('open');
    expect(drill(entry(), [true, true, false, true, true, true]).status).toBe('fixed');
  });

  it('appends each attempt to the history, with the round when given', () => {
    const e = recordRedrill(recordRedrill(entry(), T0 + DAY_MS, true, 'r2'), T0 + 5 * DAY_MS, false);
    expect(e.redrill.history).toEqual([
      { at: T0 + DAY_MS, success: true, roundId: 'r2' },
      { at: T0 + 5 * DAY_MS, success: false },
    ]);
  });

  it('never mutates the entry it is given', () => {
    const original = entry();
    const snapshot = structuredClone(original);
    const next = recordRedrill(original, T0 + DAY_MS, true, 'r2');
    expect(original).toEqual(snapshot);
    expect(next).not.toBe(original);
    expect(next.redrill).not.toBe(original.redrill);
    expect(next.redrill.history).not.toBe(original.redrill.history);
    expect(next.id).toBe(original.id);
  });
});

describe('dueEntries and upcomingEntries', () => {
  const now = T0 + 10 * DAY_MS;
  const at = (id: string, dueAt: number, status: GapEntry['status'] = 'open'): GapEntry =>
    entry({ id, status, redrill: { dueAt, intervalDays: 1, streak: 0, history: [] } });
  const entries = [
    at('due-1h-ago', now - HOUR),
    at('in-2d', now + 2 * DAY_MS),
    at('due-3d-ago', now - 3 * DAY_MS),
    at('due-now', now),
    at('fixed-overdue', now - 5 * DAY_MS, 'fixed'),
    at('in-1h', now + HOUR),
    at('in-8d', now + 8 * DAY_MS),
  ];

  it('lists open entries due at or before now, most overdue first', () => {
    expect(dueEntries(entries, now).map((e) => e.id)).toEqual(['due-3d-ago', 'due-1h-ago', 'due-now']);
    expect(dueEntries([], now)).toEqual([]);
  });

  it('lists open entries due after now within the window, soonest first', () => {
    expect(upcomingEntries(entries, now, 7 * DAY_MS).map((e) => e.id)).toEqual(['in-1h', 'in-2d']);
    expect(upcomingEntries(entries, now, 2 * DAY_MS).map((e) => e.id)).toEqual(['in-1h', 'in-2d']);
    expect(upcomingEntries(entries, now, 2 * DAY_MS - 1).map((e) => e.id)).toEqual(['in-1h']);
  });

  it('turns a new gap from upcoming to due at the 24-hour mark', () => {
    const fresh = [entry()];
    expect(dueEntries(fresh, T0 + DAY_MS - 1)).toEqual([]);
    expect(upcomingEntries(fresh, T0 + DAY_MS - 1, HOUR).map((e) => e.id)).toEqual(['g1']);
    expect(dueEntries(fresh, T0 + DAY_MS).map((e) => e.id)).toEqual(['g1']);
  });
});

describe('redrillProblem', () => {
  const p = (id: string, family: 'algorithm' | 'ml', tags: string[]): ProblemSummary => ({
    id,
    title: id,
    family,
    difficulty: 'easy',
    category: 'c',
    tags,
  });
  const bank = [
    p('two-sum', 'algorithm', ['array', 'hash-map']),
    p('group-anagrams', 'algorithm', ['hash-map', 'string']),
    p('lru-cache', 'algorithm', ['hash-map', 'linked-list']),
    p('binary-search', 'algorithm', ['array']),
    p('target-encoding', 'ml', ['hash-map', 'features']),
  ];
  const never = () => 0;

  it('prefers an unsolved problem of the same family that shares a tag', () => {
    expect(redrillProblem(entry(), bank, new Set(['group-anagrams']), never)).toBe('lru-cache');
    expect(redrillProblem(entry(), bank, new Set(), () => 0)).toBe('group-anagrams');
    expect(redrillProblem(entry(), bank, new Set(), () => 0.99)).toBe('lru-cache');
  });

  it('falls back to a solved related problem when every related one is solved', () => {
    expect(redrillProblem(entry(), bank, new Set(['group-anagrams', 'lru-cache']), never)).toBe('group-anagrams');
  });

  it('falls back to the same problem when nothing related exists, and to null without one', () => {
    const lonely = entry({ tags: ['graph'] });
    expect(redrillProblem(lonely, bank, new Set(), never)).toBe('two-sum');
    expect(redrillProblem(entry({ problemId: null, tags: ['graph'] }), bank, new Set(), never)).toBeNull();
    expect(redrillProblem(entry({ problemId: 'removed', tags: ['graph'] }), bank, new Set(), never)).toBeNull();
  });

  it('never crosses families, and takes the family from the problem when the entry has none', () => {
    const ml = entry({ problemId: null, family: 'ml', tags: ['hash-map'] });
    expect(redrillProblem(ml, bank, new Set(), never)).toBe('target-encoding');
    expect(redrillProblem(entry({ family: null }), bank, new Set(), never)).toBe('group-anagrams');
    expect(redrillProblem(entry({ problemId: null, family: null }), bank, new Set(), never)).toBeNull();
  });
});
