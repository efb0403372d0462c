// What a page shows when it fails to load or to render: the header stays, work already typed is
// written to storage at once, and the user can retry or leave. Nothing here throws.
import { useEffect } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useRoundStore } from '../stores/round-store.ts';

/** A one-line reason that does not dump a stack trace on the user. */
function describe(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`;
  if (error instanceof Error) {
    // A chunk that cannot be fetched (offline, or a new version deployed underneath the tab).
    if (/dynamically imported module|Importing a module script failed|error loading/i.test(error.message)) {
      return 'Part of the app could not be loaded. Check the connection, or reload to get the current version.';
    }
    return error.message.slice(0, 300);
  }
  return 'An unexpected error.';
}

/** The error element of every route (react-router renders it in place of the page). */
export function RouteError() {
  const error = useRouteError();
  useEffect(() => {
    // Keystrokes waiting for the autosave delay are written now, so a crash mid-round loses nothing.
    void useRoundStore.getState().flush();
    console.error(error);
  }, [error]);
  return (
    <main className="page narrow" aria-labelledby="route-error-title">
      <h1 id="route-error-title">Something went wrong on this page</h1>
      <p role="alert">{describe(error)}</p>
      <p>Your code, rounds and gap log are saved in this browser; nothing you typed before this moment is lost.</p>
      <p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Try again
        </button>{' '}
        <Link to="/" reloadDocument>
          Go to the home page
        </Link>
      </p>
    </main>
  );
}
