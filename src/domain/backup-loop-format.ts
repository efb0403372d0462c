// The backup file's records of schema v4: fundamentals / design / behavioral sessions, full loops,
// saved round templates and study plans. Each check throws a BackupProblem naming the path of the
// first bad field. Files written before these tables existed have no such arrays: read as empty.
import { arr, BackupProblem, bool, expected, id, ids, list, members, num, nums, obj, oneOf, text, unique, type Obj } from './backup-fields.ts';
import { DESIGN_STEPS, type BehavioralItem, type DepthGrade, type LoopRecord, type PlanRecord, type RoundKind, type RoundTemplate, type SessionRecord, type TemplateSection } from './loop-records.ts';
import type { Rating } from './story-drill.ts';

/** The v4 tables as the backup file carries them. */
export interface LoopTables {
  sessions: SessionRecord[];
  loops: LoopRecord[];
  templates: RoundTemplate[];
  plans: PlanRecord[];
}

const SESSION_KINDS = members<SessionRecord['kind']>({ fundamentals: true, design: true, behavioral: true });
const END_REASONS = members<NonNullable<SessionRecord['endReason']>>({ 'time-up': true, 'ended-early': true, finished: true });
const GRADES = members<DepthGrade>({ definition: true, mechanism: true, 'mechanism-example': true });
const STRUCTURE = members<NonNullable<BehavioralItem['structure']>>({ weak: true, ok: true, strong: true } satisfies Record<Rating, true>);
const NUMBER_KEYS = members<keyof Extract<SessionRecord, { kind: 'design' }>['numbers']>({ storage: true, qps: true, latency: true, refresh: true });
const ROUND_KINDS = members<RoundKind>({ 'phone-screen': true, coding: true, 'ml-coding': true, fundamentals: true, design: true, behavioral: true, 'full-loop': true });
const SECTION_KINDS = members<TemplateSection['kind']>({ coding: true, fundamentals: true, design: true, behavioral: true, break: true });
const FAMILIES = members<NonNullable<TemplateSection['family']>>({ algorithm: true, ml: true });
const PLAN_WEEKS = [2, 4, 8] as const;

/** Reads and checks the four v4 arrays of a backup file (absent: empty). */
export function checkLoopTables(raw: Obj): LoopTables {
  const optional = <T>(key: string, check: (v: unknown, path: string) => T): T[] => (raw[key] === undefined ? [] : list(raw, key, check));
  const tables: LoopTables = {
    sessions: optional('sessions', checkSession),
    loops: optional('loops', checkLoop),
    templates: optional('templates', checkTemplate),
    plans: optional('plans', checkPlan),
  };
  for (const key of ['sessions', 'loops', 'templates', 'plans'] as const) unique(tables[key].map((r) => r.id), key, 'id');
  return tables;
}

/** Checks `o[key]` with `check` when it is present. */
function maybe(o: Obj, key: string, path: string, check: (o: Obj, key: string, path: string) => unknown): void {
  if (o[key] !== undefined) check(o, key, path);
}

function checkSession(v: unknown, p: string): SessionRecord {
  const o = obj(v, p);
  id(o, 'id', p);
  const kind = oneOf(o, 'kind', p, SESSION_KINDS);
  num(o, 'startedAt', p);
  num(o, 'durationMs', p);
  maybe(o, 'endedAt', p, num);
  if (o.endReason !== undefined) oneOf(o, 'endReason', p, END_REASONS);
  maybe(o, 'loopId', p, id);
  maybe(o, 'warningsGiven', p, nums);
  if (kind === 'design') checkDesign(o, p);
  else {
    ids(o, 'questionIds', p);
    arr(o, 'items', p).forEach((item, i) => (kind === 'fundamentals' ? checkFundamentalsItem : checkBehavioralItem)(obj(item, `${p}.items[${i}]`), `${p}.items[${i}]`));
  }
  return o as unknown as SessionRecord;
}

function checkFundamentalsItem(o: Obj, p: string): void {
  id(o, 'questionId', p);
  num(o, 'shownAt', p);
  maybe(o, 'answeredAt', p, num);
  text(o, 'answer', p);
  bool(o, 'aloud', p);
  num(o, 'limitMs', p);
  maybe(o, 'overran', p, bool);
  if (o.grade !== undefined) oneOf(o, 'grade', p, GRADES);
  maybe(o, 'deeperShownAt', p, num);
}

function checkBehavioralItem(o: Obj, p: string): void {
  id(o, 'questionId', p);
  maybe(o, 'storyId', p, id);
  num(o, 'shownAt', p);
  maybe(o, 'answeredAt', p, num);
  text(o, 'notes', p);
  if (o.structure !== undefined) oneOf(o, 'structure', p, STRUCTURE);
}

function checkDesign(o: Obj, p: string): void {
  id(o, 'promptId', p);
  text(o, 'promptTitle', p);
  arr(o, 'steps', p).forEach((step, i) => {
    const sp = `${p}.steps[${i}]`;
    const s = obj(step, sp);
    oneOf(s, 'step', sp, DESIGN_STEPS);
    num(s, 'budgetMs', sp);
    maybe(s, 'startedAt', sp, num);
    maybe(s, 'endedAt', sp, num);
    text(s, 'notes', sp);
  });
  const numbers = obj(o.numbers, `${p}.numbers`);
  for (const key of Object.keys(numbers)) {
    if (!(NUMBER_KEYS as readonly string[]).includes(key)) throw new BackupProblem(`${p}.numbers.${key}: expected only ${NUMBER_KEYS.join(', ')}`);
    text(numbers, key, `${p}.numbers`);
  }
}

function checkLoop(v: unknown, p: string): LoopRecord {
  const o = obj(v, p);
  id(o, 'id', p);
  id(o, 'templateId', p);
  num(o, 'startedAt', p);
  maybe(o, 'endedAt', p, num);
  arr(o, 'stages', p).forEach((stage, i) => {
    const sp = `${p}.stages[${i}]`;
    const s = obj(stage, sp);
    oneOf(s, 'kind', sp, SECTION_KINDS);
    num(s, 'minutes', sp);
    maybe(s, 'refId', sp, id);
    maybe(s, 'startedAt', sp, num);
    maybe(s, 'endedAt', sp, num);
  });
  return o as unknown as LoopRecord;
}

function checkTemplate(v: unknown, p: string): RoundTemplate {
  const o = obj(v, p);
  id(o, 'id', p);
  text(o, 'name', p);
  oneOf(o, 'kind', p, ROUND_KINDS);
  num(o, 'minutes', p);
  arr(o, 'sections', p).forEach((section, i) => {
    const sp = `${p}.sections[${i}]`;
    const s = obj(section, sp);
    oneOf(s, 'kind', sp, SECTION_KINDS);
    num(s, 'minutes', sp);
    maybe(s, 'count', sp, num);
    if (s.family !== undefined) oneOf(s, 'family', sp, FAMILIES);
  });
  maybe(o, 'createdAt', p, num);
  maybe(o, 'updatedAt', p, num);
  return o as unknown as RoundTemplate;
}

function checkPlan(v: unknown, p: string): PlanRecord {
  const o = obj(v, p);
  id(o, 'id', p);
  if (!(PLAN_WEEKS as readonly unknown[]).includes(o.weeks)) expected(`${p}.weeks`, '2, 4 or 8', o.weeks);
  for (const k of ['startsOn', 'interviewOn', 'createdAt']) num(o, k, p);
  nums(o, 'doneDays', p);
  if (o.routing !== undefined) {
    const routing = obj(o.routing, `${p}.routing`);
    for (const key of Object.keys(routing)) text(routing, key, `${p}.routing`);
  }
  return o as unknown as PlanRecord;
}
