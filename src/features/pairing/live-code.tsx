// The candidate's code, live and read-only (writable while the candidate lets the interviewer type), with the candidate's cursor and selection (y-monaco
// draws them from awareness). Same Monaco build and options as the candidate's editor.
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import { useTheme } from '../../components/use-theme.ts';
import { editorTheme, INTERVIEW_OPTIONS, type monaco } from '../../components/monaco.ts';
import { bindEditorToPair } from '../../pairing/pair-binding.ts';
import type { PairConnection } from '../../pairing/pair-connection.ts';
import './pairing.css';

export function LiveCode({
  connection,
  problemId,
  mayType,
}: {
  connection: PairConnection;
  problemId: string;
  mayType: boolean;
}) {
  const theme = useTheme();
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onMount: OnMount = (e) => setEditor(e);
  useEffect(
    () => (editor ? bindEditorToPair(connection, problemId, editor) : undefined),
    [editor, connection, problemId],
  );
  return (
    <div className="editor-frame live-code">
      <Editor
        path={`pair/${connection.roomId}/${problemId}.py`}
        defaultLanguage="python"
        defaultValue=""
        theme={editorTheme(theme)}
        options={{
          ...INTERVIEW_OPTIONS,
          readOnly: !mayType,
          readOnlyMessage: { value: 'The candidate’s code: read-only unless they let you type.' },
          ariaLabel: mayType ? 'Candidate’s code (live, you may type)' : 'Candidate’s code (live, read-only)',
        }}
        onMount={onMount}
        loading={<div className="editor-loading">Loading editor…</div>}
      />
    </div>
  );
}
