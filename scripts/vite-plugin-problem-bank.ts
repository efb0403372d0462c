// Serves the validated problem bank to the app as virtual modules: a small index for lists, and one
// lazily loaded module per problem (statement, cases, reference solution). A malformed problem stops
// the build (and the dev server's page) with the file and field named.
//
// A problem's module carries its cases packed (src/domain/packed-values.ts: 100,000 generated numbers
// in a few hundred kB less) and unpacks them when it loads: the app gets exactly what tests.json says.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { pack } from '../src/domain/packed-values.ts';
import type { Problem } from '../src/domain/problem-schema.ts';
import { loadBank, loadBankOrThrow, PROBLEMS_DIR, type BankProblem } from './lib/load-bank.ts';

const INDEX_ID = 'virtual:problem-bank';
const PROBLEM_PREFIX = 'virtual:problem/';
const UNPACK = fileURLToPath(new URL('../src/domain/packed-values.ts', import.meta.url));

/** What the lists need; the heavy parts load per problem. */
function summary(p: BankProblem) {
  return {
    id: p.id,
    title: p.title,
    family: p.family,
    difficulty: p.difficulty,
    category: p.category,
    tags: p.tags,
    ...(p.leetcode ? { leetcode: p.leetcode } : {}),
    ...(p.group ? { group: p.group } : {}),
  };
}

export function runtime(p: BankProblem): Problem {
  // wrong/ and slow/ solutions are for CI only and never ship; the statement ships as HTML only.
  const { wrong: _wrong, slow: _slow, statement: _statement, ...rest } = p;
  return rest;
}

/** What a problem's module carries: the problem as JSON text, its large lists packed. */
export function packedProblemJson(p: BankProblem): string {
  return JSON.stringify(pack(runtime(p)));
}

/** Bundlers print only an error's first line: list every fault on stderr and in that line. */
function loadForBuild(): BankProblem[] {
  try {
    return loadBankOrThrow();
  } catch (err) {
    const message = (err as Error).message;
    console.error(`\n${message}\n`);
    throw new Error(
      message
        .split('\n')
        .map((l) => l.trim())
        .join(' '),
      { cause: err },
    );
  }
}

export function problemBank(): Plugin {
  let cache: BankProblem[] | null = null;
  const bank = () => (cache ??= loadForBuild());
  return {
    name: 'mockloop-problem-bank',
    resolveId(id) {
      if (id === INDEX_ID || id.startsWith(PROBLEM_PREFIX)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${INDEX_ID}`) {
        const problems = bank();
        for (const f of loadBank().files) this.addWatchFile(f);
        const loaders = problems
          .map((p) => `  ${JSON.stringify(p.id)}: () => import(${JSON.stringify(PROBLEM_PREFIX + p.id)})`)
          .join(',\n');
        return [
          `export const problems = ${JSON.stringify(problems.map(summary))};`,
          `const loaders = {\n${loaders}\n};`,
          'export function loadProblem(id) {',
          '  const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;',
          '  return load ? load().then((m) => m.default) : Promise.resolve(undefined);',
          '}',
        ].join('\n');
      }
      if (id.startsWith(`\0${PROBLEM_PREFIX}`)) {
        const pid = id.slice(PROBLEM_PREFIX.length + 1);
        const p = bank().find((x) => x.id === pid);
        if (!p) throw new Error(`unknown problem ${pid}`);
        // JSON.parse of one string parses faster than the same object as a literal.
        return [
          `import { unpack } from ${JSON.stringify(UNPACK)};`,
          `export default unpack(JSON.parse(${JSON.stringify(packedProblemJson(p))}));`,
        ].join('\n');
      }
      return null;
    },
    configureServer(server) {
      server.watcher.add(PROBLEMS_DIR);
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(PROBLEMS_DIR)) return;
        cache = null;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith(`\0${INDEX_ID}`) || mod.id?.startsWith(`\0${PROBLEM_PREFIX}`))
            server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
