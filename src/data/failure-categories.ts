// The failure taxonomy used by self-critique and the gap log (schema checked in tests).
import type { FailureCategory } from '../domain/gap-entry.ts';
import data from './failure-categories.json';

export const FAILURE_CATEGORIES = data.categories as FailureCategory[];

export function categoryLabel(id: string): string {
  return FAILURE_CATEGORIES.find((c) => c.id === id)?.label ?? id;
}
