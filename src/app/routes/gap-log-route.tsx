import { GapLogView } from '../../features/gap-log/gap-log-view.tsx';
import { useTitle } from '../../components/use-title.ts';

export function GapLogRoute() {
  useTitle('Gap log');
  return (
    <main className="page">
      <GapLogView />
    </main>
  );
}
