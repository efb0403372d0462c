// The backup file's records of schema v4: fundamentals / design / behavioral sessions, full loops,
// saved round templates and study plans, as valibot schemas. A fault is the path of the first bad
// field. Files written before these tables existed have no such arrays: read as empty.
import * as v from 'valibot';
import {
  asWritten,
  bool,
  describeFound as describePlain,
  id,
  list,
  members,
  num,
  oneOf,
  parseOrThrow,
  record,
  text,
  unique,
  type Known,
} from './backup-fields.ts';
import {
  DESIGN_STEPS,
  type LoopRecord,
  type PlanRecord,
  type RoundKind,
  type RoundTemplate,
  type SessionRecord,
  type TemplateSection,
} from './loop-records.ts';
import type { Rating } from './story-drill.ts';

const SESSION_END_REASONS = members<NonNullable<SessionRecord['endReason']>>({
  'time-up': true,
  'ended-early': true,
  finished: true,
});
const GRADES = members({ definition: true, mechanism: true, 'mechanism-example': true });
const STRUCTURE = members<Rating>({ weak: true, ok: true, strong: true });
const NUMBER_KEYS = members({ storage: true, qps: true, latency: true, refresh: true });
const ROUND_KINDS = members<RoundKind>({
  'phone-screen': true,
  coding: true,
  'ml-coding': true,
  fundamentals: true,
  design: true,
  behavioral: true,
  'full-loop': true,
});
const SECTION_KINDS = members<TemplateSection['kind']>({
  coding: true,
  fundamentals: true,
  design: true,
  behavioral: true,
  break: true,
});
const FAMILIES = members({ algorithm: true, ml: true });
const SESSION_KINDS = ['fundamentals', 'design', 'behavioral'] as const;

const sessionBase = {
  id,
  kind: oneOf(SESSION_KINDS),
  startedAt: num,
  durationMs: num,
  endedAt: v.optional(num),
  endReason: v.optional(oneOf(SESSION_END_REASONS)),
  loopId: v.optional(id),
  warningsGiven: v.optional(list(num)),
};

const FundamentalsItem = record({
  questionId: id,
  shownAt: num,
  answeredAt: v.optional(num),
  answer: text,
  aloud: bool,
  limitMs: num,
  overran: v.optional(bool),
  grade: v.optional(oneOf(GRADES)),
  deeperShownAt: v.optional(num),
});

const BehavioralItem = record({
  questionId: id,
  storyId: v.optional(id),
  shownAt: num,
  answeredAt: v.optional(num),
  notes: text,
  structure: v.optional(oneOf(STRUCTURE)),
});

const DesignStep = record({
  step: oneOf(DESIGN_STEPS),
  budgetMs: num,
  startedAt: v.optional(num),
  endedAt: v.optional(num),
  notes: text,
});

/** The design figures: only the four kinds, each as the candidate wrote it. */
const DesignNumbers = v.pipe(
  record({}),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const [key, value] of Object.entries(dataset.value)) {
      const path = [{ type: 'object', origin: 'value', input: dataset.value, key, value }] as [v.ObjectPathItem];
      if (!(NUMBER_KEYS as readonly string[]).includes(key))
        return addIssue({ message: `expected only ${NUMBER_KEYS.join(', ')}`, path });
      const issue = v.safeParse(text, value).issues?.[0];
      if (issue) return addIssue({ message: issue.message, path });
    }
  }),
  v.transform((numbers) => numbers as Partial<Record<(typeof NUMBER_KEYS)[number], string>>),
);

/** A session: its kind read first, then the fields of that kind. */
const Session = v.variant(
  'kind',
  [
    record({ ...sessionBase, kind: v.literal('fundamentals'), questionIds: list(id), items: list(FundamentalsItem) }),
    record({
      ...sessionBase,
      kind: v.literal('design'),
      promptId: id,
      promptTitle: text,
      steps: list(DesignStep),
      numbers: DesignNumbers,
    }),
    record({ ...sessionBase, kind: v.literal('behavioral'), questionIds: list(id), items: list(BehavioralItem) }),
  ],
  (issue) => v.safeParse(sessionBase.kind, issue.input).issues?.[0]?.message ?? 'expected a session',
);

const LoopStage = record({
  kind: oneOf(SECTION_KINDS),
  minutes: num,
  count: v.optional(num),
  family: v.optional(oneOf(FAMILIES)),
  refId: v.optional(id),
  startedAt: v.optional(num),
  endedAt: v.optional(num),
});
const Loop = record({
  id,
  templateId: id,
  name: v.optional(text),
  startedAt: num,
  endedAt: v.optional(num),
  stages: list(LoopStage),
});

const Section = record({
  kind: oneOf(SECTION_KINDS),
  minutes: num,
  count: v.optional(num),
  family: v.optional(oneOf(FAMILIES)),
});
const Template = record({
  id,
  name: text,
  kind: oneOf(ROUND_KINDS),
  minutes: num,
  sections: list(Section),
  createdAt: v.optional(num),
  updatedAt: v.optional(num),
});

const Plan = record({
  id,
  weeks: oneOf([2, 4, 8], '2, 4 or 8'),
  startsOn: num,
  interviewOn: num,
  createdAt: num,
  doneDays: list(num),
  routing: v.optional(v.record(v.string(), text, (issue) => `expected an object, found ${describePlain(issue.input)}`)),
});

function table<S extends v.GenericSchema<unknown, { id: string }>>(name: string, item: S) {
  return v.optional(
    v.pipe(
      list(item),
      unique<v.InferOutput<S>>(name, 'id', (r) => r.id),
    ),
    [],
  );
}

/** The four v4 arrays of a backup file (absent: empty), each id once. */
export const LOOP_TABLE_FIELDS = {
  sessions: table('sessions', Session),
  loops: table('loops', Loop),
  templates: table('templates', Template),
  plans: table('plans', Plan),
};

/** The v4 tables as the backup file carries them. */
export interface LoopTables {
  sessions: SessionRecord[];
  loops: LoopRecord[];
  templates: RoundTemplate[];
  plans: PlanRecord[];
}

/** What the schemas above prove, as the app's record types (a compile error if they drift apart). */
export function asLoopTables(t: Known<v.InferOutput<v.ObjectSchema<typeof LOOP_TABLE_FIELDS, undefined>>>): LoopTables {
  return t;
}

/** Reads and checks the four v4 arrays of a backup file (absent: empty); throws the first fault as a BackupProblem. */
export function checkLoopTables(raw: unknown): LoopTables {
  const proved = asLoopTables(parseOrThrow(v.object(LOOP_TABLE_FIELDS), raw));
  const written = raw as Partial<Record<keyof LoopTables, unknown>>;
  return {
    sessions: written.sessions === undefined ? [] : asWritten(proved.sessions, written.sessions),
    loops: written.loops === undefined ? [] : asWritten(proved.loops, written.loops),
    templates: written.templates === undefined ? [] : asWritten(proved.templates, written.templates),
    plans: written.plans === undefined ? [] : asWritten(proved.plans, written.plans),
  };
}
