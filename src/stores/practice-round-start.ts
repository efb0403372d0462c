// Starting a fundamentals, system design or behavioral practice round: its questions or prompt are
// chosen now and the round is stored; the page then opens it through the practice-round store.
// Also the dependencies both share (storage, clock, randomness), injected by tests.
import { loadBank } from '../data/practice-banks.ts';
import { newBehavioralSession, pickBehavioral, BEHAVIORAL_DEFAULTS } from '../domain/behavioral-round.ts';
import { newDesignSession } from '../domain/design-round.ts';
import { newFundamentalsSession, pickFundamentals, FUNDAMENTALS_DEFAULTS } from '../domain/fundamentals-round.ts';
import type { SessionRecord } from '../domain/loop-records.ts';
import type { SessionKind } from '../domain/practice-round-lifecycle.ts';
import { getDb, type MockloopDb } from '../storage/db.ts';
import { createSession, seenQuestionIds } from '../storage/practice-rounds-repo.ts';
import { write } from '../storage/storage-health.ts';
import { listStories } from '../storage/stories-repo.ts';

const MINUTE_MS = 60_000;

export interface SessionDeps {
  db: () => MockloopDb;
  now: () => number;
  /** Numbers in [0, 1) for picking questions and prompts. */
  random: () => number;
}

export const deps: SessionDeps = { db: getDb, now: () => Date.now(), random: Math.random };

export function configureSessionStore(overrides: Partial<SessionDeps>): void {
  Object.assign(deps, overrides);
}

export interface StartOptions {
  minutes: number;
  /** Fundamentals: how many questions (default 20); behavioral: how many (default 4). */
  count?: number;
  /** Design: the prompt (default: one at random). */
  promptId?: string;
  /** Set when the session is one stage of a full-loop simulation. */
  loopId?: string;
}

/**
 * Creates a session of `kind` in storage, its questions or prompt chosen now, and returns its id;
 * the page is `/session/<id>`. Fundamentals prefer questions not shown in earlier sessions, spread
 * over topics; behavioral questions prefer the tags of the candidate's stories.
 */
export async function startSession(kind: SessionKind, options: StartOptions): Promise<string> {
  const id = crypto.randomUUID();
  const now = deps.now();
  const durationMs = Math.round(options.minutes * MINUTE_MS);
  const loopId = options.loopId;
  let session: SessionRecord;
  if (kind === 'fundamentals') {
    const { FUNDAMENTALS_QUESTIONS } = await loadBank('fundamentals');
    const seen = await seenQuestionIds(deps.db(), 'fundamentals');
    const questionIds = pickFundamentals(
      FUNDAMENTALS_QUESTIONS,
      options.count ?? FUNDAMENTALS_DEFAULTS.count,
      seen,
      deps.random,
    );
    session = newFundamentalsSession({ id, now, durationMs, questionIds, loopId });
  } else if (kind === 'design') {
    const { DESIGN_PROMPTS, designPrompt } = await loadBank('design');
    const prompt = options.promptId
      ? designPrompt(options.promptId)
      : DESIGN_PROMPTS[Math.floor(deps.random() * DESIGN_PROMPTS.length)];
    if (!prompt) throw new Error(`There is no system design prompt "${options.promptId}".`);
    session = newDesignSession({ id, now, durationMs, promptId: prompt.id, promptTitle: prompt.title, loopId });
  } else {
    const { BEHAVIORAL_QUESTIONS } = await loadBank('behavioral');
    const stories = await listStories(deps.db());
    const questionIds = pickBehavioral(
      BEHAVIORAL_QUESTIONS,
      options.count ?? BEHAVIORAL_DEFAULTS.count,
      stories,
      deps.random,
    );
    session = newBehavioralSession({ id, now, durationMs, questionIds, loopId });
  }
  await write((db) => createSession(db, session), deps.db);
  return id;
}
