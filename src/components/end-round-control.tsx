// End round behind a confirmation, for every kind of round: a mis-click should not end a mock.
import { useRef, useState } from 'react';
import { useModal } from './use-modal.ts';

/** The End round button and its "End the round?" dialog; `note` says what happens on ending. */
export function EndRoundControl({ onEnd, note }: { onEnd: () => void; note: string }) {
  const [confirming, setConfirming] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Where the candidate was before reaching for End round (the editor, usually): Keep going goes back there.
  const before = useRef<Element | null>(null);
  useModal(dialog, confirming, {
    onEscape: () => setConfirming(false),
    returnFocus: () =>
      before.current instanceof HTMLElement && before.current !== document.body ? before.current : button.current,
  });
  return (
    <div className="end-round">
      <button
        ref={button}
        type="button"
        onPointerDown={() => (before.current = document.activeElement)}
        onKeyDown={() => (before.current = button.current)}
        onClick={() => setConfirming(true)}
        aria-expanded={confirming}
      >
        End round
      </button>
      {confirming ? (
        <div ref={dialog} role="dialog" aria-modal="true" aria-label="End the round?" className="confirm">
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
