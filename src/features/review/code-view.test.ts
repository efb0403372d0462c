import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CodeView, SHOWN_CODE_CHARS, shownCode } from './code-view.tsx';

const render = (code: string) => renderToStaticMarkup(createElement(CodeView, { code, label: 'Code' }));

describe('code in the review', () => {
  it('shows short code whole, with no note', () => {
    expect(shownCode('x = 1')).toBe('x = 1');
    expect(render('x = 1')).not.toContain('Showing the first');
  });

  it('cuts code past the limit and says how much there was', () => {
    const code = 'a'.repeat(SHOWN_CODE_CHARS + 5);
    expect(shownCode(code)).toHaveLength(SHOWN_CODE_CHARS);
    expect(render(code)).toContain('Showing the first 200,000 of 200,005 characters.');
  });
});
