// What the plan page and the practice setup form need of the practice banks, as a small virtual
// module (8 kB): each fundamentals question's topic and each design prompt's title. The banks
// themselves (320 kB) load on demand (src/data/practice-banks.ts), so these pages neither wait for
// them nor need them offline.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ID = 'virtual:practice-index';
const FUNDAMENTALS = fileURLToPath(new URL('../src/data/fundamentals.json', import.meta.url));
const DESIGN = fileURLToPath(new URL('../src/data/design-prompts.json', import.meta.url));

/** The module's text, from the two banks' JSON. */
export function practiceIndexModule(fundamentals: string, design: string): string {
  const questions = (JSON.parse(fundamentals) as { questions: { id: string; topic: string }[] }).questions;
  const prompts = (JSON.parse(design) as { prompts: { id: string; title: string }[] }).prompts;
  return [
    `export const questionTopics = ${JSON.stringify(Object.fromEntries(questions.map((q) => [q.id, q.topic])))};`,
    `export const designPromptTitles = ${JSON.stringify(prompts.map((p) => ({ id: p.id, title: p.title })))};`,
  ].join('\n');
}

export function practiceIndex(): Plugin {
  return {
    name: 'mockloop-practice-index',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      this.addWatchFile(FUNDAMENTALS);
      this.addWatchFile(DESIGN);
      return practiceIndexModule(readFileSync(FUNDAMENTALS, 'utf8'), readFileSync(DESIGN, 'utf8'));
    },
  };
}
