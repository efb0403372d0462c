// Mockloop's one IndexedDB database (Dexie). What is stored where:
//   rounds  – one row per round: problems, start, length, conditions, end
//   events  – the append-only timeline of every round (inserts only, so two tabs never overwrite)
//   drafts  – the latest code per round and problem (autosave; survives reloads and closed tabs)
//   stories – the candidate's STAR story inventory (v2)
//   storyDrills – each timed telling of a story: stage, duration, overrun, probes, self-ratings (v2)
//   gaps    – the gap log: diagnosed weak moments with categories, quote, fix and re-drill (v3)
//   sessions – fundamentals, system design and behavioral rounds (v4)
//   loops   – full-loop simulations: their stages and the round/session of each (v4)
//   templates – the user's own round templates (v4)
//   plans   – study plans (v4)
// v5 indexes events by type (statistics read verdicts and runs without the code snapshots, which
// are most of the bytes) and gaps by status and due time (the home page's due re-drills).
//   recordings – think-aloud audio of a round, practice round or story drill: codec, start, length (v7)
//   audioChunks – the recording's bytes in the order MediaRecorder gave them (v7)
//   boardChanges – the whiteboard of a design session, as the changes recorded while drawing
//                  (append-only, like events; the board now is every change folded in order) (v8)
// Schema changes add a new version with an upgrade; earlier versions stay listed below.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { BoardChange } from '../domain/board-scene.ts';
import type { BackupDraft, BackupRound, BackupStory, BackupStoryDrill } from '../domain/backup-format.ts';
import type { GapEntry } from '../domain/gap-entry.ts';
import type { LoopRecord, PlanRecord, RoundTemplate, SessionRecord } from '../domain/loop-records.ts';
import type { TimelineEvent } from '../domain/timeline.ts';
import type { AudioChunkRecord, RecordingRecord } from './audio-records.ts';

// The stored records are exactly the backup file's records (one definition, in the domain).
/** A round: problems, start, length, conditions (interruptions absent on v1 rounds: read as off), end. */
export type RoundRecord = BackupRound;
export type DraftRecord = BackupDraft;
export type StoryRecord = BackupStory;
/** One timed telling of a story, with the probes fired (offset from its start) and self-ratings. */
export type StoryDrillRecord = BackupStoryDrill;

export type StoredEvent = TimelineEvent & { seq?: number };
export type StoredBoardChange = BoardChange & { seq?: number };

export const DB_NAME = 'mockloop';

/** Every schema version, oldest first; each later entry lists only what it changes. */
export const SCHEMA_VERSIONS: Record<number, Record<string, string>> = {
  1: {
    rounds: 'id, startedAt',
    events: '++seq, roundId, [roundId+at]',
    drafts: '[roundId+problemId], roundId',
  },
  2: {
    stories: 'id, updatedAt',
    storyDrills: 'id, storyId, startedAt',
  },
  3: {
    gaps: 'id, roundId, createdAt, status',
  },
  4: {
    sessions: 'id, kind, startedAt, loopId',
    loops: 'id, startedAt',
    templates: 'id, updatedAt',
    plans: 'id, createdAt',
  },
  5: {
    events: '++seq, roundId, [roundId+at], type',
    gaps: 'id, roundId, createdAt, status, [status+redrill.dueAt]',
  },
  7: {
    recordings: 'roundId',
    audioChunks: '[roundId+seq], roundId',
  },
  8: {
    boardChanges: '++seq, sessionId, [sessionId+at]',
  },
};

export class MockloopDb extends Dexie {
  rounds!: Table<RoundRecord, string>;
  events!: Table<StoredEvent, number>;
  drafts!: Table<DraftRecord, [string, string]>;
  stories!: Table<StoryRecord, string>;
  storyDrills!: Table<StoryDrillRecord, string>;
  gaps!: Table<GapEntry, string>;
  sessions!: Table<SessionRecord, string>;
  loops!: Table<LoopRecord, string>;
  templates!: Table<RoundTemplate, string>;
  plans!: Table<PlanRecord, string>;
  recordings!: Table<RecordingRecord, string>;
  audioChunks!: Table<AudioChunkRecord, [string, number]>;
  boardChanges!: Table<StoredBoardChange, number>;

  /** `options` can point Dexie at another IndexedDB implementation (the in-memory fallback). */
  constructor(name: string = DB_NAME, options?: DexieOptions) {
    // No query cache: with it, every live query's result is deep-cloned (half a second for ten
    // thousand gap entries on a loaded machine); live queries still re-run after each write.
    super(name, { cache: 'disabled', ...options });
    for (const [version, stores] of Object.entries(SCHEMA_VERSIONS)) this.version(Number(version)).stores(stores);
  }
}

let instance: MockloopDb | null = null;

/** The app's database (tests pass their own). Callers ask for it at each use: it can be replaced. */
export function getDb(): MockloopDb {
  return (instance ??= new MockloopDb());
}

/** Makes `db` the app's database from now on (storage-health's in-memory fallback). */
export function replaceDb(db: MockloopDb): void {
  instance = db;
}
