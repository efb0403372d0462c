import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { StoryDrillView, type DrillRecordingSlots } from '../../features/stories/story-drill-view.tsx';
import { PracticeAudio } from '../../features/think-aloud/practice-audio.tsx';
import { startRecording, useRecorder } from '../../features/think-aloud/recorder.ts';
import { RecordingBar } from '../../features/think-aloud/recording-bar.tsx';
import { ThinkAloudOption } from '../../features/think-aloud/think-aloud-option.tsx';
import { tellingAnswers, tellingJumpPoints } from '../../domain/recording-marks.ts';
import { recordingOf } from '../../storage/audio-repo.ts';
import { getDb, type StoryDrillRecord } from '../../storage/db.ts';
import { useTitle } from '../../components/use-title.ts';

/** A recorded telling: a disclosure that loads the audio only when opened. */
function TellingAudio({ drill, stage }: { drill: StoryDrillRecord; stage: string }) {
  const recorded = useLiveQuery(async () => (await recordingOf(getDb(), drill.id)) !== undefined, [drill.id], false);
  const [open, setOpen] = useState(false);
  if (!recorded) return null;
  return (
    <details className="telling-recording" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Listen: {stage}, {new Date(drill.startedAt).toLocaleString()}
      </summary>
      {open ? (
        <PracticeAudio
          recordingId={drill.id}
          level={3}
          points={tellingJumpPoints(drill)}
          coach={{ kind: 'answers', answers: tellingAnswers(drill) }}
          gap={{ roundId: drill.id, startedAt: drill.startedAt, family: null, tags: ['story'] }}
        />
      ) : null}
    </details>
  );
}

/** Each telling records while "Record my thinking aloud" stays ticked (all three stages, one file each). */
const RECORDING: DrillRecordingSlots = {
  option: <ThinkAloudOption />,
  onTellingStarted: (id) => {
    if (useRecorder.getState().armed) void startRecording(id);
  },
  bar: (id, ended) => <RecordingBar roundId={id} ended={ended} />,
  audio: (drill, stage) => <TellingAudio drill={drill} stage={stage} />,
};

export function StoryDrillRoute() {
  const { storyId } = useParams();
  const story = useLiveQuery(() => getDb().stories.get(storyId ?? ''), [storyId], null);
  useTitle(story?.title, 'Story drill');
  if (story === null)
    return (
      <main className="page" aria-busy="true">
        Loading…
      </main>
    );
  if (!story || !storyId) {
    return (
      <main className="page narrow">
        <h1>Story not found</h1>
        <Link to="/stories">Back to your stories</Link>
      </main>
    );
  }
  return (
    <main className="page">
      <StoryDrillView storyId={storyId} title={story.title} recording={RECORDING} />
      <p>
        <Link to="/stories">Back to your stories</Link>
      </p>
    </main>
  );
}
