import { useMemo } from 'react';
import type { Problem } from '../../domain/problem-schema.ts';
import { renderMarkdown } from '../../lib/markdown.ts';
import { useSettingsStore } from '../../stores/settings-store.ts';

interface Props {
  problem: Problem;
  /** Hide difficulty, as in a real interview. */
  showMeta?: boolean;
}

export function ProblemStatement({ problem, showMeta = true }: Props) {
  // markdown-it runs with raw HTML disabled, so this HTML holds only what Markdown produces.
  const html = useMemo(() => renderMarkdown(problem.statement), [problem.statement]);
  const hideDifficulty = useSettingsStore((s) => s.hideDifficulty);
  return (
    <article className="statement" aria-labelledby={`title-${problem.id}`}>
      <h2 id={`title-${problem.id}`}>{problem.title}</h2>
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
