// Run and Submit: the code is saved and snapshotted, the run recorded, the judge asked, and its
// verdict recorded. Whatever fails on the way, Run and Submit work again afterwards. Stop ends the
// one in flight: it is shown as stopped, and no verdict is recorded (the code was not judged).
import type { RunSummary } from '../domain/timeline.ts';
import { judge } from '../worker/judge.ts';
import type { RoundContext, RoundState } from './round-state.ts';
import { useRunnerStore } from './runner-store.ts';

export function judgingActions(ctx: RoundContext): Pick<RoundState, 'run' | 'stop'> {
  const { set, get } = ctx;
  let stopRequested = false;
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
      set({ running: kind });
      stopRequested = false;
      try {
        const code = get().code[pid] ?? '';
        // Submit is judged on an interpreter no earlier run has touched, when one is warm.
        if (kind === 'submit') runner.freshInterpreter();
        // The code is saved as it is typed (journalled at once, its draft written); what a Run adds,
        // the code snapshot and the run in one transaction, is written while Python starts on it
        // rather than before: a crash meanwhile loses no code. The verdict is recorded after them.
        const saving = Promise.all([get().flush(), ctx.recordRun(pid, kind)]);
        saving.catch(() => {}); // reported below, once the judge has answered
        const cases = kind === 'run' ? problem.cases.filter((c) => !c.hidden) : problem.cases;
        const report = await judge(problem, code, cases, {
          runner,
          checkerRunner,
          stopRequested: () => stopRequested,
        });
        // Follow-up cases never decide the verdict; how they went is its own line.
        const failure = report.verdicts.find((v) => v.status !== 'passed' && !v.followup);
        const summary: RunSummary = {
          kind,
          status: report.status,
          passed: report.passed,
          total: report.total,
          ms: Math.round(report.ms),
          ...(failure ? { firstFailure: { name: failure.name, status: failure.status } } : {}),
          ...(report.followup ? { followup: report.followup } : {}),
        };
        if (get().round?.id === round.id) set((s) => ({ results: { ...s.results, [pid]: { kind, report } } }));
        await saving;
        if (report.stopped) return;
        await ctx.record({ type: 'verdict', problemId: pid, summary });
      } catch (err) {
        ctx.reportStorageError(err);
      } finally {
        // Whatever failed, Run and Submit work again.
        if (get().round?.id === round.id) set({ running: null });
      }
    },
  };
}
