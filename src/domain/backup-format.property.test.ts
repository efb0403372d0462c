// Properties of the backup file check: every backup the app can write reads back whole, and any one
// corruption is refused with a message naming where, never half-accepted. The record schema is
// restated below as a small oracle (`fits`), independent of the validator it checks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_APP,
  BACKUP_FORMAT_VERSION,
  MAX_BACKUP_BYTES,
  checkBackupSize,
  parseBackupText,
  validateBackup,
  type Backup,
  type BackupCheck,
  type BackupDraft,
  type BackupRound,
  type BackupStory,
  type BackupStoryDrill,
} from './backup-format.ts';
import type { GapEntry } from './gap-entry.ts';
import type { EventType, TimelineEvent, TimelineEventBody } from './timeline.ts';

const MIB = 1024 * 1024;
const NOT_JSON = 'the file is not valid JSON (it may be truncated)';
/** The most records of one kind in a generated backup: enough for duplicates and cross-references. */
const MAX_RECORDS = 4;

const ASSISTS = ['off', 'relaxed'] as const;
const END_REASONS = ['time-up', 'ended-early'] as const;
const MODES = ['off', 'fixed', 'random'] as const;
const RUN_KINDS = ['run', 'submit'] as const;
const RUN_STATUSES = ['accepted', 'failed', 'error', 'unavailable'] as const;
const SELF_RATINGS = ['clear', 'partial', 'lost'] as const;
const STAGES = ['full', 'short', 'interrupted'] as const;
const RATINGS = ['weak', 'ok', 'strong'] as const;
const EVENT_TYPES = [
  'round-started',
  'code-snapshot',
  'run',
  'verdict',
  'warning',
  'interruption-asked',
  'interruption-answered',
  'round-ended',
] as const satisfies readonly EventType[];

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function refusal(result: BackupCheck): string {
  if (result.ok) throw new Error('expected a refusal, but the file was accepted');
  return result.error;
}

// ---- Arbitraries: records as the app writes them ----

/**
 * Ids as the app makes them (UUIDs, bank slugs), names that live on Object.prototype, and any text.
 * "/" is left out: the validator keys drafts by `${roundId} / ${problemId}`, so two different
 * drafts such as ("a / b", "c") and ("a", "b / c") collide (reported; real ids never hold "/").
 */
const id = fc.oneof(
  fc.uuid(),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
  fc.constantFrom('constructor', '__proto__', 'toString'),
  fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !s.includes('/')),
);
const text = fc.string({ unit: 'binary', maxLength: 12 });
/** Finite numbers; `+ 0` turns -0 into 0, which is all JSON can say anyway. */
const num = fc.oneof(
  fc.integer({ min: 0, max: 2 ** 41 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0),
);
const interruptions = fc.record(
  { mode: fc.constantFrom(...MODES), everyMin: num, seed: num },
  { noNullPrototype: true },
);

const round: fc.Arbitrary<BackupRound> = fc.record(
  {
    id,
    problemIds: fc.array(id, { maxLength: 3 }),
    startedAt: num,
    durationMs: num,
    assists: fc.constantFrom(...ASSISTS),
    interruptions,
    endedAt: num,
    endReason: fc.constantFrom(...END_REASONS),
  },
  { requiredKeys: ['id', 'problemIds', 'startedAt', 'durationMs', 'assists'], noNullPrototype: true },
);

const summary = fc.record(
  {
    kind: fc.constantFrom(...RUN_KINDS),
    status: fc.constantFrom(...RUN_STATUSES),
    passed: num,
    total: num,
    ms: num,
    firstFailure: fc.record({ name: text, status: text }, { noNullPrototype: true }),
  },
  { requiredKeys: ['kind', 'status', 'passed', 'total', 'ms'], noNullPrototype: true },
);

const eventBody: fc.Arbitrary<TimelineEventBody> = fc.oneof(
  fc.record(
    {
      type: fc.constant('round-started'),
      problemIds: fc.array(id, { maxLength: 3 }),
      durationMs: num,
      assists: fc.constantFrom(...ASSISTS),
      interruptions,
    },
    { requiredKeys: ['type', 'problemIds', 'durationMs', 'assists'], noNullPrototype: true },
  ),
  fc.record({ type: fc.constant('code-snapshot'), problemId: id, code: text }, { noNullPrototype: true }),
  fc.record(
    { type: fc.constant('run'), problemId: id, kind: fc.constantFrom(...RUN_KINDS) },
    { noNullPrototype: true },
  ),
  fc.record({ type: fc.constant('verdict'), problemId: id, summary }, { noNullPrototype: true }),
  fc.record({ type: fc.constant('warning'), minutesLeft: num }, { noNullPrototype: true }),
  fc.record(
    {
      type: fc.constant('interruption-asked'),
      slot: num,
      questionId: id,
      source: fc.constantFrom('followup', 'prompt'),
      question: text,
      problemId: id,
      code: text,
    },
    { noNullPrototype: true },
  ),
  fc.record(
    {
      type: fc.constant('interruption-answered'),
      slot: num,
      answer: text,
      aloud: fc.boolean(),
      rating: fc.option(fc.constantFrom(...SELF_RATINGS), { nil: null }),
      latencyMs: num,
    },
    { noNullPrototype: true },
  ),
  fc.record({ type: fc.constant('round-ended'), reason: fc.constantFrom(...END_REASONS) }, { noNullPrototype: true }),
);

function eventIn(roundIds: readonly string[]): fc.Arbitrary<TimelineEvent> {
  return fc
    .tuple(eventBody, fc.constantFrom(...roundIds), num)
    .map(([body, roundId, at]) => ({ ...body, roundId, at }));
}

const draft: fc.Arbitrary<BackupDraft> = fc.record(
  { roundId: id, problemId: id, code: text, updatedAt: num },
  { noNullPrototype: true },
);

const story: fc.Arbitrary<BackupStory> = fc.record(
  {
    id,
    title: text,
    situation: text,
    task: text,
    action: text,
    result: text,
    tags: fc.array(text, { maxLength: 3 }),
    createdAt: num,
    updatedAt: num,
  },
  { noNullPrototype: true },
);

const storyDrill: fc.Arbitrary<BackupStoryDrill> = fc.record(
  {
    id,
    storyId: id,
    stage: fc.constantFrom(...STAGES),
    startedAt: num,
    durationMs: num,
    limitMs: num,
    overrunMs: num,
    probes: fc.array(fc.record({ text, atMs: num }, { noNullPrototype: true }), { maxLength: 3 }),
    structure: fc.option(fc.constantFrom(...RATINGS), { nil: null }),
    specificity: fc.option(fc.constantFrom(...RATINGS), { nil: null }),
  },
  { noNullPrototype: true },
);

const gap: fc.Arbitrary<GapEntry> = fc.record(
  {
    id,
    roundId: id,
    problemId: fc.option(id, { nil: null }),
    family: fc.option(fc.constantFrom('algorithm', 'ml'), { nil: null }),
    tags: fc.array(text, { maxLength: 3 }),
    momentMs: num,
    categories: fc.array(id, { maxLength: 3 }),
    quote: text,
    fix: text,
    source: fc.constantFrom('self', 'partner'),
    createdAt: num,
    redrill: fc.record(
      {
        dueAt: num,
        intervalDays: num,
        streak: num,
        history: fc.array(
          fc.record(
            { at: num, success: fc.boolean(), roundId: id },
            { requiredKeys: ['at', 'success'], noNullPrototype: true },
          ),
          { maxLength: 3 },
        ),
      },
      { noNullPrototype: true },
    ),
    status: fc.constantFrom('open', 'fixed'),
  },
  { noNullPrototype: true },
);

/** A valid backup; with `minRecords` 1, every array holds at least one record to corrupt. */
function backupArbitrary(minRecords: 0 | 1 = 0, maxRecords = MAX_RECORDS): fc.Arbitrary<Backup> {
  const many = { minLength: minRecords, maxLength: maxRecords };
  return fc.uniqueArray(round, { ...many, selector: (r) => r.id }).chain((rounds) =>
    fc.record(
      {
        app: fc.constant(BACKUP_APP),
        formatVersion: fc.constant(BACKUP_FORMAT_VERSION),
        exportedAt: num,
        rounds: fc.constant(rounds),
        events:
          rounds.length === 0
            ? fc.constant([])
            : fc.array(eventIn(rounds.map((r) => r.id)), { ...many, maxLength: 2 * maxRecords }),
        drafts: fc.uniqueArray(draft, { ...many, selector: (d) => JSON.stringify([d.roundId, d.problemId]) }),
        stories: fc.uniqueArray(story, { ...many, selector: (s) => s.id }),
        storyDrills: fc.uniqueArray(storyDrill, { ...many, selector: (d) => d.id }),
        gaps: fc.uniqueArray(gap, { ...many, selector: (g) => g.id }),
        // The v4 tables are checked by example in backup-format.test.ts.
        sessions: fc.constant([]),
        loops: fc.constant([]),
        templates: fc.constant([]),
        plans: fc.constant([]),
      },
      { noNullPrototype: true },
    ),
  );
}

const backup = backupArbitrary();
const fullBackup = backupArbitrary(1);
/** At least one and at most two records of each kind, for checks that visit every field. */
const smallBackup = backupArbitrary(1, 2);

// ---- The oracle: the schema, restated ----

interface Field {
  kind: 'num' | 'text' | 'id' | 'bool' | 'ids' | 'texts' | 'oneOf' | 'object' | 'list';
  values?: readonly string[];
  /** Fields of the object, or of each item of the list (events: by the item's type). */
  fields?: Spec | ((item: unknown) => Spec);
  optional?: boolean;
  nullable?: boolean;
}
type Spec = Record<string, Field>;

const NUM: Field = { kind: 'num' };
const TEXT: Field = { kind: 'text' };
const ID: Field = { kind: 'id' };
const IDS: Field = { kind: 'ids' };
const TEXTS: Field = { kind: 'texts' };
const BOOL: Field = { kind: 'bool' };
const oneOf = (values: readonly string[], more: Partial<Field> = {}): Field => ({ kind: 'oneOf', values, ...more });
const object = (fields: Spec, more: Partial<Field> = {}): Field => ({ kind: 'object', fields, ...more });
const list = (fields: Field['fields']): Field => ({ kind: 'list', fields });

const INTERRUPTIONS: Spec = { mode: oneOf(MODES), everyMin: NUM, seed: NUM };
const ROUND: Spec = {
  id: ID,
  problemIds: IDS,
  startedAt: NUM,
  durationMs: NUM,
  assists: oneOf(ASSISTS),
  interruptions: object(INTERRUPTIONS, { optional: true }),
  endedAt: { kind: 'num', optional: true },
  endReason: oneOf(END_REASONS, { optional: true }),
};
const EVENT_COMMON: Spec = { type: oneOf(EVENT_TYPES), roundId: ID, at: NUM };
const EVENT_BODIES: Record<EventType, Spec> = {
  'round-started': {
    problemIds: IDS,
    durationMs: NUM,
    assists: oneOf(ASSISTS),
    interruptions: object(INTERRUPTIONS, { optional: true }),
  },
  'code-snapshot': { problemId: ID, code: TEXT },
  run: { problemId: ID, kind: oneOf(RUN_KINDS) },
  verdict: {
    problemId: ID,
    summary: object({
      kind: oneOf(RUN_KINDS),
      status: oneOf(RUN_STATUSES),
      passed: NUM,
      total: NUM,
      ms: NUM,
      firstFailure: object({ name: TEXT, status: TEXT }, { optional: true }),
    }),
  },
  warning: { minutesLeft: NUM },
  'interruption-asked': {
    slot: NUM,
    questionId: ID,
    source: oneOf(['followup', 'prompt', 'interviewer']),
    question: TEXT,
    problemId: ID,
    code: TEXT,
  },
  'interruption-answered': {
    slot: NUM,
    answer: TEXT,
    aloud: BOOL,
    rating: oneOf(SELF_RATINGS, { nullable: true }),
    latencyMs: NUM,
  },
  'round-ended': { reason: oneOf(END_REASONS) },
  // Paired-mock events are not generated here; pair-event-format.test.ts covers them.
  'hint-revealed': { problemId: ID, index: NUM, text: TEXT, requestId: ID },
  'time-extended': { minutes: NUM, requestId: ID },
  'clock-paused': { requestId: ID },
  'clock-resumed': { pausedMs: NUM, requestId: ID },
  'partner-feedback': { scorecard: object({}), requestId: ID },
  'interviewer-typing': { allowed: BOOL },
  'interviewer-drawing': { allowed: BOOL },
};
const DRAFT: Spec = { roundId: ID, problemId: ID, code: TEXT, updatedAt: NUM };
const STORY: Spec = {
  id: ID,
  title: TEXT,
  situation: TEXT,
  task: TEXT,
  action: TEXT,
  result: TEXT,
  tags: TEXTS,
  createdAt: NUM,
  updatedAt: NUM,
};
const STORY_DRILL: Spec = {
  id: ID,
  storyId: ID,
  stage: oneOf(STAGES),
  startedAt: NUM,
  durationMs: NUM,
  limitMs: NUM,
  overrunMs: NUM,
  probes: list({ text: TEXT, atMs: NUM }),
  structure: oneOf(RATINGS, { nullable: true }),
  specificity: oneOf(RATINGS, { nullable: true }),
};
const GAP: Spec = {
  id: ID,
  roundId: ID,
  problemId: { kind: 'id', nullable: true },
  family: oneOf(['algorithm', 'ml'], { nullable: true }),
  tags: TEXTS,
  momentMs: NUM,
  categories: IDS,
  quote: TEXT,
  fix: TEXT,
  source: oneOf(['self', 'partner']),
  createdAt: NUM,
  redrill: object({
    dueAt: NUM,
    intervalDays: NUM,
    streak: NUM,
    history: list({ at: NUM, success: BOOL, roundId: { kind: 'id', optional: true } }),
  }),
  status: oneOf(['open', 'fixed']),
};
/** Each top-level array and the spec of its records (events take their body from their type). */
const ARRAYS: Record<string, Field['fields']> = {
  rounds: ROUND,
  events: eventSpec,
  drafts: DRAFT,
  stories: STORY,
  storyDrills: STORY_DRILL,
  gaps: GAP,
};

function eventSpec(v: unknown): Spec {
  const type = isObject(v) ? v.type : undefined;
  return (EVENT_TYPES as readonly unknown[]).includes(type)
    ? { ...EVENT_COMMON, ...EVENT_BODIES[type as EventType] }
    : EVENT_COMMON;
}

/** Whether `v` is acceptable for a field (only the record's own shape; ids across records are not checked here). */
function fits(field: Field, v: unknown): boolean {
  if (v === undefined) return field.optional === true;
  if (v === null && field.nullable) return true;
  switch (field.kind) {
    case 'num':
      return typeof v === 'number' && Number.isFinite(v);
    case 'text':
      return typeof v === 'string';
    case 'id':
      return typeof v === 'string' && v !== '';
    case 'bool':
      return typeof v === 'boolean';
    case 'ids':
      return Array.isArray(v) && v.every((x) => typeof x === 'string' && x !== '');
    case 'texts':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'oneOf':
      return typeof v === 'string' && field.values!.includes(v);
    case 'object':
      return isObject(v) && fitsAll(specOf(field, v), v);
    case 'list':
      return Array.isArray(v) && v.every((x) => isObject(x) && fitsAll(specOf(field, x), x));
  }
}

function specOf(field: Field, item: unknown): Spec {
  return typeof field.fields === 'function' ? field.fields(item) : field.fields!;
}

function fitsAll(spec: Spec, o: Obj): boolean {
  return Object.entries(spec).every(([k, f]) => fits(f, o[k]));
}

/** A place in a backup where a value sits, the rule for it, and how the validator names it. */
interface Site {
  parent: Obj | unknown[];
  key: string | number;
  field: Field;
  label: string;
}

/** Every field of every record (nested ones included) and every record itself. */
function sitesOf(raw: Obj): Site[] {
  const out: Site[] = [{ parent: raw, key: 'exportedAt', field: NUM, label: 'exportedAt' }];
  const fieldsOf = (o: Obj, spec: Spec, label: string) => {
    for (const [key, field] of Object.entries(spec)) {
      const v = o[key];
      if (v === undefined && field.optional) continue;
      const at = `${label}.${key}`;
      out.push({ parent: o, key, field, label: at });
      if (field.kind === 'object' && isObject(v)) fieldsOf(v, specOf(field, v), at);
      if (field.kind === 'list' && Array.isArray(v)) itemsOf(v, (item) => specOf(field, item), at);
    }
  };
  const itemsOf = (items: unknown[], spec: (item: unknown) => Spec, label: string) => {
    items.forEach((item, i) => {
      out.push({ parent: items, key: i, field: object(spec(item)), label: `${label}[${i}]` });
      if (isObject(item)) fieldsOf(item, spec(item), `${label}[${i}]`);
    });
  };
  for (const [name, spec] of Object.entries(ARRAYS)) {
    const field = list(spec);
    out.push({ parent: raw, key: name, field, label: name });
    const items = raw[name];
    if (Array.isArray(items)) itemsOf(items, (item) => specOf(field, item), name);
  }
  return out;
}

const REMOVE = Symbol('remove');
/** Values wrong for one kind of field or another; `fits` says which. */
const ODD_VALUES: readonly unknown[] = [
  REMOVE,
  null,
  true,
  0,
  -1.5,
  '',
  'x',
  'often',
  [],
  {},
  ['x'],
  [''],
  [3],
  [{}],
  { mode: 'fixed' },
];

function get(site: Site): unknown {
  return Array.isArray(site.parent) ? site.parent[site.key as number] : site.parent[site.key as string];
}

function set(site: Site, v: unknown): void {
  if (Array.isArray(site.parent)) site.parent[site.key as number] = v;
  else if (v === REMOVE) delete site.parent[site.key as string];
  else site.parent[site.key as string] = v;
}

/** The path in an error message: the site's own label, or a field inside it. */
function names(error: string, label: string): boolean {
  return error.startsWith(`${label}:`) || error.startsWith(`${label}.`) || error.startsWith(`${label}[`);
}

describe('validateBackup and parseBackupText (properties)', () => {
  it('accepts every backup the app can write, through JSON text, whole and unchanged', () => {
    fc.assert(
      fc.property(backup, fc.boolean(), (b, pretty) => {
        const text = pretty ? JSON.stringify(b, null, 2) : JSON.stringify(b);
        expect(parseBackupText(text)).toEqual({ ok: true, backup: b });
      }),
    );
  });

  it('keeps fields and arrays it does not know, as they are', () => {
    fc.assert(
      fc.property(
        fullBackup,
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 6 }),
        fc.jsonValue({ maxDepth: 2 }),
        (b, pick, name, extra) => {
          const raw = clone(b) as unknown as Obj;
          // The file itself, or any record in it (nested ones included).
          const records = [
            raw,
            ...sitesOf(raw).flatMap((s) => {
              const v = get(s);
              return s.field.kind === 'object' && isObject(v) ? [v] : [];
            }),
          ];
          records[pick % records.length]![`x-${name}`] = extra;
          expect(validateBackup(clone(raw))).toEqual({ ok: true, backup: clone(raw) });
        },
      ),
    );
  });

  it('refuses every field removed or of the wrong type, one at a time, naming its path', () => {
    fc.assert(
      fc.property(smallBackup, fc.jsonValue({ maxDepth: 2 }), (b, random) => {
        const raw = clone(b) as unknown as Obj;
        const misnamed: string[] = [];
        // Every site with every value that is wrong for it, one at a time, put back after each.
        for (const site of sitesOf(raw)) {
          const original = get(site);
          for (const v of [...ODD_VALUES, random]) {
            if (fits(site.field, v === REMOVE ? undefined : v) || (v === REMOVE && Array.isArray(site.parent)))
              continue;
            set(site, v);
            const result = validateBackup(raw);
            set(site, original);
            if (result.ok || !names(result.error, site.label))
              misnamed.push(
                `${site.label} = ${v === REMOVE ? 'removed' : JSON.stringify(v)}: ${result.ok ? 'accepted' : result.error}`,
              );
          }
        }
        expect(misnamed).toEqual([]);
      }),
      // Each run already makes some hundreds of checks.
      { numRuns: 25 },
    );
  });

  it('refuses any number out of range (1e400 reads as Infinity), naming its path', () => {
    const SENTINEL = '\u0000out-of-range\u0000';
    fc.assert(
      fc.property(fullBackup, fc.nat(), (b, pick) => {
        const raw = clone(b) as unknown as Obj;
        const numbers = sitesOf(raw).filter((s) => s.field.kind === 'num');
        const site = numbers[pick % numbers.length]!;
        set(site, SENTINEL);
        const text = JSON.stringify(raw).replace(JSON.stringify(SENTINEL), '1e400');
        expect(parseBackupText(text)).toEqual({
          ok: false,
          error: `${site.label}: expected a number, found a number out of range`,
        });
      }),
    );
  });

  it('refuses a file cut short anywhere', () => {
    fc.assert(
      fc.property(
        backup,
        fc.boolean(),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (b, pretty, share) => {
          const text = pretty ? JSON.stringify(b, null, 2) : JSON.stringify(b);
          expect(parseBackupText(text.slice(0, Math.floor(share * text.length)))).toEqual({
            ok: false,
            error: NOT_JSON,
          });
        },
      ),
    );
  });

  it("refuses another app's file or a backup wrapped in another envelope, naming the app when it can", () => {
    const otherApp = fc
      .oneof(fc.string({ maxLength: 60 }), fc.constantFrom('excalidraw', 'Mockloop', ' mockloop', 'MOCKLOOP', '   '))
      .filter((a) => a !== BACKUP_APP);
    fc.assert(
      fc.property(backup, otherApp, fc.string({ minLength: 1, maxLength: 8 }), fc.nat(3), (b, app, key, how) => {
        const wrapped = [
          { ...b, app },
          { [key === 'app' ? 'data' : key]: b },
          { type: 'excalidraw', elements: [], appState: b },
          { ...b, app: 5 },
        ][how];
        const error = refusal(validateBackup(clone(wrapped)));
        const named = how === 0 && app.trim() !== '' ? `"${app.trim().slice(0, 40)}"` : 'another app';
        expect(error).toBe(`this file was made by ${named}, not Mockloop`);
        expect(refusal(validateBackup([b]))).toBe('the file is not a Mockloop backup: expected a JSON object');
      }),
    );
  });

  it('refuses a file from a newer format, and a version that is not a whole number from 1', () => {
    fc.assert(
      fc.property(
        backup,
        fc.oneof(fc.constant(BACKUP_FORMAT_VERSION + 1), fc.integer({ min: BACKUP_FORMAT_VERSION + 1, max: 2 ** 40 })),
        fc.oneof(
          fc.integer({ max: 0 }),
          fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Number.isInteger(x)),
          fc.string(),
          fc.constant(null),
        ),
        (b, newer, nonsense) => {
          expect(refusal(validateBackup({ ...b, formatVersion: newer }))).toBe(
            `this file was made by a newer Mockloop (format ${newer}); update the app`,
          );
          expect(refusal(validateBackup({ ...b, formatVersion: nonsense }))).toMatch(
            /^formatVersion: expected a whole number from 1, found /,
          );
        },
      ),
    );
  });

  it('refuses an event of an unknown type, or for a round not in the file', () => {
    fc.assert(
      fc.property(fullBackup, fc.nat(), fc.string({ maxLength: 12 }), id, (b, pick, type, ghost) => {
        const i = pick % b.events.length;
        fc.pre(!(EVENT_TYPES as readonly string[]).includes(type) && !b.rounds.some((r) => r.id === ghost));
        const retyped = clone(b);
        (retyped.events[i] as { type: string }).type = type;
        expect(refusal(validateBackup(retyped))).toMatch(
          new RegExp(`^events\\[${i}\\]\\.type: expected one of "round-started"`),
        );
        const orphaned = clone(b);
        orphaned.events[i]!.roundId = ghost;
        expect(refusal(validateBackup(orphaned))).toBe(`events[${i}].roundId: round "${ghost}" is not in this file`);
      }),
    );
  });

  it('refuses two records with the same id, naming both places', () => {
    const arrays = fc.constantFrom('rounds', 'stories', 'storyDrills', 'gaps', 'drafts');
    fc.assert(
      fc.property(fullBackup, arrays, fc.nat(), fc.nat(), (b, name, p, q) => {
        const raw = clone(b) as unknown as Record<string, Obj[]>;
        const items = raw[name]!;
        fc.pre(items.length >= 2);
        const [first, second] = [p % items.length, q % items.length].sort((x, y) => x - y) as [number, number];
        fc.pre(first !== second);
        if (name === 'drafts') {
          Object.assign(items[second]!, { roundId: items[first]!.roundId, problemId: items[first]!.problemId });
          const key = `${String(items[first]!.roundId)} / ${String(items[first]!.problemId)}`;
          expect(refusal(validateBackup(raw))).toBe(
            `drafts[${second}].problemId: "${key}" appears twice (also at drafts[${first}])`,
          );
        } else {
          items[second]!.id = items[first]!.id;
          expect(refusal(validateBackup(raw))).toBe(
            `${name}[${second}].id: "${String(items[first]!.id)}" appears twice (also at ${name}[${first}])`,
          );
        }
      }),
    );
  });

  it('never throws, whatever the text or the JSON inside', () => {
    const wellFormed = (r: BackupCheck) =>
      r.ok ? isObject(r.backup) : typeof r.error === 'string' && r.error.length > 0;
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (t) => {
        expect(wellFormed(parseBackupText(t))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(wellFormed(validateBackup(v))).toBe(true);
        expect(
          wellFormed(
            validateBackup({
              app: BACKUP_APP,
              formatVersion: BACKUP_FORMAT_VERSION,
              ...(isObject(v) ? v : { rounds: v }),
            }),
          ),
        ).toBe(true);
      }),
    );
  });

  it('accepts a backup with any one value replaced only when that value fits, and never partially', () => {
    fc.assert(
      fc.property(fullBackup, fc.nat(), fc.jsonValue({ maxDepth: 3 }), (b, pick, v) => {
        const raw = clone(b) as unknown as Obj;
        // Fields inside records, but not ids or event types: changing those may also break a
        // cross-reference, uniqueness or the event's body, which `fits` does not look at.
        const sites = sitesOf(raw).filter(
          (s) => !Array.isArray(s.parent) && s.label.includes('.') && s.field.kind !== 'id' && s.key !== 'type',
        );
        const site = sites[pick % sites.length]!;
        set(site, v);
        const before = structuredClone(raw);
        const result = validateBackup(raw);
        expect(result.ok).toBe(fits(site.field, v));
        if (result.ok) expect(result.backup).toEqual(before);
      }),
    );
  });
});

describe('checkBackupSize (properties)', () => {
  it('accepts every size from 1 byte to the limit and refuses larger ones, giving the size in MB', () => {
    const within = fc.oneof(fc.constantFrom(1, MAX_BACKUP_BYTES), fc.integer({ min: 1, max: MAX_BACKUP_BYTES }));
    const over = fc.oneof(fc.constant(MAX_BACKUP_BYTES + 1), fc.integer({ min: MAX_BACKUP_BYTES + 1, max: 2 ** 40 }));
    fc.assert(
      fc.property(within, over, (ok, big) => {
        expect(checkBackupSize(ok)).toBeNull();
        const match = /^the file is (\d+\.\d) MB; backups larger than 256 MB are refused$/.exec(
          checkBackupSize(big) ?? '',
        );
        expect(match).not.toBeNull();
        expect(Math.abs(Number(match![1]) - big / MIB)).toBeLessThanOrEqual(0.05);
      }),
    );
  });

  it('calls an empty or nonsensical size empty', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ max: 0 }), fc.constantFrom(Number.NaN, -Infinity, -0)), (bytes) => {
        expect(checkBackupSize(bytes)).toBe('the file is empty');
      }),
    );
  });
});
