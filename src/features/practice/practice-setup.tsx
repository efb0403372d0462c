// Start a fundamentals, system design or behavioral round on its own (full loops start them too).
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { designPromptTitles } from 'virtual:practice-index';
import { BEHAVIORAL_DEFAULTS } from '../../domain/behavioral-round.ts';
import { DESIGN_DEFAULT_MINUTES } from '../../domain/design-round.ts';
import { FUNDAMENTALS_DEFAULTS, questionLimitMs } from '../../domain/fundamentals-round.ts';
import { formatClock } from '../../domain/round-clock.ts';
import type { SessionKind } from '../../domain/practice-round-lifecycle.ts';
import { startSession, type StartOptions } from '../../stores/practice-round-store.ts';

const RANDOM_PROMPT = '';

function useStart(onStarted?: (sessionId: string) => void) {
  const navigate = useNavigate();
  // Shown in the form whose start failed, where the eye is (a phone shows one form at a time).
  const [error, setError] = useState<{ kind: SessionKind; text: string } | null>(null);
  const [starting, setStarting] = useState(false);
  async function start(kind: SessionKind, options: StartOptions) {
    setStarting(true);
    setError(null);
    try {
      const id = await startSession(kind, options);
      onStarted?.(id);
      navigate(`/session/${id}`);
    } catch (e) {
      setError({ kind, text: e instanceof Error ? e.message : String(e) });
      setStarting(false);
    }
  }
  return { start, error, starting };
}

/** A whole number within bounds, or the fallback when the field is empty or nonsense. */
function whole(value: string, min: number, max: number, fallback: number): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && value.trim() !== '' ? Math.min(max, Math.max(min, n)) : fallback;
}

/** `onStarted` gets the new session's id once it is stored (the page starts recording it). */
export function PracticeSetup({ onStarted }: { onStarted?: (sessionId: string) => void } = {}) {
  const { start, error, starting } = useStart(onStarted);
  const [count, setCount] = useState(String(FUNDAMENTALS_DEFAULTS.count));
  const [fundMinutes, setFundMinutes] = useState(String(FUNDAMENTALS_DEFAULTS.minutes));
  const [promptId, setPromptId] = useState(RANDOM_PROMPT);
  const [designMinutes, setDesignMinutes] = useState(String(DESIGN_DEFAULT_MINUTES));
  const [behavioralCount, setBehavioralCount] = useState(String(BEHAVIORAL_DEFAULTS.count));
  const [behavioralMinutes, setBehavioralMinutes] = useState(String(BEHAVIORAL_DEFAULTS.minutes));

  const questions = whole(count, 1, 60, FUNDAMENTALS_DEFAULTS.count);
  const minutes = whole(fundMinutes, 1, 120, FUNDAMENTALS_DEFAULTS.minutes);
  const submit = (kind: SessionKind, options: StartOptions) => (e: FormEvent) => {
    e.preventDefault();
    void start(kind, options);
  };

  return (
    <div className="practice">
      <form
        aria-label="ML fundamentals"
        className="practice-card"
        onSubmit={submit('fundamentals', { minutes, count: questions })}
      >
        <h2>ML fundamentals</h2>
        <p>
          Rapid-fire concept questions and debugging scenarios. Answer, then compare with the model answer and its
          deeper follow-up, and grade how deep you went.
        </p>
        <NumberField label="Questions" min={1} max={60} value={count} onChange={setCount} />
        <NumberField label="Minutes" min={1} max={120} value={fundMinutes} onChange={setFundMinutes} />
        <p className="muted">{formatClock(questionLimitMs(minutes * 60_000, questions))} per question.</p>
        <button type="submit" className="primary" disabled={starting}>
          Start round
        </button>
        <StartError error={error} kind="fundamentals" />
      </form>
      <form
        aria-label="ML system design"
        className="practice-card"
        onSubmit={submit('design', {
          minutes: whole(designMinutes, 10, 120, DESIGN_DEFAULT_MINUTES),
          ...(promptId ? { promptId } : {}),
        })}
      >
        <h2>ML system design</h2>
        <p>
          One prompt through six steps, each with its own time budget and notes, plus the numbers a design should carry.
        </p>
        <label className="field">
          Prompt
          <select value={promptId} onChange={(e) => setPromptId(e.target.value)}>
            <option value={RANDOM_PROMPT}>Surprise me</option>
            {designPromptTitles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
        <NumberField label="Minutes" min={10} max={120} value={designMinutes} onChange={setDesignMinutes} />
        <button type="submit" className="primary" disabled={starting}>
          Start round
        </button>
        <StartError error={error} kind="design" />
      </form>
      <form
        aria-label="Behavioral"
        className="practice-card"
        onSubmit={submit('behavioral', {
          minutes: whole(behavioralMinutes, 5, 90, BEHAVIORAL_DEFAULTS.minutes),
          count: whole(behavioralCount, 1, 12, BEHAVIORAL_DEFAULTS.count),
        })}
      >
        <h2>Behavioral</h2>
        <p>
          ML-specific questions matched to the stories in your inventory, a 90-second clock per answer, and the
          follow-ups to expect.
        </p>
        <NumberField label="Questions" min={1} max={12} value={behavioralCount} onChange={setBehavioralCount} />
        <NumberField label="Minutes" min={5} max={90} value={behavioralMinutes} onChange={setBehavioralMinutes} />
        <button type="submit" className="primary" disabled={starting}>
          Start round
        </button>
        <StartError error={error} kind="behavioral" />
      </form>
    </div>
  );
}

/** Why the round of `kind` did not start (e.g. offline before its questions ever loaded), under its button. */
function StartError({ error, kind }: { error: { kind: SessionKind; text: string } | null; kind: SessionKind }) {
  if (error?.kind !== kind) return null;
  return (
    <p role="alert" className="error">
      {error.text}
    </p>
  );
}

/** A labelled whole-number field of the setup forms; the text is kept as typed and read on submit. */
function NumberField(props: {
  label: string;
  min: number;
  max: number;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="field inline">
      {props.label}
      <input
        type="number"
        min={props.min}
        max={props.max}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}
