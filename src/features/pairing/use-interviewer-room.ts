// The interviewer's view of the shared document: round info, timeline and requests, each parsed
// (a malformed value from the candidate's browser is dropped, never shown), plus sending requests.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { JoinDetails } from '../../domain/pair-code.ts';
import {
  INFO_KEY,
  isRequestId,
  parsePairInfo,
  parsePairRequest,
  readMirroredTimeline,
  REQUESTS_MAP,
  ROUND_MAP,
  TIMELINE_MAP,
  type MirroredEvent,
  type PairInfo,
  type PairRequest,
  type PairRequestBody,
} from '../../domain/pair-protocol.ts';
import { interviewerBoard, type BoardLink } from '../../pairing/board-sync.ts';
import { openPairConnection, randomHex, type PairConnection, type PairStatus } from '../../pairing/pair-connection.ts';
import { pairPeerKey } from '../../storage/storage-keys.ts';

const REQUEST_ID_BYTES = 16;
const PEER_ID_BYTES = 16;

export interface RoomSnapshot {
  connection: PairConnection | null;
  status: PairStatus | null;
  candidatePresent: boolean;
  info: PairInfo | null;
  timeline: MirroredEvent[];
  /** Requests sent so far (from this or an earlier session of the console), by id. */
  requests: Map<string, PairRequest>;
  /** The candidate's whiteboard, checked element by element (pairing/board-sync.ts). */
  board: BoardLink | null;
  /** Elements on it so far, deleted ones included: 0 until the candidate first draws. */
  boardElements: number;
}

export interface InterviewerRoom extends RoomSnapshot {
  send(body: PairRequestBody): void;
}

const EMPTY: RoomSnapshot = {
  connection: null,
  status: null,
  candidatePresent: false,
  info: null,
  timeline: [],
  requests: new Map(),
  board: null,
  boardElements: 0,
};

/**
 * The peer id this tab was let into the room with, kept across reloads so the server gives the seat
 * back at once, and so a 4404 after a server restart means "wait for the candidate", not "no such
 * mock". Saved only once the server has admitted it (`admitted`): a mistyped code leaves nothing.
 */
function seatFor(roomId: string): { peerId: string; known: boolean; admitted: () => void } {
  const key = pairPeerKey(roomId);
  const saved = sessionStorage.getItem(key);
  if (saved && /^[0-9a-f]{32}$/.test(saved)) return { peerId: saved, known: true, admitted: () => {} };
  const peerId = randomHex(PEER_ID_BYTES);
  const admitted = () => {
    try {
      sessionStorage.setItem(key, peerId);
    } catch {
      // Storage blocked: the seat holds for this page only.
    }
  };
  return { peerId, known: false, admitted };
}

/** An external store over one connection: `connect` opens it and returns the close. */
function roomStore({ roomId, code, serverUrl }: JoinDetails) {
  let snapshot = EMPTY;
  const listeners = new Set<() => void>();
  const update = (patch: Partial<RoomSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    listeners.forEach((l) => l());
  };
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => snapshot,
    connect(): () => void {
      const seat = seatFor(roomId);
      const conn = openPairConnection({
        serverUrl,
        code,
        roomId,
        role: 'interviewer',
        peerId: seat.peerId,
        known: seat.known,
        onAdmitted: seat.admitted,
      });
      const round = conn.doc.getMap<unknown>(ROUND_MAP);
      const events = conn.doc.getMap<unknown>(TIMELINE_MAP);
      const sent = conn.doc.getMap<unknown>(REQUESTS_MAP);
      const read = () => {
        const requests = new Map<string, PairRequest>();
        for (const [id, v] of sent) {
          const r = isRequestId(id) ? parsePairRequest(v) : null;
          if (r) requests.set(id, r);
        }
        update({ info: parsePairInfo(round.get(INFO_KEY)), timeline: readMirroredTimeline(events.values()), requests });
      };
      // Only these maps: the code's keystrokes go to the editor binding, not through React.
      for (const map of [round, events, sent]) map.observe(read);
      const off = conn.subscribe(() => update({ status: conn.status(), candidatePresent: conn.partnerPresent() }));
      // Drawing is sent only while the candidate allows it (the candidate's browser checks again).
      const board = interviewerBoard(conn.doc, () => {
        const info = parsePairInfo(round.get(INFO_KEY));
        return info !== null && info.interviewerMayDraw && info.endedAt === null;
      });
      // The console re-renders when elements come or go, not on every stroke (the board view listens itself).
      const offBoard = board.subscribe(() => {
        if (board.current().length !== snapshot.boardElements) update({ boardElements: board.current().length });
      });
      update({ connection: conn, status: conn.status(), board, boardElements: board.current().length });
      return () => {
        offBoard();
        board.destroy();
        off();
        for (const map of [round, events, sent]) map.unobserve(read);
        conn.destroy();
        update(EMPTY);
      };
    },
  };
}

export function useInterviewerRoom(details: JoinDetails): InterviewerRoom {
  const { roomId, code, serverUrl } = details;
  const store = useMemo(() => roomStore({ roomId, code, serverUrl }), [roomId, code, serverUrl]);
  useEffect(() => store.connect(), [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.get);
  return {
    ...snapshot,
    send(body) {
      snapshot.connection?.doc
        .getMap<unknown>(REQUESTS_MAP)
        .set(randomHex(REQUEST_ID_BYTES), { ...body, sentAt: Date.now() });
    },
  };
}
