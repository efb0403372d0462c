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
  id: 'g1',
  roundId: 'r1',
  problemId: 'two-sum',
  family: 'algorithm',
  tags: ['hashing'],
  momentMs: 60_000,
  categories: ['edge-cases'],
  quote: 'I forgot empty input',
  fix: 'List edge cases first',
  source: 'self',
  createdAt: 2000,
  redrill: {
    dueAt: 2000 + 86_400_000,
    intervalDays: 1,
    streak: 0,
    history: [{ at: 3000, success: false, roundId: 'r1' }],
  },
  status: 'open',
};

function validBackup(): Backup {
  return {
    app: 'mockloop',
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: 10_000,
    rounds: [
      {
        id: 'r1',
        problemIds: ['two-sum'],
        startedAt: 1000,
        durationMs: 45 * 60_000,
        assists: 'off',
        interruptions: { mode: 'fixed', everyMin: 2, seed: 7 },
        endedAt: 9000,
        endReason: 'time-up',
      },
      { id: 'r2', problemIds: ['lru'], startedAt: 20_000, durationMs: 30 * 60_000, assists: 'relaxed' },
    ],
    events: [
      {
        type: 'round-started',
        roundId: 'r1',
        at: 1000,
        problemIds: ['two-sum'],
        durationMs: 45 * 60_000,
        assists: 'off',
        interruptions: { mode: 'fixed', everyMin: 2, seed: 7 },
      },
      { type: 'code-snapshot', roundId: 'r1', at: 1500, problemId: 'two-sum', code: '' },
      { type: 'run', roundId: 'r1', at: 1600, problemId: 'two-sum', kind: 'run' },
      {
        type: 'verdict',
        roundId: 'r1',
        at: 1700,
        problemId: 'two-sum',
        summary: {
          kind: 'run',
          status: 'failed',
          passed: 3,
          total: 8,
          firstFailure: { name: 'empty', status: 'wrong' },
          ms: 40,
        },
      },
      { type: 'warning', roundId: 'r1', at: 1800, minutesLeft: 10 },
      {
        type: 'interruption-asked',
        roundId: 'r1',
        at: 1900,
        slot: 0,
        questionId: 'q1',
        source: 'prompt',
        question: 'Why?',
        problemId: 'two-sum',
        code: 'x',
      },
      {
        type: 'interruption-answered',
        roundId: 'r1',
        at: 2000,
        slot: 0,
        answer: 'Because',
        aloud: true,
        rating: null,
        latencyMs: 100,
      },
      { type: 'round-ended', roundId: 'r1', at: 9000, reason: 'time-up' },
    ],
    drafts: [{ roundId: 'r1', problemId: 'two-sum', code: 'pass', updatedAt: 1500 }],
    stories: [
      {
        id: 's1',
        title: 'Drift',
        situation: 's',
        task: 't',
        action: 'a',
        result: 'r',
        tags: ['impact'],
        createdAt: 1,
        updatedAt: 2,
      },
    ],
    storyDrills: [
      {
        id: 'd1',
        storyId: 's1',
        stage: 'interrupted',
        startedAt: 5,
        durationMs: 90_000,
        limitMs: 90_000,
        overrunMs: 0,
        probes: [{ text: 'Why?', atMs: 30_000 }],
        structure: 'ok',
        specificity: null,
      },
    ],
    gaps: [gap],
    sessions: [
      {
        id: 'f1',
        kind: 'fundamentals',
        startedAt: 30_000,
        durationMs: 10 * 60_000,
        questionIds: ['bv-1', 'reg-2'],
        endedAt: 40_000,
        endReason: 'ended-early',
        items: [
          {
            questionId: 'bv-1',
            shownAt: 30_000,
            answeredAt: 35_000,
            answer: 'Bias is…',
            aloud: false,
            limitMs: 300_000,
            overran: false,
            grade: 'mechanism',
            deeperShownAt: 36_000,
          },
        ],
      },
      {
        id: 'd1',
        kind: 'design',
        startedAt: 50_000,
        durationMs: 60 * 60_000,
        promptId: 'ads-ranking',
        promptTitle: 'Ads ranking',
        loopId: 'l1',
        warningsGiven: [10, 5],
        steps: [
          { step: 'clarify', budgetMs: 300_000, startedAt: 50_000, notes: 'Which formats?' },
          { step: 'objective', budgetMs: 480_000, notes: '' },
        ],
        numbers: { storage: '2 TB of logs', qps: '50k' },
      },
      {
        id: 'b1',
        kind: 'behavioral',
        startedAt: 60_000,
        durationMs: 45 * 60_000,
        questionIds: ['beh-1'],
        items: [{ questionId: 'beh-1', storyId: 's1', shownAt: 60_000, notes: 'STAR', structure: 'strong' }],
      },
    ],
    loops: [
      {
        id: 'l1',
        templateId: 'full-loop',
        startedAt: 49_000,
        stages: [
          { kind: 'design', minutes: 45, refId: 'd1', startedAt: 50_000 },
          { kind: 'break', minutes: 10 },
        ],
      },
    ],
    templates: [
      {
        id: 't1',
        name: 'Short loop',
        kind: 'full-loop',
        minutes: 95,
        sections: [
          { kind: 'coding', minutes: 45, count: 1, family: 'ml' },
          { kind: 'break', minutes: 5 },
        ],
        createdAt: 1,
        updatedAt: 2,
      },
    ],
    plans: [
      {
        id: 'p1',
        weeks: 4,
        startsOn: 0,
        interviewOn: 28 * 86_400_000,
        createdAt: 5,
        doneDays: [0, 1],
        routing: { theory: 'yes' },
      },
    ],
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
    expect(
      validateBackup(
        changed({
          rounds: [],
          events: [],
          drafts: [],
          stories: [],
          storyDrills: [],
          gaps: [],
          sessions: [],
          loops: [],
          templates: [],
          plans: [],
        }),
      ).ok,
    ).toBe(true);
  });

  it('reads a file from before sessions, loops, templates and plans existed as having none', () => {
    const old = changed({ sessions: REMOVE, loops: REMOVE, templates: REMOVE, plans: REMOVE });
    expect(validateBackup(old)).toEqual({
      ok: true,
      backup: { ...validBackup(), sessions: [], loops: [], templates: [], plans: [] },
    });
  });

  it('names the path of a bad field in sessions, loops, templates and plans', () => {
    expect(refusal(changed({ sessions: {} }))).toBe('sessions: expected an array, found an object');
    expect(refusal(changed({ 'sessions.0.kind': 'coding' }))).toBe(
      'sessions[0].kind: expected one of "fundamentals", "design", "behavioral", found a string',
    );
    expect(refusal(changed({ 'sessions.0.questionIds': ['bv-1', ''] }))).toBe(
      'sessions[0].questionIds[1]: expected a non-empty string, found an empty string',
    );
    expect(refusal(changed({ 'sessions.0.items.0.grade': 'deep' }))).toContain(
      'sessions[0].items[0].grade: expected one of "definition", "mechanism", "mechanism-example"',
    );
    expect(refusal(changed({ 'sessions.0.items.0.aloud': 'no' }))).toBe(
      'sessions[0].items[0].aloud: expected true or false, found a string',
    );
    expect(refusal(changed({ 'sessions.0.endReason': 'bored' }))).toContain(
      'sessions[0].endReason: expected one of "time-up", "ended-early"',
    );
    expect(refusal(changed({ 'sessions.1.steps.1.step': 'deploy' }))).toContain(
      'sessions[1].steps[1].step: expected one of "clarify"',
    );
    expect(refusal(changed({ 'sessions.1.steps.0.notes': null }))).toBe(
      'sessions[1].steps[0].notes: expected a string, found null',
    );
    expect(refusal(changed({ 'sessions.1.promptTitle': REMOVE }))).toBe(
      'sessions[1].promptTitle: expected a string, found nothing',
    );
    expect(refusal(changed({ 'sessions.1.numbers.qps': 50_000 }))).toBe(
      'sessions[1].numbers.qps: expected a string, found the number 50000',
    );
    expect(refusal(changed({ 'sessions.1.numbers.cost': '$' }))).toBe(
      'sessions[1].numbers.cost: expected only storage, qps, latency, refresh',
    );
    expect(refusal(changed({ 'sessions.2.items.0.structure': 'great' }))).toContain(
      'sessions[2].items[0].structure: expected one of "weak", "ok", "strong"',
    );
    expect(refusal(changed({ 'sessions.2.items.0.storyId': '' }))).toBe(
      'sessions[2].items[0].storyId: expected a non-empty string, found an empty string',
    );
    expect(refusal(changed({ 'sessions.0.warningsGiven': [10, '5'] }))).toBe(
      'sessions[0].warningsGiven[1]: expected a number, found a string',
    );
    expect(refusal(changed({ 'loops.0.stages.1.kind': 'lunch' }))).toContain(
      'loops[0].stages[1].kind: expected one of "coding"',
    );
    expect(refusal(changed({ 'loops.0.stages.0.startedAt': 'then' }))).toBe(
      'loops[0].stages[0].startedAt: expected a number, found a string',
    );
    expect(refusal(changed({ 'templates.0.sections.0.family': 'stats' }))).toContain(
      'templates[0].sections[0].family: expected one of "algorithm", "ml"',
    );
    expect(refusal(changed({ 'templates.0.kind': REMOVE }))).toContain(
      'templates[0].kind: expected one of "phone-screen"',
    );
    expect(refusal(changed({ 'plans.0.weeks': 3 }))).toBe('plans[0].weeks: expected 2, 4 or 8, found the number 3');
    expect(refusal(changed({ 'plans.0.doneDays': [0, 'two'] }))).toBe(
      'plans[0].doneDays[1]: expected a number, found a string',
    );
    expect(refusal(changed({ 'plans.0.routing.theory': true }))).toBe(
      'plans[0].routing.theory: expected a string, found a boolean',
    );
    expect(refusal(changed({ 'sessions.2.id': 'f1' }))).toBe(
      'sessions[2].id: "f1" appears twice (also at sessions[0])',
    );
  });

  it('refuses anything but a JSON object', () => {
    for (const raw of [null, 3, 'mockloop', [], true])
      expect(refusal(raw)).toBe('the file is not a Mockloop backup: expected a JSON object');
  });

  it('refuses a file made by another app, naming it', () => {
    expect(refusal(changed({ app: 'excalidraw' }))).toBe('this file was made by "excalidraw", not Mockloop');
    expect(refusal(changed({ app: REMOVE }))).toBe('this file was made by another app, not Mockloop');
    expect(refusal({ type: 'excalidraw', elements: [] })).toBe('this file was made by another app, not Mockloop');
  });

  it('refuses a file from a newer format, and a nonsense version', () => {
    expect(refusal(changed({ formatVersion: 2 }))).toBe(
      'this file was made by a newer Mockloop (format 2); update the app',
    );
    expect(refusal(changed({ formatVersion: '1' }))).toBe(
      'formatVersion: expected a whole number from 1, found a string',
    );
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
    expect(refusal(changed({ 'rounds.1.startedAt': '20000' }))).toBe(
      'rounds[1].startedAt: expected a number, found a string',
    );
    expect(refusal(changed({ 'rounds.0.id': '' }))).toBe(
      'rounds[0].id: expected a non-empty string, found an empty string',
    );
    expect(refusal(changed({ 'rounds.0.problemIds': ['two-sum', 4] }))).toBe(
      'rounds[0].problemIds[1]: expected a non-empty string, found the number 4',
    );
    expect(refusal(changed({ 'rounds.0.assists': 'full' }))).toBe(
      'rounds[0].assists: expected one of "off", "relaxed", found a string',
    );
    expect(refusal(changed({ 'rounds.0.interruptions.mode': 'often' }))).toContain(
      'rounds[0].interruptions.mode: expected one of',
    );
    expect(refusal(changed({ 'rounds.0.endedAt': null }))).toBe('rounds[0].endedAt: expected a number, found null');
    expect(refusal(changed({ 'rounds.1': 'r2' }))).toBe('rounds[1]: expected an object, found a string');
    expect(refusal(changed({ 'drafts.0.code': null }))).toBe('drafts[0].code: expected a string, found null');
    expect(refusal(changed({ 'stories.0.tags': ['a', 1] }))).toBe(
      'stories[0].tags[1]: expected a string, found the number 1',
    );
    expect(refusal(changed({ 'storyDrills.0.probes.0.atMs': 'soon' }))).toBe(
      'storyDrills[0].probes[0].atMs: expected a number, found a string',
    );
    expect(refusal(changed({ 'storyDrills.0.structure': 'great' }))).toContain(
      'storyDrills[0].structure: expected one of "weak", "ok", "strong"',
    );
    expect(refusal(changed({ 'gaps.0.redrill.history.0.success': 'yes' }))).toBe(
      'gaps[0].redrill.history[0].success: expected true or false, found a string',
    );
    expect(refusal(changed({ 'gaps.0.status': 'closed' }))).toContain(
      'gaps[0].status: expected one of "open", "fixed"',
    );
    expect(refusal(changed({ 'gaps.0.redrill': REMOVE }))).toBe('gaps[0].redrill: expected an object, found nothing');
  });

  it('refuses numbers that are not finite', () => {
    // JSON.parse reads 1e400 as Infinity.
    const text = JSON.stringify(validBackup()).replace('"startedAt":1000', '"startedAt":1e400');
    expect(parseBackupText(text)).toEqual({
      ok: false,
      error: 'rounds[0].startedAt: expected a number, found a number out of range',
    });
  });

  it('checks each event type and its fields', () => {
    expect(refusal(changed({ 'events.2.type': 'compile' }))).toContain(
      'events[2].type: expected one of "round-started"',
    );
    expect(refusal(changed({ 'events.3.summary.passed': '3' }))).toBe(
      'events[3].summary.passed: expected a number, found a string',
    );
    expect(refusal(changed({ 'events.3.summary.status': 'ok' }))).toContain(
      'events[3].summary.status: expected one of',
    );
    expect(refusal(changed({ 'events.6.aloud': 1 }))).toBe(
      'events[6].aloud: expected true or false, found the number 1',
    );
    expect(refusal(changed({ 'events.6.rating': 'great' }))).toContain(
      'events[6].rating: expected one of "clear", "partial", "lost"',
    );
    expect(refusal(changed({ 'events.7.reason': 'crash' }))).toContain(
      'events[7].reason: expected one of "time-up", "ended-early"',
    );
    expect(refusal(changed({ 'events.4.at': undefined }))).toBe('events[4].at: expected a number, found nothing');
  });

  it('refuses an event pointing at a round missing from the file', () => {
    expect(refusal(changed({ 'events.5.roundId': 'ghost' }))).toBe(
      'events[5].roundId: round "ghost" is not in this file',
    );
  });

  it('refuses duplicate ids and duplicate drafts', () => {
    expect(refusal(changed({ 'rounds.1.id': 'r1' }))).toBe('rounds[1].id: "r1" appears twice (also at rounds[0])');
    expect(refusal(changed({ 'drafts.1': { ...validBackup().drafts[0], updatedAt: 5 } }))).toBe(
      'drafts[1].problemId: "r1 / two-sum" appears twice (also at drafts[0])',
    );
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
    expect(checkBackupSize(60 * 1024 * 1024)).toBeNull(); // what a long history exports
    expect(checkBackupSize(MAX_BACKUP_BYTES + 1)).toBe('the file is 256.0 MB; backups larger than 256 MB are refused');
    expect(checkBackupSize(300 * 1024 * 1024)).toBe('the file is 300.0 MB; backups larger than 256 MB are refused');
    expect(checkBackupSize(0)).toBe('the file is empty');
  });
});

describe('eventIdentity', () => {
  it('ignores seq and key order, and tells different events apart', () => {
    const a = { type: 'warning', roundId: 'r1', at: 5, minutesLeft: 10 } as const;
    expect(eventIdentity({ ...a, seq: 3 })).toBe(
      eventIdentity({ minutesLeft: 10, at: 5, roundId: 'r1', type: 'warning' }),
    );
    expect(eventIdentity(a)).not.toBe(eventIdentity({ ...a, minutesLeft: 5 }));
  });
});
