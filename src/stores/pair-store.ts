// The candidate's side of a paired mock (the pairings saved with rounds live in saved-pairings.ts)
// and the live session, which mirrors the round into the shared document (round info, timeline;
// code goes through the editor binding) and hands the interviewer's requests to the round store.
// The session outlives the round page, so feedback sent after the round still lands.
import { create } from 'zustand';
import { pausedSince } from '../domain/clock-pause.ts';
import type { JoinDetails } from '../domain/pair-code.ts';
import {
  codeTextName,
  handledRequests,
  INFO_KEY,
  isRequestId,
  NEXT_ROUND_KEY,
  parseNextRound,
  parsePairRequest,
  REQUESTS_MAP,
  ROUND_MAP,
  TIMELINE_MAP,
  timelineKeys,
  type PairInfo,
  type PairRequest,
} from '../domain/pair-protocol.ts';
import * as Y from 'yjs';
import { openPairConnection, type PairConnection, type PairStatus } from '../pairing/pair-connection.ts';
import { persistDoc, restoreDoc } from '../pairing/pair-doc-cache.ts';
import {
  acceptInvitation,
  editBetween,
  interviewerMayDraw,
  interviewerMayType,
  RequestGate,
} from '../domain/pair-trust.ts';
import { candidateBoard, type BoardLink } from '../pairing/board-sync.ts';
import { useRoundStore } from './round-store.ts';
import { pairDocKey } from '../storage/storage-keys.ts';

export { pairingFor, pruneSavedDocs, savePairing, type PairingConfig } from './saved-pairings.ts';
import { docStore, pairingFor, pruneSavedDocs, type PairingConfig } from './saved-pairings.ts';

// The role swap (the interviewer is the candidate next) lives beside the session.
export { announceNextRound, offerSwap, pendingSwap } from './pair-swap.ts';

interface PairState {
  roundId: string | null;
  config: PairingConfig | null;
  connection: PairConnection | null;
  status: PairStatus | null;
  partnerPresent: boolean;
  /** The shared document holds the round's code: editors may bind. */
  ready: boolean;
  /** After the round, the partner's own round to interview (they swapped roles), on this round's server only. */
  invitation: JoinDetails | null;
  /** A message for the candidate about the pairing (a paste refused), until dismissed. */
  notice: string | null;
  /** The round's whiteboard (its Sketch), shared with the interviewer. */
  board: BoardLink | null;
  setNotice(notice: string | null): void;
  /** Connects the round's pairing, if it has one (a no-op when already connected). */
  start(roundId: string): void;
  stop(): void;
}

let teardown: (() => void) | null = null;

/** A store with no paired round: where it starts and where stop() returns it. */
const NOT_PAIRED = {
  roundId: null,
  config: null,
  connection: null,
  status: null,
  partnerPresent: false,
  ready: false,
  invitation: null,
  notice: null,
  board: null,
} as const;

export const usePairStore = create<PairState>()((set, get) => ({
  ...NOT_PAIRED,

  start(roundId) {
    if (get().roundId === roundId) return;
    get().stop();
    const config = pairingFor(roundId);
    if (!config) return;
    // Resume from this browser's copy when there is one, so nothing typed while apart is lost.
    const doc = new Y.Doc();
    pruneSavedDocs(roundId);
    const restored = restoreDoc(docStore, pairDocKey(roundId), doc);
    const offPersist = persistDoc(docStore, pairDocKey(roundId), doc);
    const connection = openPairConnection({ ...config, role: 'candidate', doc });
    const offStatus = connection.subscribe(() =>
      set({ status: connection.status(), partnerPresent: connection.partnerPresent() }),
    );
    const offMirror = mirrorRound(connection, roundId, restored, () => set({ ready: true }));
    const round = connection.doc.getMap<unknown>(ROUND_MAP);
    const onInvitation = () =>
      set({ invitation: acceptInvitation(parseNextRound(round.get(NEXT_ROUND_KEY)), config.serverUrl) });
    round.observe(onInvitation);
    // The interviewer's strokes are taken only while the candidate allows drawing in this round.
    const link = candidateBoard(connection.doc, () => {
      const s = useRoundStore.getState();
      return s.round?.id === roundId && s.phase === 'active' && interviewerMayDraw(s.events);
    });
    teardown = () => {
      link.destroy();
      round.unobserve(onInvitation);
      offStatus();
      offMirror();
      offPersist();
      connection.destroy();
    };
    set({
      ...NOT_PAIRED,
      roundId,
      config,
      connection,
      status: connection.status(),
      board: link,
    });
  },

  setNotice(notice) {
    set({ notice });
  },

  stop() {
    teardown?.();
    teardown = null;
    set(NOT_PAIRED);
  },
}));

/**
 * Publishes the round into the document and applies incoming requests; returns the unsubscribe.
 * A document `restored` from this browser is ready at once; a new one waits for the first sync.
 */
function mirrorRound(connection: PairConnection, roundId: string, restored: boolean, onReady: () => void): () => void {
  const { doc } = connection;
  const info = doc.getMap<unknown>(ROUND_MAP);
  const timeline = doc.getMap<unknown>(TIMELINE_MAP);
  const requests = doc.getMap<unknown>(REQUESTS_MAP);
  let live = true;
  let seeded = false;

  const publish = () => {
    const s = useRoundStore.getState();
    if (!seeded || s.round?.id !== roundId || !s.activeProblemId) return;
    const next: PairInfo = {
      roundId,
      problemIds: s.round.problemIds,
      activeProblemId: s.activeProblemId,
      startedAt: s.round.startedAt,
      durationMs: s.round.durationMs,
      endedAt: s.round.endedAt ?? null,
      endReason: s.round.endReason ?? null,
      pausedAt: pausedSince(s.events),
      interviewerMayType: interviewerMayType(s.events),
      interviewerMayDraw: interviewerMayDraw(s.events),
    };
    doc.transact(() => {
      if (JSON.stringify(info.get(INFO_KEY)) !== JSON.stringify(next)) info.set(INFO_KEY, next);
      for (const { key, event } of timelineKeys(s.events)) if (!timeline.has(key)) timeline.set(key, event);
    });
  };

  // Requests are applied one after another, so two questions never take the same slot; the gate
  // rate-limits them and lets only the latest scorecard through.
  let queue = Promise.resolve();
  const gate = new RequestGate(Date.now());
  const applyRequests = () => {
    const valid: [string, PairRequest][] = [];
    const { round, events } = useRoundStore.getState();
    const done = round?.id === roundId ? handledRequests(events) : new Set<string>();
    for (const [id, value] of requests) {
      const request = isRequestId(id) && !done.has(id) ? parsePairRequest(value) : null;
      if (request) valid.push([id, request]);
    }
    for (const [id, request] of gate.admit(valid, Date.now()))
      queue = queue.then(() => useRoundStore.getState().applyPartnerRequest(roundId, id, request));
  };

  // The code is the candidate's: an edit that arrives from the other side is undone unless the
  // candidate has let the interviewer type. `kept` is the text as last accepted, per problem.
  const unguard: (() => void)[] = [];
  const guardCode = (text: Y.Text) => {
    let kept = text.toString();
    const guard = (_event: Y.YTextEvent, transaction: Y.Transaction) => {
      const current = text.toString();
      if (transaction.local || interviewerMayType(useRoundStore.getState().events)) {
        kept = current;
        return;
      }
      if (kept === current) return;
      const { index, remove, insert } = editBetween(current, kept);
      doc.transact(() => {
        if (remove > 0) text.delete(index, remove);
        if (insert) text.insert(index, insert);
      });
    };
    text.observe(guard);
    unguard.push(() => text.unobserve(guard));
  };

  // Without a saved copy, the first sync decides whose code wins: the shared text if the room has
  // it, else the code in this browser (a new room, or a server restarted since).
  const loaded = () => useRoundStore.getState().round?.id === roundId && useRoundStore.getState().phase !== 'loading';
  const seed = () => {
    const { round, code } = useRoundStore.getState();
    if (!live || seeded || !round || !loaded()) return;
    doc.transact(() => {
      for (const pid of round.problemIds) {
        const text = doc.getText(codeTextName(pid));
        if (text.length === 0 && code[pid]) text.insert(0, code[pid]);
      }
    });
    seeded = true;
    for (const pid of round.problemIds) guardCode(doc.getText(codeTextName(pid)));
    onReady();
    publish();
    applyRequests();
  };

  if (restored) seed();
  void connection.synced.then(seed);
  const offRound = useRoundStore.subscribe((s, prev) => {
    if (!seeded) {
      if (restored || connection.provider.synced) seed();
      return;
    }
    if (s.events !== prev.events || s.round !== prev.round || s.activeProblemId !== prev.activeProblemId) publish();
  });
  const onRequests = () => {
    if (seeded) applyRequests();
  };
  requests.observe(onRequests);
  return () => {
    live = false;
    offRound();
    requests.unobserve(onRequests);
    for (const off of unguard) off();
  };
}
