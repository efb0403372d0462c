import { Link } from 'react-router';
import { problems } from 'virtual:problem-bank';

const FAMILY_LABEL = { algorithm: 'Algorithms', ml: 'ML from scratch' } as const;

/** The bank, grouped by family. */
export function ProblemList() {
  return (
    <>
      {(['algorithm', 'ml'] as const).map((family) => (
        <section key={family} aria-labelledby={`family-${family}`} className="problem-group">
          <h2 id={`family-${family}`}>{FAMILY_LABEL[family]}</h2>
          <ul className="problem-list">
            {problems
              .filter((p) => p.family === family)
              .map((p) => (
                <li key={p.id}>
                  <Link to={`/problems/${p.id}`}>{p.title}</Link>
                  <span className={`badge difficulty-${p.difficulty}`}>{p.difficulty}</span>
                  <span className="muted">{p.tags.join(' · ')}</span>
                  {p.leetcode ? <span className="muted">LeetCode {p.leetcode}</span> : null}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
