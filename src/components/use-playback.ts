// Playback over timed moments (code replay frames, board changes): position, play/pause and speed,
// with idle stretches capped by the domain (delayToNext).
import { useEffect, useState } from 'react';
import { delayToNext } from '../domain/replay.ts';

export function usePlayback(moments: readonly { at: number }[]) {
  // null: the end (the final moment), whatever has loaded by then.
  const [index, setIndex] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(2);
  const last = Math.max(0, moments.length - 1);
  const position = Math.max(0, Math.min(index ?? last, last));

  useEffect(() => {
    if (!playing) return;
    const delay = delayToNext(moments, position, speed);
    const timer = setTimeout(() => (delay === null ? setPlaying(false) : setIndex(position + 1)), delay ?? 0);
    return () => clearTimeout(timer);
  }, [playing, position, speed, moments]);

  return {
    index: position,
    last,
    playing,
    speed,
    setSpeed,
    seek: (i: number) => setIndex(Math.max(0, Math.min(last, i))),
    toggle: () => {
      if (!playing && position >= last) setIndex(0);
      setPlaying(!playing);
    },
  };
}
