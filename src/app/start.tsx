// The app itself: its styles, stores, storage and router, started by main.tsx once Python is on its way.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { loadProblem } from '../data/problem-bank.ts';
import { configureRoundStore } from '../stores/round-store.ts';
import { useRunnerStore } from '../stores/runner-store.ts';
import { applyStoredTheme } from '../components/use-theme.ts';
import { requestPersistence } from '../storage/persistence.ts';
import { openStorage } from '../storage/storage-health.ts';
import type { PythonRunner } from '../worker/client.ts';
import { createCheckerRunner } from '../worker/browser-runner.ts';
import { narrowConnectionsAtLoad } from './connect-lock.ts';
import { registerOffline } from './offline.ts';
import { router } from './router.tsx';
// The app's styles, in cascade order (src/app/styles/).
import './styles/base.css';
import './styles/pages.css';
import './styles/round.css';
import './styles/review.css';
import './styles/practice.css';
import './styles/phones.css';

/** Everything of the app after Python's start (main.tsx), which `runner` already is under way. */
export async function startApp(runner: PythonRunner): Promise<void> {
  // The stored theme before the first paint, so a dark setting never flashes light.
  applyStoredTheme();
  // The page may reach its origin and one pairing server, no other host (connect-policy.ts).
  narrowConnectionsAtLoad(window.location);
  useRunnerStore.getState().attach(runner, createCheckerRunner);
  void registerOffline(runner.whenReady());
  configureRoundStore({ loadProblem });
  // Ask once at start; browsers that refuse keep working, and the data page says so.
  void requestPersistence();
  // Storage the browser refuses (private browsing) is replaced by memory before any page reads it.
  await openStorage();

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
