// The review of a system design round: per step, the notes beside the prompt's key points with a
// rough coverage score, time against budget; then the numbers checklist with what is missing.
import { COVERAGE_MIN_WORDS, coverageScore, coverPoints } from '../../domain/design-coverage.ts';
import {
  missingNumbers,
  NUMBER_NAMES,
  STEP_NAMES,
  stepSpentMs,
  type DesignSession,
} from '../../domain/design-round.ts';
import type { DesignPrompt, NumberKind } from '../../domain/loop-bank-schema.ts';
import { formatClock } from '../../domain/round-clock.ts';

/** `prompt`: the round's prompt from the bank (loaded on demand by the page). */
export function DesignReview({ session, prompt }: { session: DesignSession; prompt: DesignPrompt | undefined }) {
  const missing = missingNumbers(session);
  const end = session.endedAt ?? session.startedAt;
  return (
    <>
      <p className="muted">
        Coverage is a rough guide, not a grade: a key point counts as covered when at least a third of its distinctive
        words (and no fewer than {COVERAGE_MIN_WORDS}) appear in your notes for that step. Distinctive words are the
        longer words, acronyms and figures, without common ones. Read the key points you missed and ask whether you said
        them in other words.
      </p>
      {session.steps.map((step) => {
        const points = prompt?.steps[step.step] ?? [];
        const coverage = coverPoints(step.notes, points);
        const covered = coverage.filter((c) => c.covered).length;
        const headingId = `review-${step.step}`;
        return (
          <section key={step.step} aria-labelledby={headingId} className="review-step">
            <h2 id={headingId}>{STEP_NAMES[step.step]}</h2>
            <p>
              {step.startedAt === undefined
                ? 'Not reached'
                : `Took ${formatClock(stepSpentMs(step, end))} of ${formatClock(step.budgetMs)}`}
              {step.startedAt !== undefined && stepSpentMs(step, end) > step.budgetMs ? ' · over budget' : ''} ·
              Coverage: {covered} of {points.length} key points ({Math.round(coverageScore(coverage) * 100)}%)
            </p>
            <div className="side-by-side">
              <div>
                <h3>Your notes</h3>
                {step.notes.trim() !== '' ? <p className="notes">{step.notes}</p> : <p className="muted">No notes.</p>}
              </div>
              <div>
                <h3>Key points</h3>
                <ul className="key-points">
                  {coverage.map((c) => (
                    <li key={c.point} className={c.covered ? 'covered' : 'missed'}>
                      <span className="visually-hidden">{c.covered ? 'Covered: ' : 'Missed: '}</span>
                      {c.point}
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          </section>
        );
      })}
      <section aria-labelledby="review-numbers">
        <h2 id="review-numbers">Numbers checklist</h2>
        <p>
          {missing.length === 0
            ? 'You gave a figure for every item.'
            : `Missing: ${missing.map((k) => NUMBER_NAMES[k]).join(', ')}.`}
        </p>
        <table>
          <thead>
            <tr>
              <th>Figure</th>
              <th>Yours</th>
              <th>A worked estimate</th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(NUMBER_NAMES) as NumberKind[]).map((kind) => (
              <tr key={kind}>
                <th scope="row">{NUMBER_NAMES[kind]}</th>
                <td>{(session.numbers[kind] ?? '').trim() || 'Missing'}</td>
                <td>
                  {(prompt?.numbers ?? [])
                    .filter((n) => n.kind === kind)
                    .map((n) => `${n.label}: ${n.estimate}`)
                    .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
