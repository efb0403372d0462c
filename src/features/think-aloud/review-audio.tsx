import './think-aloud.css';
import { useEffect, useRef } from 'react';
import { frameIndexAt, type ReplayLink } from '../../domain/replay.ts';
import { AudioPlayer } from './audio-player.tsx';
import { formatBytes } from './format-bytes.ts';
import { NarrationCoach } from './narration-coach.tsx';
import { useStoredAudio } from './use-audio-url.ts';

/** How far before a jumped-to moment the audio may land and still count as there. */
const SEEK_SLACK_MS = 1_000;

/**
 * The round's think-aloud audio, in step with the code replay: playing or seeking the audio moves
 * the replay, moving the replay's scrubber seeks the audio, and a timeline event puts both there.
 */
export function ReviewAudio({ roundId, link }: { roundId: string; link: ReplayLink }) {
  const audio = useStoredAudio(roundId);
  const el = useRef<HTMLAudioElement>(null);
  /** The replay position the audio last put the replay at (so the replay's own moves are told apart). */
  const synced = useRef<number | null>(null);
  /**
   * The moment last jumped to (epoch ms): the audio may land a little before it (WebM seeks to a
   * nearby block), and that slack must not put the replay on the frame before the moment.
   */
  const floor = useRef<number | null>(null);
  const recStart = audio?.recording.startedAt ?? link.startedAt;
  const { frames, index, seek, jumpedTo } = link;

  // The replay moved by itself (its scrubber, its Play): the audio follows.
  useEffect(() => {
    const a = el.current;
    if (!a || synced.current === index || !frames[index]) return;
    synced.current = index;
    a.currentTime = Math.max(0, (frames[index]!.at - recStart) / 1000);
  }, [index, frames, recStart]);

  // A timeline event: the audio goes to its exact moment (the replay goes to the snapshot before it).
  useEffect(() => {
    const a = el.current;
    if (!a || !jumpedTo) return;
    synced.current = frameIndexAt(frames, jumpedTo.at);
    floor.current = jumpedTo.at;
    a.currentTime = Math.max(0, (jumpedTo.at - recStart) / 1000);
    if (jumpedTo.play) void a.play().catch(() => {});
  }, [jumpedTo, frames, recStart]);

  if (audio === null) return null;
  if (audio === undefined) return null;

  const follow = (seconds: number) => {
    let at = recStart + seconds * 1000;
    const f = floor.current;
    if (f !== null && at < f && f - at < SEEK_SLACK_MS) at = f;
    else floor.current = null;
    const i = frameIndexAt(frames, at);
    if (i !== synced.current) {
      synced.current = i;
      seek(i);
    }
  };

  return (
    <section aria-labelledby="think-aloud-title" className="review-audio">
      <h2 id="think-aloud-title">Your voice</h2>
      <AudioPlayer
        src={audio.url}
        audioRef={el}
        onMove={follow}
        onPlay={() => {
          // One clock at a time: while the audio plays, the code follows the audio.
          if (link.playing) link.toggle();
        }}
      >
        {formatBytes(audio.recording.bytes)} · kept in this browser only. Playing or seeking the audio moves the code
        replay; the replay’s scrubber and the timeline move the audio.
      </AudioPlayer>
      <NarrationCoach
        roundId={roundId}
        recording={audio.recording}
        blob={audio.blob}
        roundStart={link.startedAt}
        events={link.events}
        problemId={link.problemId}
        playAt={(offsetMs) => {
          const a = el.current;
          if (!a) return;
          a.currentTime = Math.max(0, (link.startedAt + offsetMs - recStart) / 1000);
        }}
      />
    </section>
  );
}
