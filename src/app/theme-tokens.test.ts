// The colour tokens of both themes, read from styles/base.css, checked for WCAG AA contrast on every
// text/background pair the styles use (4.5:1 for text, 3:1 for focus rings and large text).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./styles/base.css', import.meta.url), 'utf8');

function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block`);
  const body = css.slice(start, css.indexOf('\n}', start));
  return Object.fromEntries(
    [...body.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
  );
}

const light = block(':root');
const dark = { ...light, ...block(":root[data-theme='dark']") };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** [text, background] pairs used by the styles. */
const TEXT_PAIRS: [string, string][] = [
  ...['ink', 'muted', 'accent', 'ok', 'bad', 'warn'].flatMap((fg) =>
    ['bg', 'panel', 'panel-2'].map((bg): [string, string] => [fg, bg]),
  ),
  ['ink', 'accent-soft'],
  ['accent', 'accent-soft'],
  ['muted', 'accent-soft'],
  ['ink', 'ok-soft'],
  ['ok', 'ok-soft'],
  ['ink', 'bad-soft'],
  ['bad', 'bad-soft'],
  ['ink', 'warn-soft'],
  ['warn-ink', 'warn-soft'],
  ['muted', 'warn-soft'],
  ['on-accent', 'accent'],
  ['on-bad', 'bad'],
];

describe.each([
  ['light', light],
  ['dark', dark],
] as const)('%s theme', (_name, tokens) => {
  it('defines every colour it is checked on', () => {
    for (const [fg, bg] of TEXT_PAIRS) {
      expect(tokens[fg], fg).toMatch(/^#/);
      expect(tokens[bg], bg).toMatch(/^#/);
    }
  });
  it.each(TEXT_PAIRS)('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrast(tokens[fg]!, tokens[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
  it('has a focus ring visible on the page and on panels (3:1)', () => {
    expect(contrast(tokens.focus!, tokens.bg!)).toBeGreaterThanOrEqual(3);
    expect(contrast(tokens.focus!, tokens.panel!)).toBeGreaterThanOrEqual(3);
  });
});

describe('the contrast computation', () => {
  it('matches the reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
