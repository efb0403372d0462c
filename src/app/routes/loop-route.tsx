import '../loop-pages.css';
import { useParams } from 'react-router';
import { LoopView } from '../../features/loops/loop-view.tsx';

export function LoopRoute() {
  const { loopId } = useParams();
  if (!loopId) return null;
  return (
    <main className="page narrow-wide">
      <LoopView loopId={loopId} />
    </main>
  );
}
