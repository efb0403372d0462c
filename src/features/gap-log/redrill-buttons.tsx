import type { GapEntry } from '../../domain/gap-entry.ts';
import { recordRedrill } from '../../domain/gap-schedule.ts';
import { getDb } from '../../storage/db.ts';
import { updateGap } from '../../storage/gaps-repo.ts';

/** Record a re-drill: spacing grows after a good one and resets after a weak one. */
export function RedrillButtons({ entry }: { entry: GapEntry }) {
  const record = (success: boolean) => updateGap(getDb(), entry.id, (e) => recordRedrill(e, Date.now(), success));
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
