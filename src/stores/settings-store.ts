// User preferences that outlive a round, kept in localStorage.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { SETTINGS_KEY } from '../storage/storage-keys.ts';

/** The colour theme: follow the system setting, or always light or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark';

interface SettingsState {
  theme: ThemeChoice;
  setTheme(theme: ThemeChoice): void;
  /** Hide difficulty labels, as in a real interview where nobody tells you. */
  hideDifficulty: boolean;
  setHideDifficulty(hide: boolean): void;
  /** A short tone when the interviewer interrupts. */
  interruptionChime: boolean;
  /** Read interruptions aloud with a local voice, where the system has one. */
  speakQuestions: boolean;
  setCues(cues: { interruptionChime?: boolean; speakQuestions?: boolean }): void;
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      theme: 'system',
      setTheme: (theme) => set({ theme }),
      hideDifficulty: false,
      setHideDifficulty: (hideDifficulty) => set({ hideDifficulty }),
      interruptionChime: false,
      speakQuestions: false,
      setCues: (cues) => set(cues),
    }),
    { name: SETTINGS_KEY, version: 1 },
  ),
);
