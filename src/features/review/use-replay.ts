import { useEffect, useState } from 'react';
import { delayToNext, type Frame } from '../../domain/replay.ts';

/** Playback over replay frames: position, play/pause and speed. Idle gaps are capped by the domain. */
export function useReplay(frames: readonly Frame[]) {
  // null: the end of the replay (the final code), whatever frames have loaded by then.
  const [index, setIndex] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(2);
  const last = frames.length - 1;
  const position = Math.max(0, Math.min(index ?? last, last));

  useEffect(() => {
    if (!playing) return;
    const delay = delayToNext(frames, position, speed);
    if (delay === null) {
      const stop = setTimeout(() => setPlaying(false), 0);
      return () => clearTimeout(stop);
    }
    const timer = setTimeout(() => setIndex(position + 1), delay);
    return () => clearTimeout(timer);
  }, [playing, position, speed, frames]);

  return {
    index: position,
    frame: frames[position],
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
