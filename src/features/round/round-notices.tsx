// What the round page must say about saving: another tab edits this round (with a way to take it
// over), the code is longer than a round keeps, or storage refused a write.
import { useRoundStore } from '../../stores/round-store.ts';
import { MAX_DRAFT_CHARS } from '../../stores/round-drafts.ts';

/** Notices about where the code is edited and whether it is being saved. */
export function RoundNotices() {
  const elsewhere = useRoundStore((s) => s.editing === 'elsewhere' && s.phase === 'active');
  const tooLong = useRoundStore((s) => s.codeTooLong);
  const storageError = useRoundStore((s) => s.storageError);
  const takeOver = useRoundStore((s) => s.takeOver);
  return (
    <>
      {elsewhere ? (
        <div role="alert" className="round-elsewhere">
          This round is open in another tab. The code here is read-only so neither tab overwrites the other.{' '}
          <button type="button" onClick={() => void takeOver()}>
            Edit here instead
          </button>
        </div>
      ) : null}
      {tooLong ? (
        <p role="alert" className="error round-notice">
          Your code is longer than {MAX_DRAFT_CHARS.toLocaleString('en')} characters, the most a round keeps: changes
          are not saved until you shorten it.
        </p>
      ) : null}
      {storageError ? (
        <p role="alert" className="error round-notice">
          {storageError}
        </p>
      ) : null}
    </>
  );
}
