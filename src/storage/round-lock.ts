// Which tab edits a round. One tab at a time holds a round (a Web Lock named after it, released by
// the browser when the tab closes or crashes); another tab that opens the same round is told so and
// may take it over. The tab that loses the round writes what it has, then says so on a
// BroadcastChannel, and only then does the new holder read the round: nothing typed in either tab is
// dropped. Without Web Locks (old browsers, Node) every tab holds its rounds, as before.
import { ROUND_EDIT_CHANNEL, ROUND_EDIT_LOCK_PREFIX } from './storage-keys.ts';

const LOCK_PREFIX = ROUND_EDIT_LOCK_PREFIX;
const CHANNEL = ROUND_EDIT_CHANNEL;
/** How long a tab taking a round over waits for the old holder's last write before reading anyway. */
export const HANDOVER_TIMEOUT_MS = 2_000;

export interface RoundHold {
  /** Gives the round up (another round opened, or the page left it); resolves once it is free. */
  release(): Promise<void>;
}

interface HandoverMessage {
  type: 'released';
  roundId: string;
}

function locks(): LockManager | null {
  return globalThis.navigator?.locks ?? null;
}

function channel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
}

/**
 * Holds `roundId` for this tab. Without `steal`, resolves to null when another tab holds it; with
 * `steal`, takes it from that tab (whose `onLost` then runs). `onLost` runs once, when another tab
 * takes the round; it should save what this tab has, then call `announceReleased`.
 */
export function holdRound(
  roundId: string,
  { steal, onLost }: { steal: boolean; onLost: () => void },
): Promise<RoundHold | null> {
  const manager = locks();
  if (!manager) return Promise.resolve({ release: async () => {} });
  return new Promise((resolve, reject) => {
    let letGo = () => {};
    const held = new Promise<void>((r) => (letGo = r));
    let granted = false;
    const request = manager
      .request(`${LOCK_PREFIX}${roundId}`, steal ? { steal: true } : { ifAvailable: true }, async (lock) => {
        if (!lock) return resolve(null);
        granted = true;
        resolve({
          release: async () => {
            letGo();
            await request;
          },
        });
        await held;
      })
      .catch((err: unknown) => {
        // A stolen lock rejects its request with AbortError; anything else failed to take it at all.
        if (granted) onLost();
        else reject(err instanceof Error ? err : new Error(String(err)));
      });
  });
}

/** Tells the tab taking `roundId` over that this tab's last write has landed. */
export function announceReleased(roundId: string): void {
  const c = channel();
  if (!c) return;
  c.postMessage({ type: 'released', roundId } satisfies HandoverMessage);
  c.close();
}

/**
 * Resolves when the tab that held `roundId` says its last write landed, or after `timeoutMs` (that
 * tab may have crashed, and then it has nothing more to write). Start listening before stealing.
 */
export function awaitHandover(roundId: string, timeoutMs = HANDOVER_TIMEOUT_MS): Promise<void> {
  const c = channel();
  if (!c) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      c.close();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    c.onmessage = (e: MessageEvent<unknown>) => {
      const m = e.data as Partial<HandoverMessage> | null;
      if (m?.type === 'released' && m.roundId === roundId) done();
    };
  });
}

/**
 * Takes `roundId` for this tab whoever holds it: at once when it is free, otherwise from the tab
 * holding it, after that tab's last write has landed (or the handover timed out).
 */
export async function takeRound(
  roundId: string,
  onLost: () => void,
  timeoutMs = HANDOVER_TIMEOUT_MS,
): Promise<RoundHold> {
  const free = await holdRound(roundId, { steal: false, onLost });
  if (free) return free;
  const handover = awaitHandover(roundId, timeoutMs);
  const hold = await holdRound(roundId, { steal: true, onLost });
  await handover;
  return hold ?? { release: async () => {} };
}
