import { canonical } from '../../domain/compare.ts';
import { useRoundStore } from '../../stores/round-store.ts';
import type { CaseVerdict } from '../../worker/judge.ts';
import { CASE_STATUS_LABEL, countLine, headline } from './report-text.ts';

function show(v: unknown): string {
  const text = canonical(v);
  return text.length > 2000 ? `${text.slice(0, 2000)} … (${text.length} characters)` : text;
}

function CaseDetails({ v }: { v: CaseVerdict }) {
  const failed = v.status !== 'passed';
  return (
    <li className={`case case-${v.status}`}>
      <details open={failed && v.status !== 'not-run'}>
        <summary>
          <span className="case-status">{CASE_STATUS_LABEL[v.status]}</span> {v.name}
          {v.hidden ? ' (hidden)' : ''} <span className="muted">{v.ms.toFixed(0)} ms</span>
        </summary>
        <dl>
          <dt>Input</dt>
          <dd><code>{show(v.args)}</code></dd>
          <dt>Expected</dt>
          <dd><code>{show(v.expected)}</code></dd>
          {v.got !== undefined ? (
            <>
              <dt>Your answer</dt>
              <dd><code>{show(v.got)}</code></dd>
            </>
          ) : null}
          {v.diff ? (
            <>
              <dt>Difference</dt>
              <dd>{v.diff}</dd>
            </>
          ) : null}
          {v.message && !v.error ? (
            <>
              <dt>Note</dt>
              <dd>{v.message}</dd>
            </>
          ) : null}
        </dl>
        {v.error ? <pre className="traceback">{v.error.traceback}</pre> : null}
        {v.stdout ? (
          <>
            <p className="label">Output</p>
            <pre className="stdout">{v.stdout}{v.stdoutTruncated ? '\n… (output truncated)' : ''}</pre>
          </>
        ) : null}
      </details>
    </li>
  );
}

/** Verdicts of the latest Run or Submit for the problem on screen. */
export function ResultsPanel() {
  const pid = useRoundStore((s) => s.activeProblemId);
  const result = useRoundStore((s) => (pid ? s.results[pid] : undefined));
  const running = useRoundStore((s) => s.running);
  return (
    <section className="results" aria-label="Results" aria-live="polite" aria-busy={running !== null}>
      {running ? <p className="running">{running === 'run' ? 'Running the examples…' : 'Submitting against all tests…'}</p> : null}
      {!running && !result ? <p className="muted">Run checks the examples; Submit runs the hidden tests too.</p> : null}
      {!running && result ? (
        <>
          <h3 className={`verdict verdict-${result.report.status}`}>
            {result.kind === 'submit' ? 'Submit: ' : 'Run: '}
            {headline(result.report)}
          </h3>
          <p className="muted">{countLine(result.report, result.kind)}</p>
          {result.report.setupError ? <pre className="traceback">{result.report.setupError.traceback}</pre> : null}
          {!result.report.setupError && result.report.message ? <p>{result.report.message}</p> : null}
          <ol className="cases">
            {(result.kind === 'run'
              ? result.report.verdicts
              : result.report.verdicts.filter((v) => v.status !== 'passed' && v.status !== 'not-run' && !v.followup).slice(0, 1)
            ).map((v) => (
              <CaseDetails key={v.index} v={v} />
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
