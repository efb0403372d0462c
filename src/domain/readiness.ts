// Readiness: which phase to start in (four routing questions), and a checklist per round type
// computed from the history alone. Pure: the history, the bank and `now`-free rules come in as data,
// so every item can be checked against a history built by hand.
import { behavioralItems, codingItems, designItems, fundamentalsItems, mockItems } from './readiness-items.ts';
import {
  ROUND_TYPES,
  type ChecklistItem,
  type ReadinessBank,
  type ReadinessHistory,
  type RoundType,
} from './readiness-history.ts';

export {
  completedIds,
  roundCounts,
  sessionCounts,
  ROUND_TYPES,
  type ChecklistItem,
  type DrillTarget,
  type Evidence,
  type ReadinessBank,
  type ReadinessHistory,
  type RoundType,
} from './readiness-history.ts';

export type Phase = 'theory' | 'coding' | 'system-design' | 'mock-interviews';

export const ROUTING_QUESTIONS = [
  {
    id: 'bias-variance',
    text: 'Could you explain the bias-variance trade-off through its mechanism, with no formula?',
  },
  { id: 'deployed', text: 'Have you shipped a model to production and watched it for drift?' },
  { id: 'design-framework', text: 'Could you walk through the six steps of an ML system design without notes?' },
  {
    id: 'calibrated-mock',
    text: 'Have you had a structured mock interview with calibrated feedback in the last 90 days?',
  },
] as const;

export type RoutingAnswers = Partial<Record<(typeof ROUTING_QUESTIONS)[number]['id'], boolean>>;

export const PHASE_LABELS: Record<Phase, string> = {
  theory: 'Theory',
  coding: 'Coding',
  'system-design': 'System design',
  'mock-interviews': 'Mock interviews',
};

/** The rule, stated once for the page and the tests. */
export const ROUTING_RULE =
  'Count your yes answers from the first question, stopping at the first no: none or one means theory, two means coding, three means system design, all four means mock interviews.';

/** The phase to start in, or undefined until every question is answered. */
export function startingPhase(answers: RoutingAnswers): Phase | undefined {
  if (ROUTING_QUESTIONS.some((q) => answers[q.id] === undefined)) return undefined;
  const firstNo = ROUTING_QUESTIONS.findIndex((q) => answers[q.id] === false);
  const yesInARow = firstNo === -1 ? ROUTING_QUESTIONS.length : firstNo;
  return yesInARow <= 1 ? 'theory' : yesInARow === 2 ? 'coding' : yesInARow === 3 ? 'system-design' : 'mock-interviews';
}

/** Every checklist item, grouped by round type in ROUND_TYPES order. */
export function readinessChecklist(history: ReadinessHistory, bank: ReadinessBank): ChecklistItem[] {
  return [
    ...codingItems(history, bank),
    ...fundamentalsItems(history, bank),
    ...designItems(history),
    ...behavioralItems(history),
    ...mockItems(history),
  ];
}

/** The round type to work on next: the smallest share of items met (earlier types win ties). */
export function focusRoundType(items: readonly ChecklistItem[]): RoundType {
  let best: RoundType = ROUND_TYPES[0]!;
  let bestShare = Infinity;
  for (const type of ROUND_TYPES) {
    const mine = items.filter((i) => i.type === type);
    if (mine.length === 0) continue;
    const share = mine.filter((i) => i.met).length / mine.length;
    if (share < bestShare) [best, bestShare] = [type, share];
  }
  return best;
}
