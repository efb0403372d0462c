// The questions of a practice round's review, one article each: its number and text (or a note that
// the bank no longer has it), then what the round type shows about the answer.
import type { ReactNode } from 'react';

interface AskedItem {
  questionId: string;
  shownAt: number;
  answeredAt?: number;
}

interface Props<I extends AskedItem> {
  items: readonly I[];
  /** The question's text, or undefined when the bank no longer has it. */
  questionText: (item: I) => string | undefined;
  /** What follows the heading; `took` is the time from showing the question to its answer, if answered. */
  children: (item: I, took: number | undefined) => ReactNode;
}

export function ReviewItems<I extends AskedItem>({ items, questionText, children }: Props<I>) {
  return (
    <ol className="review-items">
      {items.map((item, i) => (
        <li key={item.questionId}>
          <article aria-label={`Question ${i + 1}`}>
            <h3>
              {i + 1}. {questionText(item) ?? `A question no longer in the bank (${item.questionId})`}
            </h3>
            {children(item, item.answeredAt !== undefined ? item.answeredAt - item.shownAt : undefined)}
          </article>
        </li>
      ))}
    </ol>
  );
}
