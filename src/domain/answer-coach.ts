// The narration coach for practice rounds and story drills: how long each answer was spoken, which
// answers ran long, and where the candidate went quiet. Pure: speech stretches come from the voice
// activity reading of the recording (ms from the recording's start), times in are epoch ms.
import { silentStretches, SILENCE_THRESHOLD_MS, type Stretch } from './narration.ts';

/**
 * A STAR answer (or a story) spoken for longer than this is flagged as running long (docs/domain.md,
 * Behavioral). A story is meant to land in 90 s (the round's own clock) and 3–4 minutes is the length
 * for when the interviewer asks for depth; past three minutes unprompted the point has usually been
 * buried in context and the slot's follow-ups are gone: the "Rambling answer" failure. Only speech
 * counts, so pauses to think do not count against the answer.
 */
export const LONG_ANSWER_SPOKEN_MS = 180_000;

/** One answer's window in the recording: from the question shown to the next one (epoch ms). */
export interface AnswerWindow {
  startAt: number;
  /** Undefined: still open when the recording stopped (it runs to the recording's end). */
  endAt?: number;
}

export interface AnswerFigure {
  /** The window in ms from the recording's start, clamped to the recording. */
  startMs: number;
  endMs: number;
  spokenMs: number;
  /** Spoken for longer than the threshold. */
  long: boolean;
}

/** Speech made safe to add up: finite, within [0, recordedMs], sorted, overlaps merged. */
export function cleanSpeech(speech: readonly Stretch[], recordedMs: number): Stretch[] {
  if (!Number.isFinite(recordedMs) || recordedMs <= 0) return [];
  const clamped = speech
    .filter((s) => s && Number.isFinite(s.startMs) && Number.isFinite(s.endMs))
    .map((s) => ({ startMs: Math.max(0, s.startMs), endMs: Math.min(recordedMs, s.endMs) }))
    .filter((s) => s.endMs > s.startMs)
    .sort((a, b) => a.startMs - b.startMs);
  const out: Stretch[] = [];
  for (const s of clamped) {
    const last = out[out.length - 1];
    if (last && s.startMs <= last.endMs) last.endMs = Math.max(last.endMs, s.endMs);
    else out.push({ ...s });
  }
  return out;
}

/** Speech time inside `window` (all in ms from the recording's start). */
export function spokenWithin(speech: readonly Stretch[], window: Stretch): number {
  let sum = 0;
  for (const s of speech) sum += Math.max(0, Math.min(s.endMs, window.endMs) - Math.max(s.startMs, window.startMs));
  return sum;
}

/** Spoken time per answer, and whether it ran long. */
export function answerFigures(input: {
  speech: readonly Stretch[];
  recordedMs: number;
  /** Epoch ms the recording started. */
  recordingStart: number;
  answers: readonly AnswerWindow[];
  thresholdMs?: number;
}): AnswerFigure[] {
  const { recordedMs, recordingStart } = input;
  const threshold = input.thresholdMs ?? LONG_ANSWER_SPOKEN_MS;
  const speech = cleanSpeech(input.speech, recordedMs);
  const end = Number.isFinite(recordedMs) ? Math.max(0, recordedMs) : 0;
  const at = (t: number) => Math.min(end, Math.max(0, t - recordingStart));
  return input.answers.map((a) => {
    const startMs = at(a.startAt);
    const endMs = Math.max(startMs, a.endAt === undefined ? end : at(a.endAt));
    const spokenMs = spokenWithin(speech, { startMs, endMs });
    return { startMs, endMs, spokenMs, long: spokenMs > threshold };
  });
}

export interface PracticeNarration {
  recordedMs: number;
  spokenMs: number;
  /** 0–1 (0 for an empty recording). */
  spokenShare: number;
  longestSilence: Stretch | null;
  /** Silences over the threshold, in ms from the recording's start. */
  longSilences: Stretch[];
}

/** Share spoken, the longest silence and every silence over 45 s of a whole recording. */
export function practiceNarration(
  rawSpeech: readonly Stretch[],
  recordedMs: number,
  thresholdMs = SILENCE_THRESHOLD_MS,
): PracticeNarration {
  const speech = cleanSpeech(rawSpeech, recordedMs);
  const total = Number.isFinite(recordedMs) && recordedMs > 0 ? recordedMs : 0;
  const silence = silentStretches(speech, total);
  const spokenMs = speech.reduce((sum, s) => sum + (s.endMs - s.startMs), 0);
  let longestSilence: Stretch | null = null;
  for (const s of silence)
    if (!longestSilence || s.endMs - s.startMs > longestSilence.endMs - longestSilence.startMs) longestSilence = s;
  return {
    recordedMs: total,
    spokenMs,
    spokenShare: total > 0 ? spokenMs / total : 0,
    longestSilence,
    longSilences: silence.filter((s) => s.endMs - s.startMs > thresholdMs),
  };
}
