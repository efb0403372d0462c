import '../loop-pages.css';
import { useParams } from 'react-router';
import { LoopView } from '../../features/loops/loop-view.tsx';
import { useTitle } from '../../components/use-title.ts';

export function LoopRoute() {
  const { loopId } = useParams();
  useTitle('Full loop');
  if (!loopId) return null;
  return (
    <main className="page narrow-wide">
      <LoopView loopId={loopId} />
    </main>
  );
}
