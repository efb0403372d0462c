// Round templates as data: the schema every template obeys (built-in file and the user's own), and
// how a template becomes the stages of a loop. Pure: validates parsed data, reads no clock.
import * as v from 'valibot';
import type { LoopStage, RoundKind, RoundTemplate, TemplateSection } from './loop-records.ts';
import { FAMILIES } from './problem-schema.ts';

export { FAMILIES };
import { isRecord, issuePath, objectMessage } from './schema-issues.ts';

export const ROUND_KINDS: readonly RoundKind[] = [
  'phone-screen',
  'coding',
  'ml-coding',
  'fundamentals',
  'design',
  'behavioral',
  'full-loop',
];
export const SECTION_KINDS: readonly TemplateSection['kind'][] = [
  'coding',
  'fundamentals',
  'design',
  'behavioral',
  'break',
];

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

const wholeIn = (min: number, max: number, message: string) =>
  v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));

const SECTION_FIELDS = {
  kind: v.picklist(SECTION_KINDS, `expected one of ${SECTION_KINDS.join(' | ')}`),
  minutes: wholeIn(1, MAX_SECTION_MINUTES, `expected whole minutes from 1 to ${MAX_SECTION_MINUTES}`),
  /** Coding: how many problems; fundamentals/behavioral: how many questions. */
  count: v.optional(v.unknown()),
  /** Coding: which problem family to draw from (absent: any). */
  family: v.optional(v.unknown()),
};

/** One section; whether it may have a count or a family depends on its kind (`sectionRules`). */
const SectionSchema = v.pipe(
  v.object(
    SECTION_FIELDS,
    objectMessage(SECTION_FIELDS, () => 'expected an object'),
  ),
  // sectionRules proved count and family before anything reads them.
  v.transform((s) => s as { kind: TemplateSection['kind']; minutes: number; count?: number; family?: Family }),
);

/** The kind-dependent faults of one section, with fields relative to the template (`sections[i].count`). */
function sectionRules(raw: unknown, i: number): { field: string; message: string }[] {
  if (!isRecord(raw)) return [];
  const out: { field: string; message: string }[] = [];
  const { kind, count, family } = raw;
  if (count !== undefined) {
    if (kind === 'break' || kind === 'design')
      out.push({ field: `sections[${i}].count`, message: `a ${String(kind)} section has no count` });
    else if (!v.is(wholeIn(1, MAX_COUNT, ''), count))
      out.push({ field: `sections[${i}].count`, message: `expected a whole number from 1 to ${MAX_COUNT}` });
  }
  if (family !== undefined) {
    if (kind !== 'coding')
      out.push({ field: `sections[${i}].family`, message: 'only a coding section draws from a problem family' });
    else if (!v.is(v.picklist(FAMILIES), family))
      out.push({ field: `sections[${i}].family`, message: `expected one of ${FAMILIES.join(' | ')}` });
  }
  return out;
}

type Family = (typeof FAMILIES)[number];
const nonBlank = (message: string) => v.custom<string>((x) => typeof x === 'string' && x.trim() !== '', message);

function templateFields(builtIn: boolean) {
  return {
    id: builtIn
      ? v.pipe(v.string('expected a kebab-case id'), v.regex(ID, 'expected a kebab-case id'))
      : v.pipe(v.string('expected an id'), v.minLength(1, 'expected an id')),
    name: v.pipe(
      nonBlank('expected a name'),
      v.maxLength(MAX_NAME_LENGTH, `longer than ${MAX_NAME_LENGTH} characters`),
    ),
    kind: v.picklist(ROUND_KINDS, `expected one of ${ROUND_KINDS.join(' | ')}`),
    /** Total length in minutes, breaks included (checked against the sections below). */
    minutes: v.unknown(),
    sections: v.pipe(
      v.array(SectionSchema, 'expected at least one section'),
      v.minLength(1, 'expected at least one section'),
      v.maxLength(MAX_SECTIONS, `at most ${MAX_SECTIONS} sections`),
    ),
    /** Absent for the built-in templates; set on the user's own. */
    createdAt: builtIn ? v.optional(v.unknown()) : v.number('expected a timestamp'),
    updatedAt: builtIn ? v.optional(v.unknown()) : v.number('expected a timestamp'),
  };
}

/** The rules across a template's fields, read from the raw object so they hold even beside a bad section. */
function templateRules(raw: Record<string, unknown>, builtIn: boolean): { field: string; message: string }[] {
  const faults: { field: string; message: string }[] = [];
  const sections = raw.sections;
  if (Array.isArray(sections) && sections.length > 0 && sections.length <= MAX_SECTIONS) {
    sections.forEach((section, i) => faults.push(...sectionRules(section, i)));
    const kinds = sections.map((s) => (isRecord(s) ? s.kind : undefined));
    if (kinds[0] === 'break' || kinds.at(-1) === 'break')
      faults.push({ field: 'sections', message: 'a break must sit between two rounds' });
    else if (kinds.some((k, i) => k === 'break' && kinds[i + 1] === 'break'))
      faults.push({ field: 'sections', message: 'two breaks in a row' });
    const sum = sections.reduce<number>(
      (total, s) => total + (isRecord(s) && typeof s.minutes === 'number' ? s.minutes : 0),
      0,
    );
    if (raw.minutes !== sum)
      faults.push({
        field: 'minutes',
        message: `expected the sum of the sections' minutes (${sum}), got ${JSON.stringify(raw.minutes ?? null)}`,
      });
  }
  if (builtIn && (raw.createdAt !== undefined || raw.updatedAt !== undefined))
    faults.push({ field: 'createdAt', message: 'built-in templates carry no timestamps' });
  return faults;
}

const BuiltInTemplateSchema = v.object(templateFields(true));
const OwnTemplateSchema = v.object(templateFields(false));

/**
 * Faults in one template. `builtIn` templates carry no timestamps; a user's own template must.
 * Breaks may only sit between rounds, and the stated total must equal the sections' sum.
 */
export function validateTemplate(raw: unknown, file: string, builtIn: boolean): TemplateError[] {
  const id = isRecord(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : '(no id)';
  if (!isRecord(raw)) return [{ file, templateId: id, field: '(template)', message: 'expected an object' }];
  const parsed = v.safeParse(builtIn ? BuiltInTemplateSchema : OwnTemplateSchema, raw, { abortPipeEarly: true });
  const fieldFaults = (parsed.issues ?? []).map((issue) => ({ field: issuePath(issue), message: issue.message }));
  // Field faults first, then the rules across fields; a rule on a field already at fault adds to it.
  const faults = [
    ...fieldFaults.filter((f) => f.field !== 'createdAt' && f.field !== 'updatedAt'),
    ...templateRules(raw, builtIn),
    ...fieldFaults.filter((f) => f.field === 'createdAt' || f.field === 'updatedAt'),
  ];
  return faults.map((f) => ({ file, templateId: id, ...f }));
}

/** Faults in a template file `{"templates": [...]}`, including ids used twice. */
export function validateTemplateFile(raw: unknown, file: string): TemplateError[] {
  if (!isRecord(raw) || !Array.isArray(raw.templates))
    return [{ file, templateId: '(file)', field: 'templates', message: 'expected {"templates": [...]}' }];
  const errors: TemplateError[] = [];
  const seen = new Set<string>();
  for (const t of raw.templates) {
    errors.push(...validateTemplate(t, file, true));
    if (isRecord(t) && typeof t.id === 'string') {
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
    s.kind === 'coding'
      ? `${s.count ?? 1} ${s.family === 'ml' ? 'ML task' : 'problem'}${(s.count ?? 1) === 1 ? '' : 's'}`
      : s.kind === 'fundamentals' || s.kind === 'behavioral'
        ? s.count
          ? `${s.count} questions`
          : ''
        : '';
  return [sectionLabel(s), what, `${s.minutes} min`].filter(Boolean).join(' · ');
}
