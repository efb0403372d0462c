import { useMemo } from 'react';
import { lineDiff } from '../../domain/line-diff.ts';

/** The reference solution as a diff against the candidate's final code. */
export function ReferenceDiff({ mine, reference }: { mine: string; reference: string }) {
  const lines = useMemo(() => lineDiff(mine, reference), [mine, reference]);
  return (
    <section aria-labelledby="reference-title">
      <h2 id="reference-title">Reference solution</h2>
      <p className="muted">Lines marked − are only in your code; lines marked + are only in the reference.</p>
      <pre className="diff" aria-label="Reference solution compared with your code">
        {lines.map((l, i) => (
          <div key={i} className={`diff-${l.kind}`}>
            {l.kind === 'added' ? '+ ' : l.kind === 'removed' ? '− ' : '  '}
            {l.text}
          </div>
        ))}
      </pre>
    </section>
  );
}
