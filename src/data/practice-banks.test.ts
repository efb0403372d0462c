import { readFileSync } from 'node:fs';
import { designPromptTitles, questionTopics } from 'virtual:practice-index';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { practiceIndexModule } from '../../scripts/vite-plugin-practice-index.ts';
import { DESIGN_PROMPTS } from './design-bank.ts';
import { FUNDAMENTALS_QUESTIONS } from './fundamentals-bank.ts';
import { BankUnavailableError, loadBank, loadedBank, setBankImporter, type PracticeBanks } from './practice-banks.ts';

const real = {
  fundamentals: () => import('./fundamentals-bank.ts'),
  behavioral: () => import('./behavioral-bank.ts'),
};
afterEach(() => {
  setBankImporter('fundamentals', real.fundamentals);
  setBankImporter('behavioral', real.behavioral);
});

/** What a dynamic import does offline when the chunk was never cached. */
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/bank-x.js'));

describe('loadBank', () => {
  it('loads a bank once: callers at the same time share the download, later ones get it at once', async () => {
    const importer = vi.fn(real.fundamentals);
    setBankImporter('fundamentals', importer);
    expect(loadedBank('fundamentals')).toBeUndefined();
    const [a, b] = await Promise.all([loadBank('fundamentals'), loadBank('fundamentals')]);
    expect(a).toBe(b);
    expect(await loadBank('fundamentals')).toBe(a);
    expect(loadedBank('fundamentals')).toBe(a);
    expect(importer).toHaveBeenCalledTimes(1);
    expect(a.FUNDAMENTALS_QUESTIONS.length).toBeGreaterThan(100);
  });

  it('says in words why a bank is missing, and tries again on the next call (back online)', async () => {
    const importer = vi.fn<() => Promise<PracticeBanks['behavioral']>>(offline);
    setBankImporter('behavioral', importer);
    const failure = await loadBank('behavioral').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(BankUnavailableError);
    expect((failure as Error).message).toBe(
      'The behavioral questions are not on this device yet: they download the first time a round needs them. Connect to the internet and try again.',
    );
    expect(((failure as Error).cause as Error).message).toMatch(/Failed to fetch/);
    expect(loadedBank('behavioral')).toBeUndefined();
    importer.mockImplementation(real.behavioral);
    const bank = await loadBank('behavioral');
    expect(bank.BEHAVIORAL_QUESTIONS.length).toBeGreaterThan(10);
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it('a failure that is not a download error is reported the same way, without leaving a pending load', async () => {
    setBankImporter('behavioral', () => Promise.reject(new Error('boom')));
    await expect(Promise.all([loadBank('behavioral'), loadBank('behavioral')])).rejects.toBeInstanceOf(
      BankUnavailableError,
    );
    setBankImporter('behavioral', real.behavioral);
    await expect(loadBank('behavioral')).resolves.toHaveProperty('BEHAVIORAL_QUESTIONS');
  });
});

describe('virtual:practice-index', () => {
  it('holds every fundamentals question’s topic and every design prompt’s title, as the banks do', () => {
    expect(questionTopics).toEqual(Object.fromEntries(FUNDAMENTALS_QUESTIONS.map((q) => [q.id, q.topic])));
    expect(designPromptTitles).toEqual(DESIGN_PROMPTS.map((p) => ({ id: p.id, title: p.title })));
  });

  it('is a small module: the question and answer texts stay in the banks', () => {
    const read = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
    const text = practiceIndexModule(read('fundamentals.json'), read('design-prompts.json'));
    expect(text.length).toBeLessThan(15_000);
    expect(text).not.toContain(FUNDAMENTALS_QUESTIONS[0]!.model_answer.slice(0, 40));
    expect(text).not.toContain(DESIGN_PROMPTS[0]!.brief.slice(0, 40));
  });

  it('a malformed bank stops the build with the parser’s error', () => {
    expect(() => practiceIndexModule('{"questions": [', '{"prompts": []}')).toThrow(SyntaxError);
  });
});
