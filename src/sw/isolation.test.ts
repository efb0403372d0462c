// The service worker's headers on what it serves from the cache: added where the host did not send
// them, and the cached response itself passed on where it did (the browser keeps the code it compiled
// from a cached file, Pyodide's 9.6 MB wasm among them, only for that response, not for a copy).
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hasAppHeaders, ISOLATION_HEADERS, withAppHeaders } from './isolation.ts';

const served = (): Record<string, string> => ({
  ...ISOLATION_HEADERS,
  'Content-Security-Policy': contentSecurityPolicy(),
});

describe('withAppHeaders', () => {
  it('passes on a response that already carries the isolation headers and a policy, untouched', () => {
    const response = new Response('wasm bytes', { headers: { 'Content-Type': 'application/wasm', ...served() } });
    expect(withAppHeaders(response)).toBe(response);
  });

  it('adds what a host without headers left out, keeping body, status and the other headers', async () => {
    const response = new Response('<p>app</p>', { status: 200, headers: { 'Content-Type': 'text/html' } });
    const out = withAppHeaders(response);
    expect(out).not.toBe(response);
    expect(hasAppHeaders(out.headers)).toBe(true);
    expect(out.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy());
    expect(out.headers.get('Content-Type')).toBe('text/html');
    expect(await out.text()).toBe('<p>app</p>');
  });

  it('never passes on a response with weaker or forged values: each header must be exactly the app’s', () => {
    const forged: Record<string, string>[] = [
      { ...served(), 'Cross-Origin-Embedder-Policy': 'unsafe-none' },
      { ...served(), 'Cross-Origin-Opener-Policy': 'unsafe-none' },
      { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
    ];
    for (const headers of forged) {
      const response = new Response('x', { headers });
      const out = withAppHeaders(response);
      expect(out).not.toBe(response);
      expect(out.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
      expect(out.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
      expect(out.headers.has('Content-Security-Policy')).toBe(true);
    }
  });
});
