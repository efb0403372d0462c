// The ML system design round: one prompt walked through the six steps in order, each with its own
// time budget and notes, plus a checklist of figures. Pure: actions take the session and the time
// and return the next session.
import type { NumberKind } from './loop-bank-schema.ts';
import { DESIGN_STEPS, type DesignStep, type DesignStepRecord, type SessionRecord } from './loop-records.ts';

export type DesignSession = Extract<SessionRecord, { kind: 'design' }>;

export const DESIGN_DEFAULT_MINUTES = 60;

/** The steps' names as the round shows them (notes fields are labelled "<name> notes"). */
export const STEP_NAMES: Record<DesignStep, string> = {
  clarify: 'Clarify requirements',
  objective: 'ML objective',
  data: 'Data',
  model: 'Features and model',
  serving: 'Serving',
  monitoring: 'Monitoring',
};

/** Minutes per step in a 60-minute round; other lengths scale these. */
const STEP_WEIGHTS: Record<DesignStep, number> = {
  clarify: 5,
  objective: 8,
  data: 10,
  model: 15,
  serving: 12,
  monitoring: 10,
};

/** The figures the checklist asks for, with the names the round shows. */
export const NUMBER_NAMES: Record<NumberKind, string> = {
  storage: 'Storage',
  qps: 'QPS',
  latency: 'Latency budget',
  refresh: 'Refresh frequency',
};

/**
 * Splits a round's length over the six steps in the 5/8/10/15/12/10 proportion, in whole seconds;
 * the last step takes the rounding remainder, so the budgets add up to the round exactly.
 */
export function splitBudget(totalMs: number): Record<DesignStep, number> {
  const total = Object.values(STEP_WEIGHTS).reduce((a, b) => a + b, 0);
  const out = {} as Record<DesignStep, number>;
  let given = 0;
  DESIGN_STEPS.forEach((step, i) => {
    const ms =
      i === DESIGN_STEPS.length - 1
        ? totalMs - given
        : Math.round((totalMs * STEP_WEIGHTS[step]) / total / 1000) * 1000;
    out[step] = ms;
    given += ms;
  });
  return out;
}

/** A new round on one prompt, its first step started at `now`. */
export function newDesignSession(init: {
  id: string;
  now: number;
  durationMs: number;
  promptId: string;
  promptTitle: string;
  loopId?: string;
}): DesignSession {
  const { id, now, durationMs, promptId, promptTitle, loopId } = init;
  const budget = splitBudget(durationMs);
  const steps: DesignStepRecord[] = DESIGN_STEPS.map((step, i) => ({
    step,
    budgetMs: budget[step],
    notes: '',
    ...(i === 0 ? { startedAt: now } : {}),
  }));
  return {
    id,
    kind: 'design',
    startedAt: now,
    durationMs,
    promptId,
    promptTitle,
    steps,
    numbers: {},
    ...(loopId ? { loopId } : {}),
  };
}

/** The index of the step being worked on, or -1 once every step is closed. */
export function currentStepIndex(session: DesignSession): number {
  return session.steps.findIndex((s) => s.startedAt !== undefined && s.endedAt === undefined);
}

/** Time left in a step's budget (negative once over); frozen when the step was closed. */
export function stepRemainingMs(step: DesignStepRecord, now: number): number {
  if (step.startedAt === undefined) return step.budgetMs;
  return step.startedAt + step.budgetMs - (step.endedAt ?? now);
}

/** Time spent on a step so far. */
export function stepSpentMs(step: DesignStepRecord, now: number): number {
  return step.startedAt === undefined ? 0 : (step.endedAt ?? now) - step.startedAt;
}

/** Notes may be written for the current step and revised for earlier ones, not for steps ahead. */
export function setStepNotes(session: DesignSession, step: DesignStep, notes: string): DesignSession {
  if (session.endedAt !== undefined) return session;
  return {
    ...session,
    steps: session.steps.map((s) => (s.step === step && s.startedAt !== undefined ? { ...s, notes } : s)),
  };
}

/** Closes the current step at `now` and starts the next one. */
export function nextStep(session: DesignSession, now: number): DesignSession {
  const i = currentStepIndex(session);
  if (session.endedAt !== undefined || i < 0 || i === session.steps.length - 1) return session;
  return {
    ...session,
    steps: session.steps.map((s, j) => (j === i ? { ...s, endedAt: now } : j === i + 1 ? { ...s, startedAt: now } : s)),
  };
}

export function setNumber(session: DesignSession, kind: NumberKind, value: string): DesignSession {
  if (session.endedAt !== undefined) return session;
  return { ...session, numbers: { ...session.numbers, [kind]: value } };
}

/** The figures the candidate left blank. */
export function missingNumbers(session: DesignSession): NumberKind[] {
  return (Object.keys(NUMBER_NAMES) as NumberKind[]).filter((k) => (session.numbers[k] ?? '').trim() === '');
}

/** Closes the round at `at`: the step in progress ends there. */
export function closeDesign(session: DesignSession, at: number): DesignSession {
  const i = currentStepIndex(session);
  if (i < 0) return session;
  return {
    ...session,
    steps: session.steps.map((s, j) => (j === i ? { ...s, endedAt: Math.max(at, s.startedAt ?? at) } : s)),
  };
}
