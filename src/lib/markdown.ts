// Problem statements are Markdown rendered with raw HTML disabled: any HTML in a source file is
// shown as text, never injected.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function renderMarkdown(source: string): string {
  return md.render(source);
}
