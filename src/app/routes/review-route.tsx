import { Link, useParams } from 'react-router';
import { ReviewView } from '../../features/review/review-view.tsx';

export function ReviewRoute() {
  const { roundId } = useParams();
  if (!roundId) return null;
  return (
    <main className="page">
      <ReviewView roundId={roundId} />
      <p>
        <Link to="/">Back to problems</Link>
      </p>
    </main>
  );
}
