import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { loadProblem } from '../lib/problem-bank.ts';
import { configureRoundStore } from '../stores/round-store.ts';
import { useRunnerStore } from '../stores/runner-store.ts';
import { requestPersistence } from '../storage/persistence.ts';
import { createBrowserRunner } from '../worker/browser-runner.ts';
import { router } from './router.tsx';
import './styles.css';

// Python starts now, in parallel with everything else, so it is warm before a round begins.
useRunnerStore.getState().attach(createBrowserRunner(), createBrowserRunner);
configureRoundStore({ loadProblem });
// Ask once at start; browsers that refuse keep working, and the data page says so.
void requestPersistence();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
