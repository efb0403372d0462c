import { useMemo } from 'react';
import { lineDiff } from '../../domain/line-diff.ts';

/** Code longer than this is not compared line by line: the reference is shown alone. */
const DIFF_CODE_CHARS = 50_000;

/** The reference solution as a diff against the candidate's final code. */
export function ReferenceDiff({ mine, reference }: { mine: string; reference: string }) {
  const tooLong = mine.length > DIFF_CODE_CHARS;
  const lines = useMemo(
    () =>
      tooLong
        ? reference
            .replace(/\s+$/, '')
            .split('\n')
            .map((text) => ({ kind: 'same' as const, text }))
        : lineDiff(mine, reference),
    [mine, reference, tooLong],
  );
  return (
    <section aria-labelledby="reference-title">
      <h2 id="reference-title">Reference solution</h2>
      <p className="muted">
        {tooLong
          ? `Your code is too long to compare line by line (${mine.length.toLocaleString('en')} characters): the reference is shown alone.`
          : 'Lines marked − are only in your code; lines marked + are only in the reference.'}
      </p>
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
