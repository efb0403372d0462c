import { DataView, type BoardPicture } from '../../features/data/data-view.tsx';
import { AudioStorage } from '../../features/think-aloud/audio-storage.tsx';
import { useTitle } from '../../components/use-title.ts';

/** The report's board pictures: small SVGs (fonts named, not embedded), through the board's lazy exporter. */
const boardPicture: BoardPicture = async (elements) =>
  (await import('../../features/whiteboard/board-export.ts')).boardSvg(elements, false);

export function DataRoute() {
  useTitle('Your data');
  return (
    <main className="page narrow-wide">
      <DataView boardPicture={boardPicture} />
      <AudioStorage />
    </main>
  );
}
