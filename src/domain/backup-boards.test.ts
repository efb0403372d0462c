// Hostile boards in a backup file first: a malformed, oversized, flooding or forged board is
// skipped whole and counted (or the file refused when the array itself is not ours), and nothing
// else of the file is lost.
import { describe, expect, it } from 'vitest';
import {
  MAX_BOARD_BYTES,
  MAX_BOARD_CHANGES,
  MAX_FILE_BOARD_CHANGES,
  checkBackupBoards,
  describeBoardSkips,
} from './backup-boards.ts';
import { BACKUP_FORMAT_VERSION, validateBackup } from './backup-format.ts';

const rect = (version = 1, extra: Record<string, unknown> = {}) => ({
  id: 'rect-1',
  type: 'rectangle',
  version,
  versionNonce: 7,
  isDeleted: false,
  x: 10,
  y: 20,
  width: 100,
  height: 50,
  ...extra,
});
const change = (sessionId: string, at: number, elements: unknown[] = [rect()]) => ({ sessionId, at, elements });

const owners = new Set(['s1', 's2']);

function file(boardChanges: unknown) {
  return {
    app: 'mockloop',
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: 10,
    rounds: [],
    events: [],
    drafts: [],
    stories: [],
    storyDrills: [],
    gaps: [],
    sessions: [
      {
        id: 's1',
        kind: 'design',
        startedAt: 0,
        durationMs: 60_000,
        promptId: 'p',
        promptTitle: 'Feed ranking',
        steps: [],
        numbers: {},
      },
    ],
    ...(boardChanges === undefined ? {} : { boardChanges }),
  };
}

describe('checkBackupBoards', () => {
  it('reads an older file without boards as no boards', () => {
    expect(checkBackupBoards(undefined, owners)).toEqual({ changes: [], skipped: [] });
    const result = validateBackup(file(undefined));
    expect(result.ok && result.backup.boardChanges).toBe(undefined);
    expect(result.ok && result.boardsSkipped).toBe(undefined);
  });

  it('keeps a sound board whole, in file order', () => {
    const changes = [change('s1', 5), change('s2', 6), change('s1', 7, [rect(2)])];
    expect(checkBackupBoards(changes, owners)).toEqual({ changes, skipped: [] });
  });

  it('refuses the file when the array is not one Mockloop writes', () => {
    expect(() => checkBackupBoards({ s1: [] }, owners)).toThrow('boardChanges: expected an array, found an object');
    expect(() => checkBackupBoards([change('s1', 1), 'x'], owners)).toThrow(
      'boardChanges[1]: expected an object, found a string',
    );
    expect(() => checkBackupBoards([{ at: 1, elements: [] }], owners)).toThrow(
      'boardChanges[0].sessionId: expected the id of a session or round, found nothing',
    );
    expect(() => checkBackupBoards([change('x'.repeat(201), 1)], owners)).toThrow('boardChanges[0].sessionId');
    expect(validateBackup(file('boards'))).toEqual({
      ok: false,
      error: 'boardChanges: expected an array, found a string',
    });
  });

  it('skips a board with a malformed change, naming the change and field, and keeps the others', () => {
    const bad = [change('s1', 1), change('s2', 2), change('s1', 3, [rect(2, { x: 'left' })])];
    const { changes, skipped } = checkBackupBoards(bad, owners);
    expect(changes).toEqual([bad[1]]);
    expect(skipped).toEqual([{ sessionId: 's1', changes: 2, reason: expect.stringContaining('boardChanges[2]') }]);
    expect(skipped[0]!.reason).toContain('elements[0].x');
  });

  it('skips a board carrying an image, an embed or a link, never passing it to a canvas', () => {
    for (const el of [
      rect(1, { type: 'image', fileId: 'f1' }),
      rect(1, { type: 'embeddable', link: 'https://example.com' }),
      rect(1, { link: 'javascript:alert(1)' }),
    ]) {
      const { changes, skipped } = checkBackupBoards([change('s1', 1, [el])], owners);
      expect(changes).toEqual([]);
      expect(skipped).toHaveLength(1);
    }
  });

  it('skips the board of a session or round that is not in the file (forged ids)', () => {
    const forged = [change('s1', 1), change('someone-else', 2), change('__proto__', 3), change('constructor', 4)];
    const { changes, skipped } = checkBackupBoards(forged, owners);
    expect(changes).toEqual([forged[0]]);
    expect(skipped.map((s) => s.sessionId)).toEqual(['someone-else', '__proto__', 'constructor']);
    expect(skipped[0]!.reason).toBe('no design round or coding round of this board is in the file');
    expect(({} as Record<string, unknown>).elements).toBe(undefined);
  });

  it('drops prototype-pollution keys from changes and elements; Object.prototype stays clean', () => {
    const text = `[{"sessionId":"s1","at":1,"__proto__":{"polluted":true},"elements":[{"id":"a","type":"rectangle","version":1,"versionNonce":1,"isDeleted":false,"x":0,"y":0,"width":1,"height":1,"__proto__":{"isDeleted":true},"constructor":{"prototype":{"polluted":true}}}]}]`;
    const { changes, skipped } = checkBackupBoards(JSON.parse(text), owners);
    expect(skipped).toEqual([]);
    const [only] = changes;
    expect(Object.getPrototypeOf(only)).toBe(Object.prototype);
    expect(Object.keys(only!)).toEqual(['sessionId', 'at', 'elements']);
    const el = only!.elements[0]!;
    expect(Object.getPrototypeOf(el)).toBe(Object.prototype);
    expect(Object.hasOwn(el, '__proto__')).toBe(false);
    expect(Object.hasOwn(el, 'constructor')).toBe(false);
    expect(el.isDeleted).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBe(undefined);
  });

  it('skips a board flooding changes past the cap, without checking each one', () => {
    const flood = Array.from({ length: MAX_BOARD_CHANGES + 1 }, (_, i) => change('s1', i, []));
    const { changes, skipped } = checkBackupBoards([...flood, change('s2', 1)], owners);
    expect(changes).toHaveLength(1);
    expect(skipped).toEqual([
      { sessionId: 's1', changes: MAX_BOARD_CHANGES + 1, reason: '20,001 changes; a board holds at most 20,000' },
    ]);
  });

  it('refuses a file with more changes than any file of ours holds', () => {
    const huge = new Array(MAX_FILE_BOARD_CHANGES + 1).fill(null);
    expect(() => checkBackupBoards(huge, owners)).toThrow(/500,000/);
  });

  it('skips a board over the byte cap', () => {
    const long = 'x'.repeat(15_000);
    const per = JSON.stringify(change('s1', 0, [rect(1, { text: long, type: 'text' })])).length;
    const n = Math.ceil(MAX_BOARD_BYTES / per) + 1;
    expect(n).toBeLessThan(MAX_BOARD_CHANGES);
    const big = Array.from({ length: n }, (_, i) => change('s1', i, [rect(i + 1, { text: long, type: 'text' })]));
    const { skipped } = checkBackupBoards(big, owners);
    expect(skipped).toEqual([{ sessionId: 's1', changes: n, reason: 'over 16 MB of drawing' }]);
  });

  it('skips a change with too many elements', () => {
    const many = Array.from({ length: 5001 }, (_, i) => rect(1, { id: `e${i}` }));
    expect(checkBackupBoards([change('s1', 1, many)], owners).skipped).toHaveLength(1);
  });

  it('a whole file: the sound parts import, the skipped board is reported', () => {
    const result = validateBackup(file([change('s1', 1), change('ghost', 2)]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.sessions).toHaveLength(1);
    expect(result.backup.boardChanges).toEqual([change('s1', 1)]);
    expect(describeBoardSkips(result.boardsSkipped ?? [])).toBe(
      'board of "ghost" (1 change): no design round or coding round of this board is in the file',
    );
  });
});
