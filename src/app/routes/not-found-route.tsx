import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <main className="page narrow">
      <h1>Page not found</h1>
      <p>There is nothing at this address. Pick a problem from the list to start a round.</p>
      <Link to="/">Back to problems</Link>
    </main>
  );
}
