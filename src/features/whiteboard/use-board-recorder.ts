// Keeps a session's board in storage as it is drawn: loads the recorded changes on open, then
// appends the elements that changed, at most once per SAVE_INTERVAL_MS while drawing goes on (and
// at once when the page is hidden or the board closes), so the timeline holds the drawing's
// history without a row per pointer move.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  changedSince,
  describeScene,
  foldChanges,
  sceneVersion,
  visible,
  type BoardElement,
} from '../../domain/board-scene.ts';
import { appendBoardChange, boardChanges } from '../../storage/boards-repo.ts';
import { getDb } from '../../storage/db.ts';
import { write } from '../../storage/storage-health.ts';

/** Drawing is saved at most this often (and on page hide). */
export const SAVE_INTERVAL_MS = 1000;

export type BoardSaveState = 'loading' | 'saved' | 'saving' | 'failed';

export interface BoardRecorder {
  /** The board as stored, once loaded (null until then). */
  initial: BoardElement[] | null;
  state: BoardSaveState;
  /** The board in words ("2 shapes: 1 rectangle, 1 arrow"). */
  summary: string;
  onChange: (elements: readonly BoardElement[]) => void;
}

export function useBoardRecorder(sessionId: string, now: () => number = Date.now): BoardRecorder {
  const [initial, setInitial] = useState<BoardElement[] | null>(null);
  const [state, setState] = useState<BoardSaveState>('loading');
  const [summary, setSummary] = useState('');
  const known = useRef(new Map<string, number>());
  const latest = useRef<readonly BoardElement[]>([]);
  const lastVersion = useRef(-1);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const save = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const changed = changedSince(known.current, latest.current);
    if (changed.length === 0) return;
    for (const e of changed) known.current.set(e.id, e.version);
    write((db) => appendBoardChange(db, { sessionId, at: now(), elements: changed })).then(
      () => setState((s) => (s === 'saving' && timer.current === null ? 'saved' : s)),
      () => setState('failed'),
    );
  }, [sessionId, now]);

  useEffect(() => {
    let live = true;
    void boardChanges(getDb(), sessionId).then((changes) => {
      if (!live) return;
      const scene = foldChanges(changes);
      known.current = new Map([...scene.values()].map((e) => [e.id, e.version]));
      const shown = visible(scene);
      latest.current = shown;
      lastVersion.current = sceneVersion(shown);
      setSummary(describeScene(shown));
      setInitial(shown);
      setState('saved');
    });
    const onHide = () => save();
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      live = false;
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      save();
    };
  }, [sessionId, save]);

  const onChange = useCallback(
    (elements: readonly BoardElement[]) => {
      // Excalidraw calls this on every render (pointer moves, selection): only element edits count.
      const version = sceneVersion(elements);
      if (version === lastVersion.current) return;
      lastVersion.current = version;
      latest.current = elements;
      setSummary(describeScene(elements));
      setState('saving');
      timer.current ??= setTimeout(save, SAVE_INTERVAL_MS);
    },
    [save],
  );

  return { initial, state, summary, onChange };
}
