import { describe, expect, it } from 'vitest';
import {
  formatTemplateError,
  roundSections,
  stagesFor,
  validateTemplate,
  validateTemplateFile,
} from '../domain/round-template.ts';
import { BUILT_IN_TEMPLATES, loadTemplates, ROUND_TEMPLATES_FILE } from './round-templates.ts';
import raw from './round-templates.json';

const FILE = ROUND_TEMPLATES_FILE;

/** A deep copy of the shipped file with one template changed. */
function brokenCopy(id: string, change: (t: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(raw) as { templates: Record<string, unknown>[] };
  change(copy.templates.find((t) => t.id === id)!);
  return copy;
}

function messages(data: unknown): string[] {
  return validateTemplateFile(data, FILE).map(formatTemplateError);
}

describe('built-in round templates', () => {
  it('are valid and cover every kind of round the loop has', () => {
    expect(validateTemplateFile(raw, FILE)).toEqual([]);
    expect(BUILT_IN_TEMPLATES.map((t) => t.kind).sort()).toEqual([
      'behavioral',
      'coding',
      'design',
      'full-loop',
      'fundamentals',
      'ml-coding',
      'phone-screen',
    ]);
  });

  it('match the lengths candidates meet', () => {
    const byId = new Map(BUILT_IN_TEMPLATES.map((t) => [t.id, t]));
    const phone = byId.get('phone-screen')!;
    expect(phone.minutes).toBeGreaterThanOrEqual(45);
    expect(phone.minutes).toBeLessThanOrEqual(60);
    expect(phone.sections.map((s) => s.kind)).toEqual(['coding', 'fundamentals']);
    expect(byId.get('coding')!.sections).toEqual([{ kind: 'coding', minutes: 45, count: 2, family: 'algorithm' }]);
    expect(byId.get('ml-coding')!.sections[0]).toMatchObject({ kind: 'coding', family: 'ml' });
    expect(byId.get('ml-fundamentals')!.sections[0]).toMatchObject({ kind: 'fundamentals', minutes: 60, count: 20 });
    expect(byId.get('ml-system-design')!.minutes).toBe(60);
    expect(byId.get('behavioral')!.minutes).toBe(45);
    const loop = byId.get('full-loop')!;
    expect(roundSections(loop).map((s) => s.minutes)).toEqual([45, 45, 45, 45]);
    // Rounds and short breaks alternate.
    expect(loop.sections.map((s) => s.kind === 'break')).toEqual([false, true, false, true, false, true, false]);
    for (const s of loop.sections.filter((x) => x.kind === 'break')) expect(s.minutes).toBeLessThanOrEqual(15);
  });

  it('turn into loop stages that keep each section’s family and count', () => {
    const stages = stagesFor(BUILT_IN_TEMPLATES.find((t) => t.id === 'full-loop')!);
    expect(stages[2]).toEqual({ kind: 'coding', minutes: 45, count: 1, family: 'ml' });
    expect(stages[1]).toEqual({ kind: 'break', minutes: 10 });
    expect(stages.every((s) => s.refId === undefined)).toBe(true);
  });
});

describe('template validator', () => {
  it('names the file, template and field of each fault in a broken copy', () => {
    expect(messages(brokenCopy('coding', (t) => (t.sections = [{ kind: 'codng', minutes: 45 }])))).toEqual([
      `${FILE}: template "coding": field "sections[0].kind": expected one of coding | fundamentals | design | behavioral | break`,
    ]);
    expect(messages(brokenCopy('ml-system-design', (t) => (t.minutes = 45)))).toEqual([
      `${FILE}: template "ml-system-design": field "minutes": expected the sum of the sections' minutes (60), got 45`,
    ]);
    expect(
      messages(brokenCopy('behavioral', (t) => (t.sections = [{ kind: 'behavioral', minutes: 0, count: 2.5 }]))),
    ).toEqual([
      `${FILE}: template "behavioral": field "sections[0].minutes": expected whole minutes from 1 to 120`,
      `${FILE}: template "behavioral": field "sections[0].count": expected a whole number from 1 to 40`,
      `${FILE}: template "behavioral": field "minutes": expected the sum of the sections' minutes (0), got 45`,
    ]);
  });

  it('rejects duplicate ids, misplaced breaks and fields that do not belong to a section', () => {
    const copy = structuredClone(raw) as { templates: unknown[] };
    copy.templates.push(structuredClone(copy.templates[0]));
    expect(messages(copy)).toEqual([`${FILE}: template "phone-screen": field "id": duplicate id`]);
    expect(messages(brokenCopy('full-loop', (t) => (t.sections as unknown[]).pop()))).toContain(
      `${FILE}: template "full-loop": field "sections": a break must sit between two rounds`,
    );
    expect(
      messages(
        brokenCopy('ml-system-design', (t) => (t.sections = [{ kind: 'design', minutes: 60, family: 'ml', count: 3 }])),
      ),
    ).toEqual([
      `${FILE}: template "ml-system-design": field "sections[0].count": a design section has no count`,
      `${FILE}: template "ml-system-design": field "sections[0].family": only a coding section draws from a problem family`,
    ]);
    expect(messages({ rounds: [] })).toEqual([
      `${FILE}: template "(file)": field "templates": expected {"templates": [...]}`,
    ]);
  });

  it('makes the loader throw rather than hand out a broken template', () => {
    expect(() =>
      loadTemplates(
        brokenCopy('ml-coding', (t) => (t.kind = 'take-home')),
        FILE,
      ),
    ).toThrow(`${FILE}: template "ml-coding": field "kind": expected one of`);
  });

  it('asks a saved template for timestamps and a built-in one for none', () => {
    const own = {
      id: 'x1',
      name: 'Two quick ML tasks',
      kind: 'ml-coding',
      minutes: 30,
      sections: [{ kind: 'coding', minutes: 30, count: 2, family: 'ml' }],
    };
    expect(validateTemplate({ ...own, createdAt: 1, updatedAt: 1 }, 'templates table', false)).toEqual([]);
    expect(validateTemplate(own, 'templates table', false).map((e) => e.field)).toEqual(['createdAt', 'updatedAt']);
    expect(
      validateTemplate({ ...own, name: ' ', createdAt: 1, updatedAt: 1 }, 'templates table', false).map(
        formatTemplateError,
      ),
    ).toEqual(['templates table: template "x1": field "name": expected a name']);
  });
});
