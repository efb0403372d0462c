import '../loop-pages.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { designPromptTitles, questionTopics } from 'virtual:practice-index';
import { FUNDAMENTALS_TOPICS } from '../../domain/loop-bank-schema.ts';
import { practiceEntries } from '../../domain/plan-progress.ts';
import { readinessChecklist, type ReadinessBank, type RoutingAnswers } from '../../domain/readiness.ts';
import type { PlanContent } from '../../domain/study-plan.ts';
import { PlanPanel } from '../../features/plan/plan-panel.tsx';
import { ReadinessChecklist } from '../../features/plan/readiness-checklist.tsx';
import { useTableRead } from '../../components/use-table-read.ts';
import { RoutingQuestions } from '../../features/plan/routing-questions.tsx';
import { problems } from '../../data/problem-bank.ts';
import { getDb } from '../../storage/db.ts';
import { loadPracticeHistory } from '../../storage/history-repo.ts';
import { currentPlan } from '../../storage/plans-repo.ts';
import { useTitle } from '../../components/use-title.ts';

const TOPICS = Object.keys(FUNDAMENTALS_TOPICS);
const BANK: ReadinessBank = {
  problems,
  questionTopics,
  topics: TOPICS,
  topicNames: FUNDAMENTALS_TOPICS,
};
const CONTENT: PlanContent = {
  problems,
  topics: TOPICS,
  topicNames: FUNDAMENTALS_TOPICS,
  designPrompts: designPromptTitles,
};

export function PlanRoute() {
  useTitle('Plan');
  const history = useTableRead(
    ['rounds', 'events', 'sessions', 'storyDrills', 'loops', 'gaps'],
    () => loadPracticeHistory(getDb()),
    undefined,
  );
  const plan = useLiveQuery(() => currentPlan(getDb()), [], null);
  const [answers, setAnswers] = useState<RoutingAnswers | null>(null);
  // Read once per visit: "today" moves at midnight, which the next visit or a reload picks up.
  const [now] = useState(() => Date.now());
  if (!history || plan === null)
    return (
      <main className="page narrow-wide" aria-busy="true">
        Loading your history…
      </main>
    );
  const routing = answers ?? Object.fromEntries(Object.entries(plan?.routing ?? {}).map(([k, v]) => [k, v === 'yes']));
  return (
    <main className="page narrow-wide">
      <h1>Readiness and study plan</h1>
      <RoutingQuestions answers={routing} onChange={setAnswers} />
      <ReadinessChecklist items={readinessChecklist(history, BANK)} />
      <PlanPanel
        plan={plan}
        practice={practiceEntries(history, history.gapWork)}
        content={CONTENT}
        routing={routing}
        now={now}
      />
    </main>
  );
}
