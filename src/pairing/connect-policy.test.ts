// The page's narrowing to one pairing server: what the meta policy says, once, and what it refuses.
import { describe, expect, it } from 'vitest';
import { connectPolicy, mayReach, reachOnly, serverOrigin } from './connect-policy.ts';

function fakeDocument() {
  const added: { httpEquiv?: string; content?: string }[] = [];
  const doc = {
    createElement: () => ({}),
    head: { prepend: (meta: { httpEquiv?: string; content?: string }) => added.push(meta) },
  };
  return { doc: doc as unknown as Document, added };
}

describe('connect policy', () => {
  it('names the server by origin only (no path, no credentials), and nothing that is not a pairing server', () => {
    expect(serverOrigin('ws://192.168.1.20:1234')).toBe('ws://192.168.1.20:1234');
    expect(serverOrigin('wss://pair.example.org')).toBe('wss://pair.example.org');
    expect(serverOrigin('https://pair.example.org')).toBeNull();
    expect(serverOrigin('ws://a.example; connect-src *')).toBeNull();
    expect(connectPolicy('ws://127.0.0.1:1234')).toBe("connect-src 'self' ws://127.0.0.1:1234");
  });

  it('narrows the page once, to the first server, and refuses any other after that', () => {
    const { doc, added } = fakeDocument();
    expect(mayReach('ws://127.0.0.1:1234')).toBe(true);
    expect(reachOnly('not a server', doc)).toBe(false);
    expect(added).toHaveLength(0);
    expect(reachOnly('ws://127.0.0.1:1234', doc)).toBe(true);
    expect(added).toEqual([
      { httpEquiv: 'Content-Security-Policy', content: "connect-src 'self' ws://127.0.0.1:1234" },
    ]);
    expect(reachOnly('ws://127.0.0.1:1234', doc)).toBe(true);
    expect(mayReach('ws://127.0.0.1:1234')).toBe(true);
    expect(reachOnly('ws://127.0.0.1:4321', doc)).toBe(false);
    expect(mayReach('ws://localhost:1234')).toBe(false);
    expect(added).toHaveLength(1);
  });
});
