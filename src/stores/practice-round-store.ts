// The active fundamentals, system design or behavioral session. Actions apply the domain's pure
// round functions and persist the whole session as it changes (typing after a short pause, every
// other change at once), so a reload mid-round resumes exactly where it was; on page hide, changes
// not yet stored are journalled synchronously to localStorage and restored on open. Time comes
// from the injected `now` (Date.now on the main thread, where tests' fake clocks reach).
import { create } from 'zustand';
import { createBackgroundWrites } from './background-writes.ts';
import {
  nextBehavioral as nextBehavioralItem,
  updateAnswer,
  type BehavioralSession,
} from '../domain/behavioral-round.ts';
import {
  nextStep as nextDesignStep,
  setNumber as setDesignNumber,
  setStepNotes as setDesignNotes,
  type DesignSession,
} from '../domain/design-round.ts';
import {
  gradeAnswer,
  nextQuestion as nextFundamentalsQuestion,
  revealAnswer,
  revealDeeper as revealDeeperAnswer,
  setAnswer as setFundamentalsAnswer,
  type FundamentalsSession,
} from '../domain/fundamentals-round.ts';
import { loadBank } from '../data/practice-banks.ts';
import { fundamentalsGapEntries } from '../domain/fundamentals-gaps.ts';
import type { GapEntry } from '../domain/gap-entry.ts';
import type { NumberKind } from '../domain/loop-bank-schema.ts';
import type { DepthGrade, DesignStep, SessionRecord } from '../domain/loop-records.ts';
import {
  endSession,
  giveWarnings,
  sessionTimeUp,
  type SessionEndReason,
  type SessionKind,
} from '../domain/practice-round-lifecycle.ts';
import type { Rating } from '../domain/story-drill.ts';
import { clearJournalledSession, journalledSession, journalSession } from '../storage/practice-round-journal.ts';
import { endStoredSession, getSession, saveSession } from '../storage/practice-rounds-repo.ts';
import { write } from '../storage/storage-health.ts';
import { deps } from './practice-round-start.ts';

export { configureSessionStore, startSession } from './practice-round-start.ts';
export type { SessionDeps, StartOptions } from './practice-round-start.ts';

/** Typing is saved this long after the last keystroke (and at once on page hide). */
const TYPING_SAVE_DELAY_MS = 300;

type Phase = 'idle' | 'loading' | 'missing' | 'active' | 'ended';

interface SessionState {
  session: SessionRecord | null;
  phase: Phase;
  now: number;
  /** The minutes-left warning on screen (10 or 5), until dismissed. */
  warning: number | null;
  open(sessionId: string): Promise<void>;
  /** Moves the clock; gives the 10- and 5-minute warnings; ends the session at its deadline. */
  tick(): void;
  dismissWarning(): void;
  end(reason: SessionEndReason): Promise<void>;
  /** Writes pending typing now (leaving the page). */
  flush(): Promise<void>;
  /** Resolves once every write the store started in the background (saves, the end at the deadline) has landed. */
  settled(): Promise<void>;
  /** For a page being hidden or closed: journals unsaved changes synchronously, then flushes. */
  saveNow(): void;
  // Fundamentals
  setAnswer(text: string): void;
  setAloud(aloud: boolean): void;
  revealAnswer(): void;
  revealDeeper(): void;
  grade(grade: DepthGrade): void;
  nextQuestion(): void;
  // System design
  setStepNotes(step: DesignStep, notes: string): void;
  nextStep(): void;
  setNumber(kind: NumberKind, value: string): void;
  // Behavioral
  setNotes(notes: string): void;
  chooseStory(storyId: string | null): void;
  rateStructure(structure: Rating): void;
  nextBehavioral(): void;
}

/** The gap entries a fundamentals round files when it ends: one per answer graded "definition only". */
async function definitionOnlyGaps(session: FundamentalsSession, now: number): Promise<GapEntry[]> {
  if (!session.items.some((i) => i.grade === 'definition')) return [];
  const { fundamentalsQuestion } = await loadBank('fundamentals');
  return fundamentalsGapEntries(session, { now, newId: () => crypto.randomUUID(), question: fundamentalsQuestion });
}

export const useSessionStore = create<SessionState>()((set, get) => {
  // Working state of the store, not of the module.
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  /** The session whose end is being written (another session's end is not held up by it). */
  let ending: string | null = null;
  /** The session as last stored: anything else in the store has changes the database lacks. */
  let lastSaved: SessionRecord | null = null;
  const background = createBackgroundWrites();

  /** Saves the session as it stands; if another tab ended it meanwhile, shows that end instead. */
  async function persist(): Promise<void> {
    const { session } = get();
    if (!session || session.endedAt !== undefined) return;
    const saved = await write((db) => saveSession(db, session), deps.db);
    // A newer change keeps the journal: its own save clears it.
    if (get().session === session) clearJournalledSession(session.id);
    if (saved) {
      lastSaved = session;
      return;
    }
    const stored = await getSession(deps.db(), session.id);
    if (stored?.endedAt !== undefined && get().session?.id === session.id) set({ session: stored, phase: 'ended' });
  }

  /** Applies a round function to the active session of its kind, then saves. */
  function apply<K extends SessionKind>(
    kind: K,
    change: (s: Extract<SessionRecord, { kind: K }>, now: number) => SessionRecord,
    typing = false,
  ): void {
    const { session, phase } = get();
    if (!session || phase !== 'active' || session.kind !== kind) return;
    const now = deps.now();
    const next = change(session as Extract<SessionRecord, { kind: K }>, now);
    if (next === session) return;
    set({ now });
    commit(next, typing);
  }

  /** Puts the changed session in the store and saves it: typing after a pause, anything else at once. */
  function commit(next: SessionRecord, typing: boolean): void {
    set({ session: next });
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = null;
    if (typing) saveTimer = setTimeout(() => background.start(get().flush()), TYPING_SAVE_DELAY_MS);
    else background.start(persist());
  }

  const fundamentals = (change: (s: FundamentalsSession, now: number) => SessionRecord, typing = false) =>
    apply('fundamentals', change, typing);
  const design = (change: (s: DesignSession, now: number) => SessionRecord, typing = false) =>
    apply('design', change, typing);
  const behavioral = (change: (s: BehavioralSession, now: number) => SessionRecord, typing = false) =>
    apply('behavioral', change, typing);

  return {
    session: null,
    phase: 'idle',
    now: deps.now(),
    warning: null,

    async open(sessionId) {
      await get().flush();
      set({ phase: 'loading', session: null, warning: null });
      const stored = await getSession(deps.db(), sessionId);
      if (!stored) return set({ phase: 'missing' });
      lastSaved = stored;
      // Changes the page was closed on before they were stored: the newest state there is. An
      // ended session is never rewritten, so a journal left from before its end is dropped.
      const journalled = stored.endedAt === undefined ? journalledSession(sessionId) : undefined;
      const resumed =
        journalled &&
        journalled.kind === stored.kind &&
        journalled.startedAt === stored.startedAt &&
        journalled.endedAt === undefined;
      if (!resumed) clearJournalledSession(sessionId);
      const session = resumed ? journalled : stored;
      set({ session, now: deps.now(), phase: session.endedAt !== undefined ? 'ended' : 'active' });
      if (resumed) await persist();
      get().tick();
    },

    tick() {
      const now = deps.now();
      set({ now });
      const { session, phase } = get();
      if (!session || phase !== 'active') return;
      if (sessionTimeUp(session, now)) {
        background.start(get().end('time-up'));
        return;
      }
      const { due, session: warned } = giveWarnings(session, now);
      if (due.length === 0) return;
      set({ warning: Math.min(...due) });
      commit(warned, false);
    },

    dismissWarning() {
      set({ warning: null });
    },

    async end(reason) {
      const { session, phase } = get();
      if (!session || phase !== 'active' || ending === session.id) return;
      ending = session.id;
      try {
        await get().flush();
        const ended = endSession(get().session ?? session, deps.now(), reason);
        const gaps = ended.kind === 'fundamentals' ? await definitionOnlyGaps(ended, deps.now()) : [];
        const stored = await write((db) => endStoredSession(db, ended, gaps), deps.db);
        clearJournalledSession(session.id);
        if (get().session?.id === session.id) set({ session: stored ?? ended, phase: 'ended', warning: null });
      } finally {
        if (ending === session.id) ending = null;
      }
    },

    async settled() {
      await background.settled();
    },

    async flush() {
      if (!saveTimer) return;
      clearTimeout(saveTimer);
      saveTimer = null;
      await persist();
    },

    saveNow() {
      const { session, phase } = get();
      if (!session || phase !== 'active' || session === lastSaved) return;
      journalSession(session);
      background.start(get().flush());
    },

    setAnswer: (text) => fundamentals((s) => setFundamentalsAnswer(s, { text }), true),
    setAloud: (aloud) => fundamentals((s) => setFundamentalsAnswer(s, { aloud })),
    revealAnswer: () => fundamentals((s, now) => revealAnswer(s, now)),
    revealDeeper: () => fundamentals((s, now) => revealDeeperAnswer(s, now)),
    grade: (grade) => fundamentals((s) => gradeAnswer(s, grade)),
    nextQuestion: () => fundamentals((s, now) => nextFundamentalsQuestion(s, now)),

    setStepNotes: (step, notes) => design((s) => setDesignNotes(s, step, notes), true),
    nextStep: () => design((s, now) => nextDesignStep(s, now)),
    setNumber: (kind, value) => design((s) => setDesignNumber(s, kind, value), true),

    setNotes: (notes) => behavioral((s) => updateAnswer(s, { notes }), true),
    chooseStory: (storyId) => behavioral((s) => updateAnswer(s, { storyId })),
    rateStructure: (structure) => behavioral((s) => updateAnswer(s, { structure })),
    nextBehavioral: () => behavioral((s, now) => nextBehavioralItem(s, now)),
  };
});
