// The report's Markdown building blocks: escaping user text so it stays text, and the ways times
// are written. Pure; every part of the report (rounds, practice rounds, gap log) uses these, so
// user text is escaped the same way everywhere. Dates are in UTC.

const SECOND_MS = 1000;

/** Backslash-escapes Markdown and HTML punctuation, and folds line breaks, for inline text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

/**
 * User text as a blockquote, one `>` line per line of text. Leading indentation is dropped (it
 * would make a code block, where escapes do not apply) and markers that start a list, heading
 * or rule at the beginning of a line are escaped.
 */
export function blockquote(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => {
      const escaped = escapeMarkdown(line.trimStart())
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2');
      return escaped === '' ? '>' : `> ${escaped}`;
    })
    .join('\n');
}

/** Indents every line by three spaces, so a block belongs to the numbered list item above it. */
export function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `   ${l}`)
    .join('\n');
}

/**
 * "45 min", "1 min 5 s" or "12 s". Part seconds round up, as the round's clock does (formatClock),
 * so a time in the report is the time the screen showed.
 */
export function duration(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / SECOND_MS);
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

/** "2026-11-20" (UTC). */
export function date(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** "2026-11-20 09:00" (UTC). */
export function dateTime(t: number): string {
  return new Date(t).toISOString().slice(0, 16).replace('T', ' ');
}
