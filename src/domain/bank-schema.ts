// The shape every question and prompt bank shares (`{"<key>": [items]}`, each item with a kebab-case
// id unique in the bank and a text unique once case, punctuation and spacing are ignored), as
// valibot schemas and one walk that reports every fault with its item. Pure.
import * as v from 'valibot';
import { issuePath, isRecord, objectMessage, whole } from './schema-issues.ts';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Lower case, punctuation and extra spaces removed: two texts that differ only in those are duplicates. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Non-empty text, with one message however it is wrong or missing. */
export const bankText = (message = 'expected non-empty text') => v.custom<string>(isText, message);

/** A list of at least `min` non-empty texts. */
export function textList(min: number) {
  return whole(
    v.pipe(v.array(bankText()), v.minLength(min)),
    () => `expected a list of at least ${min} non-empty text${min === 1 ? '' : 's'}`,
  );
}

/** One of `allowed`, named in the message. */
export function oneOf<const T extends readonly (string | number)[]>(allowed: T) {
  return v.picklist(allowed, `expected one of ${allowed.join(' | ')}`);
}

/** A fault in a bank: the item (index and id, when it has one) and the field, or the bank as a whole. */
export interface BankFault {
  index?: number;
  id?: string;
  field?: string;
  message: string;
}

/**
 * Every fault in `raw[key]`, item by item: the id (kebab-case, unique) and `textField` (non-empty,
 * unique once normalised) checked here with their uniqueness, then the rest of `itemSchema`.
 */
export function bankFaults(
  raw: unknown,
  key: string,
  textField: string,
  itemSchema: v.GenericSchema,
  options: { maxLength?: number } = {},
): BankFault[] {
  if (!isRecord(raw) || !Array.isArray(raw[key])) return [{ message: `expected {"${key}": [...]}` }];
  const faults: BankFault[] = [];
  const ids = new Set<string>();
  const texts = new Map<string, string>();
  (raw[key] as unknown[]).forEach((item, index) => {
    if (!isRecord(item)) return void faults.push({ index, message: 'expected an object' });
    const id = typeof item.id === 'string' && item.id !== '' ? item.id : undefined;
    const fault = (field: string, message: string) => faults.push({ index, ...(id ? { id } : {}), field, message });
    if (typeof item.id !== 'string' || !ID.test(item.id)) fault('id', 'expected a kebab-case id');
    else if (ids.has(item.id)) fault('id', `duplicate id "${item.id}"`);
    else ids.add(item.id);
    const text = item[textField];
    if (!isText(text)) fault(textField, 'expected non-empty text');
    else if (options.maxLength !== undefined && text.length > options.maxLength)
      fault(textField, `longer than ${options.maxLength} characters`);
    else {
      const first = texts.get(normaliseText(text));
      if (first !== undefined) fault(textField, `same text as ${first}`);
      else texts.set(normaliseText(text), id ?? `${key}[${index}]`);
    }
    for (const issue of v.safeParse(itemSchema, item, { abortPipeEarly: false }).issues ?? []) {
      const field = issuePath(issue);
      if (field !== 'id' && field !== textField) fault(field, issue.message);
    }
  });
  return faults;
}

/** An item's fields as an object schema whose missing fields read as the field's own fault. */
export function bankObject<const E extends v.ObjectEntries>(fields: E) {
  return v.object(
    fields,
    objectMessage(fields, () => 'expected an object'),
  );
}
