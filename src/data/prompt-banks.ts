// The interviewer's question banks, typed. Their schema is checked in prompt-banks.test.ts.
import type { Prompt } from '../domain/interruption-scheduler.ts';
import type { StoryProbe } from '../domain/prompt-bank.ts';
import interruptionPrompts from './interruption-prompts.json';
import storyProbes from './story-probes.json';

export const INTERRUPTION_PROMPTS = interruptionPrompts.prompts as Prompt[];
export const STORY_PROBES = storyProbes.probes as StoryProbe[];
