import { useId, useRef, useState } from 'react';
import { useModal } from '../../components/use-modal.ts';
import type { SelfRating } from '../../domain/timeline.ts';
import { openInterruption } from '../../domain/timeline.ts';
import { useRoundStore } from '../../stores/round-store.ts';
import { useInterruptionCues } from './use-interruption-cues.ts';

const RATINGS: { value: SelfRating; label: string }[] = [
  { value: 'clear', label: 'Clear' },
  { value: 'partial', label: 'Partial' },
  { value: 'lost', label: 'Lost it' },
];

/**
 * The interviewer cutting in. The round clock keeps running while it is open, as in a real
 * interview; the candidate types a short answer or says it aloud, and may rate it.
 */
export function InterruptionDialog() {
  const open = useRoundStore((s) => openInterruption(s.events));
  const answer = useRoundStore((s) => s.answerInterruption);
  const [text, setText] = useState('');
  const [rating, setRating] = useState<SelfRating | null>(null);
  const [sending, setSending] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const questionId = useId();
  useInterruptionCues(open?.question ?? null);

  // Modal: the answer box takes the focus, Tab stays in the dialog, nothing typed reaches the
  // editor behind it, and answering gives the focus back to the editor (or wherever it was).
  useModal(dialog, open !== undefined);

  if (!open) return null;
  const send = async (aloud: boolean) => {
    setSending(true);
    await answer({ text, aloud, rating });
    setText('');
    setRating(null);
    setSending(false);
  };
  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={questionId}
        className="interruption"
      >
        <h2 id={titleId}>Interviewer interruption</h2>
        <p id={questionId} className="question">
          {open.question}
        </p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) void send(false);
          }}
        >
          <label className="field">
            Your answer
            <textarea value={text} rows={3} onChange={(e) => setText(e.target.value)} />
          </label>
          <fieldset className="rating">
            <legend>How did it go? (optional)</legend>
            {RATINGS.map((r) => (
              <label key={r.value} className="chip">
                <input
                  type="radio"
                  name="rating"
                  value={r.value}
                  checked={rating === r.value}
                  onChange={() => setRating(r.value)}
                />
                {r.label}
              </label>
            ))}
          </fieldset>
          <div className="actions">
            <button type="submit" className="primary" disabled={sending || !text.trim()}>
              Submit answer
            </button>
            <button type="button" disabled={sending} onClick={() => void send(true)}>
              Answered aloud
            </button>
            <span className="muted">The clock is still running.</span>
          </div>
        </form>
      </div>
    </div>
  );
}
