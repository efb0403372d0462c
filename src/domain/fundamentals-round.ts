// The ML fundamentals round: rapid-fire questions, each with its own time limit, answered (typed or
// aloud), then the model answer, the "one level deeper" follow-up and a self-grade. Pure: each
// action takes the session and the time and returns the next session; nothing reads the clock.
import type { FundamentalsQuestion } from './loop-bank-schema.ts';
import type { DepthGrade, FundamentalsItem, SessionRecord } from './loop-records.ts';
import { shuffle } from './shuffle.ts';

export type FundamentalsSession = Extract<SessionRecord, { kind: 'fundamentals' }>;

export const FUNDAMENTALS_DEFAULTS = { minutes: 60, count: 20 } as const;

/** The self-grades, weakest first, with the names the round shows. */
export const DEPTH_GRADES: readonly { grade: DepthGrade; label: string }[] = [
  { grade: 'definition', label: 'Definition only' },
  { grade: 'mechanism', label: 'Mechanism' },
  { grade: 'mechanism-example', label: 'Mechanism plus own example' },
];

/** Each question's share of the round: length ÷ count, to the second. */
export function questionLimitMs(durationMs: number, count: number): number {
  return Math.max(1000, Math.floor(durationMs / Math.max(1, count) / 1000) * 1000);
}

/**
 * `count` question ids spread over the topics: topics take turns in a random order, and within a
 * topic, questions not in `seen` (asked in earlier rounds) come first, in random order.
 */
export function pickFundamentals(
  bank: readonly FundamentalsQuestion[],
  count: number,
  seen: ReadonlySet<string>,
  random: () => number,
): string[] {
  const byTopic = new Map<string, FundamentalsQuestion[]>();
  for (const q of bank) byTopic.set(q.topic, [...(byTopic.get(q.topic) ?? []), q]);
  const topics = shuffle([...byTopic.values()], random).map((qs) => shuffle(qs, random));
  const order: FundamentalsQuestion[] = [];
  // Every unseen question (topics taking turns) before any seen one.
  for (const fresh of [true, false]) {
    const queues = topics.map((qs) => qs.filter((q) => seen.has(q.id) !== fresh));
    for (let turn = 0; queues.some((q) => turn < q.length); turn++)
      for (const q of queues) if (turn < q.length) order.push(q[turn]!);
  }
  return order.slice(0, count).map((q) => q.id);
}

/** A new round with its first question shown at `now`. */
export function newFundamentalsSession(init: {
  id: string;
  now: number;
  durationMs: number;
  questionIds: string[];
  loopId?: string;
}): FundamentalsSession {
  const { id, now, durationMs, questionIds, loopId } = init;
  const limitMs = questionLimitMs(durationMs, questionIds.length);
  return {
    id,
    kind: 'fundamentals',
    startedAt: now,
    durationMs,
    questionIds,
    items:
      questionIds.length > 0 ? [{ questionId: questionIds[0]!, shownAt: now, answer: '', aloud: false, limitMs }] : [],
    ...(loopId ? { loopId } : {}),
  };
}

/** The question on screen: the last one shown. */
export function currentItem(session: FundamentalsSession): FundamentalsItem | undefined {
  return session.items.at(-1);
}

/** Time left on a question (negative once over); frozen when the answer was revealed. */
export function questionRemainingMs(item: FundamentalsItem, now: number): number {
  return item.shownAt + item.limitMs - (item.answeredAt ?? now);
}

function withCurrent(
  session: FundamentalsSession,
  change: (item: FundamentalsItem) => FundamentalsItem,
): FundamentalsSession {
  const item = currentItem(session);
  if (!item || session.endedAt !== undefined) return session;
  return { ...session, items: [...session.items.slice(0, -1), change(item)] };
}

/** The typed answer, or "answered aloud"; both lock once the model answer is shown. */
export function setAnswer(
  session: FundamentalsSession,
  answer: { text?: string; aloud?: boolean },
): FundamentalsSession {
  return withCurrent(session, (item) =>
    item.answeredAt !== undefined
      ? item
      : { ...item, answer: answer.text ?? item.answer, aloud: answer.aloud ?? item.aloud },
  );
}

/** Shows the model answer: the answer is in, and an answer after the limit is an overrun. */
export function revealAnswer(session: FundamentalsSession, now: number): FundamentalsSession {
  return withCurrent(session, (item) =>
    item.answeredAt !== undefined ? item : { ...item, answeredAt: now, overran: now > item.shownAt + item.limitMs },
  );
}

export function revealDeeper(session: FundamentalsSession, now: number): FundamentalsSession {
  return withCurrent(session, (item) =>
    item.answeredAt === undefined || item.deeperShownAt !== undefined ? item : { ...item, deeperShownAt: now },
  );
}

/** Self-grades the current answer (only after its model answer was shown; it may be changed). */
export function gradeAnswer(session: FundamentalsSession, grade: DepthGrade): FundamentalsSession {
  return withCurrent(session, (item) => (item.answeredAt === undefined ? item : { ...item, grade }));
}

/** Whether the current question is graded and another one is waiting. */
export function canAdvance(session: FundamentalsSession): boolean {
  const item = currentItem(session);
  return (
    session.endedAt === undefined && item?.grade !== undefined && session.items.length < session.questionIds.length
  );
}

/** Shows the next question at `now`. */
export function nextQuestion(session: FundamentalsSession, now: number): FundamentalsSession {
  if (!canAdvance(session)) return session;
  const questionId = session.questionIds[session.items.length]!;
  const limitMs = questionLimitMs(session.durationMs, session.questionIds.length);
  return { ...session, items: [...session.items, { questionId, shownAt: now, answer: '', aloud: false, limitMs }] };
}

/** Closes the round at `at`: a question still being answered counts as over its limit if it was. */
export function closeFundamentals(session: FundamentalsSession, at: number): FundamentalsSession {
  const item = currentItem(session);
  if (!item || item.answeredAt !== undefined || at <= item.shownAt + item.limitMs) return session;
  return { ...session, items: [...session.items.slice(0, -1), { ...item, overran: true }] };
}

export interface FundamentalsSummary {
  asked: number;
  graded: Record<DepthGrade, number>;
  ungraded: number;
  overruns: number;
}

export function summarizeFundamentals(session: FundamentalsSession): FundamentalsSummary {
  const graded: Record<DepthGrade, number> = { definition: 0, mechanism: 0, 'mechanism-example': 0 };
  for (const item of session.items) if (item.grade) graded[item.grade]++;
  return {
    asked: session.items.length,
    graded,
    ungraded: session.items.filter((i) => !i.grade).length,
    overruns: session.items.filter((i) => i.overran).length,
  };
}
