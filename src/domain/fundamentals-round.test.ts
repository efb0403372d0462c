import { describe, expect, it } from 'vitest';
import {
  canAdvance,
  closeFundamentals,
  currentItem,
  gradeAnswer,
  newFundamentalsSession,
  nextQuestion,
  pickFundamentals,
  questionLimitMs,
  questionRemainingMs,
  revealAnswer,
  revealDeeper,
  setAnswer,
  summarizeFundamentals,
} from './fundamentals-round.ts';
import type { FundamentalsQuestion, FundamentalsTopic } from './loop-bank-schema.ts';
import { seededRandom } from './interruption-scheduler.ts';

function bank(perTopic: Partial<Record<FundamentalsTopic, number>>): FundamentalsQuestion[] {
  return Object.entries(perTopic).flatMap(([topic, n]) =>
    Array.from({ length: n! }, (_, i) => ({
      id: `${topic}-${i}`,
      topic: topic as FundamentalsTopic,
      question: `${topic} ${i}?`,
      model_answer: 'a',
      deeper: 'd',
      deeper_answer: 'da',
      key_points: ['k1', 'k2'],
    })),
  );
}

const topicOf = (id: string) => id.replace(/-\d+$/, '');

describe('pickFundamentals', () => {
  const questions = bank({ 'bias-variance': 6, probability: 6, debugging: 6, overfitting: 2 });

  it('spreads the questions over every topic before repeating one', () => {
    const picked = pickFundamentals(questions, 4, new Set(), seededRandom(1));
    expect(new Set(picked.map(topicOf)).size).toBe(4);
    const eight = pickFundamentals(questions, 8, new Set(), seededRandom(2));
    for (const topic of ['bias-variance', 'probability', 'debugging', 'overfitting'])
      expect(eight.filter((id) => topicOf(id) === topic)).toHaveLength(2);
  });

  it('prefers questions not seen in earlier rounds, and falls back on seen ones when fresh run out', () => {
    const seen = new Set(questions.filter((q) => q.topic !== 'debugging').map((q) => q.id));
    const picked = pickFundamentals(questions, 8, seen, seededRandom(3));
    expect(picked.slice(0, 6).every((id) => topicOf(id) === 'debugging')).toBe(true);
    expect(picked.slice(6).every((id) => seen.has(id))).toBe(true);
    expect(new Set(picked).size).toBe(8);
  });

  it('depends only on the randomness passed in, and never picks more than the bank holds', () => {
    expect(pickFundamentals(questions, 5, new Set(), seededRandom(9))).toEqual(
      pickFundamentals(questions, 5, new Set(), seededRandom(9)),
    );
    expect(pickFundamentals(questions, 5, new Set(), seededRandom(9))).not.toEqual(
      pickFundamentals(questions, 5, new Set(), seededRandom(10)),
    );
    expect(pickFundamentals(questions, 100, new Set(), seededRandom(4))).toHaveLength(20);
  });
});

describe('a fundamentals round', () => {
  const start = newFundamentalsSession({ id: 's', now: 1000, durationMs: 60 * 60_000, questionIds: ['a', 'b', 'c'] });

  it('gives each question an equal share of the round', () => {
    expect(questionLimitMs(60 * 60_000, 20)).toBe(3 * 60_000);
    expect(questionLimitMs(10 * 60_000, 3)).toBe(200_000);
    expect(currentItem(start)).toEqual({
      questionId: 'a',
      shownAt: 1000,
      answer: '',
      aloud: false,
      limitMs: 20 * 60_000,
    });
  });

  it('records an answer revealed after the limit as an overrun, and freezes the question clock there', () => {
    let s = setAnswer(start, { text: 'Bias is systematic error' });
    s = revealAnswer(s, 1000 + 20 * 60_000 + 5000);
    expect(currentItem(s)).toMatchObject({
      answer: 'Bias is systematic error',
      answeredAt: 1000 + 20 * 60_000 + 5000,
      overran: true,
    });
    expect(questionRemainingMs(currentItem(s)!, 10 ** 9)).toBe(-5000);
    // Once revealed, the answer cannot be rewritten.
    expect(currentItem(setAnswer(s, { text: 'better answer' }))!.answer).toBe('Bias is systematic error');
  });

  it('moves on only after a grade, which needs the model answer shown first', () => {
    let s = setAnswer(start, { aloud: true });
    expect(gradeAnswer(s, 'mechanism')).toEqual(s);
    s = revealAnswer(s, 2000);
    expect(currentItem(s)!.overran).toBe(false);
    expect(canAdvance(s)).toBe(false);
    expect(nextQuestion(s, 3000)).toEqual(s);
    s = revealDeeper(gradeAnswer(s, 'mechanism-example'), 2500);
    expect(currentItem(s)).toMatchObject({ aloud: true, grade: 'mechanism-example', deeperShownAt: 2500 });
    s = nextQuestion(s, 3000);
    expect(s.items.map((i) => i.questionId)).toEqual(['a', 'b']);
    expect(currentItem(s)).toMatchObject({ shownAt: 3000, answer: '', aloud: false });
  });

  it('stops after the last question and summarises grades and overruns', () => {
    let s = start;
    const grades = ['definition', 'mechanism', 'mechanism'] as const;
    const answerAfter = [10, 21 * 60_000, 25 * 60_000];
    grades.forEach((g, i) => {
      s = gradeAnswer(revealAnswer(s, 1000 + i * 30 * 60_000 + answerAfter[i]!), g);
      s = nextQuestion(s, 1000 + (i + 1) * 30 * 60_000);
    });
    expect(s.items).toHaveLength(3);
    expect(canAdvance(s)).toBe(false);
    expect(summarizeFundamentals(s)).toEqual({
      asked: 3,
      graded: { definition: 1, mechanism: 2, 'mechanism-example': 0 },
      ungraded: 0,
      overruns: 2,
    });
  });

  it('marks a question still open at the end as overrun only if its limit had passed', () => {
    expect(currentItem(closeFundamentals(start, 1000 + 60_000))!.overran).toBeUndefined();
    expect(currentItem(closeFundamentals(start, 1000 + 21 * 60_000))!.overran).toBe(true);
  });
});
