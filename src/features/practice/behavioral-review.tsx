// The review of a behavioral round: each answer with its notes, the story told, its time against
// 90 seconds, the structure rating and what an interviewer listens for.
import { useLiveQuery } from 'dexie-react-hooks';
import { behavioralQuestion } from '../../data/behavioral-bank.ts';
import { ANSWER_LIMIT_MS, type BehavioralSession } from '../../domain/behavioral-round.ts';
import { formatClock } from '../../domain/round-clock.ts';
import { getDb } from '../../storage/db.ts';
import { listStories } from '../../storage/stories-repo.ts';

export function BehavioralReview({ session }: { session: BehavioralSession }) {
  const stories = useLiveQuery(() => listStories(getDb()), [], []);
  const titleOf = (id: string) => stories.find((s) => s.id === id)?.title ?? 'a story since deleted';
  return (
    <ol className="review-items">
      {session.items.map((item, i) => {
        const question = behavioralQuestion(item.questionId);
        const took = item.answeredAt !== undefined ? item.answeredAt - item.shownAt : undefined;
        return (
          <li key={item.questionId}>
            <article aria-label={`Question ${i + 1}`}>
              <h3>
                {i + 1}. {question?.text ?? `A question no longer in the bank (${item.questionId})`}
              </h3>
              <dl>
                <dt>Story told</dt>
                <dd>{item.storyId ? titleOf(item.storyId) : 'None chosen'}</dd>
                <dt>Notes</dt>
                <dd>{item.notes.trim() !== '' ? item.notes : 'No notes'}</dd>
                <dt>Time on the question</dt>
                <dd>
                  {took !== undefined ? formatClock(took) : 'not finished'}
                  {took !== undefined && took > ANSWER_LIMIT_MS ? ` · over ${formatClock(ANSWER_LIMIT_MS)}` : ''}
                </dd>
                <dt>Structure</dt>
                <dd>{item.structure ?? 'Not rated'}</dd>
              </dl>
              {question ? (
                <details>
                  <summary>What an interviewer listens for</summary>
                  <ul>
                    {question.listen_for.map((l) => (
                      <li key={l}>{l}</li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
