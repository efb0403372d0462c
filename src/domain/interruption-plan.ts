// Which interviewer question a running round owes now, as a plan the round store records. Nothing
// here reads the clock or storage: the round, its timeline and `now` come in.
import { runningClock } from './clock-pause.ts';
import {
  chooseQuestion,
  dueSlot,
  interruptionTimes,
  INTERRUPTIONS_OFF,
  seededRandom,
  type InterruptionSettings,
  type Prompt,
} from './interruption-scheduler.ts';
import { elapsedMs } from './round-clock.ts';
import {
  askedQuestionIds,
  askedSlots,
  lastRunFailedSince,
  openInterruption,
  type TimelineEvent,
  type TimelineEventBody,
} from './timeline.ts';

export interface InterruptionInput {
  round: { startedAt: number; durationMs: number; interruptions?: InterruptionSettings };
  events: readonly TimelineEvent[];
  /** The problem on screen, its family and follow-ups, and the code in the editor now. */
  problemId: string | null;
  problem: { family: 'algorithm' | 'ml'; category?: string; followups: string[] } | undefined;
  code: string;
  now: number;
  /** Slots being asked already (their write is in flight). */
  asking: ReadonlySet<number>;
  prompts: readonly Prompt[];
}

/**
 * The slot now due and the event that asks its question, or null when nothing is due. A slot with
 * `event: null` is due but has no question left to ask: it is spent all the same.
 */
export function dueInterruption(input: InterruptionInput): { slot: number; event: TimelineEventBody | null } | null {
  const { round, events, problemId, problem, now } = input;
  const settings = round.interruptions ?? INTERRUPTIONS_OFF;
  if (settings.mode === 'off' || !problemId) return null;
  if (openInterruption(events)) return null; // one question at a time
  // The schedule runs on the clock's running time: a pause neither counts nor adds questions.
  const running = runningClock(round, events);
  const elapsed = elapsedMs(running, now);
  const slot = dueSlot(
    interruptionTimes(settings, running.durationMs),
    elapsed,
    new Set([...askedSlots(events), ...input.asking]),
  );
  if (slot === null) return null;
  const lastAsked = events.filter((e) => e.type === 'interruption-asked').at(-1)?.at ?? round.startedAt;
  const question = chooseQuestion({
    family: problem?.family ?? 'algorithm',
    category: problem?.category,
    elapsedMs: elapsed,
    durationMs: running.durationMs,
    lastRunFailed: lastRunFailedSince(events, lastAsked, problemId),
    hasRun: events.some((e) => (e.type === 'run' || e.type === 'verdict') && e.problemId === problemId),
    followups: problem?.followups ?? [],
    prompts: [...input.prompts],
    asked: askedQuestionIds(events),
    random: seededRandom(settings.seed + slot),
  });
  if (!question) return { slot, event: null };
  return {
    slot,
    event: {
      type: 'interruption-asked',
      slot,
      questionId: question.id,
      source: question.source,
      question: question.text,
      problemId,
      code: input.code,
    },
  };
}
