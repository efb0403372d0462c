// The review of a behavioral round: each answer with its notes, the story told, its time against
// 90 seconds, the structure rating and what an interviewer listens for.
import { useLiveQuery } from 'dexie-react-hooks';
import { ANSWER_LIMIT_MS, type BehavioralSession } from '../../domain/behavioral-round.ts';
import type { BehavioralQuestion } from '../../domain/loop-bank-schema.ts';
import { formatClock } from '../../domain/round-clock.ts';
import { getDb } from '../../storage/db.ts';
import { listStories } from '../../storage/stories-repo.ts';
import { ReviewItems } from './review-items.tsx';

/** `question` looks a question up in the bank (loaded on demand by the page). */
export function BehavioralReview({
  session,
  question: behavioralQuestion,
}: {
  session: BehavioralSession;
  question: (id: string) => BehavioralQuestion | undefined;
}) {
  const stories = useLiveQuery(() => listStories(getDb()), [], []);
  const titleOf = (id: string) => stories.find((s) => s.id === id)?.title ?? 'a story since deleted';
  return (
    <ReviewItems items={session.items} questionText={(item) => behavioralQuestion(item.questionId)?.text}>
      {(item, took) => {
        const question = behavioralQuestion(item.questionId);
        return (
          <>
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
          </>
        );
      }}
    </ReviewItems>
  );
}
