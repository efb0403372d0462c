// Run and Submit: the code is saved and snapshotted, the run recorded, the judge asked, and its
// verdict recorded. Whatever fails on the way, Run and Submit work again afterwards. Stop ends the
// one in flight: it is shown as stopped, and no verdict is recorded (the code was not judged).
import type { RunSummary } from '../domain/timeline.ts';
import { judge, type JudgeReport } from '../worker/judge.ts';
import type { RoundContext, RoundState } from './round-state.ts';
import { useRunnerStore } from './runner-store.ts';

function summaryOf(kind: 'run' | 'submit', report: JudgeReport): RunSummary {
  // Follow-up cases never decide the verdict; how they went is its own line.
  const failure = report.verdicts.find((v) => v.status !== 'passed' && !v.followup);
  return {
    kind,
    status: report.status,
    passed: report.passed,
    total: report.total,
    ms: Math.round(report.ms),
    ...(failure ? { firstFailure: { name: failure.name, status: failure.status } } : {}),
    ...(report.followup ? { followup: report.followup } : {}),
  };
}

export function judgingActions(ctx: RoundContext): Pick<RoundState, 'run' | 'stop'> {
  const { set, get } = ctx;
  let stopRequested = false;
  /** The last Run's writes, its verdict's included: the next Run's writes follow them, in order. */
  let written: Promise<unknown> = Promise.resolve();
  return {
    stop() {
      if (!get().running) return;
      stopRequested = true;
      useRunnerStore.getState().runner?.stop();
    },

    async run(kind) {
      const { activeProblemId: pid, phase, running, problems, round, editing } = get();
      const { runner, checkerRunner } = useRunnerStore.getState();
      if (!pid || !round || phase !== 'active' || editing !== 'here' || running || !runner || !checkerRunner) return;
      const problem = problems[pid];
      if (!problem) return;
      stopRequested = false;
      const code = get().code[pid] ?? '';
      // Submit is judged on an interpreter no earlier run has touched, when one is warm.
      if (kind === 'submit') runner.freshInterpreter();
      const cases = kind === 'run' ? problem.cases.filter((c) => !c.hidden) : problem.cases;
      // Python gets the code first, in this very task (the runner posts at once when it is idle):
      // rendering "Running…" and opening the Run's transaction come after, while Python works.
      const judging = judge(problem, code, cases, { runner, checkerRunner, stopRequested: () => stopRequested });
      set({ running: kind });
      // The code is saved as it is typed (journalled at once, its draft written); what a Run adds,
      // the code snapshot and the run in one transaction, is written while Python runs it, after the
      // previous Run's verdict: a crash meanwhile loses no code, and the timeline keeps its order.
      const saving = written.then(() => Promise.all([get().flush(), ctx.recordRun(round.id, pid, kind, code)]));
      saving.catch(() => {}); // reported below, once the judge has answered
      written = saving.catch(() => {});
      let report: JudgeReport;
      try {
        report = await judging;
      } catch (err) {
        ctx.reportStorageError(err);
        if (get().round?.id === round.id) set({ running: null });
        return;
      }
      // The verdict is on screen as soon as it is known, Run and Submit usable again at once; its
      // write follows the Run's own (a Run started meanwhile writes after it).
      if (get().round?.id === round.id)
        set((s) => ({ results: { ...s.results, [pid]: { kind, report } }, running: null }));
      const recording = saving.then(() =>
        report.stopped ? undefined : ctx.record({ type: 'verdict', problemId: pid, summary: summaryOf(kind, report) }),
      );
      written = recording.catch(() => {});
      ctx.background.start(written);
      await recording.catch((err: unknown) => ctx.reportStorageError(err));
    },
  };
}
