// The review of an ML fundamentals round: the grades and overruns at a glance, then each question
// with the answer given, its time against the limit, the grade and the model answer.
import { Fragment } from 'react';
import { Link } from 'react-router';
import { DEPTH_GRADES, summarizeFundamentals, type FundamentalsSession } from '../../domain/fundamentals-round.ts';
import { FUNDAMENTALS_TOPICS, type FundamentalsQuestion } from '../../domain/loop-bank-schema.ts';
import { formatClock } from '../../domain/round-clock.ts';
import { ReviewItems } from './review-items.tsx';

const GRADE_LABEL = Object.fromEntries(DEPTH_GRADES.map((g) => [g.grade, g.label]));

/** `question` looks a question up in the bank (loaded on demand by the page). */
export function FundamentalsReview({
  session,
  question: fundamentalsQuestion,
}: {
  session: FundamentalsSession;
  question: (id: string) => FundamentalsQuestion | undefined;
}) {
  const summary = summarizeFundamentals(session);
  return (
    <>
      <section aria-labelledby="summary-heading" className="review-summary">
        <h2 id="summary-heading">Summary</h2>
        <dl>
          <dt>Questions answered</dt>
          <dd>
            {summary.asked} of {session.questionIds.length}
          </dd>
          {DEPTH_GRADES.map(({ grade, label }) => (
            <Fragment key={grade}>
              <dt>{label}</dt>
              <dd>{summary.graded[grade]}</dd>
            </Fragment>
          ))}
          <dt>Not graded</dt>
          <dd>{summary.ungraded}</dd>
          <dt>Over the time limit</dt>
          <dd>{summary.overruns}</dd>
        </dl>
        {summary.graded.definition > 0 ? (
          <p>
            Answers graded "definition only" are in the <Link to="/gaps">gap log</Link>, each with a re-drill due within
            a day: say the mechanism, then one example of your own.
          </p>
        ) : null}
      </section>
      <ReviewItems items={session.items} questionText={(item) => fundamentalsQuestion(item.questionId)?.question}>
        {(item, took) => {
          const question = fundamentalsQuestion(item.questionId);
          return (
            <>
              {question ? <span className="badge">{FUNDAMENTALS_TOPICS[question.topic]}</span> : null}
              <dl>
                <dt>Your answer</dt>
                <dd>
                  {item.answer.trim() !== '' ? item.answer : item.aloud ? 'Answered aloud' : 'No answer recorded'}
                </dd>
                <dt>Time</dt>
                <dd>
                  {took !== undefined
                    ? `${formatClock(took)} of ${formatClock(item.limitMs)}`
                    : `not answered (limit ${formatClock(item.limitMs)})`}
                  {item.overran ? ' · over the limit' : ''}
                </dd>
                <dt>Grade</dt>
                <dd>{item.grade ? GRADE_LABEL[item.grade] : 'Not graded'}</dd>
              </dl>
              {question ? (
                <details>
                  <summary>Model answer and the deeper follow-up</summary>
                  <p>{question.model_answer}</p>
                  <ul>
                    {question.key_points.map((k) => (
                      <li key={k}>{k}</li>
                    ))}
                  </ul>
                  <p>
                    <strong>One level deeper:</strong> {question.deeper}
                  </p>
                  <p>{question.deeper_answer}</p>
                </details>
              ) : null}
            </>
          );
        }}
      </ReviewItems>
    </>
  );
}
