// The interviewer's scorecard: four signals from very weak to very strong with evidence, hire or
// no hire, and a summary. It reaches the candidate only on Send feedback.
import { useState } from 'react';
import {
  RATING_LABELS,
  SIGNALS,
  type HireDecision,
  type Scorecard,
  type SignalId,
  type SignalRating,
} from '../../domain/scorecard.ts';

const RATINGS = [1, 2, 3, 4, 5] as const satisfies readonly SignalRating[];

interface Props {
  onSend: (card: Scorecard) => void;
  /** Sent, and whether the candidate's app has filed it. */
  state: 'unsent' | 'sent' | 'received';
}

export function ScorecardForm({ onSend, state }: Props) {
  const [ratings, setRatings] = useState<Partial<Record<SignalId, SignalRating>>>({});
  const [comments, setComments] = useState<Partial<Record<SignalId, string>>>({});
  const [decision, setDecision] = useState<HireDecision | null>(null);
  const [summary, setSummary] = useState('');
  const complete = SIGNALS.every((s) => ratings[s.id] !== undefined) && decision !== null;

  function send() {
    if (!complete) return;
    const signals = Object.fromEntries(
      SIGNALS.map((s) => [s.id, { rating: ratings[s.id]!, comment: (comments[s.id] ?? '').trim() }]),
    ) as Scorecard['signals'];
    onSend({ signals, decision, summary: summary.trim() });
  }

  return (
    <form
      aria-label="Scorecard"
      className="scorecard-form"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <h2>Scorecard</h2>
      {SIGNALS.map((s) => (
        <fieldset key={s.id}>
          <legend>{s.label}</legend>
          {RATINGS.map((r) => (
            <label key={r} className="chip">
              <input
                type="radio"
                name={`signal-${s.id}`}
                checked={ratings[s.id] === r}
                onChange={() => setRatings((x) => ({ ...x, [s.id]: r }))}
              />
              {RATING_LABELS[r]}
            </label>
          ))}
          <label className="field">
            Evidence for {s.label.toLowerCase()}
            <textarea
              rows={2}
              value={comments[s.id] ?? ''}
              onChange={(e) => setComments((x) => ({ ...x, [s.id]: e.target.value }))}
            />
          </label>
        </fieldset>
      ))}
      <fieldset>
        <legend>Decision</legend>
        <label className="chip">
          <input type="radio" name="decision" checked={decision === 'hire'} onChange={() => setDecision('hire')} />
          Hire
        </label>
        <label className="chip">
          <input
            type="radio"
            name="decision"
            checked={decision === 'no-hire'}
            onChange={() => setDecision('no-hire')}
          />
          No hire
        </label>
      </fieldset>
      <label className="field">
        Summary for the candidate (what to work on)
        <textarea rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={!complete || state !== 'unsent'}>
        Send feedback
      </button>
      {state !== 'unsent' ? (
        <p role="status">
          {state === 'received'
            ? 'Feedback received: it is in the candidate’s review and gap log.'
            : 'Feedback sent; it lands when the candidate’s app is connected.'}
        </p>
      ) : (
        <p className="muted">Weak and very weak signals become entries in the candidate’s gap log.</p>
      )}
    </form>
  );
}
