// Blocked and full storage: the app moves onto memory with everything stored so far, and says so.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as DbModule from './db.ts';
import type * as HealthModule from './storage-health.ts';

let db: typeof DbModule;
let health: typeof HealthModule;

beforeEach(async () => {
  // Fresh module state (the current database, the problem) for each case.
  vi.resetModules();
  db = await import('./db.ts');
  health = await import('./storage-health.ts');
});

/** An IndexedDB whose writes fail the way a full origin's do once `full` is set. */
function fillable(): { factory: IDBFactory; fill(): void } {
  const factory = new IDBFactory();
  let full = false;
  const open = factory.open.bind(factory);
  factory.open = (...args: Parameters<IDBFactory['open']>) => {
    const request = open(...args);
    request.addEventListener('success', () => {
      const database = request.result;
      const transaction = database.transaction.bind(database);
      database.transaction = ((...targs: Parameters<typeof transaction>) => {
        const tx = transaction(...targs);
        if (full && targs[1] === 'readwrite') {
          const put = tx.objectStore.bind(tx);
          tx.objectStore = (name: string) => {
            const store = put(name);
            const fail = () => {
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            };
            store.put = fail;
            store.add = fail;
            return store;
          };
        }
        return tx;
      }) as typeof database.transaction;
    });
    return request;
  };
  return { factory, fill: () => (full = true) };
}

describe('storage health', () => {
  it('recognises a quota error however Dexie wraps it', () => {
    expect(health.isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(health.isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(health.isQuotaError({ name: 'ConstraintError' })).toBe(false);
    expect(health.isQuotaError(null)).toBe(false);
  });

  it('moves to memory with everything stored so far when a write finds storage full, and keeps the write', async () => {
    const disk = fillable();
    const persistent = new db.MockloopDb(`full-${Math.random()}`, { indexedDB: disk.factory, IDBKeyRange });
    db.replaceDb(persistent);
    await persistent.drafts.put({ roundId: 'r1', problemId: 'two-sum', code: 'before', updatedAt: 1 });
    await persistent.stories.put({
      id: 's1',
      title: 'Outage',
      situation: 's',
      task: 't',
      action: 'a',
      result: 'r',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    });
    const told = vi.fn();
    health.onStorageProblem(told);

    disk.fill();
    await expect(
      persistent.drafts.put({ roundId: 'r1', problemId: 'two-sum', code: 'lost?', updatedAt: 2 }),
    ).rejects.toSatisfy(health.isQuotaError);
    await health.write((d) => d.drafts.put({ roundId: 'r1', problemId: 'two-sum', code: 'after', updatedAt: 2 }));

    expect(health.storageProblem()?.kind).toBe('full');
    expect(told).toHaveBeenCalledTimes(1);
    const memory = db.getDb();
    expect(memory).not.toBe(persistent);
    expect((await memory.drafts.get(['r1', 'two-sum']))?.code).toBe('after');
    expect((await memory.stories.get('s1'))?.title).toBe('Outage');
  });

  it('opens on memory when the browser refuses IndexedDB, and writes and reads work there', async () => {
    const refusing = new IDBFactory();
    refusing.open = () => {
      throw new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      );
    };
    db.replaceDb(new db.MockloopDb('blocked', { indexedDB: refusing, IDBKeyRange }));
    await health.openStorage();
    expect(health.storageProblem()).toMatchObject({ kind: 'blocked' });
    await health.write((d) =>
      d.rounds.put({ id: 'r', problemIds: ['two-sum'], startedAt: 1, durationMs: 60_000, assists: 'off' }),
    );
    expect(await db.getDb().rounds.count()).toBe(1);
  });

  it('passes other errors through without moving', async () => {
    await expect(health.write(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(health.storageProblem()).toBeNull();
  });
});
