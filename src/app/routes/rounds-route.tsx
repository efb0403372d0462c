import '../loop-pages.css';
import { TemplateList } from '../../features/loops/template-list.tsx';
import { useTitle } from '../../components/use-title.ts';

export function RoundsRoute() {
  useTitle('Rounds');
  return (
    <main className="page narrow-wide">
      <h1>Rounds</h1>
      <p className="lead">
        Rehearse each round of an ML-engineer loop at its real length, or the whole loop in one sitting: four 45-minute
        rounds with short breaks, each with its own review.
      </p>
      <TemplateList />
    </main>
  );
}
