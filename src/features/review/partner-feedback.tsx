// The scorecard a partner sent after a paired mock, shown apart from the candidate's own critique:
// it is someone else's judgement, and the weak signals are already in the gap log.
import { RATING_LABELS, SIGNALS, WEAK_AT_MOST } from '../../domain/scorecard.ts';
import type { TimelineEvent } from '../../domain/timeline.ts';

type FeedbackEvent = Extract<TimelineEvent, { type: 'partner-feedback' }>;

/** Every scorecard received for this round, newest last. */
export function PartnerFeedback({ events }: { events: readonly TimelineEvent[] }) {
  const cards = events.filter((e): e is FeedbackEvent => e.type === 'partner-feedback');
  if (cards.length === 0) return null;
  return (
    <section aria-labelledby="partner-feedback-title" className="partner-feedback">
      <h2 id="partner-feedback-title">Feedback from your interviewer</h2>
      <p className="muted">
        Third-party feedback from a paired mock. Weak signals were added to your gap log, marked “partner feedback”.
      </p>
      {cards.map((c) => (
        <div key={c.requestId} className="scorecard">
          <p>
            Decision: <strong>{c.scorecard.decision === 'hire' ? 'Hire' : 'No hire'}</strong>
          </p>
          <dl>
            {SIGNALS.map((s) => {
              const score = c.scorecard.signals[s.id];
              return (
                <div key={s.id}>
                  <dt>{s.label}</dt>
                  <dd>
                    {RATING_LABELS[score.rating]}
                    {score.rating <= WEAK_AT_MOST ? <span className="badge">gap</span> : null}
                    {score.comment ? <> — {score.comment}</> : null}
                  </dd>
                </div>
              );
            })}
          </dl>
          {c.scorecard.summary ? <blockquote>{c.scorecard.summary}</blockquote> : null}
        </div>
      ))}
    </section>
  );
}
