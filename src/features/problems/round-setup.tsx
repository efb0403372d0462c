import { useState } from 'react';
import { useNavigate } from 'react-router';
import { problems } from '../../lib/problem-bank.ts';
import { DEFAULT_ROUND_LENGTH_MIN, ROUND_LENGTH_PRESETS_MIN } from '../../domain/round-clock.ts';
import { startRound } from '../../stores/round-store.ts';

/** Length, an optional second problem, and Start round. */
export function RoundSetup({ problemId }: { problemId: string }) {
  const navigate = useNavigate();
  const [minutes, setMinutes] = useState<number>(DEFAULT_ROUND_LENGTH_MIN);
  const [second, setSecond] = useState('');
  const [starting, setStarting] = useState(false);

  async function start() {
    setStarting(true);
    const ids = second ? [problemId, second] : [problemId];
    const id = await startRound(ids, minutes * 60_000, 'off');
    navigate(`/round/${id}`);
  }

  return (
    <form
      className="round-setup"
      aria-label="Round setup"
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <fieldset>
        <legend>Round length</legend>
        {ROUND_LENGTH_PRESETS_MIN.map((m) => (
          <label key={m} className="chip">
            <input type="radio" name="length" value={m} checked={minutes === m} onChange={() => setMinutes(m)} />
            {m} min
          </label>
        ))}
      </fieldset>
      <label className="field">
        Second problem (optional)
        <select value={second} onChange={(e) => setSecond(e.target.value)}>
          <option value="">None</option>
          {problems
            .filter((p) => p.id !== problemId)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={starting}>
        Start round
      </button>
    </form>
  );
}
