// The candidate's Monaco model bound to the shared code (y-monaco), with the local cursor published
// for the interviewer. Only the binding is added: no completion or other assist comes with it.
import { MonacoBinding } from 'y-monaco';
import { codeTextName } from '../domain/pair-protocol.ts';
import type { monaco } from './monaco.ts';
import type { PairConnection } from './pair-connection.ts';

/** Binds `editor` to the problem's shared text; the model takes the shared content. Returns the unbind. */
export function bindEditorToPair(connection: PairConnection, problemId: string, editor: monaco.editor.IStandaloneCodeEditor): () => void {
  const model = editor.getModel();
  if (!model) return () => {};
  const binding = new MonacoBinding(connection.doc.getText(codeTextName(problemId)), model, new Set([editor]), connection.provider.awareness);
  return () => binding.destroy();
}
