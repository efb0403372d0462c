// Export and import of the whole database as one backup file. Import merges: it never deletes or
// overwrites a record already present (except an older draft), and importing a file twice adds
// nothing the second time. Validate the file (validateBackup) before calling importBackup.
import type { Table } from 'dexie';
import type { AudioSkip, BackupRecording } from '../domain/backup-audio.ts';
import { BACKUP_APP, BACKUP_FORMAT_VERSION, eventIdentity, type Backup } from '../domain/backup-format.ts';
import type { TimelineEvent } from '../domain/timeline.ts';
import { exportAudio, mergeAudio } from './audio-backup.ts';
import { mergeBoardChanges } from './backup-boards.ts';
import { allBoardChanges } from './boards-repo.ts';
import type { MockloopDb, StoredEvent } from './db.ts';

export type BackupTable =
  | 'rounds'
  | 'events'
  | 'drafts'
  | 'stories'
  | 'storyDrills'
  | 'gaps'
  | 'sessions'
  | 'loops'
  | 'templates'
  | 'plans'
  | 'boardChanges';

export interface ImportResult {
  /** Records written, per table (a draft newer than the one present counts as added). */
  added: Record<BackupTable, number>;
  /** Records already present, per table, left as they were. */
  skipped: Record<BackupTable, number>;
  /** Think-aloud recordings added, already present here, and left out for want of their round (files with audio). */
  audio?: { added: number; present: number; orphaned: AudioSkip[] };
}

/** A backup as written to a file: its audio (when included) as base64 chunks. */
export type BackupFile = Omit<Backup, 'audio'> & { audio?: BackupRecording[] };

function allTables(db: MockloopDb) {
  return [
    db.rounds,
    db.events,
    db.drafts,
    db.stories,
    db.storyDrills,
    db.gaps,
    db.sessions,
    db.loops,
    db.templates,
    db.plans,
    db.boardChanges,
    db.recordings,
    db.audioChunks,
  ];
}

function withoutSeq({ seq: _seq, ...event }: StoredEvent): TimelineEvent {
  return event as TimelineEvent;
}

/**
 * Everything in every table, read in one transaction so the file is a consistent snapshot. The
 * think-aloud audio only with `audio: true` (it can be most of the file).
 */
export async function exportBackup(db: MockloopDb, now: number): Promise<Omit<Backup, 'audio'>>;
export async function exportBackup(db: MockloopDb, now: number, options: { audio: boolean }): Promise<BackupFile>;
export async function exportBackup(
  db: MockloopDb,
  now: number,
  options: { audio?: boolean } = {},
): Promise<BackupFile> {
  return db.transaction('r', allTables(db), async () => ({
    app: BACKUP_APP,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: now,
    rounds: await db.rounds.toArray(),
    // In seq order, which is insertion order, so a restore appends them in the same order.
    events: (await db.events.toArray()).map(withoutSeq),
    drafts: await db.drafts.toArray(),
    stories: await db.stories.toArray(),
    storyDrills: await db.storyDrills.toArray(),
    gaps: await db.gaps.toArray(),
    sessions: await db.sessions.toArray(),
    loops: await db.loops.toArray(),
    templates: await db.templates.toArray(),
    plans: await db.plans.toArray(),
    boardChanges: await allBoardChanges(db),
    ...(options.audio ? { audio: await exportAudio(db) } : {}),
  }));
}

/**
 * Merges a validated backup into the database in one transaction: all of it or none of it.
 * Rounds, stories, drills, gaps, sessions, loops, templates and plans are matched by id (a present id is kept as is); drafts by round
 * and problem (the newer `updatedAt` wins); events by their content without `seq`, counted as a
 * multiset so identical events in the file are all restored, but never twice.
 */
export async function importBackup(db: MockloopDb, backup: Backup): Promise<ImportResult> {
  const added: Record<BackupTable, number> = {
    rounds: 0,
    events: 0,
    drafts: 0,
    stories: 0,
    storyDrills: 0,
    gaps: 0,
    sessions: 0,
    loops: 0,
    templates: 0,
    plans: 0,
    boardChanges: 0,
  };
  const skipped = { ...added };
  let audio: ImportResult['audio'];

  async function mergeById<T extends { id: string }>(
    name: Exclude<BackupTable, 'events' | 'drafts' | 'boardChanges'>,
    table: Table<T, string>,
    rows: readonly T[],
  ) {
    const present = new Set((await table.bulkGet(rows.map((r) => r.id))).flatMap((r) => (r ? [r.id] : [])));
    const fresh: T[] = [];
    for (const row of rows) {
      if (present.has(row.id)) continue;
      present.add(row.id);
      fresh.push(row);
    }
    await table.bulkAdd(fresh);
    added[name] += fresh.length;
    skipped[name] += rows.length - fresh.length;
  }

  await db.transaction('rw', allTables(db), async () => {
    await mergeById('rounds', db.rounds, backup.rounds);
    await mergeById('stories', db.stories, backup.stories);
    await mergeById('storyDrills', db.storyDrills, backup.storyDrills);
    await mergeById('gaps', db.gaps, backup.gaps);
    await mergeById('sessions', db.sessions, backup.sessions);
    await mergeById('loops', db.loops, backup.loops);
    await mergeById('templates', db.templates, backup.templates);
    await mergeById('plans', db.plans, backup.plans);

    const present = await db.drafts.bulkGet(backup.drafts.map((d) => [d.roundId, d.problemId] as [string, string]));
    const newest = new Map<string, (typeof backup.drafts)[number]>();
    backup.drafts.forEach((d, i) => {
      const key = JSON.stringify([d.roundId, d.problemId]);
      const best = newest.get(key) ?? present[i];
      if (best && best.updatedAt >= d.updatedAt) skipped.drafts++;
      else newest.set(key, d);
    });
    await db.drafts.bulkPut([...newest.values()]);
    added.drafts += newest.size;

    const roundIds = [...new Set(backup.events.map((e) => e.roundId))];
    const unmatched = new Map<string, number>();
    for (const e of await db.events.where('roundId').anyOf(roundIds).toArray()) {
      const key = eventIdentity(e);
      unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
    }
    const fresh: TimelineEvent[] = [];
    for (const e of backup.events) {
      const key = eventIdentity(e);
      const left = unmatched.get(key) ?? 0;
      if (left > 0) unmatched.set(key, left - 1);
      else fresh.push(withoutSeq(e));
    }
    await db.events.bulkAdd(fresh);
    added.events += fresh.length;
    skipped.events += backup.events.length - fresh.length;

    const boards = await mergeBoardChanges(db, backup.boardChanges ?? []);
    added.boardChanges += boards.added;
    skipped.boardChanges += boards.skipped;

    // After the rounds: a recording imports when its round is in the file or already here.
    if (backup.audio) audio = await mergeAudio(db, backup.audio);
  });
  return { added, skipped, ...(audio ? { audio } : {}) };
}

/**
 * The backup as a file, written record by record: a long history never becomes one giant string
 * (the same JSON as `JSON.stringify(backup)`, one record a line).
 */
export function backupBlob(backup: BackupFile): Blob {
  const parts: string[] = ['{'];
  const entries = Object.entries(backup);
  entries.forEach(([key, value], i) => {
    parts.push(`${JSON.stringify(key)}:`);
    if (Array.isArray(value)) {
      parts.push('[');
      value.forEach((record: unknown, j) => parts.push(`${j > 0 ? ',' : ''}\n${JSON.stringify(record)}`));
      parts.push('\n]');
    } else {
      parts.push(JSON.stringify(value));
    }
    if (i < entries.length - 1) parts.push(',\n');
  });
  parts.push('}\n');
  return new Blob(parts, { type: 'application/json' });
}

/** The suggested file name, dated by the local calendar day: `mockloop-backup-2026-11-22.json`. */
export function backupFileName(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `mockloop-backup-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}
