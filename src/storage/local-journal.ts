// localStorage as a last-moment journal: written synchronously when a page is hidden or closed (an
// IndexedDB write started then may never finish), read back on the next open. Every call tolerates
// storage that is blocked or full: the journal is a safety net, never a reason to fail.

function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage blocked: the in-memory database is all there is
  }
}

/** Writes `value` as JSON under `key`; silently skips when localStorage is blocked or full. */
export function writeJournal(key: string, value: unknown): void {
  try {
    store()?.setItem(key, JSON.stringify(value));
  } catch {
    // Quota: the autosave still has everything up to its last write.
  }
}

/** The parsed entry under `key`, or undefined (absent, blocked, or not JSON: a bad entry is removed). */
export function readJournal(key: string): unknown {
  const s = store();
  const raw = s?.getItem(key);
  if (!s || raw == null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    s.removeItem(key);
    return undefined;
  }
}

/** Keys of every entry starting with `prefix`. */
export function journalKeys(prefix: string): string[] {
  const s = store();
  if (!s) return [];
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** Forgets the entry under `key`. */
export function clearJournal(key: string): void {
  store()?.removeItem(key);
}
