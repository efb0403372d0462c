import type { Problem } from '../../domain/problem-schema.ts';
import { useSettingsStore } from '../../stores/settings-store.ts';

interface Props {
  problem: Problem;
  /** Hide difficulty, as in a real interview. */
  showMeta?: boolean;
  /** 1 on the problem's own page (its one h1), 2 inside the round page. */
  headingLevel?: 1 | 2;
}

export function ProblemStatement({ problem, showMeta = true, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  // Rendered when the bank was built, with raw HTML disabled: it holds only what Markdown produces.
  const html = problem.statementHtml;
  const hideDifficulty = useSettingsStore((s) => s.hideDifficulty);
  return (
    <article className="statement" aria-labelledby={`title-${problem.id}`}>
      <Heading id={`title-${problem.id}`}>{problem.title}</Heading>
      {showMeta ? (
        <p className="muted">
          {hideDifficulty ? null : <span className={`badge difficulty-${problem.difficulty}`}>{problem.difficulty}</span>} {problem.tags.join(' · ')}
          {problem.leetcode ? ` · LeetCode ${problem.leetcode}` : ''}
        </p>
      ) : null}
      <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
