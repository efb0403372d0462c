// Who may enter a paired mock: the upgrade request's parse, the admission rule, and the refusals
// the app shows for them.
//
// The code never needs to be registered: the room id is SHA-256(code) (src/domain/pair-code.ts), so
// the server checks a code by hashing it, and only a candidate who proves the code opens a room.
// The candidate's seat is bound to the peer id of the browser that opened the room: a reload of
// that browser takes it back, nobody else can sit in it.
import { isRoomId, normalizePairCode, roomIdFor } from '../../src/domain/pair-code.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import {
  CLOSE_BAD_REQUEST,
  CLOSE_NO_SUCH_ROOM,
  CLOSE_RATE_LIMITED,
  CLOSE_ROOM_FULL,
  CLOSE_WRONG_CODE,
  type Role,
} from './protocol.ts';

const ROLES = ['candidate', 'interviewer'] as const;
const PEER_ID = /^[0-9a-f]{16,64}$/;
const NOT_PAIRING = 'Not a Mockloop pairing request.';

export type Refused = { ok: false; code: number; reason: string };
export type Request = { ok: true; roomId: string; peerId: string; role: Role };
export type Admission = Request | Refused;

interface RoomView {
  candidateKey: string;
  peerWith(role: Role): { peerId: string } | undefined;
}

/** The request target's parts, or null when it is not a URL at all. */
function parseTarget(target: string, maxChars: number): URL | null {
  if (target.length > maxChars) return null;
  try {
    return new URL(target, 'http://pair.invalid');
  } catch {
    return null;
  }
}

export const NO_SUCH_ROOM: Refused = {
  ok: false,
  code: CLOSE_NO_SUCH_ROOM,
  reason: 'No mock with this code is running on this server. Check the code, or ask the candidate to start the round.',
};
export const seatTaken = (role: Role): Refused => ({
  ok: false,
  code: CLOSE_ROOM_FULL,
  reason: `This mock already has ${role === 'candidate' ? 'a candidate' : 'an interviewer'}.`,
});
export const TOO_MANY_NEW: Refused = {
  ok: false,
  code: CLOSE_RATE_LIMITED,
  reason: 'Too many new mocks from this address: wait a minute.',
};

/** What an upgrade asks for: a room id with its code, a peer id and a role (nothing about the room yet). */
export function parseRequest(target: string, maxTargetChars = DEFAULT_LIMITS.maxTargetChars): Admission {
  const parsed = parseTarget(target, maxTargetChars);
  if (!parsed) return { ok: false, code: CLOSE_BAD_REQUEST, reason: NOT_PAIRING };
  const roomId = parsed.pathname.slice(1);
  const code = normalizePairCode(parsed.searchParams.get('code') ?? '');
  const peerId = parsed.searchParams.get('peer') ?? '';
  const role = parsed.searchParams.get('role');
  if (!isRoomId(roomId) || !PEER_ID.test(peerId) || !ROLES.includes(role as Role))
    return { ok: false, code: CLOSE_BAD_REQUEST, reason: NOT_PAIRING };
  if (!code || roomIdFor(code) !== roomId)
    return { ok: false, code: CLOSE_WRONG_CODE, reason: 'Wrong or missing code for this mock.' };
  return { ok: true, roomId, peerId, role: role as Role };
}

/**
 * Who may enter: a room id with its code, a peer id and a role; an interviewer only into a room a
 * candidate opened; a candidate only with the room's seat key; at most one live peer per role.
 */
export function admit(
  target: string,
  rooms: { get(roomId: string): RoomView | undefined },
  maxTargetChars = DEFAULT_LIMITS.maxTargetChars,
): Admission {
  const request = parseRequest(target, maxTargetChars);
  if (!request.ok) return request;
  const { roomId, peerId, role } = request;
  const room = rooms.get(roomId);
  // Only a candidate opens a room: an interviewer with a mistyped code is told, not left waiting.
  if (!room) return role === 'interviewer' ? NO_SUCH_ROOM : request;
  if (role === 'candidate' && room.candidateKey !== peerId) return seatTaken('candidate');
  const seated = room.peerWith(role);
  if (seated && seated.peerId !== peerId) return seatTaken(role);
  return request;
}
