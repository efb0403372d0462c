// The behavioral round: ML-specific questions drawn to match the candidate's story inventory, each
// answered against a 90-second clock with notes, an optional story and a self-rating of structure.
// Pure: actions take the session and the time and return the next session.
import type { BehavioralQuestion } from './loop-bank-schema.ts';
import type { BehavioralItem, SessionRecord } from './loop-records.ts';
import { shuffle } from './shuffle.ts';
import type { Rating } from './story-drill.ts';

export type BehavioralSession = Extract<SessionRecord, { kind: 'behavioral' }>;

export const BEHAVIORAL_DEFAULTS = { minutes: 45, count: 4 } as const;
/** A STAR answer should fit in 90 seconds before the follow-ups. */
export const ANSWER_LIMIT_MS = 90_000;

/** What the picker needs of a story: its id and tags. */
export interface StoryTags {
  id: string;
  tags: readonly string[];
}

/**
 * `count` question ids: questions sharing a tag with one of the candidate's stories first (so they
 * can rehearse the stories they have), then the rest; random order within each group, and no two
 * questions with the same first tag while others remain, so one theme does not take the round.
 */
export function pickBehavioral(
  bank: readonly BehavioralQuestion[],
  count: number,
  stories: readonly StoryTags[],
  random: () => number,
): string[] {
  const storyTags = new Set(stories.flatMap((s) => s.tags));
  const mixed = shuffle(bank, random);
  const matched = mixed.filter((q) => q.tags.some((t) => storyTags.has(t)));
  const rest = mixed.filter((q) => !q.tags.some((t) => storyTags.has(t)));
  const picked: BehavioralQuestion[] = [];
  const themes = new Set<string>();
  for (const pool of [matched, rest]) {
    for (const q of pool) {
      if (picked.length >= count || themes.has(q.tags[0]!)) continue;
      picked.push(q);
      themes.add(q.tags[0]!);
    }
  }
  for (const q of [...matched, ...rest]) if (picked.length < count && !picked.includes(q)) picked.push(q);
  return picked.map((q) => q.id);
}

/** The candidate's stories ordered for a question: most shared tags first, the others after. */
export function storiesFor<S extends StoryTags>(
  question: BehavioralQuestion,
  stories: readonly S[],
): { story: S; shared: string[] }[] {
  return stories
    .map((story) => ({ story, shared: story.tags.filter((t) => question.tags.includes(t)) }))
    .sort((a, b) => b.shared.length - a.shared.length);
}

export function newBehavioralSession(init: {
  id: string;
  now: number;
  durationMs: number;
  questionIds: string[];
  loopId?: string;
}): BehavioralSession {
  const { id, now, durationMs, questionIds, loopId } = init;
  return {
    id,
    kind: 'behavioral',
    startedAt: now,
    durationMs,
    questionIds,
    items: questionIds.length > 0 ? [{ questionId: questionIds[0]!, shownAt: now, notes: '' }] : [],
    ...(loopId ? { loopId } : {}),
  };
}

export function currentBehavioral(session: BehavioralSession): BehavioralItem | undefined {
  return session.items.at(-1);
}

/** Time left of the 90 s answer (negative once over); frozen when the candidate moved on. */
export function answerRemainingMs(item: BehavioralItem, now: number): number {
  return item.shownAt + ANSWER_LIMIT_MS - (item.answeredAt ?? now);
}

/** Edits the current answer: notes, the story told (null: none) and the self-rating of structure. */
export function updateAnswer(
  session: BehavioralSession,
  change: { notes?: string; storyId?: string | null; structure?: Rating },
): BehavioralSession {
  const item = currentBehavioral(session);
  if (!item || session.endedAt !== undefined) return session;
  const next: BehavioralItem = { ...item };
  if (change.notes !== undefined) next.notes = change.notes;
  if (change.storyId === null) delete next.storyId;
  else if (change.storyId !== undefined) next.storyId = change.storyId;
  if (change.structure !== undefined) next.structure = change.structure;
  return { ...session, items: [...session.items.slice(0, -1), next] };
}

export function hasNextBehavioral(session: BehavioralSession): boolean {
  return session.endedAt === undefined && session.items.length < session.questionIds.length;
}

/** Closes the current answer at `now` and shows the next question. */
export function nextBehavioral(session: BehavioralSession, now: number): BehavioralSession {
  if (!hasNextBehavioral(session)) return session;
  const closed = closeBehavioral(session, now);
  return {
    ...closed,
    items: [...closed.items, { questionId: session.questionIds[session.items.length]!, shownAt: now, notes: '' }],
  };
}

/** Closes the answer in progress at `at`. */
export function closeBehavioral(session: BehavioralSession, at: number): BehavioralSession {
  const item = currentBehavioral(session);
  if (!item || item.answeredAt !== undefined) return session;
  return { ...session, items: [...session.items.slice(0, -1), { ...item, answeredAt: Math.max(at, item.shownAt) }] };
}
