// `npm run pair-server -- [--host 0.0.0.0] [--port 1234]`: the paired-mock server alone. Loopback
// by default; bind to 0.0.0.0 (or a LAN address) for a partner on another machine.
import { DEFAULT_PAIR_PORT } from '../../src/domain/pair-code.ts';
import { startPairServer } from './server.ts';

/** `--name value` from the command line, else `fallback`. */
function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const host = option('host', process.env.PAIR_HOST ?? '127.0.0.1');
const port = Number(option('port', process.env.PAIR_PORT ?? String(DEFAULT_PAIR_PORT)));
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`pair-server: --port must be a port number, got "${port}"`);
  process.exit(2);
}
const server = await startPairServer({ host, port });
console.log(`Mockloop pairing server on ws://${host}:${server.port} (health check: http://${host}:${server.port}/)`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
