// The four routing questions and the phase they point to, with the rule in plain words.
import {
  PHASE_LABELS,
  ROUTING_QUESTIONS,
  ROUTING_RULE,
  startingPhase,
  type RoutingAnswers,
} from '../../domain/readiness.ts';

export function RoutingQuestions({
  answers,
  onChange,
}: {
  answers: RoutingAnswers;
  onChange: (answers: RoutingAnswers) => void;
}) {
  const phase = startingPhase(answers);
  return (
    <section aria-labelledby="routing-title">
      <h2 id="routing-title">Where to start</h2>
      {ROUTING_QUESTIONS.map((q, i) => (
        <fieldset key={q.id} className="routing-question">
          <legend>
            {i + 1}. {q.text}
          </legend>
          {([true, false] as const).map((yes) => (
            <label key={String(yes)} className="chip">
              <input
                type="radio"
                name={`routing-${q.id}`}
                checked={answers[q.id] === yes}
                onChange={() => onChange({ ...answers, [q.id]: yes })}
              />
              {yes ? 'Yes' : 'No'}
            </label>
          ))}
        </fieldset>
      ))}
      <p role="status" className="routing-result">
        {phase ? (
          <>
            Start with: <strong>{PHASE_LABELS[phase]}</strong>
          </>
        ) : (
          'Answer all four questions to see where to start.'
        )}
      </p>
      <p className="muted">{ROUTING_RULE}</p>
    </section>
  );
}
