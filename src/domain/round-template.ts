// Round templates as data: the schema every template obeys (built-in file and the user's own), and
// how a template becomes the stages of a loop. Pure: validates parsed data, reads no clock.
import type { LoopStage, RoundKind, RoundTemplate, TemplateSection } from './loop-records.ts';

export const ROUND_KINDS: readonly RoundKind[] = ['phone-screen', 'coding', 'ml-coding', 'fundamentals', 'design', 'behavioral', 'full-loop'];
export const SECTION_KINDS: readonly TemplateSection['kind'][] = ['coding', 'fundamentals', 'design', 'behavioral', 'break'];
export const FAMILIES = ['algorithm', 'ml'] as const;

export const ROUND_KIND_LABELS: Record<RoundKind, string> = {
  'phone-screen': 'Phone screen',
  coding: 'Coding',
  'ml-coding': 'ML coding',
  fundamentals: 'ML fundamentals',
  design: 'ML system design',
  behavioral: 'Behavioral',
  'full-loop': 'Full loop',
};

/** Bounds that keep a template a plausible interview: no zero-minute rounds, no day-long loops. */
export const MAX_SECTION_MINUTES = 120;
export const MAX_SECTIONS = 8;
export const MAX_COUNT = 40;
export const MAX_NAME_LENGTH = 60;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One fault in a template, naming where it is. */
export interface TemplateError {
  file: string;
  templateId: string;
  field: string;
  message: string;
}

export function formatTemplateError(e: TemplateError): string {
  return `${e.file}: template "${e.templateId}": field "${e.field}": ${e.message}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isWholeIn(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

/** Faults in one section, with fields relative to the template (`sections[i].minutes`). */
function sectionFaults(raw: unknown, at: string): { field: string; message: string }[] {
  if (!isObject(raw)) return [{ field: at, message: 'expected an object' }];
  const out: { field: string; message: string }[] = [];
  const kind = raw.kind;
  if (!(SECTION_KINDS as readonly unknown[]).includes(kind)) out.push({ field: `${at}.kind`, message: `expected one of ${SECTION_KINDS.join(' | ')}` });
  if (!isWholeIn(raw.minutes, 1, MAX_SECTION_MINUTES)) out.push({ field: `${at}.minutes`, message: `expected whole minutes from 1 to ${MAX_SECTION_MINUTES}` });
  if (raw.count !== undefined) {
    if (kind === 'break' || kind === 'design') out.push({ field: `${at}.count`, message: `a ${String(kind)} section has no count` });
    else if (!isWholeIn(raw.count, 1, MAX_COUNT)) out.push({ field: `${at}.count`, message: `expected a whole number from 1 to ${MAX_COUNT}` });
  }
  if (raw.family !== undefined) {
    if (kind !== 'coding') out.push({ field: `${at}.family`, message: 'only a coding section draws from a problem family' });
    else if (!(FAMILIES as readonly unknown[]).includes(raw.family)) out.push({ field: `${at}.family`, message: `expected one of ${FAMILIES.join(' | ')}` });
  }
  return out;
}

/**
 * Faults in one template. `builtIn` templates carry no timestamps; a user's own template must.
 * Breaks may only sit between rounds, and the stated total must equal the sections' sum.
 */
export function validateTemplate(raw: unknown, file: string, builtIn: boolean): TemplateError[] {
  const id = isObject(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : '(no id)';
  const faults: { field: string; message: string }[] = [];
  if (!isObject(raw)) return [{ file, templateId: id, field: '(template)', message: 'expected an object' }];
  if (typeof raw.id !== 'string' || (builtIn && !ID.test(raw.id)) || raw.id === '') faults.push({ field: 'id', message: builtIn ? 'expected a kebab-case id' : 'expected an id' });
  if (typeof raw.name !== 'string' || raw.name.trim() === '') faults.push({ field: 'name', message: 'expected a name' });
  else if (raw.name.length > MAX_NAME_LENGTH) faults.push({ field: 'name', message: `longer than ${MAX_NAME_LENGTH} characters` });
  if (!(ROUND_KINDS as readonly unknown[]).includes(raw.kind)) faults.push({ field: 'kind', message: `expected one of ${ROUND_KINDS.join(' | ')}` });
  const sections = raw.sections;
  if (!Array.isArray(sections) || sections.length === 0) faults.push({ field: 'sections', message: 'expected at least one section' });
  else if (sections.length > MAX_SECTIONS) faults.push({ field: 'sections', message: `at most ${MAX_SECTIONS} sections` });
  else {
    sections.forEach((s, i) => faults.push(...sectionFaults(s, `sections[${i}]`)));
    const kinds = sections.map((s) => (isObject(s) ? s.kind : undefined));
    if (kinds[0] === 'break' || kinds.at(-1) === 'break') faults.push({ field: 'sections', message: 'a break must sit between two rounds' });
    else if (kinds.some((k, i) => k === 'break' && kinds[i + 1] === 'break')) faults.push({ field: 'sections', message: 'two breaks in a row' });
    const sum = sections.reduce<number>((total, s) => total + (isObject(s) && typeof s.minutes === 'number' ? s.minutes : 0), 0);
    if (raw.minutes !== sum) faults.push({ field: 'minutes', message: `expected the sum of the sections' minutes (${sum}), got ${JSON.stringify(raw.minutes ?? null)}` });
  }
  if (builtIn) {
    if (raw.createdAt !== undefined || raw.updatedAt !== undefined) faults.push({ field: 'createdAt', message: 'built-in templates carry no timestamps' });
  } else {
    if (typeof raw.createdAt !== 'number') faults.push({ field: 'createdAt', message: 'expected a timestamp' });
    if (typeof raw.updatedAt !== 'number') faults.push({ field: 'updatedAt', message: 'expected a timestamp' });
  }
  return faults.map((f) => ({ file, templateId: id, ...f }));
}

/** Faults in a template file `{"templates": [...]}`, including ids used twice. */
export function validateTemplateFile(raw: unknown, file: string): TemplateError[] {
  if (!isObject(raw) || !Array.isArray(raw.templates)) return [{ file, templateId: '(file)', field: 'templates', message: 'expected {"templates": [...]}' }];
  const errors: TemplateError[] = [];
  const seen = new Set<string>();
  for (const t of raw.templates) {
    errors.push(...validateTemplate(t, file, true));
    if (isObject(t) && typeof t.id === 'string') {
      if (seen.has(t.id)) errors.push({ file, templateId: t.id, field: 'id', message: 'duplicate id' });
      seen.add(t.id);
    }
  }
  return errors;
}

/** The sum of a template's sections, breaks included. */
export function totalMinutes(sections: readonly TemplateSection[]): number {
  return sections.reduce((sum, s) => sum + s.minutes, 0);
}

/** Rounds in a template (breaks excluded): one round starts directly, more make a loop. */
export function roundSections(template: Pick<RoundTemplate, 'sections'>): TemplateSection[] {
  return template.sections.filter((s) => s.kind !== 'break');
}

/** The stages of a loop built from a template, none started yet. */
export function stagesFor(template: Pick<RoundTemplate, 'sections'>): LoopStage[] {
  return template.sections.map((s) => ({
    kind: s.kind,
    minutes: s.minutes,
    ...(s.count !== undefined ? { count: s.count } : {}),
    ...(s.family !== undefined ? { family: s.family } : {}),
  }));
}

/** A short human name for a section or stage: "ML coding", "System design", "Break". */
export function sectionLabel(s: Pick<TemplateSection, 'kind' | 'family'>): string {
  switch (s.kind) {
    case 'coding':
      return s.family === 'ml' ? 'ML coding' : 'Coding';
    case 'fundamentals':
      return 'ML fundamentals';
    case 'design':
      return 'ML system design';
    case 'behavioral':
      return 'Behavioral';
    case 'break':
      return 'Break';
  }
}

/** "2 problems · 45 min": what a section asks for, in a few words. */
export function sectionSummary(s: TemplateSection): string {
  const what =
    s.kind === 'coding' ? `${s.count ?? 1} ${s.family === 'ml' ? 'ML task' : 'problem'}${(s.count ?? 1) === 1 ? '' : 's'}`
    : s.kind === 'fundamentals' || s.kind === 'behavioral' ? (s.count ? `${s.count} questions` : '')
    : '';
  return [sectionLabel(s), what, `${s.minutes} min`].filter(Boolean).join(' · ');
}
