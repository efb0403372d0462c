import './think-aloud.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { recordingOf } from '../../storage/audio-repo.ts';
import { getDb } from '../../storage/db.ts';
import { formatBytes } from './format-bytes.ts';
import { recorderMessage, stopRecording, useRecorder } from './recorder.ts';

/**
 * The round page's recording indicator and level meter, or the reason nothing is recorded. Stops
 * the recording when the round ends, the page is left or the tab closed (nothing records without this
 * on screen). Coding rounds, practice rounds and story drills show it alike.
 */
export function RecordingBar({ roundId, ended }: { roundId: string; ended: boolean }) {
  const mine = useRecorder((s) => s.roundId === roundId);
  const status = useRecorder((s) => s.status);
  const level = useRecorder((s) => s.level);
  const bytes = useRecorder((s) => s.bytes);
  // What this round recorded before the page was loaded (a reload stops the recorder).
  const earlier = useLiveQuery(
    async () => (await recordingOf(getDb(), roundId).catch(() => undefined))?.bytes ?? null,
    [roundId],
    null,
  );

  useEffect(() => {
    if (ended) void stopRecording(roundId);
  }, [ended, roundId]);
  // A closed tab ends the recording too: the last chunk and the end time are written as it goes.
  useEffect(() => {
    const onHide = (e: PageTransitionEvent) => {
      if (!e.persisted) void stopRecording(roundId);
    };
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, [roundId]);
  useEffect(() => {
    return () => {
      // Deferred: a remount of the same page (React's development double mount) keeps recording.
      setTimeout(() => {
        if (!document.querySelector(`[data-recording-round="${CSS.escape(roundId)}"]`)) void stopRecording(roundId);
      }, 0);
    };
  }, [roundId]);

  if ((!mine || status === 'idle') && !ended && earlier !== null)
    return (
      <p role="status" aria-label="Think-aloud recording" className="recording-bar" data-recording-round={roundId}>
        Recording stopped when the page reloaded. What you said until then ({formatBytes(earlier)}) is kept with the
        round; the rest of this round is not recorded.
      </p>
    );
  if (!mine || status === 'idle') return null;
  const message = recorderMessage(status);
  if (message)
    return (
      <p role="alert" className="recording-bar error" data-recording-round={roundId}>
        {message}
      </p>
    );
  return (
    <div role="status" aria-label="Think-aloud recording" className="recording-bar" data-recording-round={roundId}>
      {status === 'recording' ? (
        <>
          <span className="recording-dot" aria-hidden="true" />
          <span>Recording your voice (stays in this browser)</span>
          <meter aria-label="Microphone level" min={0} max={1} low={0.15} value={level} />
          <span className="muted">{formatBytes(bytes)}</span>
        </>
      ) : status === 'starting' ? (
        <span>Asking for the microphone…</span>
      ) : (
        <span>Recording stopped and saved with the round ({formatBytes(bytes)}).</span>
      )}
    </div>
  );
}
