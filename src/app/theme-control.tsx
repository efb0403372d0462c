import type { ThemeChoice } from '../stores/settings-store.ts';
import { useSettingsStore } from '../stores/settings-store.ts';

/** The header's Theme control: follow the system, or always light or dark (remembered). */
export function ThemeControl() {
  const theme = useSettingsStore((s) => s.theme);
  const setTheme = useSettingsStore((s) => s.setTheme);
  return (
    <label className="theme-control">
      <span>Theme</span>
      <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
