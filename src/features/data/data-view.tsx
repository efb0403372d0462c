import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { downloadFile } from '../../components/download.ts';
import { FAILURE_CATEGORIES } from '../../data/failure-categories.ts';
import { loadBank } from '../../data/practice-banks.ts';
import { describeAudioSkips } from '../../domain/backup-audio.ts';
import { describeBoardSkips } from '../../domain/backup-boards.ts';
import { checkBackupSize, parseBackupText } from '../../domain/backup-format.ts';
import type { SessionRecord } from '../../domain/loop-records.ts';
import { completedIds } from '../../domain/readiness.ts';
import { count, recordCount } from '../../presentation/labels.ts';
import { markdownReport, type ReportSession } from '../../presentation/markdown-report.ts';
import type { ReportBoard } from '../../presentation/markdown-report-sessions.ts';
import { boardFileName, describeScene, sceneAt, type BoardElement } from '../../domain/board-scene.ts';
import { boardChanges } from '../../storage/boards-repo.ts';
import { sketchBoardId } from '../../storage/storage-keys.ts';
import { problemTitle } from '../../data/problem-bank.ts';
import { backupBlob, backupFileName, exportBackup, importBackup } from '../../storage/backup.ts';
import { write } from '../../storage/storage-health.ts';
import { getDb } from '../../storage/db.ts';
import { listGaps } from '../../storage/gaps-repo.ts';
import { requestPersistence, storageState, type StorageState } from '../../storage/persistence.ts';
import { allRoundsWithEvents } from '../../storage/rounds-repo.ts';
import { storedAudioBytes } from '../../storage/audio-backup.ts';
import { listRecordings, reportNarration } from '../../storage/audio-repo.ts';
import { allSessions } from '../../storage/practice-rounds-repo.ts';
import { listStories } from '../../storage/stories-repo.ts';

/** Makes the picture of a board (SVG text); given by the app, which loads the board's exporter on demand. */
export type BoardPicture = (elements: readonly BoardElement[]) => Promise<string>;

/** A board's final state for the report (a design round's, or a coding round's Sketch), or undefined when nothing was drawn. */
async function reportBoard(
  boardId: string,
  picture: BoardPicture | undefined,
  fileName: string | null,
): Promise<ReportBoard | undefined> {
  const final = sceneAt(await boardChanges(getDb(), boardId), Infinity);
  if (final.length === 0) return undefined;
  let svgDataUri: string | null = null;
  try {
    if (picture) {
      const bytes = new TextEncoder().encode(await picture(final));
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      svgDataUri = `data:image/svg+xml;base64,${btoa(binary)}`;
    }
  } catch {
    // Offline before the board's first use: the report names the board in words only.
  }
  return { summary: describeScene(final), svgDataUri, fileName };
}

/** Practice rounds with the texts the report names them by; the banks load only when there are some. */
async function reportSessions(sessions: SessionRecord[], picture?: BoardPicture): Promise<ReportSession[]> {
  if (sessions.length === 0) return [];
  // Offline before a bank was ever loaded, the report names that bank's questions by id.
  const [fundamentals, behavioral, design, stories] = await Promise.all([
    loadBank('fundamentals').catch(() => undefined),
    loadBank('behavioral').catch(() => undefined),
    loadBank('design').catch(() => undefined),
    listStories(getDb()),
  ]);
  const storyTitles = Object.fromEntries(stories.map((s) => [s.id, s.title]));
  const boards = new Map(
    await Promise.all(
      sessions
        .filter((s) => s.kind === 'design')
        .map(async (s) => [s.id, await reportBoard(s.id, picture, boardFileName(s.startedAt, 'svg'))] as const),
    ),
  );
  return sessions.map((session) => {
    if (session.kind === 'design')
      return { session, keyPoints: design?.designPrompt(session.promptId)?.steps, board: boards.get(session.id) };
    const questions: Record<string, string> = {};
    for (const id of session.questionIds) {
      const text =
        session.kind === 'fundamentals'
          ? fundamentals?.fundamentalsQuestion(id)?.question
          : behavioral?.behavioralQuestion(id)?.text;
      if (text !== undefined) questions[id] = text;
    }
    return { session, questions, stories: storyTitles };
  });
}

/** "340 kB", "11.2 MB": audio is often under a megabyte. */
const audioSize = (b: number) => (b < 1_048_576 ? `${Math.max(1, Math.round(b / 1024))} kB` : mb(b));
const mb = (b: number | null) => (b === null ? '?' : `${(b / 1_048_576).toFixed(1)} MB`);

/** Backup, restore and a printable report of everything stored in this browser. */
export function DataView({ boardPicture }: { boardPicture?: BoardPicture }) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [storage, setStorage] = useState<StorageState | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const [withAudio, setWithAudio] = useState(false);
  const audioBytes = useLiveQuery(() => storedAudioBytes(getDb()).catch(() => 0), [], 0);

  useEffect(() => {
    void storageState().then(setStorage);
  }, []);

  async function exportJson() {
    const now = Date.now();
    downloadFile(
      backupFileName(now),
      backupBlob(await exportBackup(getDb(), now, { audio: withAudio && audioBytes > 0 })),
    );
  }

  async function exportReport() {
    const now = Date.now();
    const recordings = new Map((await listRecordings(getDb())).map((r) => [r.roundId, r]));
    // The boards that have any drawing, read once: most rounds have no Sketch.
    const drawn = new Set((await getDb().boardChanges.orderBy('sessionId').uniqueKeys()).map(String));
    const rounds = await Promise.all(
      (await allRoundsWithEvents(getDb())).map(async ({ round, events }) => ({
        round,
        events,
        titles: Object.fromEntries(round.problemIds.map((id) => [id, problemTitle(id)])),
        narration: reportNarration(recordings.get(round.id), round.startedAt),
        sketch: drawn.has(sketchBoardId(round.id))
          ? await reportBoard(sketchBoardId(round.id), boardPicture, null)
          : undefined,
      })),
    );
    const db = getDb();
    const records = await allSessions(db);
    const sessions = await reportSessions(records, boardPicture);
    const [stories, storyDrills, loops, plans] = await Promise.all([
      db.stories.toArray(),
      db.storyDrills.toArray(),
      db.loops.toArray(),
      db.plans.toArray(),
    ]);
    const ends = new Map<string, number | undefined>([
      ...rounds.map((r): [string, number | undefined] => [r.round.id, r.round.endedAt]),
      ...records.map((s): [string, number | undefined] => [s.id, s.endedAt]),
    ]);
    const loopRefs = { ends, completed: completedIds({ rounds, sessions: records }) };
    const text = markdownReport({
      rounds,
      sessions,
      gaps: await listGaps(db),
      categories: FAILURE_CATEGORIES,
      stories,
      storyDrills,
      loops,
      loopRefs,
      plans,
      now,
    });
    downloadFile(
      backupFileName(now)
        .replace('backup', 'report')
        .replace(/\.json$/, '.md'),
      new Blob([text], { type: 'text/markdown' }),
    );
  }

  async function importFile(f: File) {
    setMessage(null);
    const tooBig = checkBackupSize(f.size);
    if (tooBig) return setMessage({ kind: 'error', text: `Import refused: ${tooBig}. Nothing was changed.` });
    setMessage({ kind: 'ok', text: `Reading ${f.name} (${mb(f.size)})…` });
    const checked = parseBackupText(await f.text());
    if (!checked.ok)
      return setMessage({ kind: 'error', text: `Import refused: ${checked.error}. Nothing was changed.` });
    try {
      const result = await write((db) => importBackup(db, checked.backup));
      const added = Object.entries(result.added)
        .filter(([, n]) => n > 0)
        .map(([t, n]) => recordCount(t, n));
      const present = Object.values(result.skipped).reduce((a, b) => a + b, 0);
      const left = checked.boardsSkipped ?? [];
      const audioLeft = [...(checked.audioSkipped ?? []), ...(result.audio?.orphaned ?? [])];
      setMessage({
        kind: 'ok',
        text:
          `Imported ${added.length ? added.join(', ') : 'nothing new'}; ${count(present, 'record')} already present.` +
          (left.length > 0 ? ` Left out ${count(left.length, 'board')}: ${describeBoardSkips(left)}.` : '') +
          (result.audio && result.audio.added > 0 ? ` Audio: ${count(result.audio.added, 'recording')} added.` : '') +
          (audioLeft.length > 0
            ? ` Left out ${count(audioLeft.length, 'audio recording')}: ${describeAudioSkips(audioLeft)}.`
            : ''),
      });
    } catch (err) {
      setMessage({
        kind: 'error',
        text: `Import failed and was rolled back: ${(err as Error).message}. Nothing was changed.`,
      });
    }
  }

  return (
    <article aria-labelledby="data-title">
      <h1 id="data-title">Your data</h1>
      <p className="lead">Everything stays in this browser. Export a backup to move it or keep it safe.</p>
      <section aria-labelledby="storage-title">
        <h2 id="storage-title">Storage</h2>
        <p>
          {storage?.persisted
            ? 'Persistent: the browser will not clear it under storage pressure.'
            : 'Not yet persistent: the browser may clear it when space runs low.'}{' '}
          Using {mb(storage?.usageBytes ?? null)} of {mb(storage?.quotaBytes ?? null)}.
        </p>
        {!storage?.persisted ? (
          <button
            type="button"
            onClick={() =>
              void requestPersistence()
                .then(() => storageState())
                .then(setStorage)
            }
          >
            Keep my data (persistent storage)
          </button>
        ) : null}
      </section>
      <section aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        {audioBytes > 0 ? (
          <p>
            <label>
              <input type="checkbox" checked={withAudio} onChange={(e) => setWithAudio(e.target.checked)} /> Include
              audio recordings ({audioSize(audioBytes)})
            </label>
          </p>
        ) : null}
        <button type="button" onClick={() => void exportJson()}>
          Export backup (JSON)
        </button>{' '}
        <button type="button" onClick={() => void exportReport()}>
          Export report (Markdown)
        </button>
      </section>
      <section aria-labelledby="import-title">
        <h2 id="import-title">Import</h2>
        <p className="muted">
          The whole file is checked before anything is written; entries you already have are kept, not duplicated.
        </p>
        <label className="field">
          Backup file to import
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void importFile(f).finally(() => file.current && (file.current.value = ''));
            }}
          />
        </label>
        {message ? (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'ok'}>
            {message.text}
          </p>
        ) : null}
      </section>
    </article>
  );
}
