// Monaco for an interview pad: the minimal editor entry plus only the contributions a shared
// interview editor keeps (Python highlighting, find, brackets, comments, folding, multi-cursor,
// line and word editing). Suggest, hover, parameter hints, inline completions, code actions, code
// lens and formatting are never imported, so they do not exist, whatever the options say.
// @monaco-editor/react is pointed at this bundle so it never fetches Monaco from a CDN.
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/caretOperations/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/languages/definitions/python/register';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

loader.config({ monaco: monaco as unknown as Parameters<typeof loader.config>[0]['monaco'] });

export { monaco };

// The editor's two themes, on Monaco's own vs / vs-dark token colours, with the page's panel
// colours so the editor sits in the page rather than on top of it (values from src/app/styles/base.css).
monaco.editor.defineTheme('mockloop-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#ffffff',
    'editorLineNumber.foreground': '#6b7280',
    'editorGutter.background': '#ffffff',
  },
});
monaco.editor.defineTheme('mockloop-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#171b22',
    'editorLineNumber.foreground': '#8b93a1',
    'editorGutter.background': '#171b22',
  },
});

/** The Monaco theme for the page's theme. */
export function editorTheme(theme: 'light' | 'dark'): string {
  return theme === 'dark' ? 'mockloop-dark' : 'mockloop-light';
}

/**
 * Every assist off (the second line of defence behind the missing contributions). Kept: syntax
 * highlighting, auto-indent, bracket matching.
 */
export const INTERVIEW_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  quickSuggestions: false,
  suggestOnTriggerCharacters: false,
  wordBasedSuggestions: 'off',
  snippetSuggestions: 'none',
  tabCompletion: 'off',
  acceptSuggestionOnEnter: 'off',
  parameterHints: { enabled: false },
  hover: { enabled: 'off' },
  inlineSuggest: { enabled: false },
  lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.Off },
  codeLens: false,
  formatOnType: false,
  formatOnPaste: false,
  renderValidationDecorations: 'off',
  occurrencesHighlight: 'off',
  selectionHighlight: false,
  links: false,
  autoIndent: 'full',
  matchBrackets: 'always',
  autoClosingBrackets: 'never',
  autoClosingQuotes: 'never',
  minimap: { enabled: false },
  fontSize: 15,
  tabSize: 4,
  insertSpaces: true,
  scrollBeyondLastLine: false,
  automaticLayout: true,
  accessibilitySupport: 'auto',
  ariaLabel: 'Code editor (Python). Interview conditions: no autocomplete, hints or linting.',
};
