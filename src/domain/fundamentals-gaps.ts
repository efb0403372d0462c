// Fundamentals answers graded "definition only" go to the gap log, as the review advises: each one
// is a gap to re-drill by the 24-hour rule (say the mechanism, then an example of your own). Pure:
// the time, the ids and the bank are passed in.
import type { FundamentalsSession } from './fundamentals-round.ts';
import type { GapEntry } from './gap-entry.ts';
import { newRedrill } from './gap-schedule.ts';

/** The failure category of an answer that named the idea but not how it works. */
export const DEFINITION_ONLY_CATEGORY = 'definition-without-mechanism';

export interface FundamentalsGapContext {
  /** When the entries are filed (the round's end). */
  now: number;
  newId: () => string;
  /** The question's words and topic, or undefined once it has left the bank. */
  question: (id: string) => { question: string; topic: string } | undefined;
}

/** One gap entry per answer of the ended round graded "definition only", in the order asked. */
export function fundamentalsGapEntries(session: FundamentalsSession, ctx: FundamentalsGapContext): GapEntry[] {
  return session.items
    .filter((item) => item.grade === 'definition')
    .map((item) => {
      const q = ctx.question(item.questionId);
      const asked = q?.question ?? `A question no longer in the bank (${item.questionId})`;
      const typed = item.answer.trim();
      return {
        id: ctx.newId(),
        roundId: session.id,
        problemId: null,
        family: 'ml',
        tags: q ? [q.topic] : [],
        momentMs: Math.max(0, item.shownAt - session.startedAt),
        categories: [DEFINITION_ONLY_CATEGORY],
        quote: typed !== '' ? typed : item.aloud ? `Answered aloud: ${asked}` : `No answer recorded: ${asked}`,
        fix: `Answer “${asked}” again: the definition, then the mechanism, then one example of your own.`,
        source: 'self',
        createdAt: ctx.now,
        redrill: newRedrill(ctx.now),
        status: 'open',
      } satisfies GapEntry;
    });
}
