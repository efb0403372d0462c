import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { categoryLabel } from '../../data/failure-categories.ts';
import { redrillProblem, DAY_MS } from '../../domain/gap-schedule.ts';
import { problems, problemTitle } from '../../data/problem-bank.ts';
import { getDb } from '../../storage/db.ts';
import { dueGaps } from '../../storage/gaps-repo.ts';
import { solvedProblemIds } from '../../storage/rounds-repo.ts';
import type { GapEntry } from '../../domain/gap-entry.ts';
import { RedrillButtons } from './redrill-buttons.tsx';

/** The most due re-drills listed on the home page; the gap log has the rest. */
const SHOWN_DUE = 20;

function DueItem({ g, solved }: { g: GapEntry; solved: ReadonlySet<string> }) {
  const suggestion = redrillProblem(g, problems, solved, () => 0);
  return (
    <li>
      <strong>{g.categories.map(categoryLabel).join(', ')}</strong> — “{g.quote}”
      <span className="muted"> due {new Date(g.redrill.dueAt).toLocaleString()}</span>{' '}
      {suggestion ? (
        <Link
          className="button"
          to={`/problems/${suggestion}`}
          aria-label={`Start a re-drill on ${problemTitle(suggestion)}`}
        >
          Start: {problemTitle(suggestion)}
        </Link>
      ) : null}{' '}
      <RedrillButtons entry={g} />
    </li>
  );
}

/** Re-drills due now (the 24-hour rule), and those due within a day, each with a problem to start. */
export function DueList() {
  const [now] = useState(() => Date.now());
  const found = useLiveQuery(() => dueGaps(getDb(), now, DAY_MS, SHOWN_DUE), [now]);
  const solved = useLiveQuery(() => solvedProblemIds(getDb()), [], new Set<string>());
  if (!found || (found.dueCount === 0 && found.soonCount === 0)) return null;
  const { due, dueCount, soonCount, soon } = found;
  return (
    <section aria-labelledby="due-title" className="due">
      <h2 id="due-title">Due re-drills</h2>
      {due.length === 0 ? (
        <p className="muted">Nothing due now; {soonCount} due within a day. You can start one early.</p>
      ) : null}
      <ul aria-label="Due now">
        {due.map((g) => (
          <DueItem key={g.id} g={g} solved={solved} />
        ))}
      </ul>
      {dueCount > due.length ? (
        <p className="muted">
          and {dueCount - due.length} more due: <Link to="/gaps">see the gap log</Link>
        </p>
      ) : null}
      {due.length === 0 && soon.length > 0 ? (
        <ul aria-label="Due within a day">
          {soon.map((g) => (
            <DueItem key={g.id} g={g} solved={solved} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
