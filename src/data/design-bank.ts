// The ML system design prompts, typed. Their schema is checked in loop-banks.test.ts.
import type { DesignPrompt } from '../domain/loop-bank-schema.ts';
import bank from './design-prompts.json';

export const DESIGN_PROMPTS = bank.prompts as DesignPrompt[];

/** A prompt by id, or undefined once it has left the bank. */
export function designPrompt(id: string): DesignPrompt | undefined {
  return DESIGN_PROMPTS.find((p) => p.id === id);
}
