import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { problems } from '../../data/problem-bank.ts';
import { DIFFICULTIES, FAMILIES, GROUPS, type Group } from '../../domain/problem-schema.ts';
import { facetValues, filterProblems, GROUP_LABEL, groupProgress, pickUnsolved, type ProblemFilters } from '../../domain/problem-filter.ts';
import { getDb } from '../../storage/db.ts';
import { solvedProblemIds } from '../../storage/rounds-repo.ts';
import { useSettingsStore } from '../../stores/settings-store.ts';

const FAMILY_LABEL = { algorithm: 'Algorithms', ml: 'ML from scratch' } as const;
const FILTER_KEYS = ['family', 'group', 'category', 'difficulty', 'tag', 'query'] as const;
const CATEGORIES = facetValues(problems, 'category');
const TAGS = facetValues(problems, 'tags');
const label = (s: string) => s.replace(/-/g, ' ');
/** Categories whose id joins two subjects read with an "&": "arrays & strings", not "arrays strings". */
const CATEGORY_NAMES: Record<string, string> = {
  'arrays-strings': 'arrays & strings',
  'trees-graphs': 'trees & graphs',
  'sorting-searching': 'sorting & searching',
  'heaps-queues': 'heaps & queues',
  'math-bits': 'math & bits',
  design: 'design & OOP',
};
const categoryName = (c: string) => CATEGORY_NAMES[c] ?? label(c);

function Select({ name, label: text, values, value, onChange, format = label }: { name: string; label: string; values: readonly string[]; value: string; onChange: (v: string) => void; format?: (v: string) => string }) {
  return (
    <label className="field">
      {text}
      <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {format(v)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The bank with filters (kept in the address, so a filtered list can be bookmarked) and a random pick. */
export function ProblemList() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const hideDifficulty = useSettingsStore((s) => s.hideDifficulty);
  const setHideDifficulty = useSettingsStore((s) => s.setHideDifficulty);
  const solved = useLiveQuery(() => solvedProblemIds(getDb()), [], new Set<string>());
  const filters: ProblemFilters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as ProblemFilters;
  const shown = filterProblems(problems, filters);
  const set = (key: (typeof FILTER_KEYS)[number], value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const random = () => {
    const pick = pickUnsolved(shown, solved, Math.random);
    if (pick) navigate(`/problems/${pick.id}`);
  };

  return (
    <section aria-labelledby="problems-title" className="problem-browser">
      <h2 id="problems-title">Problems</h2>
      <form className="filters" aria-label="Filter problems" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          Search
          <input type="search" value={filters.query ?? ''} onChange={(e) => set('query', e.target.value)} placeholder="Title, tag or LeetCode number" />
        </label>
        <Select name="family" label="Family" values={FAMILIES} value={filters.family ?? ''} onChange={(v) => set('family', v)} format={(v) => FAMILY_LABEL[v as keyof typeof FAMILY_LABEL]} />
        <Select name="group" label="NeetCode group" values={GROUPS} value={filters.group ?? ''} onChange={(v) => set('group', v)} format={(v) => GROUP_LABEL[v as Group]} />
        <Select name="category" label="Category" values={CATEGORIES} value={filters.category ?? ''} onChange={(v) => set('category', v)} format={categoryName} />
        {hideDifficulty ? null : <Select name="difficulty" label="Difficulty" values={DIFFICULTIES} value={filters.difficulty ?? ''} onChange={(v) => set('difficulty', v)} />}
        <Select name="tag" label="Tag" values={TAGS} value={filters.tag ?? ''} onChange={(v) => set('tag', v)} />
        <label className="check">
          <input type="checkbox" checked={hideDifficulty} onChange={(e) => setHideDifficulty(e.target.checked)} />
          Hide difficulty
        </label>
        <button type="button" onClick={random} disabled={shown.length === 0}>
          Random unsolved problem
        </button>
      </form>
      <p className="muted" aria-live="polite">
        {shown.length} of {problems.length} problems · {solved.size} solved
      </p>
      <ul className="group-progress" aria-label="Progress by NeetCode group">
        {groupProgress(problems, solved).map((g) => (
          <li key={g.group}>
            <button type="button" aria-pressed={filters.group === g.group} onClick={() => set('group', filters.group === g.group ? '' : g.group)}>
              {GROUP_LABEL[g.group]} {g.solved}/{g.total} solved
            </button>
          </li>
        ))}
      </ul>
      <ul className="problem-list">
        {shown.map((p) => (
          <li key={p.id}>
            <Link to={`/problems/${p.id}`}>{p.title}</Link>
            {solved.has(p.id) ? <span className="badge solved">solved</span> : null}
            <span className="muted">{FAMILY_LABEL[p.family]} · {categoryName(p.category)}</span>
            {hideDifficulty ? null : <span className={`badge difficulty-${p.difficulty}`}>{p.difficulty}</span>}
            <span className="muted tags">{p.tags.join(' · ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
