import { listDifferences } from '../../domain/compare.ts';
import type { Problem } from '../../domain/problem-schema.ts';
import { pythonArgs, pythonRepr } from '../../presentation/python-repr.ts';
import { useRoundStore } from '../../stores/round-store.ts';
import type { CaseVerdict } from '../../worker/judge.ts';
import { CASE_STATUS_LABEL, countLine, headline } from './report-text.ts';
import './results-panel.css';

/** The most differing positions of a list the panel names; the rest are counted. */
export const SHOWN_DIFFERENCES = 20;

function cut(text: string): string {
  return text.length > 2000 ? `${text.slice(0, 2000)} … (${text.length.toLocaleString('en')} characters)` : text;
}

/** How the problem compares numbers, in words: "within 1e-6 (absolute or relative)". */
function toleranceText(problem: Problem): string {
  const t = problem.tolerance;
  // As the statement writes it: 1e-6, not 0.000001.
  return `within ${t > 0 && t < 1e-3 ? t.toExponential() : t} (absolute or relative)`;
}

function Differences({ v, problem }: { v: CaseVerdict; problem: Problem | undefined }) {
  const floats = problem?.compare === 'float';
  const mode = problem && problem.compare !== 'checker' ? problem.compare : null;
  const list =
    mode && v.got !== undefined ? listDifferences(v.expected, v.got, { mode, tolerance: problem!.tolerance }) : null;
  return (
    <>
      <dt>Difference</dt>
      <dd>
        {list && list.total > 0 ? (
          <>
            {list.total === 1 ? '1 position differs' : `${list.total} positions differ`}
            {floats ? `; numbers count as equal ${toleranceText(problem!)}` : ''}
            {list.total > list.positions.length ? ` (the first ${list.positions.length} are shown)` : ''}:
            <table className="differences">
              <thead>
                <tr>
                  <th scope="col">Index</th>
                  <th scope="col">Expected</th>
                  <th scope="col">Your answer</th>
                </tr>
              </thead>
              <tbody>
                {list.positions.map((d) => (
                  <tr key={d.path}>
                    <td>{d.path}</td>
                    <td>
                      <code>{cut(pythonRepr(d.expected, { floats }))}</code>
                    </td>
                    <td>
                      <code>{cut(pythonRepr(d.got, { floats }))}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <>
            {v.diff}
            {floats ? `; numbers count as equal ${toleranceText(problem!)}` : ''}
          </>
        )}
      </dd>
    </>
  );
}

function CaseDetails({ v, problem }: { v: CaseVerdict; problem: Problem | undefined }) {
  const failed = v.status !== 'passed';
  const notRun = v.status === 'not-run';
  // Floats print as Python prints them (1.0): JSON keeps no difference between 1 and 1.0, the problem does.
  const floats = problem?.compare === 'float';
  const floatParams = problem?.params.map((t) => t === 'float') ?? [];
  return (
    <li className={`case case-${v.status}`}>
      <details open={failed && !notRun}>
        <summary>
          {v.name}
          {v.hidden ? ' (hidden)' : ''}: <span className="case-status">{CASE_STATUS_LABEL[v.status]}</span>
          {notRun ? (
            <span className="muted"> (an earlier failure stopped the run)</span>
          ) : (
            <span className="muted"> · {v.ms < 1 ? 'under 1 ms' : `${v.ms.toFixed(0)} ms`}</span>
          )}
        </summary>
        <dl>
          <dt>Input</dt>
          <dd>
            <code>{cut(pythonArgs(v.args, floatParams))}</code>
          </dd>
          <dt>Expected</dt>
          <dd>
            <code>{cut(pythonRepr(v.expected, { floats }))}</code>
          </dd>
          {v.got !== undefined ? (
            <>
              <dt>Your answer</dt>
              <dd>
                <code>{cut(pythonRepr(v.got, { floats }))}</code>
              </dd>
            </>
          ) : null}
          {v.diff ? <Differences v={v} problem={problem} /> : null}
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
            <pre className="stdout">
              {v.stdout}
              {v.stdoutTruncated ? '\n… (output truncated)' : ''}
            </pre>
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
  const problem = useRoundStore((s) => (pid ? s.problems[pid] : undefined));
  return (
    <section className="results" aria-label="Results" aria-live="polite" aria-busy={running !== null}>
      {running ? (
        <p className="running">{running === 'run' ? 'Running the examples…' : 'Submitting against all tests…'}</p>
      ) : null}
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
              : result.report.verdicts
                  .filter((v) => v.status !== 'passed' && v.status !== 'not-run' && !v.followup)
                  .slice(0, 1)
            ).map((v) => (
              <CaseDetails key={v.index} v={v} problem={problem} />
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
