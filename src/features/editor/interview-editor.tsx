import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import { INTERVIEW_OPTIONS, monaco } from '../../lib/monaco.ts';

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
}

/** Monaco under interview conditions: no suggestions, hints, hover or lint; Ctrl/Cmd+Enter runs. */
export function InterviewEditor({ path, defaultValue, readOnly, onChange, onRun, onSubmit, errorLine }: Props) {
  const handlers = useRef({ onRun, onSubmit });
  handlers.current = { onRun, onSubmit };
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    decorations.current = editor.createDecorationsCollection();
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => handlers.current.onRun());
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => handlers.current.onSubmit());
    editor.focus();
  };

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!decorations.current || !model) return;
    decorations.current.set(
      errorLine && errorLine <= model.getLineCount()
        ? [{ range: new monaco.Range(errorLine, 1, errorLine, 1), options: { isWholeLine: true, className: 'error-line', linesDecorationsClassName: 'error-gutter' } }]
        : [],
    );
  }, [errorLine, path]);

  return (
    <div className="editor-frame">
      <Editor
        path={path}
        defaultLanguage="python"
        defaultValue={defaultValue}
        theme="vs"
        options={{ ...INTERVIEW_OPTIONS, readOnly, readOnlyMessage: { value: 'The round is over: the editor is read-only.' } }}
        onChange={(value) => onChange(value ?? '')}
        onMount={onMount}
        loading={<div className="editor-loading">Loading editor…</div>}
      />
    </div>
  );
}
