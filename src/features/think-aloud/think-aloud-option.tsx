import './think-aloud.css';
import { useEffect, useState } from 'react';
import { noticeSeen, useRecorder } from './recorder.ts';

/** The setup's "Record my thinking aloud" box: off by default, and the first time it says where the audio goes. */
export function ThinkAloudOption() {
  const armed = useRecorder((s) => s.armed);
  const setArmed = useRecorder((s) => s.setArmed);
  const [seen] = useState(noticeSeen);
  // Off on every visit: recording is chosen for a round, never carried over.
  useEffect(() => setArmed(false), [setArmed]);
  return (
    <fieldset className="think-aloud-option">
      <legend>Think aloud</legend>
      <label className="check">
        <input type="checkbox" checked={armed} onChange={(e) => setArmed(e.target.checked)} />
        Record my thinking aloud
      </label>
      {armed ? (
        <p className={seen ? 'muted' : 'notice'}>
          {seen
            ? 'Recorded in this browser only, kept with the round and deleted with it.'
            : 'Your microphone is recorded for the whole round so the review can play it back beside what you did. The audio never leaves this browser: it is stored on this device only, with the round, and deleted with it.'}
        </p>
      ) : null}
    </fieldset>
  );
}
