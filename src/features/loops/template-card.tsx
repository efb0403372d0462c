// One round template as a card: what it holds, optional problem choice, and Start round.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { RoundTemplate } from '../../domain/loop-records.ts';
import { roundSections, sectionSummary } from '../../domain/round-template.ts';
import { problems } from '../../data/problem-bank.ts';
import { startTemplate } from './loop-actions.ts';

const RANDOM = '';

/** Problem pickers for a template that is a single coding round; empty choices mean "random unsolved". */
function ProblemChoice({
  template,
  chosen,
  onChange,
}: {
  template: RoundTemplate;
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  const section = roundSections(template)[0]!;
  const pool = problems.filter((p) => section.family === undefined || p.family === section.family);
  return (
    <details className="problem-choice">
      <summary>Choose problems</summary>
      {Array.from({ length: section.count ?? 1 }, (_, i) => (
        <label key={i} className="field">
          Problem {i + 1}
          <select
            value={chosen[i] ?? RANDOM}
            onChange={(e) => {
              const next = [...chosen];
              next[i] = e.target.value;
              onChange(next);
            }}
          >
            <option value={RANDOM}>Random, unsolved first</option>
            {pool.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
      ))}
    </details>
  );
}

/** A template with its sections and Start round; saved templates also get Edit and Delete. */
export function TemplateCard({
  template,
  onEdit,
  onDelete,
}: {
  template: RoundTemplate;
  onEdit?: () => void;
  onDelete?: () => void;
}) {
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<string[]>([]);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = `template-${template.id}`;
  const rounds = roundSections(template);
  const choosable = rounds.length === 1 && rounds[0]!.kind === 'coding';

  async function start() {
    setStarting(true);
    setError(null);
    // Slots left on "random" are filled by the action.
    const picked = [...new Set(chosen.filter((id) => id !== RANDOM))];
    const result = await startTemplate(template, picked.length > 0 ? picked : undefined);
    if ('error' in result) {
      setError(result.error);
      setStarting(false);
    } else navigate(result.path);
  }

  return (
    <article className="template-card" aria-labelledby={headingId} id={template.id}>
      <h3 id={headingId}>{template.name}</h3>
      <p className="muted">
        {template.minutes} min{rounds.length > 1 ? ` · ${rounds.length} rounds` : ''}
      </p>
      <ol className="template-sections">
        {template.sections.map((s, i) => (
          <li key={i}>{sectionSummary(s)}</li>
        ))}
      </ol>
      {choosable ? <ProblemChoice template={template} chosen={chosen} onChange={setChosen} /> : null}
      {error ? <p role="alert">{error}</p> : null}
      <div className="actions">
        <button type="button" className="primary" disabled={starting} onClick={() => void start()}>
          Start round
        </button>
        {onEdit ? (
          <button type="button" onClick={onEdit} aria-label={`Edit ${template.name}`}>
            Edit
          </button>
        ) : null}
        {onDelete ? (
          <button type="button" onClick={onDelete} aria-label={`Delete ${template.name}`}>
            Delete
          </button>
        ) : null}
      </div>
    </article>
  );
}
