// Schema for the banks of the rounds beyond coding: ML fundamentals questions, system design
// prompts and behavioral questions (src/data/*.json). Pure: validates parsed data, and every fault
// names the file, the item (index and id) and the field.
import type { DesignStep } from './loop-records.ts';
import { DESIGN_STEPS } from './loop-records.ts';
import { STORY_TAGS } from './story-drill.ts';

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

export interface FundamentalsQuestion {
  id: string;
  topic: FundamentalsTopic;
  question: string;
  model_answer: string;
  /** The "one level deeper" follow-up, and its answer. */
  deeper: string;
  deeper_answer: string;
  key_points: string[];
}

/** The figures a design must carry; `other` is for prompt-specific extras. */
export type NumberKind = 'storage' | 'qps' | 'latency' | 'refresh';
export const NUMBER_KINDS: readonly NumberKind[] = ['storage', 'qps', 'latency', 'refresh'];

export interface DesignPrompt {
  id: string;
  title: string;
  brief: string;
  facts: string[];
  /** Key points per step of the six-step framework. */
  steps: Record<DesignStep, string[]>;
  /** Worked estimates the review shows beside the candidate's figures. */
  numbers: { kind: NumberKind | 'other'; label: string; estimate: string }[];
}

export interface BehavioralQuestion {
  id: string;
  text: string;
  tags: string[];
  listen_for: string[];
  followups: string[];
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Fewest key points a fundamentals answer is graded against. */
const MIN_KEY_POINTS = 2;

type Obj = Record<string, unknown>;

/** Lower case, punctuation and extra spaces removed: two texts that differ only in those are duplicates. */
export function normaliseText(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function isText(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

/**
 * Walks `raw[key]` and runs `check` on each item, with the shared checks (object, kebab-case unique
 * id, unique normalised text in `textField`) done here. Faults read `file key[i] (id).field: …`.
 */
function checkItems(file: string, raw: unknown, key: string, textField: string, check: (o: Obj, fault: (field: string, message: string) => void) => void): string[] {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as Obj)[key])) return [`${file}: expected {"${key}": [...]}`];
  const errors: string[] = [];
  const ids = new Set<string>();
  const texts = new Map<string, string>();
  ((raw as Obj)[key] as unknown[]).forEach((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return void errors.push(`${file} ${key}[${i}]: expected an object`);
    const o = item as Obj;
    const name = typeof o.id === 'string' && o.id !== '' ? ` (${o.id})` : '';
    const fault = (field: string, message: string) => errors.push(`${file} ${key}[${i}]${name}.${field}: ${message}`);
    if (typeof o.id !== 'string' || !ID.test(o.id)) fault('id', 'expected a kebab-case id');
    else if (ids.has(o.id)) fault('id', `duplicate id "${o.id}"`);
    else ids.add(o.id);
    const text = o[textField];
    if (!isText(text)) fault(textField, 'expected non-empty text');
    else {
      const first = texts.get(normaliseText(text));
      if (first !== undefined) fault(textField, `same text as ${first}`);
      else texts.set(normaliseText(text), typeof o.id === 'string' ? o.id : `${key}[${i}]`);
    }
    check(o, fault);
  });
  return errors;
}

function textList(o: Obj, field: string, min: number, fault: (field: string, message: string) => void): string[] {
  const v = o[field];
  if (!Array.isArray(v) || v.length < min || !v.every(isText)) {
    fault(field, `expected a list of at least ${min} non-empty text${min === 1 ? '' : 's'}`);
    return [];
  }
  return v as string[];
}

/** Faults in the fundamentals bank. */
export function validateFundamentals(raw: unknown, file = 'fundamentals.json'): string[] {
  return checkItems(file, raw, 'questions', 'question', (o, fault) => {
    if (typeof o.topic !== 'string' || !Object.hasOwn(FUNDAMENTALS_TOPICS, o.topic)) fault('topic', `expected one of ${Object.keys(FUNDAMENTALS_TOPICS).join(' | ')}`);
    for (const field of ['model_answer', 'deeper', 'deeper_answer']) if (!isText(o[field])) fault(field, 'expected non-empty text');
    textList(o, 'key_points', MIN_KEY_POINTS, fault);
  });
}

/** What the monitoring step's key points must cover, so the review can hold the candidate to it. */
const MONITORING_MUST_MENTION: { label: string; pattern: RegExp }[] = [
  { label: 'data drift', pattern: /data drift/i },
  { label: 'concept drift', pattern: /concept drift/i },
  { label: 'rollback', pattern: /roll ?back/i },
  { label: 'alerting', pattern: /alert/i },
];

/** Faults in the system design prompts. */
export function validateDesignPrompts(raw: unknown, file = 'design-prompts.json'): string[] {
  return checkItems(file, raw, 'prompts', 'title', (o, fault) => {
    if (!isText(o.brief)) fault('brief', 'expected non-empty text');
    textList(o, 'facts', 1, fault);
    const steps = o.steps;
    if (typeof steps !== 'object' || steps === null || Array.isArray(steps)) fault('steps', `expected an object with ${DESIGN_STEPS.join(', ')}`);
    else {
      for (const step of DESIGN_STEPS) textList(steps as Obj, step, 1, (field, message) => fault(`steps.${field}`, message));
      const monitoring = (steps as Obj).monitoring;
      if (Array.isArray(monitoring) && monitoring.every(isText)) {
        const all = monitoring.join(' ');
        for (const { label, pattern } of MONITORING_MUST_MENTION) if (!pattern.test(all)) fault('steps.monitoring', `no key point mentions ${label}`);
      }
    }
    const numbers = o.numbers;
    if (!Array.isArray(numbers)) return fault('numbers', 'expected a list');
    const kinds = new Set<string>();
    numbers.forEach((n: unknown, j) => {
      const at = `numbers[${j}]`;
      if (typeof n !== 'object' || n === null) return fault(at, 'expected an object');
      const e = n as Obj;
      if (e.kind !== 'other' && !(NUMBER_KINDS as readonly unknown[]).includes(e.kind)) fault(`${at}.kind`, `expected one of ${[...NUMBER_KINDS, 'other'].join(' | ')}`);
      else kinds.add(e.kind as string);
      if (!isText(e.label)) fault(`${at}.label`, 'expected non-empty text');
      if (!isText(e.estimate)) fault(`${at}.estimate`, 'expected non-empty text');
    });
    const missing = NUMBER_KINDS.filter((k) => !kinds.has(k));
    if (missing.length > 0) fault('numbers', `no estimate for ${missing.join(', ')}`);
  });
}

/** Faults in the behavioral questions; tags must come from the story inventory's tags. */
export function validateBehavioralQuestions(raw: unknown, file = 'behavioral-questions.json'): string[] {
  return checkItems(file, raw, 'questions', 'text', (o, fault) => {
    const tags = textList(o, 'tags', 1, fault);
    for (const tag of tags) if (!(STORY_TAGS as readonly string[]).includes(tag)) fault('tags', `"${tag}" is not a story tag (${STORY_TAGS.join(', ')})`);
    textList(o, 'listen_for', 1, fault);
    textList(o, 'followups', 1, fault);
  });
}

