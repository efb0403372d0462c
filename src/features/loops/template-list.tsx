// The Rounds page's body: the built-in templates, the candidate's own, and the form to add one.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { BUILT_IN_TEMPLATES } from '../../data/round-templates.ts';
import type { RoundTemplate } from '../../domain/loop-records.ts';
import { getDb } from '../../storage/db.ts';
import { deleteTemplate, listTemplates } from '../../storage/templates-repo.ts';
import { TemplateCard } from './template-card.tsx';
import { TemplateEditor } from './template-editor.tsx';

export function TemplateList() {
  const saved = useLiveQuery(() => listTemplates(getDb()), [], []);
  const [editing, setEditing] = useState<RoundTemplate | null>(null);
  const { hash } = useLocation();
  // Links from the plan page name a template (#full-loop): bring it into view, as a plain page would.
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'center' });
  }, [hash]);
  return (
    <>
      <section aria-labelledby="built-in-templates">
        <h2 id="built-in-templates">Interview rounds</h2>
        <div className="template-grid">
          {BUILT_IN_TEMPLATES.map((t) => (
            <TemplateCard key={t.id} template={t} />
          ))}
        </div>
      </section>
      <section aria-labelledby="saved-templates">
        <h2 id="saved-templates">Your templates</h2>
        {saved.length === 0 ? (
          <p className="muted">None yet. Save one below: a name and the sections it runs, in order.</p>
        ) : null}
        <div className="template-grid">
          {saved.map((t) => (
            <TemplateCard
              key={t.id}
              template={t}
              onEdit={() => setEditing(t)}
              onDelete={() => void deleteTemplate(getDb(), t.id)}
            />
          ))}
        </div>
      </section>
      {/* A new key per template resets the form's fields when another one is opened for editing. */}
      <TemplateEditor key={editing?.id ?? 'new'} editing={editing} onDone={() => setEditing(null)} />
    </>
  );
}
