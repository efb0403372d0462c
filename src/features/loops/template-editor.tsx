// The form for the candidate's own round templates: name, kind and sections. The repository checks
// the whole template against the built-in schema and the form shows what it refused.
import { useState } from 'react';
import type { RoundKind, RoundTemplate, TemplateSection } from '../../domain/loop-records.ts';
import {
  FAMILIES,
  ROUND_KIND_LABELS,
  ROUND_KINDS,
  SECTION_KINDS,
  sectionLabel,
  totalMinutes,
} from '../../domain/round-template.ts';
import { getDb } from '../../storage/db.ts';
import { saveTemplate, type TemplateDraft } from '../../storage/templates-repo.ts';

const NEW_SECTION: TemplateSection = { kind: 'coding', minutes: 45, count: 1, family: 'algorithm' };
const EMPTY: TemplateDraft = { name: '', kind: 'coding', sections: [NEW_SECTION] };
const KIND_NAMES: Record<TemplateSection['kind'], string> = {
  coding: 'Coding',
  fundamentals: 'ML fundamentals',
  design: 'ML system design',
  behavioral: 'Behavioral',
  break: 'Break',
};

/** Keeps only the fields a section of this kind may have, so switching kind cannot leave a stray one. */
function reshape(s: TemplateSection): TemplateSection {
  const base: TemplateSection = { kind: s.kind, minutes: s.minutes };
  if (s.kind === 'coding') return { ...base, count: s.count ?? 1, family: s.family ?? 'algorithm' };
  if (s.kind === 'fundamentals' || s.kind === 'behavioral') return { ...base, count: s.count ?? 5 };
  return base;
}

function SectionFields({
  section,
  n,
  onChange,
  onRemove,
}: {
  section: TemplateSection;
  n: number;
  onChange: (s: TemplateSection) => void;
  onRemove?: () => void;
}) {
  const counted = section.kind === 'coding' || section.kind === 'fundamentals' || section.kind === 'behavioral';
  return (
    <fieldset className="template-section">
      <legend>
        Section {n}: {sectionLabel(section)}
      </legend>
      <label className="field inline">
        Kind
        <select
          value={section.kind}
          onChange={(e) => onChange(reshape({ ...section, kind: e.target.value as TemplateSection['kind'] }))}
        >
          {SECTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_NAMES[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="field inline">
        Minutes
        <input
          type="number"
          min={1}
          max={120}
          value={Number.isNaN(section.minutes) ? '' : section.minutes}
          onChange={(e) => onChange({ ...section, minutes: e.target.valueAsNumber })}
        />
      </label>
      {counted ? (
        <label className="field inline">
          {section.kind === 'coding' ? 'Problems' : 'Questions'}
          <input
            type="number"
            min={1}
            max={40}
            value={Number.isNaN(section.count) ? '' : (section.count ?? '')}
            onChange={(e) => onChange({ ...section, count: e.target.valueAsNumber })}
          />
        </label>
      ) : null}
      {section.kind === 'coding' ? (
        <label className="field inline">
          Family
          <select
            value={section.family ?? 'algorithm'}
            onChange={(e) => onChange({ ...section, family: e.target.value as (typeof FAMILIES)[number] })}
          >
            <option value="algorithm">Algorithms</option>
            <option value="ml">ML from scratch</option>
          </select>
        </label>
      ) : null}
      {onRemove ? (
        <button type="button" onClick={onRemove} aria-label={`Remove section ${n}`}>
          Remove
        </button>
      ) : null}
    </fieldset>
  );
}

/** Create a template, or edit `editing`; `onDone` runs after a save or a cancel. */
export function TemplateEditor({ editing, onDone }: { editing: RoundTemplate | null; onDone: () => void }) {
  const [draft, setDraft] = useState<TemplateDraft>(
    editing ? { name: editing.name, kind: editing.kind, sections: editing.sections } : EMPTY,
  );
  const [errors, setErrors] = useState<string[]>([]);
  const setSection = (i: number, s: TemplateSection) =>
    setDraft({ ...draft, sections: draft.sections.map((x, j) => (j === i ? s : x)) });

  async function save() {
    const result = await saveTemplate(getDb(), draft, Date.now(), editing?.id);
    if (!result.ok) return setErrors(result.errors.map((e) => e.replace(/^templates table: template "[^"]*": /, '')));
    setErrors([]);
    setDraft(EMPTY);
    onDone();
  }

  return (
    <form
      className="template-editor"
      aria-label={editing ? `Edit ${editing.name}` : 'New round template'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>{editing ? `Edit “${editing.name}”` : 'Your own template'}</h2>
      <label className="field">
        Template name
        <input
          value={draft.name}
          maxLength={60}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          required
        />
      </label>
      <label className="field">
        Kind of round
        <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as RoundKind })}>
          {ROUND_KINDS.map((k) => (
            <option key={k} value={k}>
              {ROUND_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      {draft.sections.map((s, i) => (
        <SectionFields
          key={i}
          section={s}
          n={i + 1}
          onChange={(next) => setSection(i, next)}
          {...(draft.sections.length > 1
            ? { onRemove: () => setDraft({ ...draft, sections: draft.sections.filter((_, j) => j !== i) }) }
            : {})}
        />
      ))}
      <p className="muted">
        Total: {totalMinutes(draft.sections.filter((s) => !Number.isNaN(s.minutes)))} min. Breaks go between rounds.
      </p>
      {errors.length > 0 ? (
        <ul role="alert" className="form-errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <div className="actions">
        <button
          type="button"
          onClick={() => setDraft({ ...draft, sections: [...draft.sections, NEW_SECTION] })}
          disabled={draft.sections.length >= 8}
        >
          Add section
        </button>
        <button type="submit" className="primary">
          Save template
        </button>
        {editing ? (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
