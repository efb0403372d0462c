// One ML fundamentals question at a time: answer (typed or aloud) against the question's clock,
// then the model answer, key points and the deeper follow-up, then a self-grade.
import type { ReactNode } from 'react';
import {
  canAdvance,
  currentItem,
  DEPTH_GRADES,
  questionRemainingMs,
  type FundamentalsSession,
} from '../../domain/fundamentals-round.ts';
import { FUNDAMENTALS_TOPICS, type FundamentalsQuestion } from '../../domain/loop-bank-schema.ts';
import { formatClock } from '../../domain/round-clock.ts';
import { useSessionStore } from '../../stores/practice-round-store.ts';
import { Countdown, FinishButton, SessionBar } from './session-clock.tsx';

/** `question` looks a question up in the bank (loaded on demand by the page). */
export function FundamentalsRound({
  session,
  recording,
  question: lookUp,
}: {
  session: FundamentalsSession;
  recording?: ReactNode;
  question: (id: string) => FundamentalsQuestion | undefined;
}) {
  const now = useSessionStore((s) => s.now);
  const { setAnswer, setAloud, revealAnswer, revealDeeper, grade, nextQuestion } = useSessionStore.getState();
  const item = currentItem(session);
  const index = session.items.length;
  const question = item ? lookUp(item.questionId) : undefined;
  const revealed = item?.answeredAt !== undefined;
  const remaining = item ? questionRemainingMs(item, now) : 0;

  return (
    <main className="session-page">
      <SessionBar
        title="ML fundamentals"
        progress={`Question ${index} of ${session.questionIds.length}`}
        recording={recording}
      />
      {!item || !question ? (
        <p className="page">This question is no longer in the bank. End the round to review the others.</p>
      ) : (
        <article className="page narrow-wide session-card" aria-labelledby="question-text">
          <p>
            <span className="badge">{FUNDAMENTALS_TOPICS[question.topic]}</span>
          </p>
          <h2 id="question-text" className="question">
            {question.question}
          </h2>
          <div className="question-clock">
            <span>Question time</span>
            <Countdown label="Question time left" remaining={remaining} />
            {remaining < 0 ? <span className="overrun">Over the limit — recorded, keep going</span> : null}
          </div>
          <label className="field">
            Your answer
            <textarea rows={6} value={item.answer} readOnly={revealed} onChange={(e) => setAnswer(e.target.value)} />
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={item.aloud}
              disabled={revealed}
              onChange={(e) => setAloud(e.target.checked)}
            />
            Answered aloud
          </label>
          {!revealed ? (
            <p>
              <button type="button" className="primary" onClick={revealAnswer}>
                Show model answer
              </button>
            </p>
          ) : (
            <section aria-label="Model answer" className="model-answer">
              <p role="status">
                Answered in {formatClock(item.answeredAt! - item.shownAt)} of {formatClock(item.limitMs)}
                {item.overran ? ` — ${formatClock(item.answeredAt! - item.shownAt - item.limitMs)} over the limit` : ''}
              </p>
              <h3>Model answer</h3>
              <p>{question.model_answer}</p>
              <h3>Key points</h3>
              <ul>
                {question.key_points.map((k) => (
                  <li key={k}>{k}</li>
                ))}
              </ul>
              <h3>One level deeper</h3>
              <p>{question.deeper}</p>
              {item.deeperShownAt !== undefined ? (
                <p className="deeper-answer">{question.deeper_answer}</p>
              ) : (
                <button type="button" onClick={revealDeeper}>
                  Show the deeper answer
                </button>
              )}
              <fieldset className="rating">
                <legend>How deep did your answer go?</legend>
                {DEPTH_GRADES.map(({ grade: g, label }) => (
                  <label key={g} className="chip">
                    <input type="radio" name="depth-grade" checked={item.grade === g} onChange={() => grade(g)} />
                    {label}
                  </label>
                ))}
              </fieldset>
              {index < session.questionIds.length ? (
                <button type="button" className="primary" onClick={nextQuestion} disabled={!canAdvance(session)}>
                  Next question
                </button>
              ) : (
                <p>
                  <span className="muted">That was the last question. </span>
                  <FinishButton disabled={item.grade === undefined} />
                </p>
              )}
            </section>
          )}
        </article>
      )}
    </main>
  );
}
