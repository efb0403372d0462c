import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import {
  DEFAULT_INTERRUPTION_MIN,
  INTERRUPTION_PRESETS_MIN,
  type InterruptionMode,
} from '../../domain/interruption-scheduler.ts';
import { CODE_RANDOM_BYTES, defaultServerUrl, newPairCode, normalizePairCode, parseServerUrl } from '../../domain/pair-code.ts';
import { DEFAULT_ROUND_LENGTH_MIN, ROUND_LENGTH_PRESETS_MIN } from '../../domain/round-clock.ts';
import { problems } from '../../data/problem-bank.ts';
import { mayReach } from '../../pairing/connect-policy.ts';
import { announceNextRound, pendingSwap, savePairing } from '../../stores/pair-store.ts';
import { startRound } from '../../stores/round-store.ts';
import { useSettingsStore } from '../../stores/settings-store.ts';

const MODES: { value: InterruptionMode; label: string }[] = [
  { value: 'off', label: 'Off' },
  { value: 'fixed', label: 'Every N minutes' },
  { value: 'random', label: 'Randomly, around every N minutes' },
];
const MAX_CUSTOM_MIN = 180;

interface Props {
  problemId: string;
  /** More options from other features (the page composes them), shown before Start round. */
  extra?: ReactNode;
  /** Called with the new round's id once it is stored, before the round page opens. */
  onStarted?: (roundId: string) => void;
}

/** Length, an optional second problem, interviewer interruptions, and Start round. */
export function RoundSetup({ problemId, extra, onStarted }: Props) {
  const navigate = useNavigate();
  const [minutes, setMinutes] = useState<number>(DEFAULT_ROUND_LENGTH_MIN);
  const [second, setSecond] = useState('');
  const [mode, setMode] = useState<InterruptionMode>('off');
  const [every, setEvery] = useState<number>(DEFAULT_INTERRUPTION_MIN);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  // After interviewing, a partner who swaps roles arrives here with pairing already chosen.
  const [swap] = useState(pendingSwap);
  const [paired, setPaired] = useState(swap !== null);
  const [server, setServer] = useState(() => swap?.serverUrl ?? defaultServerUrl(window.location));
  const serverUrl = parseServerUrl(server);
  const chime = useSettingsStore((s) => s.interruptionChime);
  const speak = useSettingsStore((s) => s.speakQuestions);
  const setCues = useSettingsStore((s) => s.setCues);
  const custom = !(ROUND_LENGTH_PRESETS_MIN as readonly number[]).includes(minutes);

  async function start() {
    setStarting(true);
    setStartError(null);
    try {
      const ids = second ? [problemId, second] : [problemId];
      const seed = crypto.getRandomValues(new Uint32Array(1))[0]!;
      const id = await startRound(ids, minutes * 60_000, 'off', { mode, everyMin: every, seed });
      if (paired && serverUrl) {
        const code = normalizePairCode(newPairCode(crypto.getRandomValues(new Uint8Array(CODE_RANDOM_BYTES))))!;
        const config = savePairing(id, { code, serverUrl });
        if (swap) announceNextRound(swap, config);
        // This page may reach only the server it already uses: another one needs a fresh page.
        if (!mayReach(serverUrl)) {
          window.location.assign(`/round/${id}`);
          return;
        }
      }
      onStarted?.(id);
      navigate(`/round/${id}`);
    } catch (err) {
      setStartError(`The round could not be started: ${err instanceof Error ? err.message : String(err)}. Try again, or reload the page.`);
    } finally {
      // Whatever happened, Start round works again.
      setStarting(false);
    }
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
        <label className="field inline">
          Custom length (minutes)
          <input
            type="number"
            min={1}
            max={MAX_CUSTOM_MIN}
            value={custom ? minutes : ''}
            placeholder="—"
            onChange={(e) => {
              const m = Math.round(Number(e.target.value));
              if (m >= 1 && m <= MAX_CUSTOM_MIN) setMinutes(m);
            }}
          />
        </label>
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
      <fieldset>
        <legend>Interviewer interruptions</legend>
        {MODES.map((m) => (
          <label key={m.value} className="chip">
            <input type="radio" name="interruptions" value={m.value} checked={mode === m.value} onChange={() => setMode(m.value)} />
            {m.label}
          </label>
        ))}
        {mode !== 'off' ? (
          <>
            <label className="field inline">
              N (minutes)
              <select value={every} onChange={(e) => setEvery(Number(e.target.value))}>
                {INTERRUPTION_PRESETS_MIN.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
            <label className="check">
              <input type="checkbox" checked={chime} onChange={(e) => setCues({ interruptionChime: e.target.checked })} />
              Chime
            </label>
            <label className="check">
              <input type="checkbox" checked={speak} onChange={(e) => setCues({ speakQuestions: e.target.checked })} />
              Speak the question
            </label>
          </>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>Interviewer</legend>
        <label className="check">
          <input type="checkbox" checked={paired} onChange={(e) => setPaired(e.target.checked)} />
          Paired mock (a partner interviews you)
        </label>
        {paired ? (
          <>
            <label className="field inline">
              Pairing server
              <input value={server} onChange={(e) => setServer(e.target.value)} aria-invalid={!serverUrl} spellCheck={false} />
            </label>
            {swap ? <p>Roles swapped: your partner gets the link to this round on their screen.</p> : null}
            <p className="muted">
              {serverUrl
                ? 'After Start round you get a link and a code for your partner, who opens it in another browser and runs the round as your interviewer.'
                : 'Enter the pairing server as ws://host:port (npm run pair-server prints it).'}
            </p>
          </>
        ) : null}
      </fieldset>
      {extra}
      <button type="submit" className="primary" disabled={starting || (paired && !serverUrl)}>
        Start round
      </button>
      {startError ? (
        <p role="alert" className="error">
          {startError}
        </p>
      ) : null}
    </form>
  );
}
