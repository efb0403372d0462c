import { useEffect, useState } from 'react';
import { loadProblem } from '../../data/problem-bank.ts';
import type { Problem } from '../../domain/problem-schema.ts';

/** Loads one problem; `null` while loading, `undefined` when the id is unknown. */
export function useProblem(id: string | undefined): Problem | null | undefined {
  const [loaded, setLoaded] = useState<{ id: string | undefined; problem: Problem | undefined } | null>(null);
  useEffect(() => {
    let live = true;
    void (id ? loadProblem(id) : Promise.resolve(undefined)).then((problem) => {
      if (live) setLoaded({ id, problem });
    });
    return () => {
      live = false;
    };
  }, [id]);
  return loaded && loaded.id === id ? loaded.problem : null;
}
