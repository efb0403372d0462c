// Where a gap entry was filed, for its link back: a coding round's review, a practice session's
// review (fundamentals, system design, behavioral), or a story's page for a story-drill telling.
// Entries keep only the id they were filed under, so the place is looked up among what is stored.

export interface GapPlaces {
  /** Ids of the stored practice sessions. */
  sessions: ReadonlySet<string>;
  /** Story-drill tellings: drill id → its story's id. */
  drills: ReadonlyMap<string, string>;
}

export const NO_PLACES: GapPlaces = { sessions: new Set(), drills: new Map() };

/** The page that reviews what a gap entry was filed from. */
export function gapReviewPath(roundId: string, places: GapPlaces): string {
  const id = encodeURIComponent(roundId);
  if (places.sessions.has(roundId)) return `/session/${id}/review`;
  const story = places.drills.get(roundId);
  if (story !== undefined) return `/stories/${encodeURIComponent(story)}/drill`;
  return `/review/${id}`;
}
