// The ML fundamentals question bank, typed. Its schema is checked in loop-banks.test.ts.
import type { FundamentalsQuestion } from '../domain/loop-bank-schema.ts';
import bank from './fundamentals.json';

export const FUNDAMENTALS_QUESTIONS = bank.questions as FundamentalsQuestion[];

/** A question by id, or undefined once it has left the bank. */
export function fundamentalsQuestion(id: string): FundamentalsQuestion | undefined {
  return FUNDAMENTALS_QUESTIONS.find((q) => q.id === id);
}
