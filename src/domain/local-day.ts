// Calendar days in the candidate's local time. Days are counted on the calendar, never by dividing
// milliseconds by 24 h, so a day of 23 or 25 hours (daylight saving) is still one day. Pure: every
// function takes the instant it works on.

const DAY_MS = 86_400_000;

/** Local midnight of the day containing `t`. */
export function startOfLocalDay(t: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Local midnight `n` calendar days after the day containing `t` (n may be negative). */
export function addLocalDays(t: number, n: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n).getTime();
}

/** Whole calendar days from the day of `from` to the day of `to` (negative when `to` is earlier). */
export function localDaysBetween(from: number, to: number): number {
  const a = new Date(from);
  const b = new Date(to);
  // Same dates expressed in UTC have no DST jumps, so the division is exact.
  return Math.round(
    (Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) /
      DAY_MS,
  );
}

/** "2026-12-14" for the local day containing `t` (the value of an `<input type="date">`). */
export function formatLocalDate(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Local midnight of "YYYY-MM-DD", or undefined when the text is not a real date. */
export function parseLocalDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const date = new Date(y, mo, d);
  return date.getFullYear() === y && date.getMonth() === mo && date.getDate() === d ? date.getTime() : undefined;
}

/** The last millisecond of the local day containing `t`. */
export function endOfLocalDay(t: number): number {
  return addLocalDays(t, 1) - 1;
}

/** Local midnight of the Monday that starts the week containing `t`. */
export function startOfLocalWeek(t: number): number {
  const sinceMonday = (new Date(t).getDay() + 6) % 7;
  return addLocalDays(t, -sinceMonday);
}

/**
 * The instants a date filter's "from" and "to" fields ("YYYY-MM-DD", either may be empty) stand
 * for: from local midnight of the first day to the last millisecond of the last, both inclusive.
 */
export function localDateRange(from: string, to: string): { from?: number; to?: number } {
  const start = parseLocalDate(from);
  const end = parseLocalDate(to);
  return { ...(start !== undefined ? { from: start } : {}), ...(end !== undefined ? { to: endOfLocalDay(end) } : {}) };
}
