import { GapLogView } from '../../features/gap-log/gap-log-view.tsx';
import { MomentAudio } from '../../features/think-aloud/moment-audio.tsx';
import type { GapEntry } from '../../domain/gap-entry.ts';
import { useTitle } from '../../components/use-title.ts';

/** A gap entry filed from a round with a recording plays it from the entry's moment. */
const besideEntry = (g: GapEntry) => <MomentAudio roundId={g.roundId} momentMs={g.momentMs} />;

export function GapLogRoute() {
  useTitle('Gap log');
  return (
    <main className="page">
      <GapLogView besideEntry={besideEntry} />
    </main>
  );
}
