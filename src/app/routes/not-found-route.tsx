import { Link } from 'react-router';
import { BACK_TO_PROBLEMS } from '../../presentation/labels.ts';
import { useTitle } from '../../components/use-title.ts';

export function NotFoundRoute() {
  useTitle('Page not found');
  return (
    <main className="page narrow">
      <h1>Page not found</h1>
      <p>There is nothing at this address. Pick a problem from the list to start a round.</p>
      <Link to="/">{BACK_TO_PROBLEMS}</Link>
    </main>
  );
}
