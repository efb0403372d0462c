// The whiteboard of a paired mock as the other browser sends it. Each element is checked field by
// field against the fields Excalidraw draws (board-schema.ts's checks plus the style, text, arrow
// and free-drawing fields), and only those are kept, so nothing unknown reaches the canvas; sizes
// are capped per element and per board; and a peer's element replaces ours only by Excalidraw's
// own rule, within a bounded version step (a huge forged version cannot pin a shape). Pure.
import * as v from 'valibot';
import type { BoardElement } from './board-scene.ts';
import { elementSchema, MAX_ELEMENT_POINTS, MAX_TEXT_LENGTH } from './board-schema.ts';

/** Elements one shared board may hold: ten times a busy design, and within the byte cap below. */
export const MAX_SHARED_ELEMENTS = 2_000;
/** One element as JSON: a long free drawing is ~40 kB; a text at its cap ~40 kB. */
export const MAX_SHARED_ELEMENT_BYTES = 128 * 1024;
/** The whole shared board as JSON: far above a 60-minute design, far below the room's 8 MiB. */
export const MAX_SHARED_BOARD_BYTES = 2 * 1024 * 1024;
/**
 * How far a peer's version of an element may be ahead of ours (new elements: of 0). Excalidraw adds
 * one per edit (per pointer move while dragging), so a person stays far below it between two sends.
 */
export const MAX_VERSION_STEP = 10_000;

const { x: coordinate, version: counter } = elementSchema.entries;
const point = v.tuple([coordinate, coordinate]);
const nullable = <S extends v.GenericSchema>(schema: S) => v.optional(v.nullable(schema));
const bounded = (min: number, max: number) =>
  v.optional(v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max)));
const flag = v.optional(v.boolean());
/** An element id: Excalidraw's are 21 URL-safe characters; never a name objects already have ("__proto__"). */
const ref = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_-]{1,100}$/),
  v.check((id) => !(id in Object.prototype)),
);
const list = <S extends v.GenericSchema>(item: S, max: number) => v.pipe(v.array(item), v.maxLength(max));
/** Colours as Excalidraw's pickers write them: no url(), no CSS beyond a colour. */
const color = v.optional(v.pipe(v.string(), v.regex(/^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{1,30}|rgba?\([0-9.,% ]{1,40}\))$/)));
const ARROWHEADS = [
  'arrow',
  'bar',
  'dot',
  'circle',
  'circle_outline',
  'triangle',
  'triangle_outline',
  'diamond',
  'diamond_outline',
  'crowfoot_one',
  'crowfoot_many',
  'crowfoot_one_or_many',
] as const;
const binding = v.object({
  elementId: ref,
  focus: v.pipe(v.number(), v.finite()),
  gap: v.pipe(v.number(), v.finite()),
  fixedPoint: nullable(v.tuple([v.pipe(v.number(), v.finite()), v.pipe(v.number(), v.finite())])),
});

/** Every field a peer's element may carry to our canvas; any other is dropped (`v.object`). */
const peerElementSchema = v.object({
  ...elementSchema.entries,
  id: ref,
  strokeColor: color,
  backgroundColor: color,
  fillStyle: v.optional(v.picklist(['hachure', 'cross-hatch', 'solid', 'zigzag'])),
  strokeStyle: v.optional(v.picklist(['solid', 'dashed', 'dotted'])),
  roundness: nullable(v.object({ type: v.picklist([1, 2, 3]), value: bounded(0, 1e4) })),
  roughness: bounded(0, 10),
  opacity: bounded(0, 100),
  seed: v.optional(v.pipe(v.number(), v.integer())),
  // Fractional indices (Excalidraw's z-order) are base-62 keys.
  index: nullable(v.pipe(v.string(), v.regex(/^[0-9A-Za-z]{1,100}$/))),
  groupIds: v.optional(list(ref, 100)),
  frameId: nullable(ref),
  boundElements: nullable(list(v.object({ id: ref, type: v.picklist(['arrow', 'text']) }), 1_000)),
  updated: bounded(0, Number.MAX_SAFE_INTEGER),
  locked: flag,
  // Text
  fontFamily: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
  textAlign: v.optional(v.picklist(['left', 'center', 'right'])),
  verticalAlign: v.optional(v.picklist(['top', 'middle', 'bottom'])),
  containerId: nullable(ref),
  originalText: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH))),
  autoResize: flag,
  lineHeight: bounded(0.1, 10),
  // Lines and arrows
  lastCommittedPoint: nullable(point),
  startBinding: nullable(binding),
  endBinding: nullable(binding),
  startArrowhead: nullable(v.picklist(ARROWHEADS)),
  endArrowhead: nullable(v.picklist(ARROWHEADS)),
  elbowed: flag,
  fixedSegments: nullable(list(v.object({ start: point, end: point, index: counter }), 1_000)),
  startIsSpecial: nullable(v.boolean()),
  endIsSpecial: nullable(v.boolean()),
  // Free drawing
  pressures: v.optional(list(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1)), MAX_ELEMENT_POINTS)),
  simulatePressure: flag,
  // Frames
  name: nullable(v.pipe(v.string(), v.maxLength(200))),
});

/** Only plain objects: one whose prototype was set by a "__proto__" key (as Yjs decodes it) is refused. */
function isPlainObject(raw: unknown): raw is Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const proto: unknown = Object.getPrototypeOf(raw);
  return proto === Object.prototype || proto === null;
}

/** Size of an element as JSON (its share of the message and the room). */
export const elementBytes = (element: BoardElement) => JSON.stringify(element).length;

/** A peer's element with only the fields the canvas reads, each checked, or null. */
export function parsePeerElement(raw: unknown): BoardElement | null {
  if (!isPlainObject(raw)) return null;
  const parsed = v.safeParse(peerElementSchema, raw);
  if (!parsed.success) return null;
  const element = parsed.output as BoardElement;
  return elementBytes(element) <= MAX_SHARED_ELEMENT_BYTES ? element : null;
}

/**
 * Reads one side's shared board, element by element, as its entries arrive: refuses (and counts)
 * malformed ones, ones stored under another id, new ones past the element cap and anything past
 * the board's byte cap. Holds only sizes, not elements.
 */
export class PeerBoardReader {
  /** Elements refused so far. */
  refused = 0;
  private readonly sizes = new Map<string, number>();
  private total = 0;

  /** The element stored under `key`, checked, or null (refused and counted). */
  read(key: string, raw: unknown): BoardElement | null {
    const element = parsePeerElement(raw);
    const had = this.sizes.get(key);
    const size = element ? elementBytes(element) : 0;
    const fits =
      element !== null &&
      element.id === key &&
      (had !== undefined || this.sizes.size < MAX_SHARED_ELEMENTS) &&
      this.total - (had ?? 0) + size <= MAX_SHARED_BOARD_BYTES;
    if (!fits) {
      this.refused++;
      return null;
    }
    this.sizes.set(key, size);
    this.total += size - (had ?? 0);
    return element;
  }
}

/** The two numbers that order the versions of one element. */
export type ElementStamp = Pick<BoardElement, 'version' | 'versionNonce'>;

/** Whether Excalidraw's reconciliation takes `remote` over `local`: the higher version, then the lower nonce. */
export function remoteWins(local: ElementStamp | undefined, remote: ElementStamp): boolean {
  if (!local) return true;
  return (
    remote.version > local.version || (remote.version === local.version && remote.versionNonce < local.versionNonce)
  );
}

/**
 * Of the peer's elements (already parsed), those that should replace or join `local`: newer by
 * Excalidraw's rule, at most MAX_VERSION_STEP ahead (more is a forgery, refused), and new ones only
 * while the board stays within MAX_SHARED_ELEMENTS.
 */
export function admitPeerElements(
  local: ReadonlyMap<string, ElementStamp>,
  incoming: readonly BoardElement[],
): { take: BoardElement[]; refused: number } {
  const take: BoardElement[] = [];
  let refused = 0;
  let count = local.size;
  for (const element of incoming) {
    const mine = local.get(element.id);
    if (element.version > (mine?.version ?? 0) + MAX_VERSION_STEP) refused++;
    else if (!remoteWins(mine, element)) continue;
    else if (!mine && count >= MAX_SHARED_ELEMENTS) refused++;
    else {
      if (!mine) count++;
      take.push(element);
    }
  }
  return { take, refused };
}
