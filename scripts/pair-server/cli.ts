// `npm run pair-server -- [--host 0.0.0.0] [--port 1234] [--max-memory-mb 256] [--rooms-per-minute 30] [--stats-ms 0] [--redis URL]`:
// the paired-mock server alone. Loopback by default; bind to 0.0.0.0 (or a LAN address) for a
// partner on another machine. `--redis redis://host:6379` (or PAIR_REDIS) makes it one of several
// instances sharing rooms, seats, updates and awareness through that Redis. `--max-memory-mb` caps all rooms' documents together (idle rooms are
// dropped, oldest first); `--rooms-per-minute` is how many new mocks one address may open.
import { DEFAULT_PAIR_PORT } from '../../src/domain/pair-code.ts';
import { DEFAULT_LIMITS, startPairServer } from './server.ts';

/** `--name value` from the command line, else `fallback`. */
function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** A whole number in [min, max] from `--name`, or exits with a message. */
function whole(name: string, fallback: number, min: number, max: number): number {
  const raw = option(name, String(fallback));
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`pair-server: --${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    process.exit(2);
  }
  return n;
}

const MiB = 1024 * 1024;
const host = option('host', process.env.PAIR_HOST ?? '127.0.0.1');
const port = whole('port', Number(process.env.PAIR_PORT ?? DEFAULT_PAIR_PORT), 0, 65_535);
const maxTotalBytes = whole('max-memory-mb', DEFAULT_LIMITS.maxTotalBytes / MiB, 16, 1_048_576) * MiB;
const roomsPerAddressPerMinute = whole('rooms-per-minute', DEFAULT_LIMITS.roomsPerAddressPerMinute, 1, 1_000_000);
const redis = option('redis', process.env.PAIR_REDIS ?? '') || undefined;
if (redis && !/^rediss?:\/\/[^\s]+$/.test(redis)) {
  console.error(`pair-server: --redis must be a redis:// or rediss:// URL, got "${redis}"`);
  process.exit(2);
}
const server = await startPairServer({ host, port, limits: { maxTotalBytes, roomsPerAddressPerMinute }, redis }).catch(
  (e: Error) => {
    console.error(`pair-server: could not start${redis ? ` (Redis at ${redis})` : ''}: ${e.message}`);
    process.exit(1);
  },
);
// `--stats-ms N`: a line of counts (rooms, sockets, counted bytes, drops, refusals) every N ms.
const statsMs = whole('stats-ms', 0, 0, 3_600_000);
if (statsMs > 0) setInterval(() => console.log(`stats ${JSON.stringify(server.stats())}`), statsMs).unref();
console.log(
  `Mockloop pairing server on ws://${host}:${server.port} (health check: http://${host}:${server.port}/)${redis ? ', sharing rooms through Redis' : ''}`,
);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
