import { GapLogView } from '../../features/gap-log/gap-log-view.tsx';

export function GapLogRoute() {
  return (
    <main className="page">
      <GapLogView />
    </main>
  );
}
