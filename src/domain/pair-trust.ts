// How far the candidate's app trusts the interviewer's browser. The interviewer's requests go
// through here before the round store applies them: a rate limit, one scorecard (the latest), a
// partner invitation only to the server this round already uses, and no typing in the candidate's
// code unless the candidate allowed it. Pure: time comes in as an argument.
import type { JoinDetails } from './pair-code.ts';
import type { PairRequest } from './pair-protocol.ts';
import type { TimelineEvent } from './timeline.ts';

/** Requests applied at once, and how many more per minute after that. */
export const REQUEST_BURST = 20;
export const REQUESTS_PER_MINUTE = 20;
/** The largest paste into a paired round's editor (the server refuses messages past 2 MiB). */
export const MAX_PASTE_CHARS = 100_000;
/** The most code one problem may hold in a paired round. */
export const MAX_PAIRED_CODE_CHARS = 200_000;

/** The candidate's latest choice of `type` in the timeline (off until they make one). */
function latestChoice(events: readonly TimelineEvent[], type: 'interviewer-typing' | 'interviewer-drawing'): boolean {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === type) return e.allowed;
  }
  return false;
}

/** Whether the candidate has let the interviewer type in the shared code. */
export const interviewerMayType = (events: readonly TimelineEvent[]) => latestChoice(events, 'interviewer-typing');

/** Whether the candidate has let the interviewer draw on the whiteboard. */
export const interviewerMayDraw = (events: readonly TimelineEvent[]) => latestChoice(events, 'interviewer-drawing');

/** The partner's invitation, only when it is on the server this round already uses. */
export function acceptInvitation(next: JoinDetails | null, serverUrl: string): JoinDetails | null {
  return next && next.serverUrl === serverUrl ? next : null;
}

/**
 * Which of the interviewer's requests to apply now. Each id is decided once: within the rate
 * limit it is applied, past it it is dropped for this session. Of several scorecards only the
 * latest (by sent time, then id) is ever applied, so an older one never replaces a newer one.
 */
export class RequestGate {
  private tokens = REQUEST_BURST;
  private last: number;
  private readonly decided = new Set<string>();

  constructor(now: number) {
    this.last = now;
  }

  admit(requests: Iterable<[string, PairRequest]>, now: number): [string, PairRequest][] {
    this.tokens = Math.min(REQUEST_BURST, this.tokens + ((now - this.last) / 60_000) * REQUESTS_PER_MINUTE);
    this.last = now;
    const all = [...requests];
    const feedback = all
      .filter(([, r]) => r.type === 'feedback')
      .sort(([a, x], [b, y]) => y.sentAt - x.sentAt || (a < b ? 1 : -1));
    const latestFeedback = feedback[0]?.[0];
    const out: [string, PairRequest][] = [];
    for (const [id, request] of all) {
      if (this.decided.has(id)) continue;
      if (request.type === 'feedback' && id !== latestFeedback) {
        this.decided.add(id);
        continue;
      }
      this.decided.add(id);
      if (this.tokens < 1) continue;
      this.tokens -= 1;
      out.push([id, request]);
    }
    return out;
  }
}

/** The one edit (at `index`, delete `remove` characters, insert `insert`) that turns `from` into `to`. */
export function editBetween(from: string, to: string): { index: number; remove: number; insert: string } {
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let endFrom = from.length;
  let endTo = to.length;
  while (endFrom > start && endTo > start && from[endFrom - 1] === to[endTo - 1]) {
    endFrom--;
    endTo--;
  }
  return { index: start, remove: endFrom - start, insert: to.slice(start, endTo) };
}

/** Why a paste must be refused (too large for a paired round), or null when it may go in. */
export function pasteProblem(pasted: number, codeLength: number): string | null {
  if (pasted > MAX_PASTE_CHARS) {
    return `Paste refused: ${pasted.toLocaleString('en')} characters is more than a paired round takes at once (${MAX_PASTE_CHARS.toLocaleString('en')}). Paste it in smaller parts.`;
  }
  if (codeLength + pasted > MAX_PAIRED_CODE_CHARS) {
    return `Paste refused: the code would pass ${MAX_PAIRED_CODE_CHARS.toLocaleString('en')} characters, the most a paired round shares.`;
  }
  return null;
}
