// `npm run build:pair-server`: the pairing server as one JavaScript file, `build/pair-server.mjs`,
// with ws, yjs and lib0 inside. Plain `node build/pair-server.mjs --host H --port P` runs it: no
// tsx, no node_modules (a machine that ran `npm ci --omit=dev`, or none at all, can host it).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const PAIR_SERVER_BUNDLE = fileURLToPath(new URL('../../build/pair-server.mjs', import.meta.url));

/** Bundles the CLI into `outfile` (by default build/pair-server.mjs). */
export async function buildPairServer(outfile = PAIR_SERVER_BUNDLE): Promise<string> {
  await build({
    entryPoints: [fileURLToPath(new URL('./cli.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // ws loads these native speed-ups only if they are installed; without them it uses plain JS.
    external: ['bufferutil', 'utf-8-validate'],
    // ws is CommonJS and requires Node's modules at run time, which an ES module bundle cannot do alone.
    banner: {
      js: "import { createRequire as __pairRequire } from 'node:module'; const require = __pairRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`Built ${await buildPairServer()}`);
}
