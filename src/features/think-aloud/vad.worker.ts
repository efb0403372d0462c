// Voice activity detection off the page's thread: the Silero model that @ricky0123/vad-web ships,
// run by onnxruntime-web's wasm build. The model and the wasm are bundled assets of this origin;
// nothing is fetched from anywhere else.
import * as ort from 'onnxruntime-web/wasm';
import type { Model } from '@ricky0123/vad-web/dist/models/common.js';
import { SileroLegacy } from '@ricky0123/vad-web/dist/models/legacy.js';
import modelUrl from '@ricky0123/vad-web/dist/silero_vad_legacy.onnx?url';
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import { VAD_FRAME_MS, VAD_FRAME_SAMPLES, type VadRequest, type VadResponse } from './vad-protocol.ts';

ort.env.wasm.wasmPaths = { wasm: wasmUrl };
// One thread: the model is small, and no further workers are spawned.
ort.env.wasm.numThreads = 1;
ort.env.wasm.proxy = false;

const post = (message: VadResponse, transfer: Transferable[] = []) => self.postMessage(message, { transfer });
const PROGRESS_EVERY = 500;

let model: Promise<Model> | null = null;

self.onmessage = async (e: MessageEvent<VadRequest>) => {
  if (e.data?.type !== 'analyse') return;
  try {
    const started = performance.now();
    model ??= SileroLegacy.new(ort as never, () => fetch(modelUrl).then((r) => r.arrayBuffer()));
    const vad = await model;
    if (!vad) throw new Error('The voice model did not load.');
    vad.reset_state();
    const { samples } = e.data;
    const total = Math.ceil(samples.length / VAD_FRAME_SAMPLES);
    const probabilities = new Float32Array(total);
    const frame = new Float32Array(VAD_FRAME_SAMPLES);
    for (let i = 0; i < total; i++) {
      frame.fill(0);
      frame.set(samples.subarray(i * VAD_FRAME_SAMPLES, (i + 1) * VAD_FRAME_SAMPLES));
      probabilities[i] = (await vad.process(frame)).isSpeech;
      if (i % PROGRESS_EVERY === 0) post({ type: 'progress', done: i, total });
    }
    post({ type: 'result', probabilities, frameMs: VAD_FRAME_MS, modelMs: performance.now() - started }, [
      probabilities.buffer,
    ]);
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
