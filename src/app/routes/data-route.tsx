import { DataView } from '../../features/data/data-view.tsx';
import { AudioStorage } from '../../features/think-aloud/audio-storage.tsx';
import { useTitle } from '../../components/use-title.ts';

export function DataRoute() {
  useTitle('Your data');
  return (
    <main className="page narrow-wide">
      <DataView />
      <AudioStorage />
    </main>
  );
}
