// The interviewer's scorecard for a paired mock: four signals rated very weak to very strong, a
// hire / no-hire call and free text; and the gap entries its weak signals become. Pure: the clock
// and the ids come in as arguments.
import type { GapEntry } from './gap-entry.ts';
import { newRedrill } from './gap-schedule.ts';

/** The signals interviewers score in an ML coding round. */
export const SIGNALS = [
  { id: 'understanding', label: 'Problem understanding', categories: ['edge-cases', 'invariant-not-stated'] },
  { id: 'technical', label: 'Technical skill', categories: ['coding-speed', 'syntax-without-autocomplete'] },
  { id: 'rationale', label: 'Rationale for choices', categories: ['weak-trade-off', 'complexity-analysis'] },
  { id: 'communication', label: 'Communication', categories: ['rambling-answer'] },
] as const;

export type SignalId = (typeof SIGNALS)[number]['id'];

/** 1 = very weak … 5 = very strong. */
export type SignalRating = 1 | 2 | 3 | 4 | 5;
export const RATING_LABELS: Record<SignalRating, string> = {
  1: 'Very weak',
  2: 'Weak',
  3: 'Mixed',
  4: 'Strong',
  5: 'Very strong',
};
/** Ratings at or below this count as weak and become gap entries. */
export const WEAK_AT_MOST: SignalRating = 2;

export type HireDecision = 'hire' | 'no-hire';

export interface SignalScore {
  rating: SignalRating;
  /** What the interviewer saw: the evidence behind the rating. */
  comment: string;
}

export interface Scorecard {
  signals: Record<SignalId, SignalScore>;
  decision: HireDecision;
  /** Free text: what went well and what to work on. */
  summary: string;
}

/** Limits on the scorecard's text, checked when it arrives from the partner. */
export const MAX_COMMENT_CHARS = 2_000;
export const MAX_SUMMARY_CHARS = 5_000;

/** The signals rated weak or very weak, in scorecard order. */
export function weakSignals(card: Scorecard): SignalId[] {
  return SIGNALS.filter((s) => card.signals[s.id].rating <= WEAK_AT_MOST).map((s) => s.id);
}

export function signalLabel(id: SignalId): string {
  return SIGNALS.find((s) => s.id === id)!.label;
}

export interface FeedbackContext {
  roundId: string;
  problemId: string | null;
  family: GapEntry['family'];
  tags: string[];
  /** When the feedback arrived, as an offset from the round's start (the entries' moment). */
  momentMs: number;
  receivedAt: number;
  /** One fresh id per weak signal. */
  newId: () => string;
}

/**
 * One gap entry per weak signal, marked as partner feedback: the interviewer's comment is the
 * quote, the summary is the fix, and each is due for a re-drill like any other entry.
 */
export function gapEntriesFromScorecard(card: Scorecard, ctx: FeedbackContext): GapEntry[] {
  return weakSignals(card).map((id) => {
    const signal = SIGNALS.find((s) => s.id === id)!;
    const score = card.signals[id];
    const label = `${signal.label}: ${RATING_LABELS[score.rating].toLowerCase()}`;
    return {
      id: ctx.newId(),
      roundId: ctx.roundId,
      problemId: ctx.problemId,
      family: ctx.family,
      tags: ctx.tags,
      momentMs: ctx.momentMs,
      categories: [...signal.categories],
      quote: score.comment.trim() ? `${label}. ${score.comment.trim()}` : `${label} (rated by your interviewer).`,
      fix: card.summary.trim() || `Work on ${signal.label.toLowerCase()} and re-run a paired mock.`,
      source: 'partner',
      createdAt: ctx.receivedAt,
      redrill: newRedrill(ctx.receivedAt),
      status: 'open',
    };
  });
}
