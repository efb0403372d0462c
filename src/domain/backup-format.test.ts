import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT_VERSION,
  MAX_BACKUP_BYTES,
  checkBackupSize,
  eventIdentity,
  parseBackupText,
  validateBackup,
  type Backup,
} from './backup-format.ts';
import type { GapEntry } from './gap-entry.ts';

const gap: GapEntry = {
  id: 'g1', roundId: 'r1', problemId: 'two-sum', family: 'algorithm', tags: ['hashing'], momentMs: 60_000,
  categories: ['edge-cases'], quote: 'I forgot empty input', fix: 'List edge cases first', source: 'self', createdAt: 2000,
  redrill: { dueAt: 2000 + 86_400_000, intervalDays: 1, streak: 0, history: [{ at: 3000, success: false, roundId: 'r1' }] },
  status: 'open',
};

function validBackup(): Backup {
  return {
    app: 'mockloop',
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: 10_000,
    rounds: [
      { id: 'r1', problemIds: ['two-sum'], startedAt: 1000, durationMs: 45 * 60_000, assists: 'off', interruptions: { mode: 'fixed', everyMin: 2, seed: 7 }, endedAt: 9000, endReason: 'time-up' },
      { id: 'r2', problemIds: ['lru'], startedAt: 20_000, durationMs: 30 * 60_000, assists: 'relaxed' },
    ],
    events: [
      { type: 'round-started', roundId: 'r1', at: 1000, problemIds: ['two-sum'], durationMs: 45 * 60_000, assists: 'off', interruptions: { mode: 'fixed', everyMin: 2, seed: 7 } },
      { type: 'code-snapshot', roundId: 'r1', at: 1500, problemId: 'two-sum', code: '' },
      { type: 'run', roundId: 'r1', at: 1600, problemId: 'two-sum', kind: 'run' },
      { type: 'verdict', roundId: 'r1', at: 1700, problemId: 'two-sum', summary: { kind: 'run', status: 'failed', passed: 3, total: 8, firstFailure: { name: 'empty', status: 'wrong' }, ms: 40 } },
      { type: 'warning', roundId: 'r1', at: 1800, minutesLeft: 10 },
      { type: 'interruption-asked', roundId: 'r1', at: 1900, slot: 0, questionId: 'q1', source: 'prompt', question: 'Why?', problemId: 'two-sum', code: 'x' },
      { type: 'interruption-answered', roundId: 'r1', at: 2000, slot: 0, answer: 'Because', aloud: true, rating: null, latencyMs: 100 },
      { type: 'round-ended', roundId: 'r1', at: 9000, reason: 'time-up' },
    ],
    drafts: [{ roundId: 'r1', problemId: 'two-sum', code: 'pass', updatedAt: 1500 }],
    stories: [{ id: 's1', title: 'Drift', situation: 's', task: 't', action: 'a', result: 'r', tags: ['impact'], createdAt: 1, updatedAt: 2 }],
    storyDrills: [{ id: 'd1', storyId: 's1', stage: 'interrupted', startedAt: 5, durationMs: 90_000, limitMs: 90_000, overrunMs: 0, probes: [{ text: 'Why?', atMs: 30_000 }], structure: 'ok', specificity: null }],
    gaps: [gap],
  };
}

const REMOVE = Symbol('remove');

/** A valid backup as plain JSON data with fields set (or removed) by dotted path: `rounds.1.startedAt`. */
function changed(edits: Record<string, unknown>): unknown {
  const b: unknown = JSON.parse(JSON.stringify(validBackup()));
  for (const [path, value] of Object.entries(edits)) {
    const keys = path.split('.');
    const parent = keys.slice(0, -1).reduce((o, k) => (o as Record<string, unknown>)[k], b) as Record<string, unknown>;
    if (value === REMOVE) delete parent[keys.at(-1)!];
    else parent[keys.at(-1)!] = value;
  }
  return b;
}

function refusal(raw: unknown): string {
  const result = validateBackup(raw);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('validateBackup', () => {
  it('accepts a valid file with every kind of record and event', () => {
    const result = validateBackup(JSON.parse(JSON.stringify(validBackup())));
    expect(result).toEqual({ ok: true, backup: validBackup() });
  });

  it('accepts empty arrays', () => {
    expect(validateBackup(changed({ rounds: [], events: [], drafts: [], stories: [], storyDrills: [], gaps: [] })).ok).toBe(true);
  });

  it('refuses anything but a JSON object', () => {
    for (const raw of [null, 3, 'mockloop', [], true]) expect(refusal(raw)).toBe('the file is not a Mockloop backup: expected a JSON object');
  });

  it('refuses a file made by another app, naming it', () => {
    expect(refusal(changed({ app: 'excalidraw' }))).toBe('this file was made by "excalidraw", not Mockloop');
    expect(refusal(changed({ app: REMOVE }))).toBe('this file was made by another app, not Mockloop');
    expect(refusal({ type: 'excalidraw', elements: [] })).toBe('this file was made by another app, not Mockloop');
  });

  it('refuses a file from a newer format, and a nonsense version', () => {
    expect(refusal(changed({ formatVersion: 2 }))).toBe('this file was made by a newer Mockloop (format 2); update the app');
    expect(refusal(changed({ formatVersion: '1' }))).toBe('formatVersion: expected a whole number from 1, found a string');
    expect(refusal(changed({ formatVersion: REMOVE }))).toContain('formatVersion: expected a whole number');
    expect(refusal(changed({ formatVersion: 0.5 }))).toContain('formatVersion: expected a whole number');
  });

  it('refuses a missing exportedAt or a missing or ill-typed array', () => {
    expect(refusal(changed({ exportedAt: REMOVE }))).toBe('exportedAt: expected a number, found nothing');
    expect(refusal(changed({ gaps: REMOVE }))).toBe('gaps: expected an array, found nothing');
    expect(refusal(changed({ events: {} }))).toBe('events: expected an array, found an object');
    expect(refusal(changed({ stories: 'none' }))).toBe('stories: expected an array, found a string');
  });

  it('names the array, index and field of a wrong type', () => {
    expect(refusal(changed({ 'rounds.1.startedAt': '20000' }))).toBe('rounds[1].startedAt: expected a number, found a string');
    expect(refusal(changed({ 'rounds.0.id': '' }))).toBe('rounds[0].id: expected a non-empty string, found an empty string');
    expect(refusal(changed({ 'rounds.0.problemIds': ['two-sum', 4] }))).toBe('rounds[0].problemIds[1]: expected a non-empty string, found the number 4');
    expect(refusal(changed({ 'rounds.0.assists': 'full' }))).toBe('rounds[0].assists: expected one of "off", "relaxed", found a string');
    expect(refusal(changed({ 'rounds.0.interruptions.mode': 'often' }))).toContain('rounds[0].interruptions.mode: expected one of');
    expect(refusal(changed({ 'rounds.0.endedAt': null }))).toBe('rounds[0].endedAt: expected a number, found null');
    expect(refusal(changed({ 'rounds.1': 'r2' }))).toBe('rounds[1]: expected an object, found a string');
    expect(refusal(changed({ 'drafts.0.code': null }))).toBe('drafts[0].code: expected a string, found null');
    expect(refusal(changed({ 'stories.0.tags': ['a', 1] }))).toBe('stories[0].tags[1]: expected a string, found the number 1');
    expect(refusal(changed({ 'storyDrills.0.probes.0.atMs': 'soon' }))).toBe('storyDrills[0].probes[0].atMs: expected a number, found a string');
    expect(refusal(changed({ 'storyDrills.0.structure': 'great' }))).toContain('storyDrills[0].structure: expected one of "weak", "ok", "strong"');
    expect(refusal(changed({ 'gaps.0.redrill.history.0.success': 'yes' }))).toBe('gaps[0].redrill.history[0].success: expected true or false, found a string');
    expect(refusal(changed({ 'gaps.0.status': 'closed' }))).toContain('gaps[0].status: expected one of "open", "fixed"');
    expect(refusal(changed({ 'gaps.0.redrill': REMOVE }))).toBe('gaps[0].redrill: expected an object, found nothing');
  });

  it('refuses numbers that are not finite', () => {
    // JSON.parse reads 1e400 as Infinity.
    const text = JSON.stringify(validBackup()).replace('"startedAt":1000', '"startedAt":1e400');
    expect(parseBackupText(text)).toEqual({ ok: false, error: 'rounds[0].startedAt: expected a number, found a number out of range' });
  });

  it('checks each event type and its fields', () => {
    expect(refusal(changed({ 'events.2.type': 'compile' }))).toContain('events[2].type: expected one of "round-started"');
    expect(refusal(changed({ 'events.3.summary.passed': '3' }))).toBe('events[3].summary.passed: expected a number, found a string');
    expect(refusal(changed({ 'events.3.summary.status': 'ok' }))).toContain('events[3].summary.status: expected one of');
    expect(refusal(changed({ 'events.6.aloud': 1 }))).toBe('events[6].aloud: expected true or false, found the number 1');
    expect(refusal(changed({ 'events.6.rating': 'great' }))).toContain('events[6].rating: expected one of "clear", "partial", "lost"');
    expect(refusal(changed({ 'events.7.reason': 'crash' }))).toContain('events[7].reason: expected one of "time-up", "ended-early"');
    expect(refusal(changed({ 'events.4.at': undefined }))).toBe('events[4].at: expected a number, found nothing');
  });

  it('refuses an event pointing at a round missing from the file', () => {
    expect(refusal(changed({ 'events.5.roundId': 'ghost' }))).toBe('events[5].roundId: round "ghost" is not in this file');
  });

  it('refuses duplicate ids and duplicate drafts', () => {
    expect(refusal(changed({ 'rounds.1.id': 'r1' }))).toBe('rounds[1].id: "r1" appears twice (also at rounds[0])');
    expect(refusal(changed({ 'drafts.1': { ...validBackup().drafts[0], updatedAt: 5 } }))).toBe('drafts[1].problemId: "r1 / two-sum" appears twice (also at drafts[0])');
    expect(refusal(changed({ 'gaps.1': gap }))).toBe('gaps[1].id: "g1" appears twice (also at gaps[0])');
  });
});

describe('parseBackupText', () => {
  it('parses and validates a whole file', () => {
    expect(parseBackupText(JSON.stringify(validBackup()))).toEqual({ ok: true, backup: validBackup() });
  });

  it('refuses a truncated file and text that is not JSON', () => {
    const text = JSON.stringify(validBackup());
    const error = 'the file is not valid JSON (it may be truncated)';
    expect(parseBackupText(text.slice(0, text.length / 2))).toEqual({ ok: false, error });
    expect(parseBackupText('')).toEqual({ ok: false, error });
    expect(parseBackupText('round 1: two-sum')).toEqual({ ok: false, error });
  });
});

describe('checkBackupSize', () => {
  it('accepts files up to the limit and refuses larger or empty ones', () => {
    expect(checkBackupSize(1024)).toBeNull();
    expect(checkBackupSize(MAX_BACKUP_BYTES)).toBeNull();
    expect(checkBackupSize(MAX_BACKUP_BYTES + 1)).toBe('the file is 50.0 MB; backups larger than 50 MB are refused');
    expect(checkBackupSize(80 * 1024 * 1024)).toBe('the file is 80.0 MB; backups larger than 50 MB are refused');
    expect(checkBackupSize(0)).toBe('the file is empty');
  });
});

describe('eventIdentity', () => {
  it('ignores seq and key order, and tells different events apart', () => {
    const a = { type: 'warning', roundId: 'r1', at: 5, minutesLeft: 10 } as const;
    expect(eventIdentity({ ...a, seq: 3 })).toBe(eventIdentity({ minutesLeft: 10, at: 5, roundId: 'r1', type: 'warning' }));
    expect(eventIdentity(a)).not.toBe(eventIdentity({ ...a, minutesLeft: 5 }));
  });
});
