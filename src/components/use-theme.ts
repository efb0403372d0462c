// The colour theme in force: the Theme setting, or the system's when it is "System". Applied as
// data-theme on <html> (the CSS tokens switch on it); Monaco and the charts read it too.
import { useSyncExternalStore } from 'react';
import { useSettingsStore, type ThemeChoice } from '../stores/settings-store.ts';

export type Theme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): Theme {
  return choice === 'system' ? (prefersDark ? 'dark' : 'light') : choice;
}

function subscribeSystem(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The theme in force, re-rendering when the setting or the system's preference changes. */
export function useTheme(): Theme {
  const choice = useSettingsStore((s) => s.theme);
  const prefersDark = useSyncExternalStore(subscribeSystem, systemDark, () => false);
  return resolveTheme(choice, prefersDark);
}

/** Sets data-theme on <html>; called at start-up (before the first paint) and on every change. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

/** Applies the stored choice once, synchronously, so the first paint is already in the right theme. */
export function applyStoredTheme(): void {
  applyTheme(resolveTheme(useSettingsStore.getState().theme, systemDark()));
}

/** Reads a colour token (a CSS custom property) as the page currently resolves it. */
export function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/** Whether the window is phone-narrow (the width at which the styles switch to one column). */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribeNarrow, isNarrow, () => false);
}
const NARROW_QUERY = '(max-width: 760px)';
function isNarrow(): boolean {
  return typeof matchMedia === 'function' && matchMedia(NARROW_QUERY).matches;
}
function subscribeNarrow(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
