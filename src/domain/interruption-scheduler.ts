// When the simulated interviewer interrupts, and with what. Pure: time, randomness (a seed) and the
// round's history come in as arguments, so a reload recomputes exactly the same schedule.

export type InterruptionMode = 'off' | 'fixed' | 'random';

export interface InterruptionSettings {
  mode: InterruptionMode;
  /** Minutes between interruptions (fixed), or the mean gap (random). */
  everyMin: number;
  /** Seeds the random gaps and question choice; stored with the round. */
  seed: number;
}

export const INTERRUPTION_PRESETS_MIN = [1, 2, 3, 4, 5] as const;
export const DEFAULT_INTERRUPTION_MIN = 2;
export const INTERRUPTIONS_OFF: InterruptionSettings = { mode: 'off', everyMin: DEFAULT_INTERRUPTION_MIN, seed: 0 };

export type Phase = 'early' | 'middle' | 'late' | 'after-failure';
export type Family = 'algorithm' | 'ml';

export interface Prompt {
  id: string;
  text: string;
  phase: Phase;
  families: Family[];
  /** Asked only before the candidate's first Run: "Before you write anything, …" makes no sense after one. */
  beforeRun?: boolean;
  /** Asked only for problems of these categories (say `deep-learning`), when given. */
  categories?: string[];
}

/** A question as asked: where it came from, and its text with placeholders filled. */
export interface ChosenQuestion {
  id: string;
  source: 'followup' | 'prompt';
  text: string;
}

const MINUTE_MS = 60_000;
/** Random gaps stay within this fraction of the mean on either side. */
const RANDOM_SPREAD = 0.5;
/** Never closer than this to the previous interruption, so answers have room. */
const MIN_GAP_MS = 30_000;

/** mulberry32: a small, fast, seedable generator; same seed, same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Offsets from the round's start, in ms, at which the interviewer cuts in. Fixed mode asks at
 * N, 2N, … up to and including the end (the last one is the closing question); random mode draws
 * each gap uniformly within ±50% of N from the seed.
 */
export function interruptionTimes(settings: InterruptionSettings, durationMs: number): number[] {
  if (settings.mode === 'off' || settings.everyMin <= 0) return [];
  const mean = settings.everyMin * MINUTE_MS;
  const times: number[] = [];
  if (settings.mode === 'fixed') {
    for (let t = mean; t <= durationMs; t += mean) times.push(t);
    return times;
  }
  const random = seededRandom(settings.seed);
  let t = 0;
  for (;;) {
    const gap = Math.max(MIN_GAP_MS, mean * (1 - RANDOM_SPREAD + 2 * RANDOM_SPREAD * random()));
    t += gap;
    if (t > durationMs) return times;
    times.push(Math.round(t));
  }
}

/**
 * The slot to ask now, if any: the latest scheduled time already reached and not yet asked.
 * Slots missed while the tab slept are skipped (an interviewer does not ask five questions at
 * once); `askedSlots` are the slot indexes already asked or skipped.
 */
export function dueSlot(times: readonly number[], elapsedMs: number, askedSlots: ReadonlySet<number>): number | null {
  let latest = -1;
  for (let i = 0; i < times.length && times[i]! <= elapsedMs; i++) latest = i;
  if (latest < 0 || askedSlots.has(latest)) return null;
  return latest;
}

/** Phase of the round by elapsed share: the first quarter is early, the last quarter late. */
export function phaseAt(elapsedMs: number, durationMs: number): Exclude<Phase, 'after-failure'> {
  const share = durationMs > 0 ? elapsedMs / durationMs : 1;
  if (share < 0.25) return 'early';
  if (share >= 0.75) return 'late';
  return 'middle';
}

export interface QuestionContext {
  family: Family;
  /** The problem's category (`deep-learning`, `statistics`, …): prompts written for it come first. */
  category?: string;
  elapsedMs: number;
  durationMs: number;
  /** The last Run or Submit since the previous interruption failed. */
  lastRunFailed: boolean;
  /** The candidate has run or submitted this problem already: prompts meant for before the first Run are out. */
  hasRun?: boolean;
  /** The problem's own interviewer follow-ups (bank metadata). */
  followups: readonly string[];
  prompts: readonly Prompt[];
  /** Ids already asked this round: never repeated. */
  asked: ReadonlySet<string>;
  random: () => number;
}

/** Whole minutes left in the round, rounded up as the clock shows them. */
export function minutesLeftAt(elapsedMs: number, durationMs: number): number {
  return Math.max(0, Math.ceil((durationMs - elapsedMs) / MINUTE_MS));
}

/** A bank prompt's text with `{minutesLeft}` filled in: a person never reads the placeholder. */
export function fillPrompt(text: string, minutesLeft: number): string {
  return text.replaceAll('{minutesLeft}', String(minutesLeft));
}
const fill = fillPrompt;

/**
 * Chooses the question that fits the moment: after a failed run, a debugging prompt; early on, a
 * clarifying prompt; later, the problem's own follow-ups alternate with phase prompts (ML tasks
 * also draw ML prompts). Nothing is asked twice in a round; when a pool runs dry the next one
 * serves, and null means everything has been asked.
 */
export function chooseQuestion(ctx: QuestionContext): ChosenQuestion | null {
  const minutesLeft = minutesLeftAt(ctx.elapsedMs, ctx.durationMs);
  const phase = phaseAt(ctx.elapsedMs, ctx.durationMs);
  const forCategory = (p: Prompt) =>
    !p.categories || (ctx.category !== undefined && p.categories.includes(ctx.category));
  const fits = (p: Prompt) =>
    p.families.includes(ctx.family) && forCategory(p) && !ctx.asked.has(p.id) && !(ctx.hasRun && p.beforeRun);
  const pick = <T>(items: T[]): T | undefined =>
    items[Math.min(items.length - 1, Math.floor(ctx.random() * items.length))];
  const promptFrom = (phases: Phase[]): ChosenQuestion | null => {
    const pool = ctx.prompts.filter((p) => fits(p) && phases.includes(p.phase));
    // ML tasks favour prompts written for their category, else ML-specific ones, when there are some.
    const specific = pool.filter((p) => p.categories !== undefined);
    const mlOnly = ctx.family === 'ml' ? pool.filter((p) => p.families.length === 1) : [];
    const preferred = specific.length > 0 ? specific : mlOnly;
    const chosen = pick(preferred.length > 0 && ctx.random() < 0.5 ? preferred : pool);
    return chosen ? { id: chosen.id, source: 'prompt', text: fill(chosen.text, minutesLeft) } : null;
  };
  const followups = ctx.followups.map((text, i) => ({ id: `followup-${i}`, text })).filter((f) => !ctx.asked.has(f.id));
  const followup = (): ChosenQuestion | null => {
    const f = followups[0];
    return f ? { id: f.id, source: 'followup', text: f.text } : null;
  };

  const order: (() => ChosenQuestion | null)[] = [];
  if (ctx.lastRunFailed) order.push(() => promptFrom(['after-failure']));
  if (phase === 'early') order.push(() => promptFrom(['early']));
  else if (ctx.random() < 0.5) order.push(followup, () => promptFrom([phase]));
  else order.push(() => promptFrom([phase]), followup);
  order.push(
    followup,
    () => promptFrom(['middle', 'late', 'early']),
    () => promptFrom(['after-failure']),
  );
  for (const next of order) {
    const q = next();
    if (q) return q;
  }
  return null;
}
