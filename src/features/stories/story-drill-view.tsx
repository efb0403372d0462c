import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { formatClock } from '../../domain/round-clock.ts';
import { DRILL_STAGES, overrunMs, remainingStoryMs, type Rating } from '../../domain/story-drill.ts';
import { getDb, type StoryDrillRecord } from '../../storage/db.ts';
import { listDrills } from '../../storage/stories-repo.ts';
import { useStoryDrillStore } from '../../stores/story-drill-store.ts';

const TICK_MS = 250;
const RATINGS: Rating[] = ['weak', 'ok', 'strong'];
const STAGE_LABEL = Object.fromEntries(DRILL_STAGES.map((s) => [s.kind, s.label]));

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}

function RatingGroup({ name, value, onChange }: { name: string; value: Rating | null; onChange: (r: Rating) => void }) {
  return (
    <fieldset className="rating">
      <legend>{name}</legend>
      {RATINGS.map((r) => (
        <label key={r} className="chip">
          <input type="radio" name={name} checked={value === r} onChange={() => onChange(r)} />
          {r}
        </label>
      ))}
    </fieldset>
  );
}

/** What the page composes around the drill: the think-aloud option, bar and each telling's audio. */
export interface DrillRecordingSlots {
  /** Above the stages (the "Record my thinking aloud" option). */
  option?: ReactNode;
  /** A telling started: its id is its recording's key. */
  onTellingStarted?(tellingId: string): void;
  /** The recording bar of the telling in progress (`ended` once Done is pressed). */
  bar?(tellingId: string, ended: boolean): ReactNode;
  /** A saved telling's audio, if it was recorded (nothing otherwise). */
  audio?(drill: StoryDrillRecord, stageLabel: string): ReactNode;
}

/** Tell one story three times: 90 s, 30 s, then 90 s while the interviewer probes every 30 s. */
export function StoryDrillView({
  storyId,
  title,
  recording = {},
}: {
  storyId: string;
  title: string;
  recording?: DrillRecordingSlots;
}) {
  const { stageIndex, telling, now, begin, start, tick, stop, save } = useStoryDrillStore();
  const [structure, setStructure] = useState<Rating | null>(null);
  const [specificity, setSpecificity] = useState<Rating | null>(null);
  const history = useLiveQuery(() => listDrills(getDb(), storyId), [storyId], []);

  useEffect(() => begin(storyId), [storyId, begin]);
  useEffect(() => {
    const timer = setInterval(tick, TICK_MS);
    return () => clearInterval(timer);
  }, [tick]);

  const stage = DRILL_STAGES[stageIndex];
  const elapsed = telling ? (telling.stoppedAt ?? now) - telling.startedAt : 0;
  const left = stage ? remainingStoryMs(stage, elapsed) : 0;

  return (
    <article aria-labelledby="drill-title" className="story-drill">
      <h1 id="drill-title">Story drill: {title}</h1>
      {stage ? recording.option : null}
      {stage ? (
        <section aria-label="Current stage">
          <h2>
            Stage {stageIndex + 1} of {DRILL_STAGES.length}: {stage.label}
          </h2>
          <div role="timer" aria-label="Story time remaining" className={`round-timer ${left < 0 ? 'danger' : ''}`}>
            {left >= 0 ? formatClock(left) : `+${formatClock(-left)} over`}
          </div>
          {!telling ? (
            <button
              type="button"
              className="primary"
              onClick={() => {
                start();
                const id = useStoryDrillStore.getState().telling?.id;
                if (id) recording.onTellingStarted?.(id);
              }}
            >
              Start telling
            </button>
          ) : null}
          {telling && telling.stoppedAt === null ? (
            <button type="button" className="primary" onClick={stop}>
              Done
            </button>
          ) : null}
          {telling ? recording.bar?.(telling.id, telling.stoppedAt !== null) : null}
          {telling?.probes.map((p, i) => (
            <p key={i} role="alert" className="probe">
              Interviewer: {p.text}
            </p>
          ))}
          {telling && telling.stoppedAt !== null ? (
            <form
              aria-label="Rate this telling"
              onSubmit={(e) => {
                e.preventDefault();
                void save(structure, specificity).then(() => {
                  setStructure(null);
                  setSpecificity(null);
                });
              }}
            >
              <p role="status">
                Took {seconds(elapsed)}
                {overrunMs(stage, elapsed) > 0
                  ? ` — ${seconds(overrunMs(stage, elapsed))} over the ${seconds(stage.limitMs)} limit`
                  : ` — within ${seconds(stage.limitMs)}`}
              </p>
              <RatingGroup name="Structure" value={structure} onChange={setStructure} />
              <RatingGroup name="Specificity" value={specificity} onChange={setSpecificity} />
              <button type="submit" className="primary">
                Save and continue
              </button>
            </form>
          ) : null}
        </section>
      ) : (
        <p role="status">Drill complete. Tell it again tomorrow, under interruption first.</p>
      )}
      <section aria-labelledby="drill-history">
        <h2 id="drill-history">Tellings of this story</h2>
        {history.length === 0 ? (
          <p className="muted">None saved yet: each stage you finish is listed here.</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th>When</th>
                  <th>Stage</th>
                  <th>Took</th>
                  <th>Over by</th>
                  <th>Probes</th>
                  <th>Structure</th>
                  <th>Specificity</th>
                </tr>
              </thead>
              <tbody>
                {history.map((d) => (
                  <tr key={d.id}>
                    <td>{new Date(d.startedAt).toLocaleString()}</td>
                    <td>{STAGE_LABEL[d.stage]}</td>
                    <td>{seconds(d.durationMs)}</td>
                    <td>{d.overrunMs > 0 ? seconds(d.overrunMs) : '—'}</td>
                    <td>{d.probes.length}</td>
                    <td>{d.structure ?? '—'}</td>
                    <td>{d.specificity ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {recording.audio && history.length > 0 ? (
          <div className="telling-audio">
            {[...history].reverse().map((d) => (
              <Fragment key={d.id}>{recording.audio!(d, STAGE_LABEL[d.stage] ?? d.stage)}</Fragment>
            ))}
          </div>
        ) : null}
      </section>
    </article>
  );
}
