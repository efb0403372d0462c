import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { categoryLabel } from '../../data/failure-categories.ts';
import { redrillProblem, DAY_MS } from '../../domain/gap-schedule.ts';
import { problems, problemTitle } from '../../data/problem-bank.ts';
import { getDb } from '../../storage/db.ts';
import { dueGaps } from '../../storage/gaps-repo.ts';
import { solvedProblemIds } from '../../storage/rounds-repo.ts';
import { RedrillButtons } from './redrill-buttons.tsx';

/** The most due re-drills listed on the home page; the gap log has the rest. */
const SHOWN_DUE = 20;

/** Re-drills due now (the 24-hour rule), with a problem to drill each on. */
export function DueList() {
  const [now] = useState(() => Date.now());
  const found = useLiveQuery(() => dueGaps(getDb(), now, DAY_MS, SHOWN_DUE), [now]);
  const solved = useLiveQuery(() => solvedProblemIds(getDb()), [], new Set<string>());
  if (!found || (found.dueCount === 0 && found.soonCount === 0)) return null;
  const { due, dueCount, soonCount } = found;
  return (
    <section aria-labelledby="due-title" className="due">
      <h2 id="due-title">Due re-drills</h2>
      {due.length === 0 ? <p className="muted">Nothing due now; {soonCount} due within a day.</p> : null}
      <ul>
        {due.map((g) => {
          const suggestion = redrillProblem(g, problems, solved, () => 0);
          return (
            <li key={g.id}>
              <strong>{g.categories.map(categoryLabel).join(', ')}</strong> — “{g.quote}”
              <span className="muted"> due {new Date(g.redrill.dueAt).toLocaleString()}</span>
              {suggestion ? (
                <>
                  {' '}
                  <Link to={`/problems/${suggestion}`}>Drill {problemTitle(suggestion)}</Link>
                </>
              ) : null}{' '}
              <RedrillButtons entry={g} />
            </li>
          );
        })}
      </ul>
      {dueCount > due.length ? (
        <p className="muted">
          and {dueCount - due.length} more due: <Link to="/gaps">see the gap log</Link>
        </p>
      ) : null}
    </section>
  );
}
