// A coding round's Sketch in a paired mock: the board is shared with the interviewer through the
// pairing session (stores/pair-store.ts), and the interviewer's strokes, when the candidate allows
// them, come back into it (and so into the board's saved history). Other boards are not shared.
import { useCallback, useEffect, useState } from 'react';
import { count } from '../../presentation/labels.ts';
import type { BoardElement } from '../../domain/board-scene.ts';
import type { BoardLink } from '../../pairing/board-sync.ts';
import { usePairStore } from '../../stores/pair-store.ts';
import { sketchBoardId } from '../../storage/storage-keys.ts';

export interface SharedBoard {
  /** The interviewer's strokes to merge into the canvas (undefined when the board is not shared). */
  merge: BoardLink | undefined;
  /** The canvas's changes: saved by `save`, and sent to the interviewer when shared. */
  onChange: (elements: readonly BoardElement[]) => void;
  /** Words under the board while it is shared ("Shared live with your interviewer · …"), or null. */
  note: string | null;
}

export function useSharedBoard(boardId: string, save: (elements: readonly BoardElement[]) => void): SharedBoard {
  const link = usePairStore((s) => (s.roundId !== null && boardId === sketchBoardId(s.roundId) ? s.board : null));
  const onChange = useCallback(
    (elements: readonly BoardElement[]) => {
      save(elements);
      link?.onScene(elements);
    },
    [save, link],
  );
  const [refused, setRefused] = useState(0);
  useEffect(() => link?.watchCounts(() => setRefused(link.counts().refused)), [link]);
  const note = !link
    ? null
    : refused > 0
      ? `Shared live with your interviewer · ${count(refused, 'shape')} from the interviewer ignored (not allowed, malformed or forged)`
      : 'Shared live with your interviewer';
  return { merge: link ?? undefined, onChange, note };
}
