import './think-aloud.css';
import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { formatClock } from '../../domain/round-clock.ts';

interface Props {
  src: string;
  /** The element, for the caller's seeks (jump points, the replay's scrubber). */
  audioRef: RefObject<HTMLAudioElement | null>;
  /** The audio moved (played on or was sought), to `seconds` from its start; never during the duration probe. */
  onMove?(seconds: number): void;
  onPlay?(): void;
  /** Said after the position and length (size, where it is kept, what moves what). */
  children?: ReactNode;
}

/**
 * A stored think-aloud recording's player with its position and length, shared by the coding round's
 * review and the practice reviews. MediaRecorder's WebM carries no duration: the player finds it by
 * seeking past the end once, and reports no move while it does.
 */
export function AudioPlayer({ src, audioRef, onMove, onPlay, children }: Props) {
  /** While the duration probe seeks to the end and back, the audio moves nothing else. */
  const probing = useRef(false);
  const [durationS, setDurationS] = useState<number | null>(null);
  const [positionS, setPositionS] = useState(0);

  const follow = (a: HTMLAudioElement) => {
    if (probing.current) return;
    setPositionS(a.currentTime);
    onMove?.(a.currentTime);
  };

  return (
    <>
      <audio
        ref={audioRef}
        controls
        preload="metadata"
        src={src}
        aria-label="Think-aloud audio"
        onLoadedMetadata={(e) => {
          const a = e.currentTarget;
          if (!Number.isFinite(a.duration)) {
            probing.current = true;
            a.currentTime = 1e9;
          } else setDurationS(a.duration);
        }}
        onDurationChange={(e) => {
          const a = e.currentTarget;
          if (Number.isFinite(a.duration) && durationS === null) {
            setDurationS(a.duration);
            if (probing.current) a.currentTime = 0;
          }
        }}
        onTimeUpdate={(e) => follow(e.currentTarget)}
        onSeeked={(e) => {
          const a = e.currentTarget;
          // The probe ends on its seek back to the start.
          if (probing.current) probing.current = !(Number.isFinite(a.duration) && a.currentTime === 0);
          else follow(a);
        }}
        onPlay={onPlay}
      />
      <p className="muted">
        <output aria-label="Audio position">{formatClock(positionS * 1000)}</output> of{' '}
        <span aria-label="Audio length">{durationS === null ? '…' : formatClock(durationS * 1000)}</span>
        {children ? <> · {children}</> : null}
      </p>
    </>
  );
}
