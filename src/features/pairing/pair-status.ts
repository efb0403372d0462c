// What each side reads about the connection. Words only; the state comes from pairing/pair-connection.
import type { PairStatus } from '../../pairing/pair-connection.ts';

/** The status line for `role`'s own screen. */
export function statusText(
  status: PairStatus | null,
  partnerPresent: boolean,
  partner: 'interviewer' | 'candidate',
): string {
  switch (status?.kind) {
    case undefined:
    case 'connecting':
      return 'Connecting to the pairing server…';
    case 'connected':
      return partnerPresent
        ? `${partner === 'interviewer' ? 'Interviewer' : 'Candidate'} connected`
        : `Waiting for the ${partner} to join`;
    case 'reconnecting':
      return 'Connection lost: reconnecting… Nothing typed is lost.';
    case 'refused':
      return `Refused by the pairing server: ${status.reason}`;
  }
}
