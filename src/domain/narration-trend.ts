// The narration coach's figures over time for the gap log's trends: per recorded round, practice
// round or story telling, the share of the recording spoken and the longest silence. Pure; the
// readings come from IndexedDB (or an imported backup), so every figure is checked before use.
import { practiceNarration } from './answer-coach.ts';
import type { Stretch } from './narration.ts';

export type RecordedKind = 'coding' | 'practice' | 'story';

/** What the trend needs of a stored recording. */
export interface RecordingReading {
  roundId: string;
  startedAt: number;
  kind: RecordedKind;
  narration?: { speech: readonly Stretch[]; recordedMs: number } | undefined;
}

export interface NarrationPoint {
  roundId: string;
  at: number;
  kind: RecordedKind;
  /** Whole percent of the recording spoken, 0–100. */
  spokenPct: number;
  /** The longest silence, in ms (0 when the recording is all speech). */
  longestSilenceMs: number;
  recordedMs: number;
}

/** At most this many points: one per recording, the latest ones. */
export const MAX_TREND_POINTS = 30;

/**
 * One point per recording with a coach's reading, started within `[since, until]`, oldest first.
 * Readings that make no sense (no length, not a number) are left out rather than drawn as zero.
 */
export function narrationTrend(
  readings: readonly RecordingReading[],
  since: number,
  until: number,
  max = MAX_TREND_POINTS,
): NarrationPoint[] {
  const out: NarrationPoint[] = [];
  for (const r of readings) {
    const n = r.narration;
    if (!n || !Array.isArray(n.speech) || !Number.isFinite(r.startedAt)) continue;
    if (!Number.isFinite(n.recordedMs) || n.recordedMs <= 0) continue;
    if (r.startedAt < since || r.startedAt > until) continue;
    const figures = practiceNarration(n.speech, n.recordedMs);
    const longest = figures.longestSilence;
    out.push({
      roundId: r.roundId,
      at: r.startedAt,
      kind: r.kind,
      spokenPct: Math.round(figures.spokenShare * 100),
      longestSilenceMs: longest ? longest.endMs - longest.startMs : 0,
      recordedMs: figures.recordedMs,
    });
  }
  out.sort((a, b) => a.at - b.at);
  return out.slice(Math.max(0, out.length - max));
}

export interface NarrationTrendSummary {
  count: number;
  /** Medians over the points. */
  medianSpokenPct: number;
  medianLongestSilenceMs: number;
  latest: NarrationPoint;
  /** Latest minus the median of the earlier points (null with one point). */
  spokenPctChange: number | null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The text beside the chart: medians, the latest recording and how it compares; null without points. */
export function summariseNarrationTrend(points: readonly NarrationPoint[]): NarrationTrendSummary | null {
  const latest = points[points.length - 1];
  if (!latest) return null;
  const earlier = points.slice(0, -1);
  return {
    count: points.length,
    medianSpokenPct: Math.round(median(points.map((p) => p.spokenPct))),
    medianLongestSilenceMs: median(points.map((p) => p.longestSilenceMs)),
    latest,
    spokenPctChange: earlier.length ? latest.spokenPct - Math.round(median(earlier.map((p) => p.spokenPct))) : null,
  };
}
