import { useMemo } from 'react';
import { useTableRead } from '../../components/use-table-read.ts';
import {
  narrationTrend,
  summariseNarrationTrend,
  type RecordedKind,
  type RecordingReading,
} from '../../domain/narration-trend.ts';
import { formatLocalDate } from '../../domain/local-day.ts';
import { formatDuration } from '../../presentation/narration-text.ts';
import { listRecordings } from '../../storage/audio-repo.ts';
import { getDb } from '../../storage/db.ts';
import { TrendChart } from './trend-chart.tsx';

const NO_READINGS: RecordingReading[] = [];
const KIND_NAMES: Record<RecordedKind, string> = { coding: 'coding round', practice: 'practice round', story: 'story' };

/** Every recording's coach reading, with what it was a recording of. */
async function readRecordings(): Promise<RecordingReading[]> {
  const db = getDb();
  const recordings = await listRecordings(db);
  const ids = recordings.map((r) => r.roundId);
  const [rounds, sessions] = await Promise.all([db.rounds.bulkGet(ids), db.sessions.bulkGet(ids)]);
  return recordings.map((r, i) => ({
    roundId: r.roundId,
    startedAt: r.startedAt,
    kind: rounds[i] ? 'coding' : sessions[i] ? 'practice' : 'story',
    narration: r.narration,
  }));
}

/** "12-03 14:05": unique enough per recording for the chart's axis and the table's rows. */
function pointLabel(at: number): string {
  const d = new Date(at);
  const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `${formatLocalDate(at).slice(5)} ${hm}`;
}

/**
 * The narration coach's figures over time: share spoken and the longest silence of each recorded
 * round, practice round and story telling in the weeks shown. Nothing at all without recordings
 * the coach has listened to.
 */
export function NarrationTrend({ since, until }: { since: number; until: number }) {
  const readings = useTableRead(['recordings', 'rounds', 'sessions'], readRecordings, NO_READINGS);
  const points = useMemo(() => narrationTrend(readings, since, until), [readings, since, until]);
  const summary = useMemo(() => summariseNarrationTrend(points), [points]);
  const { labels, spoken, silence } = useMemo(() => {
    const seen = new Map<string, number>();
    const labels = points.map((p) => {
      const base = pointLabel(p.at);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return n > 1 ? `${base} (${n})` : base;
    });
    return {
      labels,
      spoken: [{ label: 'Spoken (%)', values: points.map((p) => p.spokenPct) }],
      silence: [{ label: 'Longest silence (s)', values: points.map((p) => Math.round(p.longestSilenceMs / 1000)) }],
    };
  }, [points]);
  if (!summary) return null;
  const change = summary.spokenPctChange;
  return (
    <section aria-labelledby="narration-trend-title" className="narration-trend">
      <h3 id="narration-trend-title">Thinking aloud</h3>
      <p aria-label="Thinking aloud summary">
        {summary.count === 1 ? 'One recording' : `${summary.count} recordings`}: a median of {summary.medianSpokenPct}%
        spoken, longest silence {formatDuration(summary.medianLongestSilenceMs)} (median). Latest, a{' '}
        {KIND_NAMES[summary.latest.kind]}: {summary.latest.spokenPct}% spoken, longest silence{' '}
        {formatDuration(summary.latest.longestSilenceMs)}
        {change === null
          ? '.'
          : change === 0
            ? ', the same share as before.'
            : `, ${Math.abs(change)} points ${change > 0 ? 'more' : 'less'} spoken than the median before it.`}
      </p>
      <TrendChart
        title="Share of the recording spoken"
        kind="line"
        labels={labels}
        series={spoken}
        unit="%"
        labelHeader="Recording"
      />
      <TrendChart
        title="Longest silence per recording"
        kind="line"
        labels={labels}
        series={silence}
        unit="seconds"
        labelHeader="Recording"
      />
    </section>
  );
}
