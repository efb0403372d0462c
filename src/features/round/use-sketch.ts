// Whether a coding round's Sketch (a whiteboard beside the editor) is open: closed by default,
// remembered per round in this browser, toggled by the Sketch button or by Alt+Shift+K anywhere on
// the round page. Alt+Shift+K is bound by neither Monaco, nor the Run and Submit shortcuts, nor the
// board (whose Alt+S, Alt+Shift+C and Alt+Shift+D are its own); the key is read by its position
// (KeyK), so macOS's Option+Shift+K, which types "", works too.
import { useCallback, useEffect, useRef, useState } from 'react';
import { sketchOpenKey } from '../../storage/storage-keys.ts';

export const SKETCH_SHORTCUT = { label: 'Alt+Shift+K', aria: 'Alt+Shift+K' } as const;

function stored(roundId: string): boolean {
  try {
    return localStorage.getItem(sketchOpenKey(roundId)) === '1';
  } catch {
    return false;
  }
}

function remember(roundId: string, open: boolean): void {
  try {
    if (open) localStorage.setItem(sketchOpenKey(roundId), '1');
    else localStorage.removeItem(sketchOpenKey(roundId));
  } catch {
    // Storage refused (private mode, quota): the Sketch still opens, it is only not remembered.
  }
}

/** True for the Sketch shortcut's keydown. */
export function isSketchShortcut(e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>) {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyK';
}

/** The round's Sketch open or closed, and a toggle; `onToggle` hears each toggle (the phone's tabs follow it). */
export function useSketch(roundId: string | undefined, onToggle?: (open: boolean) => void) {
  const [open, setOpen] = useState(false);
  const [forRound, setForRound] = useState<string | undefined>(undefined);
  if (forRound !== roundId) {
    // Another round: its own remembered state (reset while rendering, not in an effect).
    setForRound(roundId);
    setOpen(roundId ? stored(roundId) : false);
  }
  const latest = useRef({ open, onToggle });
  latest.current = { open, onToggle };
  const toggle = useCallback(() => {
    if (!roundId) return;
    const next = !latest.current.open;
    remember(roundId, next);
    setOpen(next);
    latest.current.onToggle?.(next);
  }, [roundId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSketchShortcut(e) || e.defaultPrevented) return;
      e.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);

  return { open, toggle };
}
