// The readiness checklist per round type, each item with its evidence and the drill that works on it.
import { focusRoundType, ROUND_TYPES, type ChecklistItem, type RoundType } from '../../domain/readiness.ts';
import { DrillLink, EvidenceLink } from './drill-links.tsx';

const TYPE_LABELS: Record<RoundType, string> = {
  coding: 'Coding and ML coding',
  fundamentals: 'ML fundamentals',
  design: 'ML system design',
  behavioral: 'Behavioral',
  mock: 'Mock interviews',
};

function Item({ item }: { item: ChecklistItem }) {
  return (
    <li className={item.met ? 'check-met' : 'check-open'}>
      <span className="check-mark">{item.met ? '✓ Met' : '○ Not yet'}</span> {item.label}
      {item.progress ? (
        <span className="muted">
          {' '}
          ({item.progress.have} of {item.progress.need})
        </span>
      ) : null}
      {item.evidence.length > 0 ? (
        <div className="muted">
          Evidence: <EvidenceLink evidence={item.evidence[0]!} />
          {item.evidence.length > 1 ? ` and ${item.evidence.length - 1} more` : ''}
        </div>
      ) : null}
      {item.hint ? <div className="muted">{item.hint}</div> : null}
      {!item.met ? (
        <div>
          <DrillLink target={item.drill} what={item.label} />
        </div>
      ) : null}
    </li>
  );
}

export function ReadinessChecklist({ items }: { items: readonly ChecklistItem[] }) {
  const focus = focusRoundType(items);
  return (
    <section aria-labelledby="readiness-title">
      <h2 id="readiness-title">Readiness checklists</h2>
      <p>
        Computed from your history in this browser. Work on next: <strong>{TYPE_LABELS[focus]}</strong>.
      </p>
      {ROUND_TYPES.map((type) => {
        const mine = items.filter((i) => i.type === type);
        return (
          <section key={type} aria-labelledby={`readiness-${type}`}>
            <h3 id={`readiness-${type}`}>
              {TYPE_LABELS[type]}{' '}
              <span className="muted">
                ({mine.filter((i) => i.met).length} of {mine.length} met)
              </span>
            </h3>
            <ul className="checklist">
              {mine.map((item) => (
                <Item key={item.id} item={item} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
