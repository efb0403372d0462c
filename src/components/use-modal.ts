// What makes a dialog modal for the keyboard as well as the eye: while it is open everything
// outside it is inert (no clicks, no focus, no screen-reader browsing), Tab and Shift+Tab cycle
// inside it, keystrokes typed in it never reach the page behind (the editor, the Run shortcut),
// Escape does what the dialog says, and on closing the focus goes back where it was.
//
// Dialogs stack: one that opens over another (the interviewer cutting in while "End the round?" is
// open) takes the keyboard, and everything else, the dialog under it included, is inert until it
// closes; then the one under it holds the keyboard again, with the focus back where it was in it.
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

interface OpenDialog {
  dialog: HTMLElement;
  options: { current: Options };
  /** Where the focus goes when this dialog closes. */
  previous: Element | null;
}

/** The open dialogs, the one holding the keyboard last. */
const stack: OpenDialog[] = [];
/** The elements this module made inert (and only those: others' inert stays as it was). */
let madeInert: HTMLElement[] = [];

/** Everything outside the top dialog, along its path up to <body>, becomes inert; nothing else is. */
function applyInert(): void {
  for (const el of madeInert) el.removeAttribute('inert');
  madeInert = [];
  const top = stack.at(-1);
  if (!top) return;
  for (let node: HTMLElement = top.dialog; node.parentElement && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling !== node && sibling instanceof HTMLElement && !sibling.hasAttribute('inert')) {
        sibling.setAttribute('inert', '');
        madeInert.push(sibling);
      }
    }
  }
}

function onKeyDown(e: KeyboardEvent): void {
  const top = stack.at(-1);
  if (!top) return;
  const { dialog, options } = top;
  if (e.key === 'Escape') {
    if (!options.current.onEscape) return;
    e.preventDefault();
    options.current.onEscape();
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
}

// Keys typed in a dialog stop at it: no shortcut of the page behind sees them.
const stopAtDialog = (e: KeyboardEvent) => e.stopPropagation();

function usable(el: Element | null): el is HTMLElement {
  return el instanceof HTMLElement && el.isConnected && el !== document.body;
}

function open(entry: OpenDialog): void {
  if (stack.length === 0) document.addEventListener('keydown', onKeyDown, true);
  stack.push(entry);
  applyInert();
  const { dialog } = entry;
  dialog.addEventListener('keydown', stopAtDialog);
  dialog.addEventListener('keyup', stopAtDialog);
  dialog.addEventListener('keypress', stopAtDialog);
  if (!dialog.contains(document.activeElement)) (focusables(dialog)[0] ?? dialog).focus();
}

function close(entry: OpenDialog): void {
  const at = stack.indexOf(entry);
  if (at === -1) return;
  const wasTop = at === stack.length - 1;
  stack.splice(at, 1);
  const { dialog } = entry;
  dialog.removeEventListener('keydown', stopAtDialog);
  dialog.removeEventListener('keyup', stopAtDialog);
  dialog.removeEventListener('keypress', stopAtDialog);
  if (stack.length === 0) document.removeEventListener('keydown', onKeyDown, true);
  applyInert();
  if (!wasTop) {
    // A dialog under another closed (its round ended, say): the one above it returns the focus to
    // where this one would have, not into a dialog that is gone.
    const above = stack[at];
    if (above && above.previous instanceof Node && dialog.contains(above.previous)) above.previous = entry.previous;
    return;
  }
  const top = stack.at(-1);
  if (usable(entry.previous) && (!top || top.dialog.contains(entry.previous))) entry.previous.focus();
  else if (top && !top.dialog.contains(document.activeElement)) (focusables(top.dialog)[0] ?? top.dialog).focus();
}

/** Makes the element in `ref` a modal dialog while `open` is true. */
export function useModal(ref: RefObject<HTMLElement | null>, isOpen: boolean, options: Options = {}): void {
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    const dialog = ref.current;
    if (!isOpen || !dialog) return;
    const entry: OpenDialog = {
      dialog,
      options: latest,
      previous: latest.current.returnFocus?.() ?? document.activeElement,
    };
    open(entry);
    return () => close(entry);
  }, [ref, isOpen]);
}
