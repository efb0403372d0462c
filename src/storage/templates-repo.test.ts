import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MockloopDb } from './db.ts';
import { deleteTemplate, getTemplate, listTemplates, saveTemplate, type TemplateDraft } from './templates-repo.ts';

let db: MockloopDb;
const name = () => `templates-${Math.random()}`;

beforeEach(() => {
  db = new MockloopDb(name());
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const draft: TemplateDraft = {
  name: 'Two ML tasks and a design',
  kind: 'full-loop',
  sections: [
    { kind: 'coding', minutes: 30, count: 2, family: 'ml' },
    { kind: 'break', minutes: 5 },
    { kind: 'design', minutes: 40 },
  ],
};

describe('templates repo', () => {
  it('saves a template with its total and timestamps, and reads it back after reopening', async () => {
    const saved = await saveTemplate(db, draft, 1_000);
    expect(saved.ok).toBe(true);
    const id = saved.ok ? saved.id : '';
    db.close();
    db = new MockloopDb(db.name);
    expect(await getTemplate(db, id)).toEqual({ ...draft, id, minutes: 75, createdAt: 1_000, updatedAt: 1_000 });
  });

  it('edits in place: same id and creation time, new sections and total', async () => {
    const first = await saveTemplate(db, draft, 1_000);
    const id = first.ok ? first.id : '';
    const edited = await saveTemplate(
      db,
      { ...draft, name: 'Shorter', sections: [{ kind: 'design', minutes: 30 }] },
      2_000,
      id,
    );
    expect(edited).toEqual({ ok: true, id });
    expect(await listTemplates(db)).toEqual([
      {
        id,
        name: 'Shorter',
        kind: 'full-loop',
        minutes: 30,
        sections: [{ kind: 'design', minutes: 30 }],
        createdAt: 1_000,
        updatedAt: 2_000,
      },
    ]);
  });

  it('refuses an invalid template and writes nothing', async () => {
    const result = await saveTemplate(
      db,
      {
        ...draft,
        sections: [
          { kind: 'break', minutes: 5 },
          { kind: 'coding', minutes: 0 },
        ],
      },
      1_000,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        expect.stringMatching(/field "sections\[1\]\.minutes": expected whole minutes/),
        expect.stringMatching(/field "sections": a break must sit between two rounds/),
      ]);
    }
    expect(await listTemplates(db)).toEqual([]);
  });

  it('lists the latest change first and deletes', async () => {
    const a = await saveTemplate(db, { ...draft, name: 'A' }, 1_000);
    await saveTemplate(db, { ...draft, name: 'B' }, 2_000);
    expect((await listTemplates(db)).map((t) => t.name)).toEqual(['B', 'A']);
    await deleteTemplate(db, a.ok ? a.id : '');
    expect((await listTemplates(db)).map((t) => t.name)).toEqual(['B']);
  });
});
