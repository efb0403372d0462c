import './think-aloud.css';
import { useMemo, useRef, useState } from 'react';
import { answerFigures, LONG_ANSWER_SPOKEN_MS, practiceNarration } from '../../domain/answer-coach.ts';
import { SILENCE_THRESHOLD_MS } from '../../domain/narration.ts';
import type { JumpPoint, LabelledAnswer } from '../../domain/recording-marks.ts';
import { formatClock } from '../../domain/round-clock.ts';
import type { RecordingRecord } from '../../storage/audio-repo.ts';
import { formatDuration } from '../../presentation/narration-text.ts';
import { AudioPlayer } from './audio-player.tsx';
import { coachPending, SpokenAndSilence } from './coach-parts.tsx';
import { fileCoachGap, type CoachGap } from './file-coach-gap.ts';
import { formatBytes } from './format-bytes.ts';
import { useNarration } from './use-narration.ts';
import { useStoredAudio } from './use-audio-url.ts';

/** What the coach says about a practice recording. */
export type PracticeCoachKind =
  /** Behavioral answers and story tellings: spoken time per answer, long ones flagged "Rambling answer". */
  | { kind: 'answers'; answers: readonly LabelledAnswer[] }
  /** Design and fundamentals: share spoken and silences over 45 s, flagged "Invariant not stated". */
  | { kind: 'silences' };

interface Props {
  /** The session's (or the story telling's) id: the recording's key. */
  recordingId: string;
  points: readonly JumpPoint[];
  coach: PracticeCoachKind;
  /** Gap entries filed from here: where they point, and the moment their times count from. */
  gap: Pick<CoachGap, 'roundId' | 'family' | 'tags'> & { startedAt: number };
  /** "Your voice" is a page section (h2) in a round's review, a sub-section (h3) under a story. */
  level?: 2 | 3;
}

/**
 * A practice round's or a story telling's think-aloud audio: the player (its scrubber is the one to
 * seek with), a jump point per step, question or probe that puts the audio there, and the narration
 * coach's figures. Nothing when the round was not recorded.
 */
export function PracticeAudio({ recordingId, points, coach, gap, level = 2 }: Props) {
  const audio = useStoredAudio(recordingId);
  const el = useRef<HTMLAudioElement>(null);
  if (!audio) return null;
  const recStart = audio.recording.startedAt;
  const jump = (at: number) => {
    const a = el.current;
    if (a) a.currentTime = Math.max(0, (at - recStart) / 1000);
  };
  const Heading = level === 2 ? 'h2' : 'h3';
  const titleId = `voice-${recordingId}`;
  return (
    <section aria-labelledby={titleId} className="review-audio">
      <Heading id={titleId}>Your voice</Heading>
      {/* A new blob (the last chunk landed after the review opened) is a new player with its own length. */}
      <AudioPlayer key={audio.url} src={audio.url} audioRef={el}>
        {formatBytes(audio.recording.bytes)} · kept in this browser only.
      </AudioPlayer>
      {points.length > 0 ? (
        <ol aria-label="Jump points" className="jump-points">
          <li className="muted" role="presentation">
            Jump to:
          </li>
          {points.map((p, i) => (
            <li key={i}>
              <button type="button" className="link" onClick={() => jump(p.at)}>
                {formatClock(Math.max(0, p.at - recStart))} {p.label}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <PracticeCoach
        recording={audio.recording}
        blob={audio.blob}
        coach={coach}
        gap={gap}
        playAt={jump}
        Heading={level === 2 ? 'h3' : 'h4'}
      />
    </section>
  );
}

interface CoachProps {
  recording: RecordingRecord;
  blob: Blob;
  coach: PracticeCoachKind;
  gap: Props['gap'];
  /** Puts the audio at an epoch moment. */
  playAt(at: number): void;
  Heading: 'h3' | 'h4';
}

function PracticeCoach({ recording, blob, coach, gap, playAt, Heading }: CoachProps) {
  const { progress, error } = useNarration(recording.roundId, recording, blob);
  const [filed, setFiled] = useState<Set<number>>(new Set());
  const narration = recording.narration;
  const overall = useMemo(
    () => (narration ? practiceNarration(narration.speech, narration.recordedMs) : null),
    [narration],
  );
  const answers = useMemo(
    () =>
      narration && coach.kind === 'answers'
        ? answerFigures({
            speech: narration.speech,
            recordedMs: narration.recordedMs,
            recordingStart: recording.startedAt,
            answers: coach.answers,
          })
        : [],
    [narration, coach, recording.startedAt],
  );

  const pending = coachPending({ finished: recording.endedAt !== undefined, error, progress, ready: overall !== null });
  if (pending || !overall) return pending;

  /** Epoch ms of a moment `ms` into the recording. */
  const epoch = (ms: number) => recording.startedAt + ms;
  const file = async (i: number, entry: Pick<CoachGap, 'momentMs' | 'categories' | 'quote' | 'fix'>) => {
    await fileCoachGap({ ...entry, roundId: gap.roundId, problemId: null, family: gap.family, tags: gap.tags });
    setFiled((s) => new Set(s).add(i));
  };
  /** Play from the finding's start, and file it (once) in the gap log under `category`. */
  const finding = (i: number, startMs: number, category: string, quote: string, fix: string) => (
    <>
      <button type="button" className="link" onClick={() => playAt(epoch(startMs))}>
        Play from {formatClock(startMs)}
      </button>{' '}
      {filed.has(i) ? (
        <span className="muted">Filed in the gap log.</span>
      ) : (
        <button
          type="button"
          onClick={() =>
            void file(i, {
              momentMs: Math.max(0, epoch(startMs) - gap.startedAt),
              categories: [category],
              quote,
              fix,
            })
          }
        >
          File as a gap entry
        </button>
      )}
    </>
  );

  return (
    <section aria-label="Narration coach" className="narration">
      <Heading>Narration coach</Heading>
      <ul aria-label="Narration figures">
        <SpokenAndSilence {...overall} />
      </ul>
      {coach.kind === 'answers' ? (
        <>
          <p className="muted">
            Spoken per answer (over {formatDuration(LONG_ANSWER_SPOKEN_MS)} is flagged as rambling):
          </p>
          <ol aria-label="Spoken per answer" className="flagged-silences">
            {answers.map((a, i) => {
              const label = coach.answers[i]!.label;
              return (
                <li key={i}>
                  {label}: {formatDuration(a.spokenMs)} spoken
                  {a.long ? (
                    <>
                      {' '}
                      <strong className="warn-text">
                        · over {formatDuration(LONG_ANSWER_SPOKEN_MS)}: a rambling answer
                      </strong>{' '}
                      {finding(
                        i,
                        a.startMs,
                        'rambling-answer',
                        `(spoken ${formatDuration(a.spokenMs)}) ${label}`,
                        'Lead with the result in one sentence, keep the situation to two, and stop at two minutes: let the interviewer ask for more.',
                      )}
                    </>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </>
      ) : overall.longSilences.length === 0 ? (
        <p>No silence over {SILENCE_THRESHOLD_MS / 1000} s.</p>
      ) : (
        <ol aria-label="Long silences" className="flagged-silences">
          {overall.longSilences.map((s, i) => (
            <li key={i}>
              {formatDuration(s.endMs - s.startMs)} silent, {formatClock(s.startMs)}–{formatClock(s.endMs)}{' '}
              {finding(
                i,
                s.startMs,
                'invariant-not-stated',
                `(silence) ${formatDuration(s.endMs - s.startMs)} silent, ${formatClock(s.startMs)}–${formatClock(s.endMs)} of the recording`,
                'Think aloud: say the assumption or the step you are weighing before writing it down.',
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
