import { Link, useParams } from 'react-router';
import { ProblemStatement } from '../../features/problems/problem-statement.tsx';
import { RoundSetup } from '../../features/problems/round-setup.tsx';
import { useProblem } from '../../features/problems/use-problem.ts';

export function ProblemRoute() {
  const { problemId } = useParams();
  const problem = useProblem(problemId);
  if (problem === null) return <main className="page narrow" aria-busy="true">Loading…</main>;
  if (problem === undefined) {
    return (
      <main className="page narrow">
        <h1>Unknown problem</h1>
        <p>No problem is called “{problemId}”. It may have been renamed.</p>
        <Link to="/">Browse the problems</Link>
      </main>
    );
  }
  return (
    <main className="page problem-page">
      <ProblemStatement problem={problem} />
      <aside>
        <h2>Start a timed round</h2>
        <p className="muted">The editor has no autocomplete, hints or linting. The clock keeps running until time is up or you end the round.</p>
        <RoundSetup problemId={problem.id} />
      </aside>
    </main>
  );
}
