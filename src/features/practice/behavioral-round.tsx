// The behavioral round: one question at a time with a 90-second answer clock, notes, the story
// told (from the candidate's inventory), a self-rating of structure and the follow-ups to expect.
import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  answerRemainingMs,
  currentBehavioral,
  hasNextBehavioral,
  storiesFor,
  type BehavioralSession,
} from '../../domain/behavioral-round.ts';
import type { BehavioralQuestion } from '../../domain/loop-bank-schema.ts';
import type { Rating } from '../../domain/story-drill.ts';
import { getDb } from '../../storage/db.ts';
import { listStories } from '../../storage/stories-repo.ts';
import { useSessionStore } from '../../stores/practice-round-store.ts';
import { Countdown, FinishButton, SessionBar } from './session-clock.tsx';

const RATINGS: Rating[] = ['weak', 'ok', 'strong'];

/** `question` looks a question up in the bank (loaded on demand by the page). */
export function BehavioralRound({
  session,
  recording,
  question: lookUp,
}: {
  session: BehavioralSession;
  recording?: ReactNode;
  question: (id: string) => BehavioralQuestion | undefined;
}) {
  const now = useSessionStore((s) => s.now);
  const { setNotes, chooseStory, rateStructure, nextBehavioral } = useSessionStore.getState();
  const stories = useLiveQuery(() => listStories(getDb()), [], []);
  const item = currentBehavioral(session);
  const question = item ? lookUp(item.questionId) : undefined;
  const index = session.items.length;

  return (
    <main className="session-page">
      <SessionBar
        title="Behavioral"
        progress={`Question ${index} of ${session.questionIds.length}`}
        recording={recording}
      />
      {!item || !question ? (
        <p className="page">This question is no longer in the bank. End the round to review the others.</p>
      ) : (
        <article className="page narrow-wide session-card" aria-labelledby="question-text">
          <h2 id="question-text" className="question">
            {question.text}
          </h2>
          <div className="question-clock">
            <span>Aim for 90 seconds</span>
            <Countdown label="Answer time left" remaining={answerRemainingMs(item, now)} />
          </div>
          <label className="field">
            Story you are telling
            <select
              value={item.storyId ?? ''}
              onChange={(e) => chooseStory(e.target.value === '' ? null : e.target.value)}
            >
              <option value="">No story from the inventory</option>
              {storiesFor(question, stories).map(({ story, shared }) => (
                <option key={story.id} value={story.id}>
                  {story.title}
                  {shared.length > 0 ? ` (${shared.join(', ')})` : ''}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Answer notes
            <textarea rows={6} value={item.notes} onChange={(e) => setNotes(e.target.value)} />
          </label>
          <fieldset className="rating">
            <legend>Structure</legend>
            {RATINGS.map((r) => (
              <label key={r} className="chip">
                <input type="radio" name="structure" checked={item.structure === r} onChange={() => rateStructure(r)} />
                {r}
              </label>
            ))}
          </fieldset>
          <section aria-label="Follow-ups">
            <h3>Follow-ups to expect</h3>
            <ul>
              {question.followups.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          </section>
          {hasNextBehavioral(session) ? (
            <button type="button" className="primary" onClick={nextBehavioral}>
              Next question
            </button>
          ) : (
            <p>
              <span className="muted">That was the last question. </span>
              <FinishButton />
            </p>
          )}
        </article>
      )}
    </main>
  );
}
