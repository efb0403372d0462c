import { useEffect, useMemo } from 'react';
import { bindEditorToPair } from '../../pairing/pair-binding.ts';
import type { monaco } from '../../components/monaco.ts';
import { usePairStore } from '../../stores/pair-store.ts';

type Editor = monaco.editor.IStandaloneCodeEditor;
type Binder = (editor: Editor) => () => void;

/** Binds `editor` to the problem's shared code as soon as the document is ready; returns the unbind. */
function bindWhenReady(problemId: string, editor: Editor): () => void {
  let unbind: (() => void) | null = null;
  const bind = () => {
    const { connection, ready } = usePairStore.getState();
    if (!unbind && ready && connection)
      unbind = bindEditorToPair(connection, problemId, editor, (message) => usePairStore.getState().setNotice(message));
  };
  bind();
  const off = usePairStore.subscribe(bind);
  return () => {
    off();
    unbind?.();
  };
}

/**
 * Connects the round's pairing (when it is a paired mock) and returns the binder for the editor of
 * `problemId`, stable while the problem and the pairing stay (undefined on a round that is not paired).
 */
export function useCandidatePairing(roundId: string | undefined, problemId: string | null): Binder | undefined {
  const paired = usePairStore((s) => s.roundId !== null && s.roundId === roundId);
  useEffect(() => {
    if (roundId) usePairStore.getState().start(roundId);
  }, [roundId]);
  return useMemo(
    () => (paired && problemId ? (editor: Editor) => bindWhenReady(problemId, editor) : undefined),
    [paired, problemId],
  );
}
