import { useEffect, useState } from 'react';
import { speechStretches } from '../../domain/narration.ts';
import { saveNarration, type RecordingRecord } from '../../storage/audio-repo.ts';
import { write } from '../../storage/storage-health.ts';
import { detectVoice } from './vad-client.ts';

/**
 * Runs voice activity detection over a finished recording once and keeps the reading with it
 * (coding rounds, practice rounds and story drills alike). Returns the progress (0–1, null when not
 * running) and the error, if the recording could not be listened to.
 */
export function useNarration(
  roundId: string,
  recording: RecordingRecord,
  blob: Blob,
): { progress: number | null; error: string | null } {
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const finished = recording.endedAt !== undefined;
  const narration = recording.narration;

  useEffect(() => {
    if (!finished || narration) return;
    let live = true;
    const stop = new AbortController();
    void detectVoice(blob, (share) => live && setProgress(share), stop.signal).then(async (outcome) => {
      if (!live) return;
      setProgress(null);
      if (!outcome.ok) {
        setError(`The narration coach could not listen to this recording: ${outcome.message}`);
        return;
      }
      const speech = speechStretches(outcome.probabilities, outcome.frameMs);
      await write((db) =>
        saveNarration(db, roundId, { speech, recordedMs: Math.round(outcome.durationMs), analysedAt: Date.now() }),
      );
    });
    return () => {
      live = false;
      stop.abort();
    };
  }, [finished, narration, blob, roundId]);

  return { progress, error };
}
