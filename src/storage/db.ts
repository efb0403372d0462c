// Mockloop's one IndexedDB database (Dexie). What is stored where:
//   rounds  – one row per round: problems, start, length, conditions, end
//   events  – the append-only timeline of every round (inserts only, so two tabs never overwrite)
//   drafts  – the latest code per round and problem (autosave; survives reloads and closed tabs)
//   stories – the candidate's STAR story inventory (v2)
//   storyDrills – each timed telling of a story: stage, duration, overrun, probes, self-ratings (v2)
//   gaps    – the gap log: diagnosed weak moments with categories, quote, fix and re-drill (v3)
// Schema changes add a new version with an upgrade; earlier versions stay listed below.
import Dexie, { type Table } from 'dexie';
import type { InterruptionSettings } from '../domain/interruption-scheduler.ts';
import type { GapEntry } from '../domain/gap-entry.ts';
import type { Rating, StageKind } from '../domain/story-drill.ts';
import type { Assists, EndReason, TimelineEvent } from '../domain/timeline.ts';

export interface RoundRecord {
  id: string;
  problemIds: string[];
  startedAt: number;
  durationMs: number;
  assists: Assists;
  /** Absent on rounds from before interruption drills: read as off. */
  interruptions?: InterruptionSettings;
  endedAt?: number;
  endReason?: EndReason;
}

export type StoredEvent = TimelineEvent & { seq?: number };

export interface DraftRecord {
  roundId: string;
  problemId: string;
  code: string;
  updatedAt: number;
}

export interface StoryRecord {
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

export interface StoryDrillRecord {
  id: string;
  storyId: string;
  stage: StageKind;
  startedAt: number;
  durationMs: number;
  limitMs: number;
  overrunMs: number;
  /** Probes fired during the telling, with their offset from its start. */
  probes: { text: string; atMs: number }[];
  structure: Rating | null;
  specificity: Rating | null;
}

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
};

export class MockloopDb extends Dexie {
  rounds!: Table<RoundRecord, string>;
  events!: Table<StoredEvent, number>;
  drafts!: Table<DraftRecord, [string, string]>;
  stories!: Table<StoryRecord, string>;
  storyDrills!: Table<StoryDrillRecord, string>;
  gaps!: Table<GapEntry, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const [version, stores] of Object.entries(SCHEMA_VERSIONS)) this.version(Number(version)).stores(stores);
  }
}

let instance: MockloopDb | null = null;

/** The app's database (tests pass their own). */
export function getDb(): MockloopDb {
  return (instance ??= new MockloopDb());
}
