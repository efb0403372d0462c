import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import { useNarrow, useTheme } from '../../components/use-theme.ts';
import { editorTheme, INTERVIEW_OPTIONS, monaco } from '../../components/monaco.ts';

interface Props {
  /** Model path; one model per round and problem keeps undo history apart. */
  path: string;
  defaultValue: string;
  readOnly: boolean;
  onChange: (code: string) => void;
  onRun: () => void;
  onSubmit: () => void;
  /** Line of the last error in the candidate's code, highlighted in the gutter. */
  errorLine?: number | null;
  /** Called with the mounted editor (a paired mock binds it to the shared code); returns the cleanup. */
  onEditor?: (editor: monaco.editor.IStandaloneCodeEditor) => () => void;
}

/** Monaco under interview conditions: no suggestions, hints, hover or lint; Ctrl/Cmd+Enter runs. */
export function InterviewEditor({
  path,
  defaultValue,
  readOnly,
  onChange,
  onRun,
  onSubmit,
  errorLine,
  onEditor,
}: Props) {
  const theme = useTheme();
  // A phone keeps the gutter narrow so the code has the width.
  const narrow = useNarrow();
  const handlers = useRef({ onRun, onSubmit });
  handlers.current = { onRun, onSubmit };
  const [mounted, setMounted] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    decorations.current = editor.createDecorationsCollection();
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => handlers.current.onRun());
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () =>
      handlers.current.onSubmit(),
    );
    editor.focus();
    setMounted(editor);
  };

  useEffect(() => (mounted && onEditor ? onEditor(mounted) : undefined), [mounted, onEditor]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!decorations.current || !model) return;
    decorations.current.set(
      errorLine && errorLine <= model.getLineCount()
        ? [
            {
              range: new monaco.Range(errorLine, 1, errorLine, 1),
              options: { isWholeLine: true, className: 'error-line', linesDecorationsClassName: 'error-gutter' },
            },
          ]
        : [],
    );
  }, [errorLine, path]);

  return (
    <div className="editor-frame">
      <Editor
        path={path}
        defaultLanguage="python"
        defaultValue={defaultValue}
        theme={editorTheme(theme)}
        options={{
          ...INTERVIEW_OPTIONS,
          // Both sets in full: Monaco keeps an option it is no longer given, so a window widened again
          // would keep the phone's gutter.
          ...(narrow
            ? { lineNumbersMinChars: 2, lineDecorationsWidth: 6, fontSize: 14, folding: false }
            : {
                lineNumbersMinChars: 5,
                lineDecorationsWidth: 10,
                fontSize: INTERVIEW_OPTIONS.fontSize,
                folding: INTERVIEW_OPTIONS.folding ?? true,
              }),
          readOnly,
          readOnlyMessage: { value: 'The round is over: the editor is read-only.' },
        }}
        onChange={(value) => onChange(value ?? '')}
        onMount={onMount}
        loading={<div className="editor-loading">Loading editor…</div>}
      />
    </div>
  );
}
