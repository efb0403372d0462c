import { useMemo, useState } from 'react';
import { summariseNarration, SILENCE_THRESHOLD_MS, type FlaggedSilence } from '../../domain/narration.ts';
import { formatClock } from '../../domain/round-clock.ts';
import type { TimelineEvent } from '../../domain/timeline.ts';
import type { RecordingRecord } from '../../storage/audio-repo.ts';
import { formatDuration, silenceLine } from '../../presentation/narration-text.ts';
import { coachPending, SpokenAndSilence } from './coach-parts.tsx';
import { fileCoachGap } from './file-coach-gap.ts';
import { useNarration } from './use-narration.ts';

/** Files a flagged silence in the gap log as "Invariant not stated", due for a re-drill in 24 h. */
function fileSilence(roundId: string, problemId: string | null, flag: FlaggedSilence): Promise<void> {
  return fileCoachGap({
    roundId,
    problemId,
    momentMs: flag.startMs,
    categories: ['invariant-not-stated'],
    quote: `(silence) ${silenceLine(flag)}`,
    fix: 'Say what the code is about to do, and the invariant it keeps, before typing it.',
  });
}

interface Props {
  roundId: string;
  recording: RecordingRecord;
  blob: Blob;
  roundStart: number;
  events: readonly TimelineEvent[];
  problemId: string | null;
  /** Puts the audio (and the replay) at `offsetMs` from the round's start. */
  playAt(offsetMs: number): void;
}

/**
 * Where the candidate spoke and where they went quiet: voice activity detection over the recording
 * (once, then kept with it), silences over 45 s while writing or running code flagged with times.
 */
export function NarrationCoach({ roundId, recording, blob, roundStart, events, problemId, playAt }: Props) {
  const { progress, error } = useNarration(roundId, recording, blob);
  const [filed, setFiled] = useState<Set<number>>(new Set());
  const finished = recording.endedAt !== undefined;
  const narration = recording.narration;

  const summary = useMemo(
    () =>
      narration
        ? summariseNarration({
            speech: narration.speech,
            recordedMs: narration.recordedMs,
            recordingOffsetMs: recording.startedAt - roundStart,
            roundStart,
            events,
          })
        : null,
    [narration, recording.startedAt, roundStart, events],
  );

  async function file(flag: FlaggedSilence, i: number) {
    await fileSilence(roundId, problemId, flag);
    setFiled((s) => new Set(s).add(i));
  }

  const pending = coachPending({ finished, error, progress, ready: summary !== null });
  if (pending || !summary) return pending;
  const total = Math.max(1, recording.startedAt - roundStart + summary.recordedMs);
  const pct = (ms: number) => `${((ms / total) * 100).toFixed(2)}%`;
  return (
    <section aria-labelledby="narration-title" className="narration">
      <h3 id="narration-title">Narration coach</h3>
      <div className="narration-strip" aria-hidden="true">
        {summary.speech.map((s, i) => (
          <span key={`s${i}`} className="spoken" style={{ left: pct(s.startMs), width: pct(s.endMs - s.startMs) }} />
        ))}
        {summary.flagged.map((s, i) => (
          <span key={`f${i}`} className="flagged" style={{ left: pct(s.startMs), width: pct(s.endMs - s.startMs) }} />
        ))}
      </div>
      <p className="muted">Green: spoken · amber: a long silence while you wrote or ran code.</p>
      <ul aria-label="Narration figures">
        <SpokenAndSilence {...summary} />
        {summary.aloudAnswers.map((a, i) => (
          <li key={i}>
            Interruption at {formatClock(a.askedAtMs)} answered aloud: {formatDuration(a.spokenMs)} spoken
          </li>
        ))}
      </ul>
      {summary.flagged.length === 0 ? (
        <p>No silence over {SILENCE_THRESHOLD_MS / 1000} s while you wrote or ran code.</p>
      ) : (
        <ol aria-label="Long silences" className="flagged-silences">
          {summary.flagged.map((f, i) => (
            <li key={i}>
              {silenceLine(f)}{' '}
              <button type="button" className="link" onClick={() => playAt(f.startMs)}>
                Play from {formatClock(f.startMs)}
              </button>{' '}
              {filed.has(i) ? (
                <span className="muted">Filed in the gap log.</span>
              ) : (
                <button type="button" onClick={() => void file(f, i)}>
                  File as a gap entry
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
