import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_RANDOM_BYTES,
  defaultServerUrl,
  formatPairCode,
  isRoomId,
  joinLink,
  newPairCode,
  normalizePairCode,
  parseJoinFragment,
  parseServerUrl,
  roomIdFor,
} from './pair-code.ts';

const bytes = fc.uint8Array({ minLength: CODE_RANDOM_BYTES, maxLength: CODE_RANDOM_BYTES });

describe('pair codes', () => {
  it('are four groups of four unambiguous characters that normalize back to themselves', () => {
    fc.assert(
      fc.property(bytes, (random) => {
        const code = newPairCode(random);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
        expect(formatPairCode(normalizePairCode(code)!)).toBe(code);
      }),
    );
  });

  it('accept what a person types: lower case, spaces, and O/I/L for 0/1', () => {
    expect(normalizePairCode(' abcd efgh-jkmn pqrs ')).toBe('ABCDEFGHJKMNPQRS');
    expect(normalizePairCode('oooo-iiii-llll-0000')).toBe('0000111111110000');
    expect(normalizePairCode('ABCD-EFGH-JKMN-PQR')).toBeNull(); // too short
    expect(normalizePairCode('ABCD-EFGH-JKMN-PQRU')).toBeNull(); // U is not in the alphabet
  });

  it('refuse too few random bytes rather than make a weak code', () => {
    expect(() => newPairCode(new Uint8Array(4))).toThrow(/16 random bytes/);
  });

  it('derive a room id from SHA-256 of the code, so different codes meet in different rooms', () => {
    // SHA-256("abc") starts ba7816bf8f01cfea414140de5dae2223: the hash is the standard one.
    expect(roomIdFor('abc')).toBe('ba7816bf8f01cfea414140de5dae2223');
    fc.assert(
      fc.property(bytes, bytes, (a, b) => {
        const [ca, cb] = [normalizePairCode(newPairCode(a))!, normalizePairCode(newPairCode(b))!];
        expect(isRoomId(roomIdFor(ca))).toBe(true);
        expect(roomIdFor(ca) === roomIdFor(cb)).toBe(ca === cb);
      }),
    );
    expect(isRoomId('../etc/passwd')).toBe(false);
  });
});

describe('server URLs and join links', () => {
  it('default to the page host on port 1234, wss on https', () => {
    expect(defaultServerUrl({ protocol: 'http:', hostname: '192.168.1.20' })).toBe('ws://192.168.1.20:1234');
    expect(defaultServerUrl({ protocol: 'https:', hostname: 'mock.example' })).toBe('wss://mock.example:1234');
    expect(defaultServerUrl({ protocol: 'http:', hostname: '::1' })).toBe('ws://[::1]:1234');
  });

  it('accept only ws/wss origins without paths, queries or credentials', () => {
    expect(parseServerUrl(' ws://127.0.0.1:4444/ ')).toBe('ws://127.0.0.1:4444');
    expect(parseServerUrl('wss://pair.example')).toBe('wss://pair.example');
    for (const bad of [
      'http://127.0.0.1:1234',
      'ws://u:p@host:1',
      'ws://host:1/room',
      'ws://host:1?x=1',
      'javascript:alert(1)',
      '',
    ]) {
      expect(parseServerUrl(bad)).toBeNull();
    }
  });

  it('carry the code and server in the fragment and read them back', () => {
    const code = normalizePairCode(newPairCode(new Uint8Array(CODE_RANDOM_BYTES).fill(7)))!;
    const details = { roomId: roomIdFor(code), code, serverUrl: 'ws://10.0.0.5:1234' };
    const link = joinLink('http://10.0.0.5:5173', details);
    const url = new URL(link);
    expect(url.pathname).toBe('/pair');
    expect(url.search).toBe('');
    expect(parseJoinFragment(url.hash)).toEqual(details);
    // A typed code (no room in the fragment) joins the code's own room; a malformed room is refused.
    expect(parseJoinFragment(`#code=${code}&server=ws://h:1`)).toEqual({
      roomId: roomIdFor(code),
      code,
      serverUrl: 'ws://h:1',
    });
    expect(parseJoinFragment(`#room=../x&code=${code}&server=ws://h:1`)).toBeNull();
    expect(parseJoinFragment('#code=short&server=ws://h:1')).toBeNull();
    expect(parseJoinFragment(`#code=${code}&server=http://h:1`)).toBeNull();
  });
});
