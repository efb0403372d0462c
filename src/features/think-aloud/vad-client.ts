// The page's side of voice activity detection: decode the recording to 16 kHz mono (Web Audio is
// not available in workers), hand the samples to the worker, and always resolve to an answer.
import { VAD_SAMPLE_RATE, type VadRequest, type VadResponse } from './vad-protocol.ts';

export type VadOutcome =
  | { ok: true; probabilities: Float32Array; frameMs: number; durationMs: number; decodeMs: number; modelMs: number }
  | { ok: false; message: string };

/** Speech probabilities per frame of `blob`; `onProgress` gets 0–1 while the model runs. */
export async function detectVoice(
  blob: Blob,
  onProgress: (share: number) => void = () => {},
  signal?: AbortSignal,
): Promise<VadOutcome> {
  let samples: Float32Array;
  const decodeStart = performance.now();
  try {
    const context = new OfflineAudioContext(1, 1, VAD_SAMPLE_RATE);
    const decoded = await context.decodeAudioData(await blob.arrayBuffer());
    samples = decoded.getChannelData(0);
  } catch (err) {
    return {
      ok: false,
      message: `The recording could not be decoded (${err instanceof Error ? err.message : String(err)}).`,
    };
  }
  const decodeMs = performance.now() - decodeStart;
  const durationMs = (samples.length / VAD_SAMPLE_RATE) * 1000;
  if (signal?.aborted) return { ok: false, message: 'Stopped.' };
  const worker = new Worker(new URL('./vad.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<VadOutcome>((resolve) => {
      worker.onmessage = (e: MessageEvent<VadResponse>) => {
        const m = e.data;
        if (m.type === 'progress') onProgress(m.total ? m.done / m.total : 0);
        else if (m.type === 'result')
          resolve({
            ok: true,
            probabilities: m.probabilities,
            frameMs: m.frameMs,
            durationMs,
            decodeMs,
            modelMs: m.modelMs,
          });
        else resolve({ ok: false, message: m.message });
      };
      worker.onerror = (e) => resolve({ ok: false, message: e.message || 'The voice detector stopped.' });
      signal?.addEventListener('abort', () => resolve({ ok: false, message: 'Stopped.' }));
      const request: VadRequest = { type: 'analyse', samples };
      try {
        worker.postMessage(request, [samples.buffer]);
      } catch {
        // A decoded buffer that cannot be handed over is copied instead.
        worker.postMessage(request);
      }
    });
  } finally {
    worker.terminate();
  }
}
