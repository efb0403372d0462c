// Each page names itself in the tab and the history: "Two Sum · Round · Mockloop".
import { useEffect } from 'react';

export const APP_NAME = 'Mockloop';

export function pageTitle(...parts: (string | undefined | null | false)[]): string {
  return [...parts.filter((p): p is string => typeof p === 'string' && p.length > 0), APP_NAME].join(' · ');
}

/** Sets document.title while the page is shown; parts that are not known yet are left out. */
export function useTitle(...parts: (string | undefined | null | false)[]): void {
  const title = pageTitle(...parts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
