// The backup file: its records as valibot schemas (types inferred), checked whole before anything is
// written. Pure: record shapes are declared here (the domain never imports storage) and are the
// storage records' types, so a backup round-trips through the database as is.
import * as v from 'valibot';
import {
  asWritten,
  BackupProblem,
  bool,
  describeFound,
  id,
  list,
  members,
  num,
  oneOf,
  record,
  refusal,
  text,
  unique,
  type Known,
} from './backup-fields.ts';
import { checkBackupAudio, type AudioSkip, type CheckedRecording } from './backup-audio.ts';
import { boardOwners, checkBackupBoards, type BoardSkip } from './backup-boards.ts';
import { asLoopTables, LOOP_TABLE_FIELDS, type LoopTables } from './backup-loop-format.ts';
import type { BoardChange } from './board-scene.ts';
import type { GapEntry, GapSource, GapStatus } from './gap-entry.ts';
import { isRecord } from './schema-issues.ts';
import type { Rating, StageKind } from './story-drill.ts';
import type { TimelineEvent } from './timeline.ts';
import { ASSISTS, END_REASONS, InterruptionsSchema, asEvents, eventSchema } from './timeline-schema.ts';

const LOOP_TABLES: (keyof LoopTables)[] = ['sessions', 'loops', 'templates', 'plans'];

export const BACKUP_APP = 'mockloop';
export const BACKUP_FORMAT_VERSION = 1;
/**
 * The largest file import reads: far above what years of rounds export (each problem's code is
 * capped while typing), and well inside what a browser parses in one piece.
 */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
/** Longest foreign app name quoted back in a refusal. */
const MAX_APP_NAME_CHARS = 40;

/**
 * Everything in the database at `exportedAt`. Events carry no `seq`: it is reassigned on import.
 * The v4 tables (sessions, loops, templates, plans) are empty after reading an older file.
 */
export interface Backup extends LoopTables {
  app: typeof BACKUP_APP;
  formatVersion: number;
  exportedAt: number;
  rounds: BackupRound[];
  events: TimelineEvent[];
  drafts: BackupDraft[];
  stories: BackupStory[];
  storyDrills: BackupStoryDrill[];
  gaps: GapEntry[];
  /** Whiteboards: every recorded change of every board (absent from files before boards; backup-boards.ts). */
  boardChanges?: BoardChange[];
  /** Think-aloud recordings, when the export included them (checked and decoded: backup-audio.ts). */
  audio?: CheckedRecording[];
}

/** `boardsSkipped`: boards left out of an otherwise sound file (backup-boards.ts), when there are any. */
/** `audioSkipped`: recordings left out (backup-audio.ts): bad audio never costs the rest of the file. */
export type BackupCheck =
  { ok: true; backup: Backup; boardsSkipped?: BoardSkip[]; audioSkipped?: AudioSkip[] } | { ok: false; error: string };

/** A refusal for a file over the size limit (or empty), or null when its size is acceptable. */
export function checkBackupSize(bytes: number): string | null {
  if (!Number.isFinite(bytes) || bytes <= 0) return 'the file is empty';
  if (bytes > MAX_BACKUP_BYTES) {
    const mb = (bytes / (1024 * 1024)).toFixed(1);
    return `the file is ${mb} MB; backups larger than ${MAX_BACKUP_BYTES / (1024 * 1024)} MB are refused`;
  }
  return null;
}

/** Parses and validates the text of a backup file. */
export function parseBackupText(text: string): BackupCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the file is not valid JSON (it may be truncated)' };
  }
  return validateBackup(raw);
}

/**
 * Checks every record of a parsed backup file. The first problem found is returned, named by its
 * path (`rounds[3].startedAt: expected a number`), so nothing is imported from a damaged file.
 * Fields the validator does not know are kept as they are.
 */
export function validateBackup(raw: unknown): BackupCheck {
  if (!isRecord(raw)) return { ok: false, error: 'the file is not a Mockloop backup: expected a JSON object' };
  if (raw.app !== BACKUP_APP) {
    const by =
      typeof raw.app === 'string' && raw.app.trim() !== ''
        ? `"${raw.app.trim().slice(0, MAX_APP_NAME_CHARS)}"`
        : 'another app';
    return { ok: false, error: `this file was made by ${by}, not Mockloop` };
  }
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: `formatVersion: expected a whole number from 1, found ${describeFound(version)}` };
  }
  if (version > BACKUP_FORMAT_VERSION) {
    return { ok: false, error: `this file was made by a newer Mockloop (format ${version}); update the app` };
  }
  const parsed = v.safeParse(backupSchema(), raw, { abortEarly: true });
  if (!parsed.success) return { ok: false, error: refusal(parsed.issues[0]) };
  const { sessions, loops, templates, plans, events, ...rest } = parsed.output;
  const proved: Backup = { ...rest, events: asEvents(events), ...asLoopTables({ sessions, loops, templates, plans }) };
  const written = raw as Partial<Record<keyof LoopTables, unknown>>;
  let boards;
  try {
    boards = checkBackupBoards(
      raw.boardChanges,
      boardOwners(
        proved.sessions.map((s) => s.id),
        proved.rounds.map((r) => r.id),
      ),
    );
  } catch (err) {
    if (err instanceof BackupProblem) return { ok: false, error: err.message };
    throw err;
  }
  const audio = checkBackupAudio(raw.audio);
  // Tables from before schema v4 are absent from older files: read as empty.
  return {
    ok: true,
    backup: {
      ...asWritten(proved, raw),
      ...Object.fromEntries(LOOP_TABLES.filter((k) => written[k] === undefined).map((k) => [k, []])),
      ...(raw.boardChanges === undefined ? {} : { boardChanges: boards.changes }),
      ...(raw.audio === undefined ? {} : { audio: audio.recordings }),
    },
    ...(boards.skipped.length > 0 ? { boardsSkipped: boards.skipped } : {}),
    ...(audio.skipped.length > 0 ? { audioSkipped: audio.skipped } : {}),
  };
}

/**
 * What makes two events the same for a merge: the whole event as canonical JSON (keys sorted),
 * without the database's auto-increment `seq`.
 */
export function eventIdentity(event: TimelineEvent & { seq?: number }): string {
  const { seq: _seq, ...rest } = event;
  return stableJson(rest);
}

/** `v` as JSON with object keys sorted (undefined fields left out): equal values, equal text. */
export function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : stableJson(x))).join(',')}]`;
  if (isRecord(v)) {
    const keys = Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

// ---- Record schemas. A file is refused at its first bad field, named by its path. ----

const STAGES = members<StageKind>({ full: true, short: true, interrupted: true });
const RATINGS = members<Rating>({ weak: true, ok: true, strong: true });
const GAP_SOURCES = members<GapSource>({ self: true, partner: true });
const GAP_STATUSES = members<GapStatus>({ open: true, fixed: true });
const GAP_FAMILIES = members<NonNullable<GapEntry['family']>>({ algorithm: true, ml: true });

const Round = record({
  id,
  problemIds: list(id),
  startedAt: num,
  durationMs: num,
  assists: oneOf(ASSISTS),
  interruptions: v.optional(InterruptionsSchema),
  endedAt: v.optional(num),
  endReason: v.optional(oneOf(END_REASONS)),
});
export type BackupRound = Known<v.InferOutput<typeof Round>>;

const Draft = record({ roundId: id, problemId: id, code: text, updatedAt: num });
export type BackupDraft = Known<v.InferOutput<typeof Draft>>;

const Story = record({
  id,
  title: text,
  situation: text,
  task: text,
  action: text,
  result: text,
  tags: list(text),
  createdAt: num,
  updatedAt: num,
});
export type BackupStory = Known<v.InferOutput<typeof Story>>;

const StoryDrill = record({
  id,
  storyId: id,
  stage: oneOf(STAGES),
  startedAt: num,
  durationMs: num,
  limitMs: num,
  overrunMs: num,
  probes: list(record({ text, atMs: num })),
  structure: v.nullable(oneOf(RATINGS)),
  specificity: v.nullable(oneOf(RATINGS)),
});
export type BackupStoryDrill = Known<v.InferOutput<typeof StoryDrill>>;

const Gap = record({
  id,
  roundId: id,
  problemId: v.nullable(id),
  family: v.nullable(oneOf(GAP_FAMILIES)),
  tags: list(text),
  momentMs: num,
  categories: list(id),
  quote: text,
  fix: text,
  source: oneOf(GAP_SOURCES),
  createdAt: num,
  redrill: record({
    dueAt: num,
    intervalDays: num,
    streak: num,
    history: list(record({ at: num, success: bool, roundId: v.optional(id) })),
  }),
  status: oneOf(GAP_STATUSES),
});

/** The whole file after its app and version: each list in order, ids once, events on rounds in the file. */
function backupSchema() {
  const roundIds = new Set<string>();
  return v.looseObject(
    {
      app: v.literal(BACKUP_APP),
      formatVersion: num,
      exportedAt: num,
      rounds: v.pipe(
        list(Round),
        unique<BackupRound>('rounds', 'id', (r) => r.id),
        v.transform((rounds) => (rounds.forEach((r) => roundIds.add(r.id)), rounds)),
      ),
      events: list(eventSchema(roundIds)),
      drafts: v.pipe(
        list(Draft),
        unique<BackupDraft>('drafts', 'problemId', (d) => `${d.roundId} / ${d.problemId}`),
      ),
      stories: v.pipe(
        list(Story),
        unique<BackupStory>('stories', 'id', (s) => s.id),
      ),
      storyDrills: v.pipe(
        list(StoryDrill),
        unique<BackupStoryDrill>('storyDrills', 'id', (d) => d.id),
      ),
      gaps: v.pipe(
        list(Gap),
        unique<v.InferOutput<typeof Gap>>('gaps', 'id', (g) => g.id),
      ),
      ...LOOP_TABLE_FIELDS,
    },
    (issue) => {
      const key = issue.path?.at(-1)?.key;
      return key === 'exportedAt' ? `expected a number, found nothing` : `expected an array, found nothing`;
    },
  );
}
