// The ML system design round: the prompt, the six steps in order with a budget and notes each, and
// the numbers checklist beside them.
import type { ReactNode } from 'react';
import {
  currentStepIndex,
  NUMBER_NAMES,
  STEP_NAMES,
  stepRemainingMs,
  stepSpentMs,
  type DesignSession,
} from '../../domain/design-round.ts';
import type { DesignPrompt, NumberKind } from '../../domain/loop-bank-schema.ts';
import type { DesignStep } from '../../domain/loop-records.ts';
import { formatClock } from '../../domain/round-clock.ts';
import { useSessionStore } from '../../stores/practice-round-store.ts';
import { Countdown, FinishButton, SessionBar } from './session-clock.tsx';

/** What each step should produce, in a line. */
const STEP_GUIDE: Record<DesignStep, string> = {
  clarify: 'Ask three to five questions before proposing anything: users, scale, surfaces, constraints.',
  objective: 'Turn the business goal into something a model can optimise, with offline and online metrics.',
  data: 'Sources, labels and how they are joined; the pipeline and what keeps training and serving consistent.',
  model: 'Features, a baseline, then the model you would ship, with the latency and accuracy trade-off said out loud.',
  serving: 'Online or batch, the latency budget, and how a new model reaches users: shadow, canary, A/B test.',
  monitoring: 'What tells you the model is getting worse, who hears about it, and what you do then.',
};

/** The monitoring step's prompts: the two kinds of drift, then alerting and rollback. */
const MONITORING_PROMPTS = [
  'Data drift: which inputs could shift away from the training data, and how would you measure it?',
  'Concept drift: how would you notice the link between inputs and outcomes changing, when labels arrive late?',
  'Alerting: which signal pages someone, at what threshold, and who?',
  'Rollback: what do you roll back to, how fast, and who decides?',
];

function StepSection({ session, index, now }: { session: DesignSession; index: number; now: number }) {
  const setStepNotes = useSessionStore((s) => s.setStepNotes);
  const nextStep = useSessionStore((s) => s.nextStep);
  const step = session.steps[index]!;
  const name = STEP_NAMES[step.step];
  const current = currentStepIndex(session) === index;
  const started = step.startedAt !== undefined;
  const headingId = `step-${step.step}`;
  return (
    <section
      aria-labelledby={headingId}
      className={`design-step ${current ? 'current' : ''} ${started ? '' : 'ahead'}`}
    >
      <h2 id={headingId}>
        {index + 1}. {name}
      </h2>
      <p className="muted">
        Budget {formatClock(step.budgetMs)}
        {started && !current ? ` · took ${formatClock(stepSpentMs(step, now))}` : ''}
      </p>
      {started ? (
        <>
          {current ? (
            <div className="question-clock">
              <span>Step time</span>
              <Countdown label="Step time left" remaining={stepRemainingMs(step, now)} />
            </div>
          ) : null}
          {current ? <p>{STEP_GUIDE[step.step]}</p> : null}
          {current && step.step === 'monitoring' ? (
            <ul className="monitoring-prompts" aria-label="Monitoring prompts">
              {MONITORING_PROMPTS.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
          <label className="field">
            {name} notes
            <textarea
              rows={current ? 8 : 3}
              value={step.notes}
              onChange={(e) => setStepNotes(step.step, e.target.value)}
            />
          </label>
          {current && index < session.steps.length - 1 ? (
            <button type="button" className="primary" onClick={nextStep}>
              Next step
            </button>
          ) : null}
          {current && index === session.steps.length - 1 ? (
            <p>
              <span className="muted">Last step. </span>
              <FinishButton />
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** `board`: the whiteboard beside the steps (composed in by the route). */
export function DesignRound({
  session,
  board,
  recording,
  prompt,
}: {
  session: DesignSession;
  board?: ReactNode;
  recording?: ReactNode;
  /** The round's prompt from the bank (loaded on demand by the page); undefined once it has left the bank. */
  prompt: DesignPrompt | undefined;
}) {
  const now = useSessionStore((s) => s.now);
  const setNumber = useSessionStore((s) => s.setNumber);
  return (
    <main className="session-page">
      <SessionBar title={`ML system design: ${session.promptTitle}`} recording={recording} />
      <div className={`design-grid page${board ? ' with-board' : ''}`}>
        <aside aria-label="Prompt" className="design-prompt">
          <h2>The prompt</h2>
          <p>{prompt?.brief ?? 'This prompt is no longer in the bank.'}</p>
          {prompt ? (
            <ul>
              {prompt.facts.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          ) : null}
          <form aria-label="Numbers checklist" className="numbers" onSubmit={(e) => e.preventDefault()}>
            <h2>Numbers checklist</h2>
            <p className="muted">Put a figure on each, with the arithmetic behind it.</p>
            {(Object.keys(NUMBER_NAMES) as NumberKind[]).map((kind) => (
              <label key={kind} className="field">
                {NUMBER_NAMES[kind]}
                <input value={session.numbers[kind] ?? ''} onChange={(e) => setNumber(kind, e.target.value)} />
              </label>
            ))}
          </form>
        </aside>
        {board}
        <div className="design-steps">
          {session.steps.map((step, i) => (
            <StepSection key={step.step} session={session} index={i} now={now} />
          ))}
        </div>
      </div>
    </main>
  );
}
