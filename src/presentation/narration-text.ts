// Words for the narration coach's figures (the review and the Markdown report say them alike).
import { summariseNarration, type FlaggedSilence, type Stretch } from '../domain/narration.ts';
import type { TimelineEvent } from '../domain/timeline.ts';
import { formatClock } from '../domain/round-clock.ts';

/** 45 s, 1:20, 1:02:05. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const clock = formatClock(s * 1000);
  return clock.startsWith('0') && clock.split(':').length === 2 ? clock.slice(1) : clock;
}

/** "1:20 silent while writing code, 12:05–13:25" (times from the round's start). */
export function silenceLine(f: FlaggedSilence): string {
  return `${formatDuration(f.endMs - f.startMs)} silent while ${f.activity === 'writing' ? 'writing code' : 'running code'}, ${formatClock(f.startMs)}–${formatClock(f.endMs)}`;
}

/** What the Markdown report needs of a recording's narration reading. */
export interface ReportNarration {
  speech: Stretch[];
  recordedMs: number;
  /** When the recording started, in ms after the round's start. */
  recordingOffsetMs: number;
}

/** The narration coach's figures for the Markdown report (Markdown list lines, then a blank line). */
export function narrationLines(
  narration: ReportNarration,
  events: readonly TimelineEvent[],
  roundStart: number,
): string[] {
  const summary = summariseNarration({ ...narration, roundStart, events });
  const longest = summary.longestSilence;
  return [
    `- Think-aloud: ${Math.round(summary.spokenShare * 100)}% of ${formatDuration(summary.recordedMs)} recorded was spoken; longest silence ${
      longest
        ? `${formatDuration(longest.endMs - longest.startMs)} (${formatClock(longest.startMs)}–${formatClock(longest.endMs)})`
        : 'none'
    }`,
    ...summary.flagged.map((f) => `  - ${silenceLine(f)}`),
    '',
  ];
}
