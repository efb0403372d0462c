// The user's own round templates. Nothing is written unless the whole template passes the same
// schema as the built-in file, so a saved template can always be started.
import type { RoundKind, RoundTemplate, TemplateSection } from '../domain/loop-records.ts';
import { formatTemplateError, totalMinutes, validateTemplate } from '../domain/round-template.ts';
import type { MockloopDb } from './db.ts';

/** What the editor hands in: the total and timestamps are derived here. */
export interface TemplateDraft {
  name: string;
  kind: RoundKind;
  sections: TemplateSection[];
}

const WHERE = 'templates table';

export type SaveResult = { ok: true; id: string } | { ok: false; errors: string[] };

/** Saves a new template (no `id`) or updates the user's template `id`; invalid drafts are refused. */
export async function saveTemplate(
  db: MockloopDb,
  draft: TemplateDraft,
  now: number,
  id?: string,
): Promise<SaveResult> {
  return db.transaction('rw', db.templates, async () => {
    const existing = id ? await db.templates.get(id) : undefined;
    const record: RoundTemplate = {
      id: existing?.id ?? id ?? crypto.randomUUID(),
      name: draft.name.trim(),
      kind: draft.kind,
      minutes: totalMinutes(draft.sections),
      sections: draft.sections.map((s) => ({ ...s })),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    const errors = validateTemplate(record, WHERE, false);
    if (errors.length > 0) return { ok: false, errors: errors.map(formatTemplateError) };
    await db.templates.put(record);
    return { ok: true, id: record.id };
  });
}

export async function deleteTemplate(db: MockloopDb, id: string): Promise<void> {
  await db.templates.delete(id);
}

/** The user's templates, most recently changed first. */
export async function listTemplates(db: MockloopDb): Promise<RoundTemplate[]> {
  return db.templates.orderBy('updatedAt').reverse().toArray();
}

export async function getTemplate(db: MockloopDb, id: string): Promise<RoundTemplate | undefined> {
  return db.templates.get(id);
}
