// The built-in round templates, validated when this module loads: a broken file fails the build's
// tests and the app's start with the file, template and field named, never a half-read template.
import type { RoundTemplate } from '../domain/loop-records.ts';
import { formatTemplateError, validateTemplateFile } from '../domain/round-template.ts';
import raw from './round-templates.json';

export const ROUND_TEMPLATES_FILE = 'src/data/round-templates.json';

/** Validates a parsed template file and returns its templates, or throws naming every fault. */
export function loadTemplates(data: unknown, file: string): RoundTemplate[] {
  const errors = validateTemplateFile(data, file);
  if (errors.length > 0) throw new Error(`Invalid round templates:\n${errors.map(formatTemplateError).join('\n')}`);
  return (data as { templates: RoundTemplate[] }).templates;
}

/** Phone screen, coding, ML coding, fundamentals, system design, behavioral and the full loop. */
export const BUILT_IN_TEMPLATES: readonly RoundTemplate[] = loadTemplates(raw, ROUND_TEMPLATES_FILE);
