// How much of a design prompt's key points a step's notes touch. Deliberately simple, and shown to
// the candidate as a rough guide: a key point counts as covered when enough of its distinctive
// words appear in the notes. Pure.

/** A key point is covered when at least this share of its distinctive words appears in the notes… */
export const COVERAGE_SHARE = 1 / 3;
/** …and never by fewer than this many words (one shared word is usually chance). */
export const COVERAGE_MIN_WORDS = 2;
/** Words shorter than this carry little (`the`, `for`) unless they are acronyms or figures. */
const MIN_WORD_LENGTH = 4;

const COMMON = new Set(
  (
    'about after also against before between both each either every from have into just like many more most much must only other over same should some such than that their them then there these they this those through under until very what when where which while will with within without would your ' +
    'does done keep make made need take uses used using based first second last next least because still never give'
  )
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower case, with a plural or third-person `s` dropped, so "features" meets "feature". */
function stem(word: string): string {
  return word.length > MIN_WORD_LENGTH && word.endsWith('s') && !/(ss|us|is)$/.test(word) ? word.slice(0, -1) : word;
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).map(stem);
}

/** The words of a key point that say something: long or numeric, and not common. */
export function distinctiveWords(keyPoint: string): string[] {
  const raw = keyPoint.match(/[A-Za-z0-9]+/g) ?? [];
  const out = new Set<string>();
  for (const w of raw) {
    const acronym = w.length >= 2 && w === w.toUpperCase() && /[A-Z]/.test(w);
    const lower = stem(w.toLowerCase());
    if ((acronym || /\d/.test(w) || lower.length >= MIN_WORD_LENGTH) && !COMMON.has(lower)) out.add(lower);
  }
  return [...out];
}

export interface PointCoverage {
  point: string;
  covered: boolean;
  /** The distinctive words found in the notes. */
  matched: string[];
}

/** Whether each key point is covered by the notes. */
export function coverPoints(notes: string, keyPoints: readonly string[]): PointCoverage[] {
  const inNotes = new Set(words(notes));
  return keyPoints.map((point) => {
    const distinct = distinctiveWords(point);
    const matched = distinct.filter((w) => inNotes.has(w));
    const needed = Math.min(distinct.length, Math.max(COVERAGE_MIN_WORDS, Math.ceil(distinct.length * COVERAGE_SHARE)));
    return { point, covered: distinct.length > 0 && matched.length >= needed, matched };
  });
}

/** Covered key points over all key points, 0–1 (0 when there are none). */
export function coverageScore(coverage: readonly PointCoverage[]): number {
  return coverage.length === 0 ? 0 : coverage.filter((c) => c.covered).length / coverage.length;
}
