// One story drill in progress: which stage, when the telling started, which probes fired. Time
// comes from Date.now() on the main thread (tests' fake clocks reach it); rules from the domain.
import { create } from 'zustand';
import { STORY_PROBES } from '../data/prompt-banks.ts';
import { DRILL_STAGES, overrunMs, pickProbes, probesDue, type Rating } from '../domain/story-drill.ts';
import { addDrill } from '../storage/stories-repo.ts';
import { write } from '../storage/storage-health.ts';

interface Telling {
  /** The drill record's id once saved (and the key of the telling's think-aloud recording). */
  id: string;
  startedAt: number;
  stoppedAt: number | null;
  probes: { text: string; atMs: number }[];
}

interface StoryDrillState {
  storyId: string | null;
  stageIndex: number;
  telling: Telling | null;
  now: number;
  /** Drills started in this session, to rotate probes between tellings. */
  drillCount: number;
  begin(storyId: string): void;
  start(): void;
  tick(): void;
  stop(): void;
  /** Saves the telling with its self-ratings and moves to the next stage. */
  save(structure: Rating | null, specificity: Rating | null): Promise<void>;
}

const clock = { now: () => Date.now() };

export const useStoryDrillStore = create<StoryDrillState>()((set, get) => ({
  storyId: null,
  stageIndex: 0,
  telling: null,
  now: clock.now(),
  drillCount: 0,

  begin(storyId) {
    set((s) => ({ storyId, stageIndex: 0, telling: null, now: clock.now(), drillCount: s.drillCount + 1 }));
  },

  start() {
    const now = clock.now();
    set({ telling: { id: crypto.randomUUID(), startedAt: now, stoppedAt: null, probes: [] }, now });
  },

  tick() {
    const { telling, stageIndex, drillCount } = get();
    const now = clock.now();
    if (!telling || telling.stoppedAt !== null) return set({ now });
    const stage = DRILL_STAGES[stageIndex]!;
    const due = probesDue(stage, now - telling.startedAt);
    if (due > telling.probes.length) {
      const texts = pickProbes(STORY_PROBES, due, drillCount * 2).map((p) => p.text);
      const probes = [...telling.probes];
      for (let i = telling.probes.length; i < due; i++)
        probes.push({ text: texts[i] ?? '', atMs: now - telling.startedAt });
      return set({ now, telling: { ...telling, probes } });
    }
    set({ now });
  },

  stop() {
    const { telling } = get();
    if (!telling || telling.stoppedAt !== null) return;
    const now = clock.now();
    set({ now, telling: { ...telling, stoppedAt: now } });
  },

  async save(structure, specificity) {
    const { telling, stageIndex, storyId } = get();
    if (!telling || telling.stoppedAt === null || !storyId) return;
    const stage = DRILL_STAGES[stageIndex]!;
    const durationMs = telling.stoppedAt - telling.startedAt;
    await write((db) =>
      addDrill(db, {
        id: telling.id,
        storyId,
        stage: stage.kind,
        startedAt: telling.startedAt,
        durationMs,
        limitMs: stage.limitMs,
        overrunMs: overrunMs(stage, durationMs),
        probes: telling.probes,
        structure,
        specificity,
      }),
    );
    set({ stageIndex: stageIndex + 1, telling: null });
  },
}));
