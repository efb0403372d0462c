// The narration coach: where a think-aloud recording was spoken and where it went silent, and
// which silences fell while the candidate was writing or running code. Pure: the speech
// probabilities come in (from the voice activity model), times are offsets in ms.
import type { TimelineEvent } from './timeline.ts';

/** A stretch of the recording, in ms from the recording's start. */
export interface Stretch {
  startMs: number;
  endMs: number;
}

export interface SpeechOptions {
  /** A frame at or above this probability starts speech. */
  positive: number;
  /** Speech ends after frames below this for `redemptionMs`. */
  negative: number;
  /** Pauses shorter than this inside speech stay speech (breaths, commas). */
  redemptionMs: number;
  /** Speech shorter than this is dropped (a click, a cough). */
  minSpeechMs: number;
}

export const DEFAULT_SPEECH_OPTIONS: SpeechOptions = {
  positive: 0.5,
  negative: 0.35,
  redemptionMs: 800,
  minSpeechMs: 250,
};
/** Silences longer than this while typing or running code are flagged. */
export const SILENCE_THRESHOLD_MS = 45_000;

/**
 * Speech stretches from per-frame speech probabilities (frame i covers [i·frameMs, (i+1)·frameMs)),
 * with hysteresis: speech starts at `positive` and ends only after `redemptionMs` below `negative`.
 */
export function speechStretches(
  probabilities: ArrayLike<number>,
  frameMs: number,
  options: SpeechOptions = DEFAULT_SPEECH_OPTIONS,
): Stretch[] {
  const out: Stretch[] = [];
  let start: number | null = null;
  let lastSpeechEnd = 0;
  const close = () => {
    if (start !== null && lastSpeechEnd - start >= options.minSpeechMs)
      out.push({ startMs: start, endMs: lastSpeechEnd });
    start = null;
  };
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i]!;
    const at = i * frameMs;
    if (start === null) {
      if (p >= options.positive) {
        start = at;
        lastSpeechEnd = at + frameMs;
      }
    } else if (p >= options.negative) {
      lastSpeechEnd = at + frameMs;
    } else if (at + frameMs - lastSpeechEnd >= options.redemptionMs) {
      close();
    }
  }
  close();
  return out;
}

/** The silent stretches of a recording `durationMs` long, between (and around) the speech. */
export function silentStretches(speech: readonly Stretch[], durationMs: number): Stretch[] {
  const out: Stretch[] = [];
  let at = 0;
  for (const s of speech) {
    if (s.startMs > at) out.push({ startMs: at, endMs: Math.min(s.startMs, durationMs) });
    at = Math.max(at, s.endMs);
  }
  if (durationMs > at) out.push({ startMs: at, endMs: durationMs });
  return out.filter((s) => s.endMs > s.startMs);
}

export type SilenceActivity = 'writing' | 'running';

/** A long silence while the candidate was writing or running code (times from the round's start). */
export interface FlaggedSilence {
  startMs: number;
  endMs: number;
  activity: SilenceActivity;
}

export interface NarrationSummary {
  /** Recorded time (ms) and how much of it was speech. */
  recordedMs: number;
  spokenMs: number;
  /** spokenMs / recordedMs, 0–1 (0 for an empty recording). */
  spokenShare: number;
  longestSilence: Stretch | null;
  /** Speech and silence, in ms from the round's start. */
  speech: Stretch[];
  silence: Stretch[];
  flagged: FlaggedSilence[];
  /** Spoken time within each interruption answered aloud (asked → answered). */
  aloudAnswers: { askedAtMs: number; spokenMs: number }[];
}

function overlap(a: Stretch, b: Stretch): number {
  return Math.max(0, Math.min(a.endMs, b.endMs) - Math.max(a.startMs, b.startMs));
}

/**
 * The coach's figures for one recording. `recordingOffsetMs` is when the recording started in the
 * round (ms after the round's start); `events` is the round's timeline (epoch `at`, `roundStart`).
 */
export function summariseNarration(input: {
  speech: readonly Stretch[];
  recordedMs: number;
  recordingOffsetMs: number;
  roundStart: number;
  events: readonly TimelineEvent[];
  thresholdMs?: number;
}): NarrationSummary {
  const { recordedMs, recordingOffsetMs, roundStart, events } = input;
  const threshold = input.thresholdMs ?? SILENCE_THRESHOLD_MS;
  const shift = (s: Stretch): Stretch => ({
    startMs: s.startMs + recordingOffsetMs,
    endMs: s.endMs + recordingOffsetMs,
  });
  const speech = input.speech.map((s) => shift({ startMs: s.startMs, endMs: Math.min(s.endMs, recordedMs) }));
  const silence = silentStretches(input.speech, recordedMs).map(shift);
  const spokenMs = speech.reduce((sum, s) => sum + (s.endMs - s.startMs), 0);
  let longestSilence: Stretch | null = null;
  for (const s of silence)
    if (!longestSilence || s.endMs - s.startMs > longestSilence.endMs - longestSilence.startMs) longestSilence = s;

  const flagged: FlaggedSilence[] = [];
  for (const s of silence) {
    if (s.endMs - s.startMs <= threshold) continue;
    let writing = false;
    let running = false;
    for (const e of events) {
      const at = e.at - roundStart;
      if (at < s.startMs || at > s.endMs) continue;
      if (e.type === 'code-snapshot') writing = true;
      if (e.type === 'run' || e.type === 'verdict') running = true;
    }
    if (writing || running) flagged.push({ ...s, activity: writing ? 'writing' : 'running' });
  }

  const aloudAnswers: NarrationSummary['aloudAnswers'] = [];
  for (const e of events) {
    if (e.type !== 'interruption-answered' || !e.aloud) continue;
    const answered = e.at - roundStart;
    const askedEvent = events.find((x) => x.type === 'interruption-asked' && x.slot === e.slot);
    const asked = askedEvent ? askedEvent.at - roundStart : answered - e.latencyMs;
    const window = { startMs: asked, endMs: answered };
    aloudAnswers.push({ askedAtMs: asked, spokenMs: speech.reduce((sum, s) => sum + overlap(s, window), 0) });
  }

  return {
    recordedMs,
    spokenMs,
    spokenShare: recordedMs > 0 ? spokenMs / recordedMs : 0,
    longestSilence,
    speech,
    silence,
    flagged,
    aloudAnswers,
  };
}
