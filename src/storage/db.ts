// Mockloop's one IndexedDB database (Dexie). What is stored where:
//   rounds  – one row per round: problems, start, length, conditions, end
//   events  – the append-only timeline of every round (inserts only, so two tabs never overwrite)
//   drafts  – the latest code per round and problem (autosave; survives reloads and closed tabs)
// Schema changes add a new version with an upgrade; earlier versions stay listed below.
import Dexie, { type Table } from 'dexie';
import type { InterruptionSettings } from '../domain/interruption-scheduler.ts';
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

export const DB_NAME = 'mockloop';

export class MockloopDb extends Dexie {
  rounds!: Table<RoundRecord, string>;
  events!: Table<StoredEvent, number>;
  drafts!: Table<DraftRecord, [string, string]>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      rounds: 'id, startedAt',
      events: '++seq, roundId, [roundId+at]',
      drafts: '[roundId+problemId], roundId',
    });
  }
}

let instance: MockloopDb | null = null;

/** The app's database (tests pass their own). */
export function getDb(): MockloopDb {
  return (instance ??= new MockloopDb());
}
