import { describe, expect, it } from 'vitest';
import { clockTone } from './clock-tone.ts';

const MIN = 60_000;

describe('clockTone', () => {
  it('turns orange at 10 minutes left and red at 5 in a 45-minute round', () => {
    expect(clockTone(45 * MIN, 45 * MIN)).toBe('');
    expect(clockTone(10 * MIN + 1, 45 * MIN)).toBe('');
    expect(clockTone(10 * MIN, 45 * MIN)).toBe('warn');
    expect(clockTone(5 * MIN, 45 * MIN)).toBe('danger');
    expect(clockTone(0, 45 * MIN)).toBe('danger');
  });
  it('is not orange from the start of a round shorter than 10 minutes', () => {
    expect(clockTone(7 * MIN, 7 * MIN)).toBe('');
    expect(clockTone(6 * MIN, 7 * MIN)).toBe('');
    expect(clockTone(5 * MIN, 7 * MIN)).toBe('danger');
    expect(clockTone(10 * MIN, 10 * MIN)).toBe('');
    expect(clockTone(3 * MIN, 3 * MIN)).toBe('');
  });
});
