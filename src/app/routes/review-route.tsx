import { Link, useParams } from 'react-router';
import { BACK_TO_PROBLEMS } from '../../presentation/labels.ts';
import { ReviewView } from '../../features/review/review-view.tsx';

export function ReviewRoute() {
  const { roundId } = useParams();
  if (!roundId) return null;
  return (
    <main className="page">
      <ReviewView roundId={roundId} />
      <p>
        <Link to="/">{BACK_TO_PROBLEMS}</Link>
      </p>
    </main>
  );
}
