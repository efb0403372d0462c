// Problem statements are Markdown, rendered to HTML when the bank is loaded (at build time for the
// app), with raw HTML disabled: any HTML in a source file is shown as text, never injected. The app
// ships the HTML, not the parser.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function renderMarkdown(source: string): string {
  return md.render(source);
}
