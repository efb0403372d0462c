// A whiteboard scene as data: its elements, the changes recorded while drawing, and the scene as it
// stood at any moment. Pure: nothing here knows Excalidraw's code, React or storage, and time comes
// in as an argument.
//
// Each element carries an `id` and a `version` that grows with every edit (Excalidraw's own model);
// a deletion is a new version with `isDeleted: true`. A recorded change is therefore just the
// elements whose version moved since the last one, and folding the changes in order, keeping the
// highest version of each id, gives the scene at any time.

/** The fields of an element the app reads; the rest travel along untouched. */
export interface BoardElement {
  id: string;
  type: string;
  version: number;
  versionNonce: number;
  isDeleted: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  angle?: number;
  strokeColor?: string;
  backgroundColor?: string;
  strokeWidth?: number;
  /** Lines, arrows and free drawing: points relative to (x, y). */
  points?: readonly (readonly [number, number])[];
  text?: string;
  fontSize?: number;
  [field: string]: unknown;
}

/** One recorded change: the elements that changed, as they were at `at`. */
export interface BoardChange {
  sessionId: string;
  at: number;
  elements: BoardElement[];
}

/** A number that changes whenever any element is added or edited (cheap: read on every pointer move). */
export function sceneVersion(elements: readonly Pick<BoardElement, 'version'>[]): number {
  let sum = elements.length;
  for (const e of elements) sum += e.version;
  return sum;
}

/** The elements whose version differs from `known` (id → version), i.e. what changed since. */
export function changedSince(known: ReadonlyMap<string, number>, elements: readonly BoardElement[]): BoardElement[] {
  return elements.filter((e) => known.get(e.id) !== e.version);
}

/** Each element id with the highest version seen, folding `changes` in order. */
export function foldChanges(changes: readonly Pick<BoardChange, 'elements'>[]): Map<string, BoardElement> {
  const scene = new Map<string, BoardElement>();
  for (const change of changes)
    for (const e of change.elements) {
      const had = scene.get(e.id);
      if (!had || had.version <= e.version) scene.set(e.id, e);
    }
  return scene;
}

/** The visible elements (deleted ones left out), in the order they were first drawn. */
export function visible(scene: ReadonlyMap<string, BoardElement>): BoardElement[] {
  return [...scene.values()].filter((e) => !e.isDeleted);
}

/** The board as it stood at `at`: every change recorded up to and including that moment. */
export function sceneAt(changes: readonly BoardChange[], at: number): BoardElement[] {
  return visible(foldChanges(changes.filter((c) => c.at <= at)));
}

/** Names people use for each kind of element. */
const KIND_NAMES: Record<string, [one: string, many: string]> = {
  rectangle: ['rectangle', 'rectangles'],
  ellipse: ['ellipse', 'ellipses'],
  diamond: ['diamond', 'diamonds'],
  arrow: ['arrow', 'arrows'],
  line: ['line', 'lines'],
  freedraw: ['drawing', 'drawings'],
  text: ['text', 'texts'],
  image: ['image', 'images'],
  frame: ['frame', 'frames'],
};

/**
 * The board in words, for people who cannot see the canvas (and for tests): "Empty board", or
 * "2 shapes: 1 rectangle, 1 arrow". Text bound to a shape counts as part of it.
 */
export function describeScene(elements: readonly BoardElement[]): string {
  const shown = elements.filter((e) => !e.isDeleted && !(e.type === 'text' && typeof e.containerId === 'string'));
  if (shown.length === 0) return 'Empty board';
  const counts = new Map<string, number>();
  for (const e of shown) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const parts = [...counts].map(([type, n]) => {
    const [one, many] = KIND_NAMES[type] ?? ['other shape', 'other shapes'];
    return `${n} ${n === 1 ? one : many}`;
  });
  return `${shown.length} ${shown.length === 1 ? 'shape' : 'shapes'}: ${parts.join(', ')}`;
}

/** The moments a board replay can show: the start (an empty board), then each recorded change. */
export function boardFrames(changes: readonly BoardChange[], startedAt: number): { at: number }[] {
  const times = [...new Set(changes.map((c) => c.at))].filter((at) => at >= startedAt).sort((a, b) => a - b);
  return [{ at: startedAt }, ...times.filter((at) => at > startedAt).map((at) => ({ at }))];
}

/** The file name of a board downloaded from a round started at `startedAt` (local time): `mockloop-board-2026-12-03-1405.svg`. */
export function boardFileName(startedAt: number, extension: 'svg' | 'png'): string {
  const d = new Date(startedAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `mockloop-board-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}.${extension}`;
}
