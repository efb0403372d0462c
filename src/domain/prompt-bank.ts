// Schemas for the interviewer's question banks (src/data/*.json), with their types inferred. Pure:
// validates parsed data; each fault names the item and field.
import * as v from 'valibot';
import { type BankFault, bankFaults, bankObject, oneOf, textList } from './bank-schema.ts';

export const PHASES = ['early', 'middle', 'late', 'after-failure'] as const;

const FAMILIES_MESSAGE = 'expected a non-empty list of "algorithm" and/or "ml"';

/** An interruption prompt: when in the round it may come, and for which problem families. */
export const PromptSchema = bankObject({
  id: v.string(),
  text: v.string(),
  phase: oneOf(PHASES),
  families: v.pipe(
    v.array(v.picklist(['algorithm', 'ml'] as const, FAMILIES_MESSAGE), FAMILIES_MESSAGE),
    v.minLength(1, FAMILIES_MESSAGE),
    v.check((families) => new Set(families).size === families.length, FAMILIES_MESSAGE),
  ),
  /** Asked only before the problem's first Run ("restate the problem before you write anything"). */
  beforeRun: v.optional(v.boolean('expected true or false')),
  /** Asked only for problems of these categories (an ML task's `category:`), when given. */
  categories: v.optional(textList(1)),
});

const StoryProbeSchema = bankObject({ id: v.string(), text: v.string() });
export type StoryProbe = v.InferOutput<typeof StoryProbeSchema>;

/** Faults read `key[i].field: …`. */
function render(key: string, faults: BankFault[]): string[] {
  return faults.map((f) =>
    f.index === undefined ? f.message : `${key}[${f.index}]${f.field ? `.${f.field}` : ''}: ${f.message}`,
  );
}

/** Faults in an interruption prompt bank, each naming the item and field. */
export function validatePrompts(raw: unknown): string[] {
  return render('prompts', bankFaults(raw, 'prompts', 'text', PromptSchema, { maxLength: 200 }));
}

export function validateProbes(raw: unknown): string[] {
  return render('probes', bankFaults(raw, 'probes', 'text', StoryProbeSchema, { maxLength: 140 }));
}
