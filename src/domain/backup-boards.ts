// The whiteboards in a backup file: the `boardChanges` array, one recorded change per item (as the
// boardChanges table holds them), checked board by board before anything is written. Pure.
//
// A board is every change of one session (or round). The element rules are board-schema.ts's,
// the same ones a scene from the other browser of a paired mock passes. The file is refused
// only when the array itself is not what Mockloop writes (not an array, an item that is not an
// object or names no board, more changes than any file of ours holds); a board that breaks the
// rules (a malformed or image element, too many changes, too many bytes, or no session or round
// of that id in the file) is skipped whole and counted, and everything else imports.
import { BackupProblem, describeFound, isRecord } from './backup-fields.ts';
import type { BoardChange } from './board-scene.ts';
import { parseBoardChanges } from './board-schema.ts';
import { formatSchemaError } from './schema-issues.ts';

/**
 * Changes of one board. Drawing is saved at most once a second, so a 60-minute round of
 * continuous drawing makes 3 600; five times that is still a board, more is a flood.
 */
export const MAX_BOARD_CHANGES = 20_000;
/** The JSON of one board's changes. A 60-minute design stores well under 2 MB. */
export const MAX_BOARD_BYTES = 16 * 1024 * 1024;
/** Changes in one file, across all boards: more refuses the file. */
export const MAX_FILE_BOARD_CHANGES = 500_000;
const MAX_BOARD_ID_CHARS = 200;

/**
 * The board ids a file's sessions and rounds may own: a design session's board is keyed by the
 * session's id, a coding round's Sketch by `sketch:` and the round's id (storage-keys.ts's
 * sketchBoardId; a test in storage/backup-boards.test.ts holds the two together).
 */
export function boardOwners(sessionIds: readonly string[], roundIds: readonly string[]): Set<string> {
  return new Set([...sessionIds, ...roundIds.map((id) => `sketch:${id}`)]);
}

/** A board left out of an import, and why. */
export interface BoardSkip {
  sessionId: string;
  changes: number;
  reason: string;
}

export interface BoardsCheck {
  /** The changes of every accepted board, in file order, as checked (unknown keys of a change dropped). */
  changes: BoardChange[];
  skipped: BoardSkip[];
}

/**
 * Checks the `boardChanges` array of a backup file. `owners` are the board ids the file's sessions
 * and rounds own (boardOwners): a board of any other id is skipped. Absent (an older file): no boards.
 * Throws a BackupProblem when the array itself is not one Mockloop writes.
 */
export function checkBackupBoards(raw: unknown, owners: ReadonlySet<string>): BoardsCheck {
  if (raw === undefined) return { changes: [], skipped: [] };
  if (!Array.isArray(raw)) throw new BackupProblem(`boardChanges: expected an array, found ${describeFound(raw)}`);
  if (raw.length > MAX_FILE_BOARD_CHANGES)
    throw new BackupProblem(
      `boardChanges: ${raw.length} changes; a file holds at most ${MAX_FILE_BOARD_CHANGES.toLocaleString('en-US')}`,
    );
  // A Map, not an object: a board id such as "__proto__" is just a key.
  const boards = new Map<string, number[]>();
  raw.forEach((item: unknown, i) => {
    if (!isRecord(item))
      throw new BackupProblem(`boardChanges[${i}]: expected an object, found ${describeFound(item)}`);
    const id = item.sessionId;
    if (typeof id !== 'string' || id === '' || id.length > MAX_BOARD_ID_CHARS)
      throw new BackupProblem(
        `boardChanges[${i}].sessionId: expected the id of a session or round, found ${describeFound(id)}`,
      );
    const at = boards.get(id);
    if (at) at.push(i);
    else boards.set(id, [i]);
  });

  const accepted = new Map<number, BoardChange>();
  const skipped: BoardSkip[] = [];
  for (const [sessionId, indices] of boards) {
    const reason = boardFault(raw, sessionId, indices, owners, accepted);
    if (reason !== null) skipped.push({ sessionId, changes: indices.length, reason });
  }
  const changes = [...accepted].sort(([a], [b]) => a - b).map(([, change]) => change);
  return { changes, skipped };
}

/** Why the board of `sessionId` is refused, or null after adding its checked changes to `accepted`. */
function boardFault(
  raw: readonly unknown[],
  sessionId: string,
  indices: readonly number[],
  owners: ReadonlySet<string>,
  accepted: Map<number, BoardChange>,
): string | null {
  if (!owners.has(sessionId)) return 'no design round or coding round of this board is in the file';
  if (indices.length > MAX_BOARD_CHANGES)
    return `${indices.length.toLocaleString('en-US')} changes; a board holds at most ${MAX_BOARD_CHANGES.toLocaleString('en-US')}`;
  let bytes = 0;
  for (const i of indices) {
    bytes += JSON.stringify(raw[i]).length;
    if (bytes > MAX_BOARD_BYTES) return `over ${MAX_BOARD_BYTES / (1024 * 1024)} MB of drawing`;
  }
  const checked: [number, BoardChange][] = [];
  for (const i of indices) {
    const parsed = parseBoardChanges([raw[i]], `boardChanges[${i}]`);
    if (!parsed.ok) {
      const [first] = parsed.errors;
      return first
        ? formatSchemaError({ ...first, field: first.field.replace(/^\[0\]\.?/, '') || '(change)' })
        : 'malformed';
    }
    checked.push([i, parsed.value[0]!]);
  }
  for (const [i, change] of checked) accepted.set(i, change);
  return null;
}

/** "1 board skipped (3 changes): …" lines for an import's message. */
export function describeBoardSkips(skipped: readonly BoardSkip[]): string {
  return skipped
    .map(
      (s) =>
        `board of ${JSON.stringify(s.sessionId.slice(0, 40))} (${s.changes} ${s.changes === 1 ? 'change' : 'changes'}): ${s.reason}`,
    )
    .join('; ');
}
