// Schema for the interviewer's question banks (src/data/*.json). Pure: validates parsed data.

export const PHASES = ['early', 'middle', 'late', 'after-failure'] as const;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface StoryProbe {
  id: string;
  text: string;
}

function checkItems(raw: unknown, key: string, maxLength: number, extra: (item: Record<string, unknown>, at: string) => string[]): string[] {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as Record<string, unknown>)[key])) return [`expected {"${key}": [...]}`];
  const items = (raw as Record<string, unknown[]>)[key]!;
  const errors: string[] = [];
  const ids = new Set<string>();
  const texts = new Set<string>();
  items.forEach((item, i) => {
    const at = `${key}[${i}]`;
    if (typeof item !== 'object' || item === null) return void errors.push(`${at}: expected an object`);
    const o = item as Record<string, unknown>;
    if (typeof o.id !== 'string' || !ID.test(o.id)) errors.push(`${at}.id: expected a kebab-case id`);
    else if (ids.has(o.id)) errors.push(`${at}.id: duplicate id "${o.id}"`);
    else ids.add(o.id);
    if (typeof o.text !== 'string' || o.text.trim() === '') errors.push(`${at}.text: expected text`);
    else if (o.text.length > maxLength) errors.push(`${at}.text: longer than ${maxLength} characters`);
    else if (texts.has(o.text)) errors.push(`${at}.text: duplicate text`);
    else texts.add(o.text);
    errors.push(...extra(o, at));
  });
  return errors;
}

/** Faults in an interruption prompt bank, each naming the item and field. */
export function validatePrompts(raw: unknown): string[] {
  return checkItems(raw, 'prompts', 200, (o, at) => {
    const errors: string[] = [];
    if (!(PHASES as readonly unknown[]).includes(o.phase)) errors.push(`${at}.phase: expected one of ${PHASES.join(' | ')}`);
    const families = o.families;
    if (!Array.isArray(families) || families.length === 0 || families.some((f) => f !== 'algorithm' && f !== 'ml') || new Set(families).size !== families.length) {
      errors.push(`${at}.families: expected a non-empty list of "algorithm" and/or "ml"`);
    }
    if (o.beforeRun !== undefined && typeof o.beforeRun !== 'boolean') errors.push(`${at}.beforeRun: expected true or false`);
    return errors;
  });
}

export function validateProbes(raw: unknown): string[] {
  return checkItems(raw, 'probes', 140, () => []);
}

