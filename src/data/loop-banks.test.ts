import { describe, expect, it } from 'vitest';
import {
  FUNDAMENTALS_TOPICS,
  normaliseText,
  validateBehavioralQuestions,
  validateDesignPrompts,
  validateFundamentals,
} from '../domain/loop-bank-schema.ts';
import { DESIGN_STEPS } from '../domain/loop-records.ts';
import behavioral from './behavioral-questions.json';
import design from './design-prompts.json';
import fundamentals from './fundamentals.json';

/** A deep copy of a bank, to break without touching the real one. */
function copy<T>(bank: T): T {
  return JSON.parse(JSON.stringify(bank)) as T;
}

describe('ML fundamentals bank', () => {
  const questions = fundamentals.questions;

  it('is valid: unique ids and texts, every answer, follow-up and key point present', () => {
    expect(validateFundamentals(fundamentals)).toEqual([]);
  });

  it('holds at least 150 questions, 25 of them debugging scenarios, over every topic of the round', () => {
    expect(questions.length).toBeGreaterThanOrEqual(150);
    expect(questions.filter((q) => q.topic === 'debugging').length).toBeGreaterThanOrEqual(25);
    for (const topic of Object.keys(FUNDAMENTALS_TOPICS))
      expect(questions.filter((q) => q.topic === topic).length, topic).toBeGreaterThanOrEqual(5);
  });

  it('has no two questions that differ only in case or punctuation', () => {
    expect(new Set(questions.map((q) => normaliseText(q.question))).size).toBe(questions.length);
  });

  it('names the file, item and field of each fault in a broken copy', () => {
    const broken = copy(fundamentals) as { questions: Record<string, unknown>[] };
    const [a, b, c] = broken.questions;
    a!.model_answer = '  ';
    b!.topic = 'astrology';
    c!.id = a!.id;
    c!.question = `${String(a!.question).toUpperCase()}!`;
    broken.questions[3]!.key_points = ['only one'];
    delete broken.questions[4]!.deeper_answer;
    expect(validateFundamentals(broken)).toEqual([
      `fundamentals.json questions[0] (${a!.id}).model_answer: expected non-empty text`,
      `fundamentals.json questions[1] (${b!.id}).topic: expected one of ${Object.keys(FUNDAMENTALS_TOPICS).join(' | ')}`,
      `fundamentals.json questions[2] (${a!.id}).id: duplicate id "${a!.id}"`,
      `fundamentals.json questions[2] (${a!.id}).question: same text as ${a!.id}`,
      `fundamentals.json questions[3] (${broken.questions[3]!.id}).key_points: expected a list of at least 2 non-empty texts`,
      `fundamentals.json questions[4] (${broken.questions[4]!.id}).deeper_answer: expected non-empty text`,
    ]);
    expect(validateFundamentals({ items: [] })).toEqual(['fundamentals.json: expected {"questions": [...]}']);
  });
});

describe('ML system design prompts', () => {
  const prompts = design.prompts;

  it('are valid: six non-empty steps, numbers for storage, QPS, latency and refresh, drift and rollback in monitoring', () => {
    expect(validateDesignPrompts(design)).toEqual([]);
    expect(prompts.length).toBeGreaterThanOrEqual(15);
    for (const p of prompts) {
      for (const step of DESIGN_STEPS) expect(p.steps[step].length, `${p.id} ${step}`).toBeGreaterThan(0);
      for (const kind of ['storage', 'qps', 'latency', 'refresh'])
        expect(
          p.numbers.some((n) => n.kind === kind),
          `${p.id} ${kind}`,
        ).toBe(true);
    }
  });

  it('cover the typical prompts of the round', () => {
    const titles = prompts.map((p) => p.title.toLowerCase()).join(' | ');
    for (const theme of [
      'recommendation',
      'search ranking',
      'ads ranking',
      'fraud',
      'moderation',
      'anomaly detection for instant payments',
      'visual search',
      'feed ranking',
    ]) {
      expect(titles, theme).toContain(theme);
    }
  });

  it('refuses a prompt that misses a step, a number kind or the monitoring essentials', () => {
    const broken = copy(design) as unknown as {
      prompts: { id: string; steps: Record<string, unknown>; numbers: { kind: string }[] }[];
    };
    const [a, b, c] = broken.prompts;
    a!.steps.serving = [];
    b!.numbers = b!.numbers.filter((n) => n.kind !== 'qps' && n.kind !== 'refresh');
    c!.steps.monitoring = ['Watch the dashboards', 'Alert on-call when error rates rise'];
    expect(validateDesignPrompts(broken)).toEqual([
      `design-prompts.json prompts[0] (${a!.id}).steps.serving: expected a list of at least 1 non-empty text`,
      `design-prompts.json prompts[1] (${b!.id}).numbers: no estimate for qps, refresh`,
      `design-prompts.json prompts[2] (${c!.id}).steps.monitoring: no key point mentions data drift`,
      `design-prompts.json prompts[2] (${c!.id}).steps.monitoring: no key point mentions concept drift`,
      `design-prompts.json prompts[2] (${c!.id}).steps.monitoring: no key point mentions rollback`,
    ]);
  });
});

describe('behavioral questions', () => {
  const questions = behavioral.questions;

  it('are valid, with tags from the story inventory', () => {
    expect(validateBehavioralQuestions(behavioral)).toEqual([]);
    expect(questions.length).toBeGreaterThanOrEqual(20);
  });

  it('include the three ML-specific kinds: a degraded model, a stakeholder who doubts it, its limits told to leadership', () => {
    const text = (id: string) => questions.find((q) => q.id === id)?.text.toLowerCase() ?? '';
    expect(text('beh-model-degraded-in-production')).toMatch(/model.*worse in production/);
    expect(text('beh-stakeholder-not-good-enough')).toMatch(/stakeholder.*model was not good enough/);
    expect(text('beh-explain-limits-to-leadership')).toMatch(/limit/);
    expect(text('beh-explain-limits-to-leadership')).toMatch(/leader|executive/);
  });

  it('refuses a tag the story inventory does not have, naming it', () => {
    const broken = copy(behavioral);
    broken.questions[0]!.tags = ['production incident', 'heroics'];
    broken.questions[1]!.followups = [];
    const [a, b] = broken.questions;
    expect(validateBehavioralQuestions(broken)).toEqual([
      expect.stringMatching(
        new RegExp(`^behavioral-questions\\.json questions\\[0\\] \\(${a!.id}\\)\\.tags: "heroics" is not a story tag`),
      ),
      `behavioral-questions.json questions[1] (${b!.id}).followups: expected a list of at least 1 non-empty text`,
    ]);
  });
});
