// A large read kept current without a live query. Dexie's live queries track every primary key a
// query returns, so re-running on exactly the right changes costs a range tree of ten thousand keys
// on each read; a page that reads a whole history instead re-reads when one of its tables changes
// (in this tab or another: Dexie relays the change), which is rare while it is open.
import Dexie from 'dexie';
import { useEffect, useState } from 'react';
import { DB_NAME } from '../storage/db.ts';

/** The value of `read()`, read again after any write to `tables`; `initial` until the first read lands. */
export function useTableRead<T>(tables: readonly string[], read: () => Promise<T>, initial: T): T {
  const [value, setValue] = useState(initial);
  const key = tables.join(',');
  useEffect(() => {
    let live = true;
    let latest = 0;
    const run = () => {
      const mine = ++latest;
      read().then(
        (v) => {
          if (live && mine === latest) setValue(v);
        },
        () => {}, // a failed read leaves the last value; the storage banner says why
      );
    };
    const prefixes = key.split(',').map((t) => `idb://${DB_NAME}/${t}/`);
    const onChange = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) run();
    };
    run();
    Dexie.on('storagemutated', onChange);
    return () => {
      live = false;
      Dexie.on.storagemutated.unsubscribe(onChange);
    };
    // `read` is a fresh closure each render: the tables name what it depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return value;
}
