// The behavioral questions, typed. Their schema is checked in loop-banks.test.ts.
import type { BehavioralQuestion } from '../domain/loop-bank-schema.ts';
import bank from './behavioral-questions.json';

export const BEHAVIORAL_QUESTIONS = bank.questions as BehavioralQuestion[];

/** A question by id, or undefined once it has left the bank. */
export function behavioralQuestion(id: string): BehavioralQuestion | undefined {
  return BEHAVIORAL_QUESTIONS.find((q) => q.id === id);
}
