// A practice bank for a page that needs it (src/data/practice-banks.ts loads them on demand): at
// once if this page loaded it already (starting a round does), else after a short load from the
// service worker's cache or the network. Offline before the bank was ever used on this device, the
// page says so and offers to try again.
import { useCallback, useEffect, useState } from 'react';
import { loadBank, loadedBank, type BankKind, type PracticeBanks } from '../data/practice-banks.ts';

export type BankState<K extends BankKind> =
  | { status: 'ready'; bank: PracticeBanks[K] }
  | { status: 'loading' }
  | { status: 'missing'; message: string; retry: () => void };

/** The bank of `kind` as it loads; `undefined` kind (nothing to show yet) stays loading. */
export function usePracticeBank<K extends BankKind>(kind: K | undefined): BankState<K> {
  const [result, setResult] = useState<{ kind: K; bank?: PracticeBanks[K]; message?: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const ready = kind === undefined ? undefined : loadedBank(kind);
  useEffect(() => {
    if (kind === undefined || loadedBank(kind)) return;
    let live = true;
    loadBank(kind).then(
      (bank) => live && setResult({ kind, bank }),
      (err: unknown) => live && setResult({ kind, message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [kind, attempt]);
  const retry = useCallback(() => {
    setResult(null);
    setAttempt((n) => n + 1);
  }, []);
  if (ready) return { status: 'ready', bank: ready };
  if (!result || result.kind !== kind) return { status: 'loading' };
  if (result.bank) return { status: 'ready', bank: result.bank };
  return { status: 'missing', message: result.message ?? 'The questions could not be loaded.', retry };
}

/** What a page shows in place of content whose bank could not be loaded. */
export function BankMissing({ message, retry }: { message: string; retry: () => void }) {
  return (
    <div role="alert" className="bank-missing">
      <p>{message}</p>
      <button type="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
