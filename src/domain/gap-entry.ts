// A gap entry: one diagnosed weak moment of a mock, filed under failure categories, with a
// re-drill scheduled by the 24-hour rule. Types only; rules live in gap-schedule.ts and
// gap-stats.ts.

export type GapSource = 'self' | 'partner';
export type GapStatus = 'open' | 'fixed';

export interface RedrillAttempt {
  at: number;
  success: boolean;
  /** The round in which the re-drill was done, if it was a round. */
  roundId?: string;
}

export interface Redrill {
  /** When the next re-drill is due (epoch ms). */
  dueAt: number;
  /** Current spacing in days (1 after creation or a failure, growing after successes). */
  intervalDays: number;
  /** Successful re-drills in a row. */
  streak: number;
  history: RedrillAttempt[];
}

export interface GapEntry {
  id: string;
  roundId: string;
  /** The problem on screen at the moment, if any. */
  problemId: string | null;
  family: 'algorithm' | 'ml' | null;
  tags: string[];
  /** The moment control was lost, as an offset from the round's start (ms). */
  momentMs: number;
  /** Failure-category ids from src/data/failure-categories.json. */
  categories: string[];
  /** The exact sentence or line that weakened the answer. */
  quote: string;
  /** What to do differently. */
  fix: string;
  source: GapSource;
  createdAt: number;
  redrill: Redrill;
  status: GapStatus;
}

export interface FailureCategory {
  id: string;
  label: string;
  description: string;
}
