// The backup file: its shape, and a validator that checks the whole file before anything is written.
// Pure: record shapes are declared here structurally (the domain never imports storage) and kept
// assignable to and from the storage records, so a backup round-trips through the database as is.
import { arr, BackupProblem, bool, describe, id, ids, isObject, list, members, num, obj, oneOf, text, texts, unique, type Obj } from './backup-fields.ts';
import { checkLoopTables, type LoopTables } from './backup-loop-format.ts';
import type { GapEntry, GapSource, GapStatus } from './gap-entry.ts';
import type { InterruptionMode, InterruptionSettings } from './interruption-scheduler.ts';
import { pairEventProblem } from './pair-event-format.ts';
import type { Rating, StageKind } from './story-drill.ts';
import type { Assists, EndReason, EventType, RunKind, RunSummary, SelfRating, TimelineEvent } from './timeline.ts';

export const BACKUP_APP = 'mockloop';
export const BACKUP_FORMAT_VERSION = 1;
/**
 * The largest file import reads: far above what years of rounds export (each problem's code is
 * capped while typing), and well inside what a browser parses in one piece.
 */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
/** Longest foreign app name quoted back in a refusal. */
const MAX_APP_NAME_CHARS = 40;

export interface BackupRound {
  id: string;
  problemIds: string[];
  startedAt: number;
  durationMs: number;
  assists: Assists;
  interruptions?: InterruptionSettings;
  endedAt?: number;
  endReason?: EndReason;
}

export interface BackupDraft {
  roundId: string;
  problemId: string;
  code: string;
  updatedAt: number;
}

export interface BackupStory {
  id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
}

export interface BackupStoryDrill {
  id: string;
  storyId: string;
  stage: StageKind;
  startedAt: number;
  durationMs: number;
  limitMs: number;
  overrunMs: number;
  probes: { text: string; atMs: number }[];
  structure: Rating | null;
  specificity: Rating | null;
}

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
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; error: string };

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
  if (!isObject(raw)) return { ok: false, error: 'the file is not a Mockloop backup: expected a JSON object' };
  if (raw.app !== BACKUP_APP) {
    const by = typeof raw.app === 'string' && raw.app.trim() !== '' ? `"${raw.app.trim().slice(0, MAX_APP_NAME_CHARS)}"` : 'another app';
    return { ok: false, error: `this file was made by ${by}, not Mockloop` };
  }
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: `formatVersion: expected a whole number from 1, found ${describe(version)}` };
  }
  if (version > BACKUP_FORMAT_VERSION) {
    return { ok: false, error: `this file was made by a newer Mockloop (format ${version}); update the app` };
  }
  try {
    num(raw, 'exportedAt', '');
    const rounds = list(raw, 'rounds', checkRound);
    unique(rounds.map((r) => r.id), 'rounds', 'id');
    const roundIds = new Set(rounds.map((r) => r.id));
    list(raw, 'events', (v, path) => checkEvent(v, path, roundIds));
    const drafts = list(raw, 'drafts', checkDraft);
    unique(drafts.map((d) => `${d.roundId} / ${d.problemId}`), 'drafts', 'problemId');
    unique(list(raw, 'stories', checkStory).map((s) => s.id), 'stories', 'id');
    unique(list(raw, 'storyDrills', checkStoryDrill).map((d) => d.id), 'storyDrills', 'id');
    unique(list(raw, 'gaps', checkGap).map((g) => g.id), 'gaps', 'id');
    return { ok: true, backup: { ...(raw as unknown as Backup), ...checkLoopTables(raw) } };
  } catch (e) {
    if (e instanceof BackupProblem) return { ok: false, error: e.message };
    throw e;
  }
}

/**
 * What makes two events the same for a merge: the whole event as canonical JSON (keys sorted),
 * without the database's auto-increment `seq`.
 */
export function eventIdentity(event: TimelineEvent & { seq?: number }): string {
  const { seq: _seq, ...rest } = event;
  return stableJson(rest);
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : stableJson(x))).join(',')}]`;
  if (isObject(v)) {
    const keys = Object.keys(v).filter((k) => v[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

// ---- Record checks. Each throws a BackupProblem naming the path of the first bad field. ----


const ASSISTS = members<Assists>({ off: true, relaxed: true });
const END_REASONS = members<EndReason>({ 'time-up': true, 'ended-early': true });
const INTERRUPTION_MODES = members<InterruptionMode>({ off: true, fixed: true, random: true });
const RUN_KINDS = members<RunKind>({ run: true, submit: true });
const RUN_STATUSES = members<RunSummary['status']>({ accepted: true, failed: true, error: true, unavailable: true });
const SELF_RATINGS = members<SelfRating>({ clear: true, partial: true, lost: true });
const STAGES = members<StageKind>({ full: true, short: true, interrupted: true });
const RATINGS = members<Rating>({ weak: true, ok: true, strong: true });
const GAP_SOURCES = members<GapSource>({ self: true, partner: true });
const GAP_STATUSES = members<GapStatus>({ open: true, fixed: true });
const GAP_FAMILIES = members<NonNullable<GapEntry['family']>>({ algorithm: true, ml: true });

function pairEvent(o: Obj, p: string): void {
  const problem = pairEventProblem(o);
  if (problem) throw new BackupProblem(`${p}.${problem}`);
}

/** The fields of each event type beyond type, roundId and at. */
const EVENT_BODIES: Record<EventType, (o: Obj, path: string) => void> = {
  'round-started': (o, p) => {
    ids(o, 'problemIds', p);
    num(o, 'durationMs', p);
    oneOf(o, 'assists', p, ASSISTS);
    if (o.interruptions !== undefined) checkInterruptions(o.interruptions, `${p}.interruptions`);
  },
  'code-snapshot': (o, p) => {
    id(o, 'problemId', p);
    text(o, 'code', p);
  },
  run: (o, p) => {
    id(o, 'problemId', p);
    oneOf(o, 'kind', p, RUN_KINDS);
  },
  verdict: (o, p) => {
    id(o, 'problemId', p);
    const s = obj(o.summary, `${p}.summary`);
    oneOf(s, 'kind', `${p}.summary`, RUN_KINDS);
    oneOf(s, 'status', `${p}.summary`, RUN_STATUSES);
    for (const k of ['passed', 'total', 'ms']) num(s, k, `${p}.summary`);
    if (s.followup !== undefined) text(s, 'followup', `${p}.summary`);
    if (s.firstFailure !== undefined) {
      const f = obj(s.firstFailure, `${p}.summary.firstFailure`);
      text(f, 'name', `${p}.summary.firstFailure`);
      text(f, 'status', `${p}.summary.firstFailure`);
    }
  },
  warning: (o, p) => num(o, 'minutesLeft', p),
  'interruption-asked': (o, p) => {
    num(o, 'slot', p);
    id(o, 'questionId', p);
    oneOf(o, 'source', p, ['followup', 'prompt', 'interviewer']);
    text(o, 'question', p);
    id(o, 'problemId', p);
    text(o, 'code', p);
  },
  'interruption-answered': (o, p) => {
    num(o, 'slot', p);
    text(o, 'answer', p);
    bool(o, 'aloud', p);
    if (o.rating !== null) oneOf(o, 'rating', p, SELF_RATINGS);
    num(o, 'latencyMs', p);
  },
  'round-ended': (o, p) => oneOf(o, 'reason', p, END_REASONS),
  // Paired mock: checked in pair-event-format.ts.
  'hint-revealed': pairEvent,
  'time-extended': pairEvent,
  'clock-paused': pairEvent,
  'clock-resumed': pairEvent,
  'partner-feedback': pairEvent,
  'interviewer-typing': (o, p) => bool(o, 'allowed', p),
};
const EVENT_TYPES = Object.keys(EVENT_BODIES) as EventType[];

function checkRound(v: unknown, p: string): BackupRound {
  const o = obj(v, p);
  id(o, 'id', p);
  ids(o, 'problemIds', p);
  num(o, 'startedAt', p);
  num(o, 'durationMs', p);
  oneOf(o, 'assists', p, ASSISTS);
  if (o.interruptions !== undefined) checkInterruptions(o.interruptions, `${p}.interruptions`);
  if (o.endedAt !== undefined) num(o, 'endedAt', p);
  if (o.endReason !== undefined) oneOf(o, 'endReason', p, END_REASONS);
  return o as unknown as BackupRound;
}

function checkInterruptions(v: unknown, p: string): void {
  const o = obj(v, p);
  oneOf(o, 'mode', p, INTERRUPTION_MODES);
  num(o, 'everyMin', p);
  num(o, 'seed', p);
}

function checkEvent(v: unknown, p: string, roundIds: ReadonlySet<string>): void {
  const o = obj(v, p);
  const type = oneOf(o, 'type', p, EVENT_TYPES);
  const roundId = id(o, 'roundId', p);
  if (!roundIds.has(roundId)) throw new BackupProblem(`${p}.roundId: round "${roundId}" is not in this file`);
  num(o, 'at', p);
  EVENT_BODIES[type](o, p);
}

function checkDraft(v: unknown, p: string): BackupDraft {
  const o = obj(v, p);
  id(o, 'roundId', p);
  id(o, 'problemId', p);
  text(o, 'code', p);
  num(o, 'updatedAt', p);
  return o as unknown as BackupDraft;
}

function checkStory(v: unknown, p: string): BackupStory {
  const o = obj(v, p);
  id(o, 'id', p);
  for (const k of ['title', 'situation', 'task', 'action', 'result']) text(o, k, p);
  texts(o, 'tags', p);
  num(o, 'createdAt', p);
  num(o, 'updatedAt', p);
  return o as unknown as BackupStory;
}

function checkStoryDrill(v: unknown, p: string): BackupStoryDrill {
  const o = obj(v, p);
  id(o, 'id', p);
  id(o, 'storyId', p);
  oneOf(o, 'stage', p, STAGES);
  for (const k of ['startedAt', 'durationMs', 'limitMs', 'overrunMs']) num(o, k, p);
  arr(o, 'probes', p).forEach((probe, i) => {
    const q = obj(probe, `${p}.probes[${i}]`);
    text(q, 'text', `${p}.probes[${i}]`);
    num(q, 'atMs', `${p}.probes[${i}]`);
  });
  if (o.structure !== null) oneOf(o, 'structure', p, RATINGS);
  if (o.specificity !== null) oneOf(o, 'specificity', p, RATINGS);
  return o as unknown as BackupStoryDrill;
}

function checkGap(v: unknown, p: string): GapEntry {
  const o = obj(v, p);
  id(o, 'id', p);
  id(o, 'roundId', p);
  if (o.problemId !== null) id(o, 'problemId', p);
  if (o.family !== null) oneOf(o, 'family', p, GAP_FAMILIES);
  texts(o, 'tags', p);
  num(o, 'momentMs', p);
  ids(o, 'categories', p);
  text(o, 'quote', p);
  text(o, 'fix', p);
  oneOf(o, 'source', p, GAP_SOURCES);
  num(o, 'createdAt', p);
  const r = obj(o.redrill, `${p}.redrill`);
  for (const k of ['dueAt', 'intervalDays', 'streak']) num(r, k, `${p}.redrill`);
  arr(r, 'history', `${p}.redrill`).forEach((attempt, i) => {
    const hp = `${p}.redrill.history[${i}]`;
    const a = obj(attempt, hp);
    num(a, 'at', hp);
    bool(a, 'success', hp);
    if (a.roundId !== undefined) id(a, 'roundId', hp);
  });
  oneOf(o, 'status', p, GAP_STATUSES);
  return o as unknown as GapEntry;
}
