// Reads of this origin's database from a spec (what the app stored, as the app stored it).
import type { Page } from '@playwright/test';

/** Every row of each named table of the `mockloop` database. */
export async function readTables<T extends string>(page: Page, tables: readonly T[]): Promise<Record<T, unknown[]>> {
  return page.evaluate(
    (names) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('mockloop');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(names, 'readonly');
          const reads = names.map((n) => tx.objectStore(n).getAll());
          tx.oncomplete = () => {
            db.close();
            resolve(Object.fromEntries(names.map((n, i) => [n, reads[i]!.result as unknown[]])));
          };
        };
      }),
    [...tables] as string[],
  ) as Promise<Record<T, unknown[]>>;
}
