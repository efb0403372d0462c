import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { categoryLabel, FAILURE_CATEGORIES } from '../../data/failure-categories.ts';
import type { GapEntry } from '../../domain/gap-entry.ts';
import { newRedrill } from '../../domain/gap-schedule.ts';
import { formatClock } from '../../domain/round-clock.ts';
import { recordingOf } from '../../storage/audio-repo.ts';
import { getDb } from '../../storage/db.ts';
import { addGap, deleteGap } from '../../storage/gaps-repo.ts';
import { write } from '../../storage/storage-health.ts';

export interface Moment {
  offsetMs: number;
  label: string;
}

interface Props {
  roundId: string;
  problemId: string | null;
  family: GapEntry['family'];
  tags: string[];
  moments: Moment[];
  /** The replay's current position, offered as the default moment. */
  replayOffsetMs: number;
  entries: GapEntry[];
  /** Plays the round's think-aloud audio from `offsetMs` after the round's start (the replay goes there too). */
  playMoment?(offsetMs: number): void;
  /** What the replay is called in the moment's list (the design review's is the Board replay). */
  replayLabel?: string;
  /** Shown under each entry (the design review's "Show board at 12:05"). */
  entryExtra?: (entry: GapEntry) => ReactNode;
}

/** "Play this moment": offered only while the round has a recording (a deleted one leaves no link). */
function PlayMoment({ offsetMs, play, label }: { offsetMs: number; play(offsetMs: number): void; label: string }) {
  return (
    <button type="button" className="link play-moment" onClick={() => play(offsetMs)} aria-label={label}>
      <span aria-hidden="true">▶ </span>Play this moment
    </button>
  );
}

/** Name the moment control was lost, file it under categories, quote it, write the fix. */
export function SelfCritique({
  roundId,
  problemId,
  family,
  tags,
  moments,
  replayOffsetMs,
  entries,
  playMoment,
  replayLabel = 'Replay position',
  entryExtra,
}: Props) {
  const [moment, setMoment] = useState<string>('replay');
  const hasAudio = useLiveQuery(async () => (await recordingOf(getDb(), roundId)) !== undefined, [roundId], false);
  const play = hasAudio ? playMoment : undefined;
  const [categories, setCategories] = useState<string[]>([]);
  const [quote, setQuote] = useState('');
  const [fix, setFix] = useState('');
  const valid = categories.length > 0 && quote.trim() !== '' && fix.trim() !== '';

  function chosenOffset(): number {
    return moment === 'replay' ? replayOffsetMs : Number(moment);
  }

  async function add() {
    const now = Date.now();
    const offset = chosenOffset();
    await write((db) =>
      addGap(db, {
        id: crypto.randomUUID(),
        roundId,
        problemId,
        family,
        tags,
        momentMs: offset,
        categories,
        quote: quote.trim(),
        fix: fix.trim(),
        source: 'self',
        createdAt: now,
        redrill: newRedrill(now),
        status: 'open',
      }),
    );
    setCategories([]);
    setQuote('');
    setFix('');
  }

  return (
    <section aria-labelledby="critique-title" className="critique">
      <h2 id="critique-title">Self-critique</h2>
      <p className="muted">
        If you cannot quote yourself, you are not reviewing honestly. Each entry schedules a re-drill within 24 hours.
      </p>
      <form
        aria-label="Add a gap entry"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) void add();
        }}
      >
        <label className="field">
          The moment you lost control
          <select value={moment} onChange={(e) => setMoment(e.target.value)}>
            <option value="replay">
              {replayLabel} ({formatClock(replayOffsetMs)})
            </option>
            {moments.map((m, i) => (
              <option key={i} value={m.offsetMs}>
                {formatClock(m.offsetMs)} · {m.label}
              </option>
            ))}
          </select>
        </label>
        {play ? (
          <PlayMoment
            offsetMs={chosenOffset()}
            play={play}
            label={`Play this moment (${formatClock(chosenOffset())}) from your recording`}
          />
        ) : null}
        <fieldset className="categories">
          <legend>Failure categories</legend>
          {FAILURE_CATEGORIES.map((c) => (
            <label key={c.id} className="chip" title={c.description}>
              <input
                type="checkbox"
                checked={categories.includes(c.id)}
                onChange={(e) =>
                  setCategories(e.target.checked ? [...categories, c.id] : categories.filter((x) => x !== c.id))
                }
              />
              {c.label}
            </label>
          ))}
        </fieldset>
        <label className="field">
          The exact sentence or line that weakened it
          <textarea rows={2} value={quote} onChange={(e) => setQuote(e.target.value)} />
        </label>
        <label className="field">
          The fix
          <textarea rows={2} value={fix} onChange={(e) => setFix(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={!valid}>
          Add to gap log
        </button>
      </form>
      {entries.length > 0 ? (
        <ul className="gap-entries" aria-label="Gap entries for this round">
          {entries.map((g) => (
            <li key={g.id}>
              <span className="muted">{formatClock(g.momentMs)}</span> {g.categories.map(categoryLabel).join(', ')}
              {g.source === 'partner' ? <span className="badge">partner</span> : null}
              {play ? (
                <PlayMoment
                  offsetMs={g.momentMs}
                  play={play}
                  label={`Play this moment (${formatClock(g.momentMs)}) of this gap entry`}
                />
              ) : null}
              <blockquote>{g.quote}</blockquote>
              <p>Fix: {g.fix}</p>
              {entryExtra?.(g)}
              <p className="muted">Re-drill due {new Date(g.redrill.dueAt).toLocaleString()}</p>
              <button
                type="button"
                onClick={() => void write((db) => deleteGap(db, g.id))}
                aria-label="Delete this gap entry"
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
