import { describe, expect, it } from 'vitest';
import { validatePrompts, validateProbes } from '../domain/prompt-bank.ts';
import interruptionPrompts from './interruption-prompts.json';
import storyProbes from './story-probes.json';

describe('question banks', () => {
  it('the interruption prompts are valid, unique and cover every phase for both families', () => {
    expect(validatePrompts(interruptionPrompts)).toEqual([]);
    const prompts = interruptionPrompts.prompts;
    expect(prompts.length).toBeGreaterThanOrEqual(60);
    for (const family of ['algorithm', 'ml']) {
      for (const phase of ['early', 'middle', 'late', 'after-failure']) {
        expect(
          prompts.filter((p) => p.phase === phase && p.families.includes(family)).length,
          `${family}/${phase}`,
        ).toBeGreaterThanOrEqual(5);
      }
    }
    expect(prompts.filter((p) => p.families.length === 1 && p.families[0] === 'ml').length).toBeGreaterThanOrEqual(10);
    expect(prompts.some((p) => p.text.includes('{minutesLeft}') && p.phase === 'late')).toBe(true);
  });

  it('the story probes are valid and unique', () => {
    expect(validateProbes(storyProbes)).toEqual([]);
    expect(storyProbes.probes.length).toBeGreaterThanOrEqual(20);
  });

  it('the validator names the item and field of a fault', () => {
    expect(
      validatePrompts({
        prompts: [
          { id: 'a', text: 'x', phase: 'soon', families: ['ml'] },
          { id: 'a', text: 'y', phase: 'early', families: [] },
        ],
      }),
    ).toEqual([
      'prompts[0].phase: expected one of early | middle | late | after-failure',
      'prompts[1].id: duplicate id "a"',
      'prompts[1].families: expected a non-empty list of "algorithm" and/or "ml"',
    ]);
  });
});
