// The think-aloud recorder: one microphone recording at a time, for one round (or practice round, or
// story drill), written to IndexedDB chunk by chunk so a closed tab keeps what was said until then.
// Nothing here leaves the browser: the audio goes only to this origin's IndexedDB.
import { create } from 'zustand';
import { appendAudioChunk, beginRecording, finishRecording } from '../../storage/audio-repo.ts';
import { write } from '../../storage/storage-health.ts';
import { THINK_ALOUD_NOTICE_KEY } from '../../storage/storage-keys.ts';

/** How often MediaRecorder hands over a chunk (what a crash can lose at most). */
const CHUNK_MS = 2_000;
/** How often the level meter reads the microphone. */
const LEVEL_MS = 100;
/** Speech needs far less than the browser's default 128 kbit/s: 45 minutes come to about 11 MB. */
const BITS_PER_SECOND = 32_000;
/** Opus first; the container is whichever this browser records. */
const MIME_TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/mp4'];

export type RecorderStatus =
  'idle' | 'starting' | 'recording' | 'stopped' | 'refused' | 'no-microphone' | 'unsupported' | 'failed';

interface RecorderState {
  /** The setup's "Record my thinking aloud" box (off by default on each visit). */
  armed: boolean;
  /** What is (or was last) being recorded. */
  roundId: string | null;
  status: RecorderStatus;
  /** Microphone level 0–1 while recording. */
  level: number;
  /** Bytes recorded so far. */
  bytes: number;
  setArmed(armed: boolean): void;
}

export const useRecorder = create<RecorderState>()((set) => ({
  armed: false,
  roundId: null,
  status: 'idle',
  level: 0,
  bytes: 0,
  setArmed: (armed) => set({ armed }),
}));

/** Words for a status the candidate must know about (null: nothing to say). */
export function recorderMessage(status: RecorderStatus): string | null {
  switch (status) {
    case 'refused':
      return 'Microphone access was refused, so this round is not being recorded. The round goes on; to record next time, allow the microphone for this site in the browser’s settings.';
    case 'no-microphone':
      return 'No microphone was found, so this round is not being recorded. The round goes on.';
    case 'unsupported':
      return 'This browser cannot record audio on this page (recording needs https or localhost), so this round is not being recorded. The round goes on.';
    case 'failed':
      return 'The recording stopped because of an error. The round goes on; what was recorded until then is kept.';
    default:
      return null;
  }
}

/** Whether the candidate has already been told that the audio never leaves this browser. */
export function noticeSeen(): boolean {
  try {
    return localStorage.getItem(THINK_ALOUD_NOTICE_KEY) === '1';
  } catch {
    return false;
  }
}

interface Session {
  roundId: string;
  recorder: MediaRecorder;
  stream: MediaStream;
  audio: AudioContext | null;
  meter: ReturnType<typeof setInterval> | null;
  /** When the recording was asked to stop (its end: the recorder's own stop event can come seconds later). */
  stopAt?: number;
  /** Writes in order: the record first, then each chunk, then the end. */
  writes: Promise<void>;
  stopped: Promise<void>;
}

let session: Session | null = null;

function pickMimeType(): string {
  for (const type of MIME_TYPES) if (MediaRecorder.isTypeSupported(type)) return type;
  return '';
}

function failure(err: unknown): RecorderStatus {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'refused';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError')
    return 'no-microphone';
  return 'failed';
}

function startMeter(stream: MediaStream): { audio: AudioContext | null; meter: ReturnType<typeof setInterval> | null } {
  try {
    const audio = new AudioContext();
    const analyser = audio.createAnalyser();
    analyser.fftSize = 1024;
    audio.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const meter = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += s * s;
      // RMS of speech sits around 0.02–0.2: a square root spreads it over the meter.
      useRecorder.setState({ level: Math.min(1, Math.sqrt(Math.sqrt(sum / samples.length))) });
    }, LEVEL_MS);
    return { audio, meter };
  } catch {
    // The meter is a comfort, not the recording: without Web Audio the recording goes on.
    return { audio: null, meter: null };
  }
}

/**
 * Starts recording `roundId` if the setup's box was ticked (and unticks it). Never throws: a refused
 * or missing microphone becomes a status the round page shows, and the round goes on.
 */
export async function startIfArmed(roundId: string): Promise<void> {
  if (!useRecorder.getState().armed) return;
  useRecorder.setState({ armed: false });
  await startRecording(roundId);
}

/** Starts recording `roundId`, stopping any other recording first. */
export async function startRecording(roundId: string): Promise<void> {
  if (session) await stopRecording(session.roundId);
  useRecorder.setState({ roundId, status: 'starting', level: 0, bytes: 0 });
  try {
    localStorage.setItem(THINK_ALOUD_NOTICE_KEY, '1');
  } catch {
    // Private mode without storage: the notice shows again next time, nothing else changes.
  }
  if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') {
    useRecorder.setState({ status: 'unsupported' });
    return;
  }
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
  } catch (err) {
    if (useRecorder.getState().roundId === roundId) useRecorder.setState({ status: failure(err) });
    return;
  }
  // The round may have ended (or another started) while the browser asked for permission.
  if (useRecorder.getState().roundId !== roundId || useRecorder.getState().status !== 'starting') {
    for (const track of stream.getTracks()) track.stop();
    return;
  }
  let recorder: MediaRecorder;
  try {
    const mimeType = pickMimeType();
    recorder = new MediaRecorder(stream, { ...(mimeType ? { mimeType } : {}), audioBitsPerSecond: BITS_PER_SECOND });
  } catch (err) {
    for (const track of stream.getTracks()) track.stop();
    useRecorder.setState({ status: failure(err) });
    return;
  }
  const { audio, meter } = startMeter(stream);
  let finish: () => void = () => {};
  const current: Session = {
    roundId,
    recorder,
    stream,
    audio,
    meter,
    writes: Promise.resolve(),
    stopped: new Promise<void>((resolve) => (finish = resolve)),
  };
  const queue = (op: () => Promise<void>) => {
    current.writes = current.writes.then(op).catch(() => {
      // A failed write (quota) loses that chunk; the storage warning says why, the round goes on.
    });
  };
  const startedAt = Date.now();
  const mimeType = recorder.mimeType || pickMimeType() || 'audio/webm';
  queue(() => write((db) => beginRecording(db, roundId, mimeType, startedAt)));
  recorder.ondataavailable = (e) => {
    if (e.data.size === 0) return;
    const at = Date.now();
    const bytes = e.data.arrayBuffer();
    queue(async () => {
      const data = await bytes;
      await write((db) => appendAudioChunk(db, roundId, at, data));
      if (useRecorder.getState().roundId === roundId)
        useRecorder.setState((s) => ({ bytes: s.bytes + data.byteLength }));
    });
  };
  recorder.onstop = () => {
    const endedAt = current.stopAt ?? Date.now();
    queue(() => write((db) => finishRecording(db, roundId, endedAt)));
    void current.writes.then(finish);
  };
  recorder.onerror = () => {
    if (useRecorder.getState().roundId === roundId) useRecorder.setState({ status: 'failed' });
    void stopRecording(roundId);
  };
  session = current;
  recorder.start(CHUNK_MS);
  useRecorder.setState({ status: 'recording' });
}

/** Stops the recording of `roundId` (if it is the one running) and resolves once every chunk is stored. */
export async function stopRecording(roundId: string): Promise<void> {
  const s = useRecorder.getState();
  if (s.roundId === roundId && s.status === 'starting') useRecorder.setState({ status: 'stopped' });
  const current = session;
  if (!current || current.roundId !== roundId) return;
  session = null;
  current.stopAt = Date.now();
  if (current.meter) clearInterval(current.meter);
  void current.audio?.close().catch(() => {});
  if (current.recorder.state !== 'inactive') current.recorder.stop();
  else queueMicrotask(() => current.recorder.onstop?.(new Event('stop')));
  for (const track of current.stream.getTracks()) track.stop();
  if (useRecorder.getState().status === 'recording') useRecorder.setState({ status: 'stopped', level: 0 });
  await current.stopped;
}
