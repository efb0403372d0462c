// The practice banks (ML fundamentals 250 kB, system design 60 kB, behavioral 12 kB) load on demand:
// a visitor who never opens a practice round never downloads them, and the first visit's precache
// leaves them out (ON_DEMAND in vite.config.ts). The service worker keeps each one the first time it
// loads, so a round used once online works offline afterwards. What the plan page and the setup form
// need without loading a bank (topics, prompt titles) is in virtual:practice-index.
import type * as Behavioral from './behavioral-bank.ts';
import type * as Design from './design-bank.ts';
import type * as Fundamentals from './fundamentals-bank.ts';

export interface PracticeBanks {
  fundamentals: typeof Fundamentals;
  design: typeof Design;
  behavioral: typeof Behavioral;
}
export type BankKind = keyof PracticeBanks;

const BANK_NAMES: Record<BankKind, string> = {
  fundamentals: 'ML fundamentals questions',
  design: 'system design prompts',
  behavioral: 'behavioral questions',
};

/** A bank that could not be loaded: offline before it was ever used on this device, most often. */
export class BankUnavailableError extends Error {
  constructor(kind: BankKind, cause: unknown) {
    super(
      `The ${BANK_NAMES[kind]} are not on this device yet: they download the first time a round needs them. Connect to the internet and try again.`,
      { cause },
    );
    this.name = 'BankUnavailableError';
  }
}

const importers: { [K in BankKind]: () => Promise<PracticeBanks[K]> } = {
  fundamentals: () => import('./fundamentals-bank.ts'),
  design: () => import('./design-bank.ts'),
  behavioral: () => import('./behavioral-bank.ts'),
};

const loaded: Partial<PracticeBanks> = {};
const loading = new Map<BankKind, Promise<unknown>>();

/** The bank if it has loaded in this page already (a round page then renders without waiting). */
export function loadedBank<K extends BankKind>(kind: K): PracticeBanks[K] | undefined {
  return loaded[kind];
}

/**
 * Loads a bank once per page; concurrent callers share the download. A failure is not remembered, so
 * a later call tries again (back online); it rejects with a BankUnavailableError whose message says why.
 */
export function loadBank<K extends BankKind>(kind: K): Promise<PracticeBanks[K]> {
  const done = loaded[kind];
  if (done) return Promise.resolve(done);
  let pending = loading.get(kind) as Promise<PracticeBanks[K]> | undefined;
  if (!pending) {
    pending = importers[kind]().then(
      (bank) => {
        loaded[kind] = bank;
        loading.delete(kind);
        return bank;
      },
      (err: unknown) => {
        loading.delete(kind);
        throw new BankUnavailableError(kind, err);
      },
    );
    loading.set(kind, pending);
  }
  return pending;
}

/** For tests: another importer for a bank (e.g. one that fails as offline would), and nothing loaded. */
export function setBankImporter<K extends BankKind>(kind: K, importer: () => Promise<PracticeBanks[K]>): void {
  (importers as Record<K, () => Promise<PracticeBanks[K]>>)[kind] = importer;
  delete loaded[kind];
  loading.delete(kind);
}
