import type { GapEntry } from '../../domain/gap-entry.ts';
import { recordRedrill } from '../../domain/gap-schedule.ts';
import { updateGap } from '../../storage/gaps-repo.ts';
import { write } from '../../storage/storage-health.ts';

/** Record a re-drill: spacing grows after a good one and resets after a weak one. */
export function RedrillButtons({ entry }: { entry: GapEntry }) {
  const record = (success: boolean) =>
    write((db) => updateGap(db, entry.id, (e) => recordRedrill(e, Date.now(), success)));
  return (
    <span className="redrill-buttons">
      <button type="button" onClick={() => void record(true)}>
        Re-drilled: went well
      </button>
      <button type="button" onClick={() => void record(false)}>
        Re-drilled: still weak
      </button>
    </span>
  );
}
