import { useEffect } from 'react';
import { useRoundStore } from '../../stores/round-store.ts';

/** Ctrl/Cmd+Enter runs the examples, Ctrl/Cmd+Shift+Enter submits, anywhere on the round page. */
export function useRunShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.defaultPrevented) return;
      e.preventDefault();
      void useRoundStore.getState().run(e.shiftKey ? 'submit' : 'run');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
