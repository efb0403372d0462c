// Storage that is blocked (private browsing, site data turned off) or full (quota) must not stop a
// round: the app moves onto an in-memory copy of its database, says so, and export keeps working
// because it reads whichever database is current. Nothing else in the app needs to know.
import { DB_NAME, getDb, MockloopDb, replaceDb } from './db.ts';

export interface StorageProblem {
  kind: 'blocked' | 'full';
  /** The browser's own words, for the curious. */
  detail: string;
}

let problem: StorageProblem | null = null;
let moving: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** The current problem, or null while storage works (stable between changes, for useSyncExternalStore). */
export function storageProblem(): StorageProblem | null {
  return problem;
}

/** Calls `listener` when storage falls back to memory; returns the unsubscribe. */
export function onStorageProblem(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function errorNames(err: unknown): string[] {
  const names: string[] = [];
  for (
    let e = err as { name?: unknown; inner?: unknown } | null, depth = 0;
    e && depth < 5;
    e = e.inner as typeof e, depth++
  ) {
    if (typeof e.name === 'string') names.push(e.name);
  }
  return names;
}

/** Dexie wraps the browser's error (an aborted transaction carries the QuotaExceededError inside). */
export function isQuotaError(err: unknown): boolean {
  return errorNames(err).some((n) => n === 'QuotaExceededError' || n === 'QuotaExceeded');
}

async function memoryDatabase(): Promise<MockloopDb> {
  // Loaded only when needed: a pure-JavaScript IndexedDB that lives in this tab's memory.
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  return new MockloopDb(DB_NAME, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Copies what can still be read from `from` (a full database reads fine) into `to`. */
async function copyInto(from: MockloopDb, to: MockloopDb): Promise<void> {
  for (const table of from.tables) {
    const rows = await table.toArray().catch(() => []);
    if (rows.length > 0) await to.table(table.name).bulkPut(rows);
  }
}

/** Switches the app onto an in-memory database holding everything stored so far. Idempotent. */
export function moveToMemory(kind: StorageProblem['kind'], cause: unknown): Promise<void> {
  moving ??= (async () => {
    const from = getDb();
    const memory = await memoryDatabase();
    if (kind === 'full') await copyInto(from, memory);
    replaceDb(memory);
    from.close();
    problem = { kind, detail: cause instanceof Error ? cause.message : String(cause) };
    for (const listener of listeners) listener();
  })();
  return moving;
}

/** Opens the database at start; if the browser refuses, continues in memory. */
export async function openStorage(): Promise<void> {
  try {
    await getDb().open();
  } catch (err) {
    await moveToMemory('blocked', err);
  }
}

/**
 * Runs a write against the current database. If it fails because storage is full, moves to memory
 * and writes there, so the change is not lost. `current` is how the caller finds its database.
 */
export async function write<T>(op: (db: MockloopDb) => Promise<T>, current: () => MockloopDb = getDb): Promise<T> {
  const db = current();
  try {
    return await op(db);
  } catch (err) {
    if (!isQuotaError(err)) throw err;
    await moveToMemory('full', err);
    if (current() === db) throw err; // already in memory, or the caller's own database
    return op(current());
  }
}
