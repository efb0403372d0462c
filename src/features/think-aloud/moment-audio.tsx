import './think-aloud.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { formatClock } from '../../domain/round-clock.ts';
import { audioChunksOf, recordingOf } from '../../storage/audio-repo.ts';
import { getDb } from '../../storage/db.ts';

/** Where a moment of a round falls in its recording (null: the round has no recording now). */
async function momentPlace(roundId: string): Promise<{ recordingStart: number; roundStart: number } | null> {
  const db = getDb();
  const recording = await recordingOf(db, roundId);
  if (!recording || recording.chunks === 0) return null;
  // A coding round's moment counts from the round's start, a practice round's from the session's.
  const round = (await db.rounds.get(roundId)) ?? (await db.sessions.get(roundId));
  return { recordingStart: recording.startedAt, roundStart: round?.startedAt ?? recording.startedAt };
}

/**
 * A gap entry's "Play this moment": the round's think-aloud audio, played here from the entry's
 * moment, so re-drilling starts from what was actually said. The bytes are read only on a click;
 * with the recording deleted there is no button at all.
 */
export function MomentAudio({ roundId, momentMs }: { roundId: string; momentMs: number }) {
  const place = useLiveQuery(() => momentPlace(roundId), [roundId], null);
  const [url, setUrl] = useState<string | null>(null);
  const el = useRef<HTMLAudioElement>(null);
  const startS = place ? Math.max(0, (place.roundStart + momentMs - place.recordingStart) / 1000) : 0;

  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  // The recording was deleted (or never made): no link, not a broken one.
  if (!place) return null;

  async function open() {
    if (url) {
      const a = el.current;
      if (a) {
        a.currentTime = startS;
        void a.play().catch(() => {});
      }
      return;
    }
    const db = getDb();
    const [recording, chunks] = await Promise.all([recordingOf(db, roundId), audioChunksOf(db, roundId)]);
    if (!recording || chunks.length === 0) return;
    setUrl(URL.createObjectURL(new Blob(chunks, { type: recording.mimeType })));
  }

  return (
    <span className="moment-audio">
      <button
        type="button"
        className="link play-moment"
        onClick={() => void open()}
        aria-label={`Play this moment (${formatClock(momentMs)}) from the round’s recording`}
      >
        <span aria-hidden="true">▶ </span>Play this moment
      </button>
      {url ? (
        <audio
          ref={el}
          controls
          src={url}
          aria-label={`Recording at ${formatClock(momentMs)}`}
          onLoadedMetadata={(e) => {
            const a = e.currentTarget;
            a.currentTime = startS;
            void a.play().catch(() => {});
          }}
        />
      ) : null}
    </span>
  );
}
