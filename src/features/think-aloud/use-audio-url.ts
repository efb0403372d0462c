import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { audioChunksOf, recordingOf, type RecordingRecord } from '../../storage/audio-repo.ts';
import { getDb } from '../../storage/db.ts';

export interface StoredAudio {
  recording: RecordingRecord;
  /** An object URL of the whole recording (revoked when the page lets go of it). */
  url: string;
  blob: Blob;
}

/** The recording of `roundId` as a playable URL; null while loading, undefined when there is none. */
export function useStoredAudio(roundId: string): StoredAudio | null | undefined {
  // Two queries: the record changes (end, the coach's reading) without the bytes being read again,
  // so the player keeps its place.
  const recording = useLiveQuery(async () => (await recordingOf(getDb(), roundId)) ?? undefined, [roundId], null);
  const chunks = useLiveQuery(() => audioChunksOf(getDb(), roundId), [roundId], null);
  const mimeType = recording?.mimeType;
  const media = useMemo(() => {
    if (!chunks || chunks.length === 0 || !mimeType) return null;
    const blob = new Blob(chunks, { type: mimeType });
    return { blob, url: URL.createObjectURL(blob) };
  }, [chunks, mimeType]);
  useEffect(() => () => void (media && URL.revokeObjectURL(media.url)), [media]);
  if (recording === null || chunks === null) return null;
  if (!recording || !media) return undefined;
  return { recording, ...media };
}
