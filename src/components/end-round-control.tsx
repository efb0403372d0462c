// End round behind a confirmation, for every kind of round: a mis-click should not end a mock.
import { useState } from 'react';

/** The End round button and its "End the round?" dialog; `note` says what happens on ending. */
export function EndRoundControl({ onEnd, note }: { onEnd: () => void; note: string }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="end-round">
      <button type="button" onClick={() => setConfirming(true)} aria-expanded={confirming}>
        End round
      </button>
      {confirming ? (
        <div role="dialog" aria-label="End the round?" className="confirm">
          <p>{note}</p>
          <button type="button" className="danger" onClick={onEnd} autoFocus>
            End now
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep going
          </button>
        </div>
      ) : null}
    </div>
  );
}
