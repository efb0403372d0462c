// Python runtime status for the UI, and the runners the app judges with. The runner starts at app
// load so Python is warm before a round begins.
import { create } from 'zustand';
import type { PythonRunner, RunnerStatus } from '../worker/client.ts';

interface RunnerStore {
  status: RunnerStatus;
  runner: PythonRunner | null;
  /** Created on first use: checkers never share an interpreter with candidate code. */
  checkerRunner: (() => PythonRunner) | null;
  attach(runner: PythonRunner, makeChecker: () => PythonRunner): void;
}

export const useRunnerStore = create<RunnerStore>()((set) => ({
  status: { state: 'loading' },
  runner: null,
  checkerRunner: null,
  attach(runner, makeChecker) {
    let checker: PythonRunner | null = null;
    set({ runner, status: runner.getStatus(), checkerRunner: () => (checker ??= makeChecker()) });
    runner.subscribe((status) => set({ status }));
  },
}));
