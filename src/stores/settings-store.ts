// User preferences that outlive a round, kept in localStorage.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface SettingsState {
  /** Hide difficulty labels, as in a real interview where nobody tells you. */
  hideDifficulty: boolean;
  setHideDifficulty(hide: boolean): void;
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      hideDifficulty: false,
      setHideDifficulty: (hideDifficulty) => set({ hideDifficulty }),
    }),
    { name: 'mockloop-settings', version: 1 },
  ),
);
