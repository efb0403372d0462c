import { usePlayback } from '../../components/use-playback.ts';
import type { Frame } from '../../domain/replay.ts';

/** Playback over replay frames: position, play/pause and speed, and the frame at the position. */
export function useReplay(frames: readonly Frame[]) {
  const playback = usePlayback(frames);
  return { ...playback, frame: frames[playback.index] };
}
