// The candidate's Monaco model bound to the shared code (y-monaco), with the local cursor published
// for the interviewer. Only the binding is added: no completion or other assist comes with it. A
// paste, or a drop of dragged text, too large for the pairing server (or that would make the code
// too long) is refused before Monaco sees it, with a message, instead of being sent and getting the
// connection closed.
import { MonacoBinding } from 'y-monaco';
import { codeTextName } from '../domain/pair-protocol.ts';
import { pasteProblem } from '../domain/pair-trust.ts';
import type { monaco } from '../components/monaco.ts';
import type { PairConnection } from './pair-connection.ts';

/** Binds `editor` to the problem's shared text; the model takes the shared content. Returns the unbind. */
export function bindEditorToPair(
  connection: PairConnection,
  problemId: string,
  editor: monaco.editor.IStandaloneCodeEditor,
  onPasteRefused?: (message: string) => void,
): () => void {
  const model = editor.getModel();
  if (!model) return () => {};
  const binding = new MonacoBinding(
    connection.doc.getText(codeTextName(problemId)),
    model,
    new Set([editor]),
    connection.provider.awareness,
  );
  const node = editor.getContainerDomNode();
  const refuseIfTooLarge = (e: Event, text: string) => {
    const problem = pasteProblem(text.length, model.getValueLength());
    if (!problem) return;
    e.preventDefault();
    e.stopPropagation();
    onPasteRefused?.(problem);
  };
  const onPaste = (e: ClipboardEvent) => refuseIfTooLarge(e, e.clipboardData?.getData('text/plain') ?? '');
  const onDrop = (e: DragEvent) => refuseIfTooLarge(e, e.dataTransfer?.getData('text/plain') ?? '');
  // Capture: before Monaco's own listeners (its text area, its drop handling).
  node.addEventListener('paste', onPaste, true);
  node.addEventListener('drop', onDrop, true);
  return () => {
    node.removeEventListener('paste', onPaste, true);
    node.removeEventListener('drop', onDrop, true);
    binding.destroy();
  };
}
