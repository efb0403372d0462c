// What a round, practice round or review address shows when this browser has no such round.
import { Link } from 'react-router';

/** "Round not found", why it can happen, and one way on (`to`, named `label`); the caller's page holds it. */
export function RoundNotFound({ to, label }: { to: string; label: string }) {
  return (
    <>
      <h1>Round not found</h1>
      <p>
        This round is not in this browser's history. Rounds are stored on the device where they were played; a backup
        from another browser can be imported on the Your data page.
      </p>
      <Link to={to}>{label}</Link>
    </>
  );
}
