import { DataView } from '../../features/data/data-view.tsx';

export function DataRoute() {
  return (
    <main className="page narrow-wide">
      <DataView />
    </main>
  );
}
