import { DueList } from '../../features/gap-log/due-list.tsx';
import { RecentRounds } from '../../features/history/recent-rounds.tsx';
import { ProblemList } from '../../features/problems/problem-list.tsx';
import { useTitle } from '../../components/use-title.ts';

export function HomeRoute() {
  useTitle('Problems');
  return (
    <main className="page">
      <h1>Rehearse the round, not just the problem</h1>
      <p className="lead">
        Pick a problem and start a timed round: a plain editor with no autocomplete, Run for the examples, Submit for
        the hidden tests, and a clock that does not stop.
      </p>
      <DueList />
      <RecentRounds />
      <ProblemList />
    </main>
  );
}
