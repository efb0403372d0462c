// Schemas for the banks of the rounds beyond coding: ML fundamentals questions, system design
// prompts and behavioral questions (src/data/*.json), with their types inferred. Pure: validates
// parsed data, and every fault names the file, the item (index and id) and the field.
import * as v from 'valibot';
import { type BankFault, bankFaults, bankObject, bankText, oneOf, textList } from './bank-schema.ts';
import { DESIGN_STEPS, type DesignStep } from './loop-records.ts';
import { at } from './schema-issues.ts';
import { STORY_TAGS } from './story-drill.ts';

export { normaliseText } from './bank-schema.ts';

/** The topics of the fundamentals bank, in the order the setup and review list them. */
export const FUNDAMENTALS_TOPICS = {
  'bias-variance': 'Bias and variance',
  regularisation: 'Regularisation',
  'evaluation-metrics': 'Evaluation metrics',
  'gradient-descent': 'Gradient-descent variants',
  overfitting: 'Overfitting',
  probability: 'Probability',
  'trees-ensembles': 'Trees and ensembles',
  'deep-learning': 'Deep learning basics',
  'transformers-attention': 'Transformers and attention',
  'feature-engineering': 'Feature engineering',
  'data-leakage': 'Data leakage',
  debugging: 'ML debugging scenarios',
} as const;

export type FundamentalsTopic = keyof typeof FUNDAMENTALS_TOPICS;

/** Fewest key points a fundamentals answer is graded against. */
const MIN_KEY_POINTS = 2;

const FundamentalsQuestionSchema = bankObject({
  id: v.string(),
  topic: oneOf(Object.keys(FUNDAMENTALS_TOPICS) as FundamentalsTopic[]),
  question: v.string(),
  model_answer: bankText(),
  /** The "one level deeper" follow-up, and its answer. */
  deeper: bankText(),
  deeper_answer: bankText(),
  key_points: textList(MIN_KEY_POINTS),
});
export type FundamentalsQuestion = v.InferOutput<typeof FundamentalsQuestionSchema>;

/** The figures a design must carry; `other` is for prompt-specific extras. */
export const NUMBER_KINDS = ['storage', 'qps', 'latency', 'refresh'] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];

/** What the monitoring step's key points must cover, so the review can hold the candidate to it. */
const MONITORING_MUST_MENTION: { label: string; pattern: RegExp }[] = [
  { label: 'data drift', pattern: /data drift/i },
  { label: 'concept drift', pattern: /concept drift/i },
  { label: 'rollback', pattern: /roll ?back/i },
  { label: 'alerting', pattern: /alert/i },
];

const STEP_FIELDS = Object.fromEntries(DESIGN_STEPS.map((step) => [step, textList(1)])) as Record<
  DesignStep,
  ReturnType<typeof textList>
>;

const DesignPromptSchema = bankObject({
  id: v.string(),
  title: v.string(),
  brief: bankText(),
  facts: textList(1),
  /** Key points per step of the six-step framework. */
  steps: v.pipe(
    v.object(STEP_FIELDS, `expected an object with ${DESIGN_STEPS.join(', ')}`),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const all = dataset.value.monitoring.join(' ');
      for (const { label, pattern } of MONITORING_MUST_MENTION)
        if (!pattern.test(all)) addIssue({ message: `no key point mentions ${label}`, path: at('monitoring') });
    }),
  ),
  /** Worked estimates the review shows beside the candidate's figures. */
  numbers: v.pipe(
    v.array(
      v.object(
        { kind: oneOf([...NUMBER_KINDS, 'other']), label: bankText(), estimate: bankText() },
        'expected an object',
      ),
      'expected a list',
    ),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const missing = NUMBER_KINDS.filter((k) => !dataset.value.some((n) => n.kind === k));
      if (missing.length > 0) addIssue({ message: `no estimate for ${missing.join(', ')}` });
    }),
  ),
});
export type DesignPrompt = v.InferOutput<typeof DesignPromptSchema>;

const BehavioralQuestionSchema = bankObject({
  id: v.string(),
  text: v.string(),
  tags: v.pipe(
    textList(1),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      for (const tag of dataset.value) {
        if (!(STORY_TAGS as readonly string[]).includes(tag))
          addIssue({ message: `"${tag}" is not a story tag (${STORY_TAGS.join(', ')})` });
      }
    }),
  ),
  listen_for: textList(1),
  followups: textList(1),
});
export type BehavioralQuestion = v.InferOutput<typeof BehavioralQuestionSchema>;

/** Faults read `file key[i] (id).field: …`. */
function render(file: string, key: string, faults: BankFault[]): string[] {
  return faults.map((f) =>
    f.index === undefined
      ? `${file}: ${f.message}`
      : `${file} ${key}[${f.index}]${f.id ? ` (${f.id})` : ''}${f.field ? `.${f.field}` : ''}: ${f.message}`,
  );
}

/** Faults in the fundamentals bank. */
export function validateFundamentals(raw: unknown, file = 'fundamentals.json'): string[] {
  return render(file, 'questions', bankFaults(raw, 'questions', 'question', FundamentalsQuestionSchema));
}

/** Faults in the system design prompts. */
export function validateDesignPrompts(raw: unknown, file = 'design-prompts.json'): string[] {
  return render(file, 'prompts', bankFaults(raw, 'prompts', 'title', DesignPromptSchema));
}

/** Faults in the behavioral questions; tags must come from the story inventory's tags. */
export function validateBehavioralQuestions(raw: unknown, file = 'behavioral-questions.json'): string[] {
  return render(file, 'questions', bankFaults(raw, 'questions', 'text', BehavioralQuestionSchema));
}
