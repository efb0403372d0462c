// Every route, lazily loaded: the editor (Monaco) loads only with the round page.
import { createBrowserRouter } from 'react-router';
import { Layout } from './layout.tsx';
import { RouteError } from './route-error.tsx';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    hydrateFallbackElement: <p className="page">Loading…</p>,
    errorElement: <RouteError />,
    children: [
      {
        // A page that fails to load or render is replaced by RouteError; the header stays.
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./routes/home-route.tsx')).HomeRoute }) },
          {
            path: 'problems/:problemId',
            lazy: async () => ({ Component: (await import('./routes/problem-route.tsx')).ProblemRoute }),
          },
          {
            path: 'round/:roundId',
            lazy: async () => ({ Component: (await import('./routes/round-route.tsx')).RoundRoute }),
          },
          { path: 'data', lazy: async () => ({ Component: (await import('./routes/data-route.tsx')).DataRoute }) },
          { path: 'gaps', lazy: async () => ({ Component: (await import('./routes/gap-log-route.tsx')).GapLogRoute }) },
          {
            path: 'stories',
            lazy: async () => ({ Component: (await import('./routes/stories-route.tsx')).StoriesRoute }),
          },
          {
            path: 'stories/:storyId/drill',
            lazy: async () => ({ Component: (await import('./routes/story-drill-route.tsx')).StoryDrillRoute }),
          },
          {
            path: 'review/:roundId',
            lazy: async () => ({ Component: (await import('./routes/review-route.tsx')).ReviewRoute }),
          },
          { path: 'pair', lazy: async () => ({ Component: (await import('./routes/pair-route.tsx')).PairRoute }) },
          {
            path: 'rounds',
            lazy: async () => ({ Component: (await import('./routes/rounds-route.tsx')).RoundsRoute }),
          },
          {
            path: 'loop/:loopId',
            lazy: async () => ({ Component: (await import('./routes/loop-route.tsx')).LoopRoute }),
          },
          { path: 'plan', lazy: async () => ({ Component: (await import('./routes/plan-route.tsx')).PlanRoute }) },
          {
            path: 'practice',
            lazy: async () => ({ Component: (await import('./routes/practice-route.tsx')).PracticeRoute }),
          },
          {
            path: 'session/:sessionId',
            lazy: async () => ({ Component: (await import('./routes/session-route.tsx')).SessionRoute }),
          },
          {
            path: 'session/:sessionId/review',
            lazy: async () => ({ Component: (await import('./routes/session-review-route.tsx')).SessionReviewRoute }),
          },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('./routes/not-found-route.tsx')).NotFoundRoute }),
          },
        ],
      },
    ],
  },
]);
