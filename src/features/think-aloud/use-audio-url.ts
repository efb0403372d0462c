import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { loadAudio, type RecordingRecord } from '../../storage/audio-repo.ts';
import { getDb } from '../../storage/db.ts';

export interface StoredAudio {
  recording: RecordingRecord;
  /** An object URL of the whole recording (revoked when the page lets go of it). */
  url: string;
  blob: Blob;
}

/** The recording of `roundId` as a playable URL; null while loading, undefined when there is none. */
export function useStoredAudio(roundId: string): StoredAudio | null | undefined {
  // Re-read when the recording's record changes (the last chunk lands after the round ends).
  const loaded = useLiveQuery(async () => (await loadAudio(getDb(), roundId)) ?? undefined, [roundId], null);
  const audio = useMemo(() => {
    if (!loaded) return loaded;
    if (loaded.chunks.length === 0) return undefined;
    const blob = new Blob(loaded.chunks, { type: loaded.recording.mimeType });
    return { recording: loaded.recording, blob, url: URL.createObjectURL(blob) };
  }, [loaded]);
  useEffect(() => () => void (audio && URL.revokeObjectURL(audio.url)), [audio]);
  return audio;
}
