// `npm run test:pair-load`: fuzz and load, bounded and on loopback. The real server (cli.ts, its
// own process) takes every attack of attack.ts at once (another process) while a legitimate pair
// keeps editing. The server must stay up, the pair's edits must arrive with p95 latency under
// 100 ms, and the counted memory must stay under the cap given on the command line. It runs on its
// own after the unit tests (`npm test`), so other test files do not share its two cores.
// It runs twice: one instance alone, then two instances behind one Redis (a redis-server on
// loopback, started and stopped here) with the candidate on the attacked instance and the
// interviewer on the other, so every edit crosses Redis while the attack goes on.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { roomIdFor } from '../../src/domain/pair-code.ts';
import type { AttackReport } from './attack.ts';
import { freshCode, peerId } from './hostile-client.ts';
import { NO_REDIS_MESSAGE, redisAvailable, startRedis, type RedisProcess } from './redis-process.ts';
import type { PairServerStats } from './server.ts';

const CAP_MB = 16;
const MAX_RSS_GROWTH_MB = 160;
const MiB = 1024 * 1024;
let server!: ChildProcess;
let port = 0;
/** With Redis: the second instance, where the interviewer sits. */
let other: ChildProcess | null = null;
let otherPort = 0;
const stats: PairServerStats[] = [];
const rss: number[] = [];

const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

/** Starts one instance (behind `redis` if given); `onStats` receives its stats lines. */
async function spawnServer(
  redis: string | undefined,
  onStats?: (s: PairServerStats) => void,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/pair-server/cli.ts',
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--max-memory-mb',
      String(CAP_MB),
      '--rooms-per-minute',
      '100000',
      '--stats-ms',
      '50',
      ...(redis ? ['--redis', redis] : []),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    lines.on('line', (line) => {
      const m = /on ws:\/\/127\.0\.0\.1:(\d+)/.exec(line);
      if (m) resolve(Number(m[1]));
      if (line.startsWith('stats ')) onStats?.(JSON.parse(line.slice(6)) as PairServerStats);
    });
    child.once('exit', (code) => reject(new Error(`pair server exited (${code})`)));
  });
  return { child, port };
}

async function startServer(redis?: string): Promise<void> {
  ({ child: server, port } = await spawnServer(redis, (s) => stats.push(s)));
  if (redis) ({ child: other, port: otherPort } = await spawnServer(redis));
  else other = null;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function check(): Promise<void> {
  let exited = false;
  server.once('exit', () => {
    exited = true;
  });
  const code = freshCode();
  // With two instances the interviewer is on the one not under attack: every edit crosses Redis.
  const open = (role: string) => {
    const p = new WebsocketProvider(
      `ws://127.0.0.1:${role === 'interviewer' && other ? otherPort : port}`,
      roomIdFor(code),
      new Y.Doc(),
      {
        params: { code, peer: peerId(), role },
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      },
    );
    p.awareness.setLocalStateField('role', role);
    return p;
  };
  const candidate = open('candidate');
  await new Promise<void>((r) => candidate.once('sync', () => r()));
  const interviewer = open('interviewer');
  await new Promise<void>((r) => interviewer.once('sync', () => r()));
  let drops = 0;
  const dropCodes: string[] = [];
  for (const p of [candidate, interviewer]) {
    p.on('status', ({ status }) => (status === 'disconnected' ? drops++ : undefined));
    p.on('connection-close', (e) =>
      dropCodes.push(`${p === candidate ? 'candidate' : 'interviewer'} ${e?.code ?? 'local'} ${e?.reason ?? ''}`),
    );
  }
  const baseline = rssOf(server.pid!);
  const sampler = setInterval(() => rss.push(rssOf(server.pid!)), 50);

  const attacker = spawn(process.execPath, ['--import', 'tsx', 'scripts/pair-server/attack.ts', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const attackDone = new Promise<AttackReport>((resolve) => {
    let out = '';
    attacker.stdout!.on('data', (d) => (out += d));
    attacker.once('exit', () => resolve(JSON.parse(out.trim().split('\n').at(-1)!) as AttackReport));
  });

  // The candidate types a marker every 25 ms; the interviewer notes when each one arrives.
  const text = candidate.doc.getText('code:p');
  const seen = interviewer.doc.getText('code:p');
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  seen.observe(() => {
    const now = performance.now();
    for (const m of seen.toString().matchAll(/<(\d+)>/g)) {
      const n = Number(m[1]);
      const t = sentAt.get(n);
      if (t !== undefined) {
        latencies.push(now - t);
        sentAt.delete(n);
      }
    }
  });
  let n = 0;
  let attackOver = false;
  void attackDone.then(() => (attackOver = true));
  while (!attackOver || n < 200) {
    sentAt.set(n, performance.now());
    text.insert(text.length, `<${n}>`);
    n += 1;
    await new Promise((r) => setTimeout(r, 25));
    if (n > 4_000) break;
  }
  const report = await attackDone;
  await new Promise((r) => setTimeout(r, 300));
  clearInterval(sampler);

  const health = await fetch(`http://127.0.0.1:${port}/`);
  const peakCounted = Math.max(...stats.map((s) => s.bytes));
  const last = stats.at(-1)!;
  const figures = {
    instances: other ? 2 : 1,
    attack: report,
    edits: n,
    arrived: latencies.length,
    p50Ms: Math.round(percentile(latencies, 50)),
    p95Ms: Math.round(percentile(latencies, 95)),
    maxMs: Math.round(Math.max(...latencies)),
    peakCountedMiB: +(peakCounted / MiB).toFixed(1),
    serverLoopP99MsWorst: Math.max(...stats.map((s) => s.loopDelayP99Ms)),
    capMiB: CAP_MB,
    rooms: last.rooms,
    droppedRooms: last.droppedRooms,
    refusedSockets: last.refusedSockets,
    rssBaselineMiB: Math.round(baseline / MiB),
    rssPeakMiB: Math.round(Math.max(...rss) / MiB),
    pairDrops: drops,
    dropCodes,
  };
  console.log(`pair-server fuzz/load: ${JSON.stringify(figures)}`);
  const dropsDuring = drops;
  candidate.destroy();
  interviewer.destroy();

  assert.equal(exited, false, 'the server process stayed up');
  if (other) assert.equal(other.exitCode, null, 'the other instance stayed up');
  assert.equal(health.status, 200, 'GET / answers 200');
  assert.equal(dropsDuring, 0, 'the legitimate pair was never disconnected');
  assert.equal(latencies.length, n, 'every edit arrived');
  assert.ok(figures.p95Ms < 100, `p95 edit latency under 100 ms (was ${figures.p95Ms})`);
  assert.ok(peakCounted <= CAP_MB * MiB, 'counted memory stayed under the cap');
  // Real memory stays bounded too: 56 MB of attack traffic and 364 rooms grow the process by about
  // 80 MiB (the documents under the cap, V8's heap headroom, garbage not yet collected), not by
  // what was sent; the bound is a generous multiple of that.
  assert.ok(
    Math.max(...rss) - baseline < MAX_RSS_GROWTH_MB * MiB,
    `the process grew by less than ${MAX_RSS_GROWTH_MB} MiB`,
  );
  assert.ok(report.rooms > 300, 'the attack opened over 300 rooms');
  assert.ok(last.droppedRooms > 0, 'idle rooms were dropped to stay under the cap');
}

// A machine busy with other work can stall any process for a moment: a failed run is tried once
// more on a fresh server, and both runs' figures are printed.
async function run(redis?: string): Promise<unknown> {
  let failure: unknown = null;
  for (let attempt = 1; attempt <= 2; attempt++) {
    stats.length = 0;
    rss.length = 0;
    await startServer(redis);
    try {
      await check();
      failure = null;
    } catch (e) {
      failure = e;
      console.error(`attempt ${attempt}${redis ? ' (two instances behind Redis)' : ''}:`, e);
    } finally {
      server.kill('SIGTERM');
      other?.kill('SIGTERM');
    }
    if (!failure) break;
  }
  return failure;
}

const failures: unknown[] = [await run()];
// CI runs the two-instance pass (.ci/run installs redis-server); elsewhere a missing one is said.
if (redisAvailable() || process.env.CI) {
  let redis: RedisProcess | null = null;
  try {
    redis = await startRedis();
    failures.push(await run(redis.url));
  } catch (e) {
    failures.push(e);
    console.error(e);
  } finally {
    await redis?.stop();
  }
} else {
  console.warn(`pair-server fuzz/load: skipped the two-instance pass: ${NO_REDIS_MESSAGE}`);
}
const failed = failures.filter((f) => f !== null).length;
console.log(`pair-server fuzz/load: ${failures.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
