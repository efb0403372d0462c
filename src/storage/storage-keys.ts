// Every key Mockloop keeps in localStorage or sessionStorage, and the Web Lock and BroadcastChannel
// names, in one place. The strings are what browsers already hold: changing one loses the data under
// it unless a migration moves it (storage-keys.test.ts pins them). IndexedDB tables are in db.ts.

/** localStorage: a coding round's code not yet in IndexedDB, per round and problem (`draft-journal.ts`). */
export const UNSAVED_DRAFT_PREFIX = 'mockloop:unsaved:';
/** localStorage: a practice round not yet in IndexedDB (`practice-round-journal.ts`). */
export const UNSAVED_PRACTICE_ROUND_PREFIX = 'mockloop:unsaved-session:';
/** Web Lock per round held by the tab editing it, and the channel tabs hand a round over on (`round-lock.ts`). */
export const ROUND_EDIT_LOCK_PREFIX = 'mockloop:round-edit:';
export const ROUND_EDIT_CHANNEL = 'mockloop:round-edit';
/** localStorage: the settings store (zustand persist). */
export const SETTINGS_KEY = 'mockloop-settings';
/** localStorage: that a round is a paired mock (code, server, peer id). */
export const pairingKey = (roundId: string) => `mockloop.pairing.${roundId}`;
/** localStorage: the candidate's saved copy of a paired round's shared document. */
export const pairDocKey = (roundId: string) => `mockloop.pair-doc.${roundId}`;
/** sessionStorage: the paired round the interviewer moves to next. */
export const PAIR_SWAP_KEY = 'mockloop.pair-swap';
/** sessionStorage: this tab's peer id in a room, so a reload gets its seat back. */
export const pairPeerKey = (roomId: string) => `mockloop.pair-peer.${roomId}`;
/** localStorage: the pairing server this browser used last (the one a page may reach, `connect-policy.ts`). */
export const PAIR_SERVER_KEY = 'mockloop.pair-server';
/** localStorage: the interviewer's private notes for a room. */
export const pairNotesKey = (roomId: string) => `mockloop.pair-notes.${roomId}`;
/** localStorage: that the candidate has been told, once, that think-aloud audio never leaves the browser. */
export const THINK_ALOUD_NOTICE_KEY = 'mockloop.think-aloud-notice-seen';
/** localStorage: that a coding round's Sketch was left open (absent: closed, the default). */
export const sketchOpenKey = (roundId: string) => `mockloop.sketch-open.${roundId}`;
/**
 * IndexedDB (boardChanges): the key a coding round's Sketch is stored under. A design session keys
 * its board by its bare id (a UUID, which never holds a colon), so a round's sketch and a design
 * board can never share a key, even if a round and a session had the same id.
 */
export const sketchBoardId = (roundId: string) => `sketch:${roundId}`;
