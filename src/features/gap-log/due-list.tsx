import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { categoryLabel } from '../../data/failure-categories.ts';
import { dueEntries, redrillProblem, upcomingEntries, DAY_MS } from '../../domain/gap-schedule.ts';
import { problems, problemTitle } from '../../lib/problem-bank.ts';
import { getDb } from '../../storage/db.ts';
import { listGaps } from '../../storage/gaps-repo.ts';
import { solvedProblemIds } from '../../storage/rounds-repo.ts';
import { RedrillButtons } from './redrill-buttons.tsx';

/** Re-drills due now (the 24-hour rule), with a problem to drill each on. */
export function DueList() {
  const gaps = useLiveQuery(() => listGaps(getDb()), [], []);
  const solved = useLiveQuery(() => solvedProblemIds(getDb()), [], new Set<string>());
  const [now] = useState(() => Date.now());
  const due = dueEntries(gaps, now);
  const soon = upcomingEntries(gaps, now, DAY_MS);
  if (due.length === 0 && soon.length === 0) return null;
  return (
    <section aria-labelledby="due-title" className="due">
      <h2 id="due-title">Due re-drills</h2>
      {due.length === 0 ? <p className="muted">Nothing due now; {soon.length} due within a day.</p> : null}
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
    </section>
  );
}
