// The check applied to every board scene that comes from outside this browser's own drawing (a
// backup file, the other browser of a paired mock): the element fields the app and Excalidraw read,
// with bounds, so a malformed, oversized or forged scene is refused with a clear message and never
// reaches the canvas. Pure (valibot).
import * as v from 'valibot';
import { issuesToErrors, type SchemaError } from './schema-issues.ts';
import type { BoardChange, BoardElement } from './board-scene.ts';

/** More elements than any design needs; a scene past it is refused, not trimmed. */
export const MAX_BOARD_ELEMENTS = 5_000;
/** Points of one line, arrow or free drawing. */
export const MAX_ELEMENT_POINTS = 10_000;
export const MAX_TEXT_LENGTH = 20_000;
/** Coordinates and sizes beyond this are nonsense (or an attempt to freeze the canvas). */
const MAX_COORDINATE = 1e7;

const ELEMENT_TYPES = ['rectangle', 'ellipse', 'diamond', 'arrow', 'line', 'freedraw', 'text', 'frame'] as const;

const coordinate = v.pipe(v.number(), v.finite(), v.minValue(-MAX_COORDINATE), v.maxValue(MAX_COORDINATE));
const counter = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** The fields every element must have, checked; the rest pass through (`v.looseObject`). */
export const elementSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  type: v.picklist(ELEMENT_TYPES, 'expected a drawn shape (images and embeds are not accepted)'),
  version: counter,
  versionNonce: v.pipe(v.number(), v.integer()),
  isDeleted: v.boolean(),
  x: coordinate,
  y: coordinate,
  width: coordinate,
  height: coordinate,
  angle: v.optional(v.pipe(v.number(), v.finite())),
  strokeColor: v.optional(shortText(64)),
  backgroundColor: v.optional(shortText(64)),
  strokeWidth: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100))),
  points: v.optional(v.pipe(v.array(v.tuple([coordinate, coordinate])), v.maxLength(MAX_ELEMENT_POINTS))),
  text: v.optional(shortText(MAX_TEXT_LENGTH)),
  fontSize: v.optional(v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(1000))),
  // Links would open pages elsewhere from a shape: none are accepted from outside.
  link: v.optional(v.null('links are not accepted on board shapes')),
});

const elementsSchema = v.pipe(v.array(elementSchema), v.maxLength(MAX_BOARD_ELEMENTS));

const changeSchema = v.object({
  sessionId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  at: v.pipe(v.number(), v.finite(), v.minValue(0)),
  elements: elementsSchema,
});

export type BoardParse<T> = { ok: true; value: T } | { ok: false; errors: SchemaError[] };

/** A scene's elements from elsewhere, checked; `source` names it in the messages. */
export function parseBoardElements(raw: unknown, source: string): BoardParse<BoardElement[]> {
  const parsed = v.safeParse(elementsSchema, raw);
  return parsed.success
    ? { ok: true, value: parsed.output as BoardElement[] }
    : { ok: false, errors: issuesToErrors(source, parsed.issues, 'elements') };
}

/** Recorded board changes from elsewhere (a backup file), checked. */
export function parseBoardChanges(raw: unknown, source: string): BoardParse<BoardChange[]> {
  const parsed = v.safeParse(v.pipe(v.array(changeSchema), v.maxLength(100_000)), raw);
  return parsed.success
    ? { ok: true, value: parsed.output as BoardChange[] }
    : { ok: false, errors: issuesToErrors(source, parsed.issues, 'boardChanges') };
}
