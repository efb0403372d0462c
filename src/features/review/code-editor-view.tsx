// Code in the review as the candidate saw it while typing: a read-only Monaco editor with Python
// colouring, from the app's own Monaco bundle (nothing fetched from elsewhere).
import Editor from '@monaco-editor/react';
import { editorTheme, INTERVIEW_OPTIONS } from '../../components/monaco.ts';
import { useTheme } from '../../components/use-theme.ts';
import { CutCodeNote, shownCode } from './code-view.tsx';

const LINE_PX = 20;
const MAX_HEIGHT_PX = 520;

/** Read-only, coloured code; cut at SHOWN_CODE_CHARS like every code view of the review. */
export function CodeEditorView({ code, label, theme }: { code: string; label: string; theme?: string }) {
  // The page's theme (light or dark, as the Theme control says), like the round's own editor.
  const pageTheme = useTheme();
  const shown = shownCode(code);
  const lines = shown.split('\n').length;
  const height = Math.min(MAX_HEIGHT_PX, Math.max(6, lines + 1) * LINE_PX);
  return (
    <>
      <div className="code-editor-view" aria-label={label} role="region" style={{ height }}>
        <Editor
          value={shown}
          defaultLanguage="python"
          theme={theme ?? editorTheme(pageTheme)}
          options={{
            ...INTERVIEW_OPTIONS,
            readOnly: true,
            domReadOnly: true,
            readOnlyMessage: { value: 'This is a replay: the code cannot be edited here.' },
            fontSize: 14,
            lineHeight: LINE_PX,
            renderLineHighlight: 'none',
            ariaLabel: 'Replay editor, read-only',
          }}
          loading={<pre className="code-view">{shown}</pre>}
        />
      </div>
      <CutCodeNote shown={shown} code={code} />
    </>
  );
}
