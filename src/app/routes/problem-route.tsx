import { Link, useParams } from 'react-router';
import { ProblemStatement } from '../../features/problems/problem-statement.tsx';
import { RoundSetup } from '../../features/problems/round-setup.tsx';
import { useProblem } from '../../features/problems/use-problem.ts';
import { startIfArmed } from '../../features/think-aloud/recorder.ts';
import { ThinkAloudOption } from '../../features/think-aloud/think-aloud-option.tsx';
import { useTitle } from '../../components/use-title.ts';

export function ProblemRoute() {
  const { problemId } = useParams();
  const problem = useProblem(problemId);
  useTitle(problem ? problem.title : problem === undefined ? 'Unknown problem' : undefined);
  if (problem === null)
    return (
      <main className="page narrow" aria-busy="true">
        Loading…
      </main>
    );
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
      <div>
        {/* On a phone the setup is below the statement: this takes the candidate straight to it. */}
        <a className="jump-to-setup" href="#round-setup">
          Start a timed round ↓
        </a>
        <ProblemStatement problem={problem} headingLevel={1} />
      </div>
      <aside id="round-setup">
        <h2>Start a timed round</h2>
        <p className="muted">
          The editor has no autocomplete, hints or linting. The clock keeps running until time is up or you end the
          round.
        </p>
        <RoundSetup problemId={problem.id} extra={<ThinkAloudOption />} onStarted={(id) => void startIfArmed(id)} />
      </aside>
    </main>
  );
}
