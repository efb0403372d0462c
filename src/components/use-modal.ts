// What makes a dialog modal for the keyboard as well as the eye: while it is open everything
// outside it is inert (no clicks, no focus, no screen-reader browsing), Tab and Shift+Tab cycle
// inside it, keystrokes typed in it never reach the page behind (the editor, the Run shortcut),
// Escape does what the dialog says, and on closing the focus goes back where it was.
import { useEffect, useRef, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) {
      // A radio group is one Tab stop: the checked one, or the first when none is.
      const group = root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`);
      const checked = [...group].some((r) => r.checked);
      if (checked || group[0] !== el) return false;
    }
    return el.getClientRects().length > 0;
  });
}

interface Options {
  /** Escape: usually the dialog's cancel. Without it, Escape does nothing. */
  onEscape?: () => void;
  /** Where focus returns on closing; by default the element focused when the dialog opened. */
  returnFocus?: () => Element | null;
}

/** Makes the element in `ref` a modal dialog while `open` is true. */
export function useModal(ref: RefObject<HTMLElement | null>, open: boolean, options: Options = {}): void {
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const previous = latest.current.returnFocus?.() ?? document.activeElement;

    // Everything outside the dialog, along its path up to <body>, becomes inert.
    const madeInert: HTMLElement[] = [];
    for (let node: HTMLElement = dialog; node.parentElement && node !== document.body; node = node.parentElement) {
      for (const sibling of node.parentElement.children) {
        if (sibling !== node && sibling instanceof HTMLElement && !sibling.hasAttribute('inert')) {
          sibling.setAttribute('inert', '');
          madeInert.push(sibling);
        }
      }
    }

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && latest.current.onEscape) {
        e.preventDefault();
        latest.current.onEscape();
        return;
      }
      if (e.key !== 'Tab') return;
      const items = focusables(dialog);
      const active = document.activeElement;
      const inside = active instanceof Node && dialog.contains(active);
      if (items.length === 0) {
        e.preventDefault();
        return;
      }
      const first = items[0]!;
      const last = items[items.length - 1]!;
      if (e.shiftKey && (!inside || active === first)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (!inside || active === last)) {
        e.preventDefault();
        first.focus();
      }
    };
    // Keys typed in the dialog stop at it: no shortcut of the page behind sees them.
    const stopAtDialog = (e: KeyboardEvent) => e.stopPropagation();
    document.addEventListener('keydown', onKeyDown, true);
    dialog.addEventListener('keydown', stopAtDialog);
    dialog.addEventListener('keyup', stopAtDialog);
    dialog.addEventListener('keypress', stopAtDialog);
    if (!dialog.contains(document.activeElement)) (focusables(dialog)[0] ?? dialog).focus();

    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      dialog.removeEventListener('keydown', stopAtDialog);
      dialog.removeEventListener('keyup', stopAtDialog);
      dialog.removeEventListener('keypress', stopAtDialog);
      for (const el of madeInert) el.removeAttribute('inert');
      if (previous instanceof HTMLElement && previous.isConnected && previous !== document.body) previous.focus();
    };
  }, [ref, open]);
}
