// A list that renders only the rows in view (plus a margin), so a history of ten thousand entries
// costs what twenty do. Rows may differ in height: each is measured once rendered, and rows not yet
// seen are counted at an estimate, and a row whose height changes (the window narrowed, text
// wrapped) is measured again. The list scrolls in its own box.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';

/** Pixels rendered beyond the visible box, above and below. */
const MARGIN_PX = 600;

interface Props<T> {
  items: readonly T[];
  /** A stable key per item. */
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
  /** The list's accessible name. */
  label: string;
  /** A row's height before it is measured. */
  estimatePx: number;
  /** The scrolling box's height (CSS length). */
  maxHeight?: string;
  className?: string;
}

/** The first index whose row ends below `y` (offsets are ascending, offsets[0] = 0). */
function firstEndingBelow(offsets: readonly number[], y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

/** A windowed `<ul>`: only rows near the scroll position are in the document. */
export function WindowedList<T>({ items, keyOf, render, label, estimatePx, maxHeight = '70vh', className }: Props<T>) {
  const heights = useRef(new Map<string, number>());
  const [measured, remeasure] = useReducer((n: number) => n + 1, 0);
  const [scroll, setScroll] = useState({ top: 0, height: 800 });
  const box = useRef<HTMLDivElement | null>(null);

  const offsets = useMemo(() => {
    void measured; // recomputed when a row's measured height changes
    const out = new Array<number>(items.length + 1);
    out[0] = 0;
    for (let i = 0; i < items.length; i++) out[i + 1] = out[i]! + (heights.current.get(keyOf(items[i]!)) ?? estimatePx);
    return out;
  }, [items, keyOf, estimatePx, measured]);

  const first = items.length === 0 ? 0 : firstEndingBelow(offsets, scroll.top - MARGIN_PX);
  let last = first;
  while (last < items.length && offsets[last]! < scroll.top + scroll.height + MARGIN_PX) last++;

  const pending = useRef(false);
  const record = useCallback((key: string, h: number) => {
    if (h > 0 && heights.current.get(key) !== h) {
      heights.current.set(key, h);
      if (!pending.current) {
        pending.current = true;
        requestAnimationFrame(() => {
          pending.current = false;
          remeasure();
        });
      }
    }
  }, []);
  // Rows on screen are watched: a row that grows when the window narrows moves the ones below it.
  const observed = useRef(new Map<string, HTMLLIElement>());
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(
    () => () => {
      observer.current?.disconnect();
      observer.current = null;
      observed.current.clear();
    },
    [],
  );
  const measure = useCallback(
    (key: string) => (el: HTMLLIElement | null) => {
      if (!el) return;
      if (typeof ResizeObserver !== 'undefined' && observed.current.get(key) !== el) {
        observer.current ??= new ResizeObserver((entries) => {
          for (const entry of entries) {
            const row = entry.target as HTMLLIElement;
            if (row.dataset.key !== undefined) record(row.dataset.key, row.offsetHeight);
          }
        });
        const before = observed.current.get(key);
        if (before) observer.current.unobserve(before);
        observer.current.observe(el);
        observed.current.set(key, el);
      }
      record(key, el.offsetHeight);
    },
    [record],
  );

  const onScroll = () => {
    const el = box.current;
    if (el) setScroll({ top: el.scrollTop, height: el.clientHeight });
  };
  const attach = (el: HTMLDivElement | null) => {
    box.current = el;
    if (el && el.clientHeight > 0 && el.clientHeight !== scroll.height)
      setScroll((s) => ({ ...s, height: el.clientHeight }));
  };

  return (
    <div ref={attach} className="windowed" style={{ maxHeight, overflowY: 'auto' }} onScroll={onScroll}>
      <ul
        aria-label={label}
        className={className}
        style={{ position: 'relative', height: offsets[items.length], margin: 0 }}
      >
        {items.slice(first, last).map((item, i) => {
          const key = keyOf(item);
          return (
            <li
              key={key}
              ref={measure(key)}
              data-key={key}
              aria-setsize={items.length}
              aria-posinset={first + i + 1}
              style={{ position: 'absolute', top: offsets[first + i], left: 0, right: 0 }}
            >
              {render(item)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
