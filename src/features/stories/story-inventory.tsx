import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { STORY_TAGS } from '../../domain/story-drill.ts';
import { getDb } from '../../storage/db.ts';
import { deleteStory, listStories, saveStory, type StoryDraft } from '../../storage/stories-repo.ts';
import { write } from '../../storage/storage-health.ts';

const EMPTY: StoryDraft = { title: '', situation: '', task: '', action: '', result: '', tags: [] };
const FIELDS: { key: 'situation' | 'task' | 'action' | 'result'; label: string; hint: string }[] = [
  { key: 'situation', label: 'Situation', hint: 'Where and when; the stakes in one line.' },
  { key: 'task', label: 'Task', hint: 'What you owned.' },
  { key: 'action', label: 'Action', hint: 'What you did (I, not we), in order.' },
  { key: 'result', label: 'Result', hint: 'The metric and how far it moved.' },
];

/** The STAR story inventory: add, edit, delete, and start a drill. */
export function StoryInventory() {
  const stories = useLiveQuery(() => listStories(getDb()), [], []);
  const [draft, setDraft] = useState<StoryDraft>(EMPTY);
  const [editing, setEditing] = useState<string | null>(null);
  const valid = draft.title.trim() !== '';

  async function save() {
    await write((db) => saveStory(db, draft, Date.now(), editing ?? undefined));
    setDraft(EMPTY);
    setEditing(null);
  }

  return (
    <>
      <section aria-labelledby="stories-title">
        <h2 id="stories-title">Your stories</h2>
        {stories.length === 0 ? (
          <p className="muted">No stories yet. Three to five ML-specific stories cover most loops.</p>
        ) : null}
        <ul className="story-list">
          {stories.map((s) => (
            <li key={s.id}>
              <strong>{s.title}</strong> <span className="muted">{s.tags.join(' · ')}</span>
              <span className="actions">
                <Link className="button" to={`/stories/${s.id}/drill`} aria-label={`Drill “${s.title}”`}>
                  Drill
                </Link>
                <button
                  type="button"
                  onClick={() => {
                    setEditing(s.id);
                    setDraft({
                      title: s.title,
                      situation: s.situation,
                      task: s.task,
                      action: s.action,
                      result: s.result,
                      tags: s.tags,
                    });
                  }}
                >
                  Edit
                </button>
                <button
                  type="button"
                  onClick={() => void write((db) => deleteStory(db, s.id))}
                  aria-label={`Delete “${s.title}”`}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      </section>
      <form
        className="story-form"
        aria-label={editing ? 'Edit story' : 'Add a story'}
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) void save();
        }}
      >
        <h2>{editing ? 'Edit story' : 'Add a story'}</h2>
        <label className="field">
          Title
          <input value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} required />
        </label>
        {FIELDS.map((f) => (
          <label key={f.key} className="field">
            {f.label} <span className="muted">{f.hint}</span>
            <textarea rows={2} value={draft[f.key]} onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })} />
          </label>
        ))}
        <fieldset className="tags">
          <legend>Tags</legend>
          {STORY_TAGS.map((t) => (
            <label key={t} className="chip">
              <input
                type="checkbox"
                checked={draft.tags.includes(t)}
                onChange={(e) =>
                  setDraft({
                    ...draft,
                    tags: e.target.checked ? [...draft.tags, t] : draft.tags.filter((x) => x !== t),
                  })
                }
              />
              {t}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={!valid}>
          Save story
        </button>
        {editing ? (
          <button
            type="button"
            onClick={() => {
              setEditing(null);
              setDraft(EMPTY);
            }}
          >
            Cancel
          </button>
        ) : null}
      </form>
    </>
  );
}
