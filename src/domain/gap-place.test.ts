import { describe, expect, it } from 'vitest';
import { gapReviewPath, NO_PLACES } from './gap-place.ts';

describe('gapReviewPath: a gap entry links to the review of what it was filed from', () => {
  const places = { sessions: new Set(['s-1']), drills: new Map([['d-1', 'story-1']]) };

  it('a practice session (fundamentals, design, behavioral) opens its session review', () => {
    expect(gapReviewPath('s-1', places)).toBe('/session/s-1/review');
  });

  it("a story-drill telling opens its story's drill page", () => {
    expect(gapReviewPath('d-1', places)).toBe('/stories/story-1/drill');
  });

  it('a coding round, or anything not found among sessions and drills, opens the round review', () => {
    expect(gapReviewPath('r-1', places)).toBe('/review/r-1');
    expect(gapReviewPath('s-1', NO_PLACES)).toBe('/review/s-1');
  });

  it('an id from an imported file cannot leave the path', () => {
    expect(gapReviewPath('../data?x=1', NO_PLACES)).toBe('/review/..%2Fdata%3Fx%3D1');
  });
});
