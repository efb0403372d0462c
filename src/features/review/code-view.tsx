// Code shown in the review, kept to a size the page can lay out: a round's code is capped while
// typing, but an older round or an imported backup may hold megabytes, which once took the review
// 46 s to render.
import { useMemo } from 'react';

/** The most characters of one piece of code the review renders. */
export const SHOWN_CODE_CHARS = 200_000;

/** The part of `code` a review renders: all of it, or its first SHOWN_CODE_CHARS characters. */
export function shownCode(code: string): string {
  return code.length > SHOWN_CODE_CHARS ? code.slice(0, SHOWN_CODE_CHARS) : code;
}

/** The note under code cut at SHOWN_CODE_CHARS, saying how much is left out (nothing when none is). */
export function CutCodeNote({ shown, code }: { shown: string; code: string }) {
  if (shown.length >= code.length) return null;
  return (
    <p className="muted">
      Showing the first {SHOWN_CODE_CHARS.toLocaleString('en')} of {code.length.toLocaleString('en')} characters.
    </p>
  );
}

/** Code as a read-only block, cut at SHOWN_CODE_CHARS with a note saying how much is left out. */
export function CodeView({ code, label }: { code: string; label: string }) {
  const shown = useMemo(() => shownCode(code), [code]);
  return (
    <>
      <pre className="code-view" aria-label={label}>
        {shown}
      </pre>
      <CutCodeNote shown={shown} code={code} />
    </>
  );
}
