// The Python harness is kept in parts under harness/ (one per section, none over 300 lines) and run
// as one source: the parts joined in this order, with nothing added between them. Tracebacks and the
// snapshot key see the joined text, named harness.py, exactly as when it was one file.

/** The harness's parts, in the order they are joined. */
export const HARNESS_PARTS = ['01-setup.py', '02-conversions.py', '03-errors.py', '04-state.py', '05-run.py'] as const;

/** The harness source: each part's text, read by `read`, joined in order. */
export function joinHarness(read: (part: string) => string | undefined): string {
  return HARNESS_PARTS.map((part) => {
    const text = read(part);
    if (text === undefined) throw new Error(`harness part ${part} is missing`);
    return text;
  }).join('');
}
