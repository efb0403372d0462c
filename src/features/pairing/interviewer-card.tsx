// The interviewer's card for the problem on the candidate's screen: statement, reference solution,
// hints (revealed on click), follow-ups to fire as interruptions, a question of one's own, and
// extra time. All of it comes from this browser's own copy of the bank; only what the interviewer
// sends enters the shared document.
import { useEffect, useState } from 'react';
import { INTERRUPTION_PROMPTS } from '../../data/prompt-banks.ts';
import type { Phase } from '../../domain/interruption-scheduler.ts';
import type { MirroredEvent, PairRequest, PairRequestBody } from '../../domain/pair-protocol.ts';
import { MAX_QUESTION_CHARS } from '../../domain/pair-protocol.ts';
import type { Problem } from '../../domain/problem-schema.ts';
import { loadProblem } from '../../data/problem-bank.ts';

const EXTEND_MIN = 5;
const PHASE_LABELS: Record<Phase, string> = {
  early: 'Early',
  middle: 'Mid-round',
  late: 'Late',
  'after-failure': 'After a failed run',
};

interface Props {
  /** The card (statement, reference, hints) or the interrupt tools (follow-ups, bank, own question). */
  part: 'card' | 'interrupt';
  problemId: string;
  active: boolean;
  timeline: readonly MirroredEvent[];
  requests: ReadonlyMap<string, PairRequest>;
  send: (body: PairRequestBody) => void;
}

function useBankProblem(id: string): Problem | null | undefined {
  const [problem, setProblem] = useState<{ id: string; value: Problem | null } | null>(null);
  useEffect(() => {
    let live = true;
    void loadProblem(id).then((p) => live && setProblem({ id, value: p ?? null }));
    return () => {
      live = false;
    };
  }, [id]);
  return problem?.id === id ? problem.value : undefined;
}

export function InterviewerCard({ part, problemId, active, timeline, requests, send }: Props) {
  const problem = useBankProblem(problemId);
  const [question, setQuestion] = useState('');
  const [bankPick, setBankPick] = useState('');
  const statement = problem?.statementHtml ?? '';
  const revealed = new Set(
    timeline.flatMap((e) => (e.type === 'hint-revealed' && e.problemId === problemId ? [e.index] : [])),
  );
  const pendingHints = new Set(
    [...requests.values()].flatMap((r) => (r.type === 'reveal-hint' && r.problemId === problemId ? [r.index] : [])),
  );
  const asked = new Set([...requests.values()].flatMap((r) => (r.type === 'interrupt' ? [r.question] : [])));

  if (problem === undefined) return <p aria-busy="true">Loading the interviewer card…</p>;
  if (problem === null)
    return <p>This problem ({problemId}) is not in your copy of the bank, so its card cannot be shown.</p>;
  const interrupt = (text: string) => send({ type: 'interrupt', problemId, question: text });

  if (part === 'card') {
    return (
      <div className="interviewer-card">
        <section aria-labelledby="card-title">
          <h2 id="card-title">{problem.title}</h2>
          <details>
            <summary>Statement (as the candidate sees it)</summary>
            <div className="markdown" dangerouslySetInnerHTML={{ __html: statement }} />
          </details>
          <details>
            <summary>Reference solution (only you see it)</summary>
            <pre className="code-view" aria-label="Reference solution">
              {problem.solution}
            </pre>
          </details>
          <p className="muted">
            Target: time {problem.complexity.time}, space {problem.complexity.space}
          </p>
        </section>
        <section aria-labelledby="hints-title">
          <h2 id="hints-title">Hints</h2>
          <ol>
            {problem.hints.map((hint, i) => (
              <li key={i}>
                {hint}{' '}
                {revealed.has(i) ? (
                  <span className="badge">revealed</span>
                ) : (
                  // After the round a hint reaches nobody: the button is off, like every other action.
                  <button
                    type="button"
                    disabled={!active || pendingHints.has(i)}
                    onClick={() => send({ type: 'reveal-hint', problemId, index: i, text: hint })}
                  >
                    {pendingHints.has(i) ? `Hint ${i + 1} sent` : `Reveal hint ${i + 1}`}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </section>
      </div>
    );
  }
  return (
    <div className="interviewer-card">
      <section aria-labelledby="ask-title">
        <h2 id="ask-title">Interrupt the candidate</h2>
        <p className="muted">The question opens on the candidate’s screen at once; their clock keeps running.</p>
        <ul aria-label="Follow-up questions">
          {problem.followups.map((f) => (
            <li key={f}>
              {f}{' '}
              <button type="button" disabled={!active} onClick={() => interrupt(f)} aria-label={`Ask now: ${f}`}>
                {asked.has(f) ? 'Ask again' : 'Ask now'}
              </button>
            </li>
          ))}
        </ul>
        <form
          aria-label="From the question bank"
          onSubmit={(e) => {
            e.preventDefault();
            const prompt = INTERRUPTION_PROMPTS.find((p) => p.id === bankPick);
            if (prompt) interrupt(prompt.text);
          }}
        >
          <label className="field">
            Question bank
            <select value={bankPick} onChange={(e) => setBankPick(e.target.value)}>
              <option value="">Choose a question…</option>
              {(Object.keys(PHASE_LABELS) as Phase[]).map((phase) => (
                <optgroup key={phase} label={PHASE_LABELS[phase]}>
                  {INTERRUPTION_PROMPTS.filter((p) => p.phase === phase && p.families.includes(problem.family)).map(
                    (p) => (
                      <option key={p.id} value={p.id}>
                        {p.text.replaceAll('{minutesLeft}', 'N')}
                      </option>
                    ),
                  )}
                </optgroup>
              ))}
            </select>
          </label>
          <button type="submit" disabled={!active || !bankPick}>
            Ask this question
          </button>
        </form>
        <form
          aria-label="Your own question"
          onSubmit={(e) => {
            e.preventDefault();
            if (!question.trim()) return;
            interrupt(question.trim());
            setQuestion('');
          }}
        >
          <label className="field">
            Your question
            <textarea
              rows={2}
              maxLength={MAX_QUESTION_CHARS}
              value={question}
              onChange={(e) => setQuestion(e.target.value)}
            />
          </label>
          <button type="submit" disabled={!active || !question.trim()}>
            Interrupt now
          </button>
        </form>
      </section>
    </div>
  );
}

/** Pause / resume the candidate's clock and add time: in the console's bar, always at hand. */
export function TimeControls({ paused, send }: { paused: boolean; send: (body: PairRequestBody) => void }) {
  return (
    <div className="time-controls" role="group" aria-label="Time">
      <button type="button" onClick={() => send({ type: paused ? 'resume' : 'pause' })}>
        {paused ? 'Resume the clock' : 'Pause the clock'}
      </button>
      <button type="button" onClick={() => send({ type: 'extend', minutes: EXTEND_MIN })}>
        Add {EXTEND_MIN} minutes
      </button>
    </div>
  );
}
